//! Reading a request body, for the form and JSON extractors alike: at most
//! `BODY_LIMIT_BYTES` (413), arriving within `BODY_DEADLINE` (408), or `unreadable` (400).
//!
//! Layer: security, below `form` and `json`. Imports the foundations and the error kinds.

use crate::error::AppError;
use crate::http::{BODY_DEADLINE, BODY_LIMIT_BYTES};
use crate::i18n::Message;
use actix_web::web::{Bytes, Payload};

pub async fn read(
    payload: Result<Payload, actix_web::Error>,
    unreadable: &'static str,
) -> Result<Bytes, AppError> {
    let refused = || AppError::BadRequest(Message::new(unreadable));
    let body = payload
        .map_err(|_| refused())?
        .to_bytes_limited(BODY_LIMIT_BYTES);
    actix_web::rt::time::timeout(BODY_DEADLINE, body)
        .await
        .map_err(|_| AppError::RequestTimeout)?
        .map_err(|_| AppError::PayloadTooLarge)?
        .map_err(|_| refused())
}
