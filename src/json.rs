//! `ApiJson<T>`: the extractor for API request bodies. Only `application/json` (or a
//! `+json` type) is read — which a form on another site cannot send without a CORS
//! preflight this app never grants — up to the same 256 KiB as forms; a body that is not
//! JSON is a 400, JSON of the wrong shape a 422.
//!
//! Layer: json, beside `form` and `auth`. Imports the foundations and the error kinds.

use crate::error::AppError;
use crate::http::BODY_LIMIT_BYTES;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::error::Category;
use std::future::Future;
use std::pin::Pin;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = {
            let essence = req.content_type().to_ascii_lowercase();
            essence == "application/json" || essence.ends_with("+json")
        };
        let payload = web::Payload::from_request(req, payload).into_inner();
        Box::pin(async move {
            if !is_json {
                return Err(AppError::UnsupportedMediaType);
            }
            let unreadable = || AppError::BadRequest("The body could not be read.".into());
            let body = payload
                .map_err(|_| unreadable())?
                .to_bytes_limited(BODY_LIMIT_BYTES)
                .await
                .map_err(|_| AppError::PayloadTooLarge)?
                .map_err(|_| unreadable())?;
            let value: serde_json::Value =
                serde_json::from_slice(&body).map_err(|err| match err.classify() {
                    Category::Data => AppError::WrongShape(err.to_string()),
                    Category::Syntax | Category::Eof | Category::Io => {
                        AppError::BadRequest(format!("The body is not valid JSON: {err}"))
                    }
                })?;
            // Every body of this API is an object; serde would also read a struct from an
            // array of its fields in order, which nobody means.
            if !value.is_object() {
                return Err(AppError::WrongShape(
                    "invalid type: expected a JSON object".into(),
                ));
            }
            serde_json::from_value(value)
                .map(ApiJson)
                .map_err(|err| AppError::WrongShape(err.to_string()))
        })
    }
}

/// A field that is present, possibly `null` (absent fields take the serde default, `None`).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
