//! `ApiJson<T>`: the extractor for API request bodies. Only `application/json` (or a
//! `+json` type) is read — which a form on another site cannot send without a CORS
//! preflight this app never grants — up to the same 256 KiB as forms; a body that is not
//! JSON is a 400, JSON of the wrong shape a 422.

use super::ApiError;
use crate::form::FORM_LIMIT_BYTES;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use serde_json::error::Category;
use std::future::Future;
use std::pin::Pin;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = {
            let essence = req.content_type().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        };
        let payload = web::Payload::from_request(req, payload).into_inner();
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let unreadable = || ApiError::Malformed("the body could not be read".into());
            let body = payload
                .map_err(|_| unreadable())?
                .to_bytes_limited(FORM_LIMIT_BYTES)
                .await
                .map_err(|_| ApiError::PayloadTooLarge)?
                .map_err(|_| unreadable())?;
            let value: serde_json::Value =
                serde_json::from_slice(&body).map_err(|err| match err.classify() {
                    Category::Data => ApiError::WrongShape(err.to_string()),
                    Category::Syntax | Category::Eof | Category::Io => {
                        ApiError::Malformed(err.to_string())
                    }
                })?;
            // Every body of this API is an object; serde would also read a struct from an
            // array of its fields in order, which nobody means.
            if !value.is_object() {
                return Err(ApiError::WrongShape(
                    "invalid type: expected a JSON object".into(),
                ));
            }
            serde_json::from_value(value)
                .map(ApiJson)
                .map_err(|err| ApiError::WrongShape(err.to_string()))
        })
    }
}
