//! `CsrfForm<T>`: the extractor for every HTML form post. It answers the client's mistakes
//! with the right status before a handler runs: a wrong content type (415), a body over
//! the limit (413), invalid UTF-8 or a malformed body (400), a missing or wrong CSRF
//! token (403). Only a well-formed, same-session form reaches the handler.
//!
//! Layer: form, beside `auth` and `json`. Imports the foundations, the error kinds and
//! `security` (the CSRF check).

use crate::body;
use crate::error::AppError;
use crate::i18n::Message;
use crate::security::{self, CSRF_FIELD};
use crate::urlencoded;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use serde::de::value::{Error as ValueError, MapDeserializer};
use std::future::Future;
use std::pin::Pin;

pub struct CsrfForm<T>(pub T);

impl<T> CsrfForm<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// For forms whose only field is the CSRF token (delete buttons).
pub type CsrfOnly = CsrfForm<serde::de::IgnoredAny>;

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let payload = web::Payload::from_request(&req, payload).into_inner();
        Box::pin(async move {
            if !req
                .content_type()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            {
                return Err(AppError::UnsupportedMediaType);
            }
            let body = body::read(payload, "error-form-unreadable").await?;
            let fields = urlencoded::decode(&body)
                .map_err(|_| AppError::BadRequest(Message::new("error-form-not-utf8")))?;
            let token = fields
                .iter()
                .find(|(name, _)| name == CSRF_FIELD)
                .map(|(_, value)| value.as_str());
            security::verify_csrf_token(&req, token)?;
            let form = fields.into_iter().filter(|(name, _)| name != CSRF_FIELD);
            T::deserialize(MapDeserializer::<_, ValueError>::new(form))
                .map(CsrfForm)
                .map_err(|_| AppError::BadRequest(Message::new("error-form-shape")))
        })
    }
}
