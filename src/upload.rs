//! `CsrfUpload`: the extractor for the import's file upload (`multipart/form-data`, the
//! CSRF token first, then the file). It answers the client's mistakes before a handler
//! runs — another content type (415), a body that is not multipart (400), a missing or
//! wrong CSRF token (403), a sender slower than `UPLOAD_DEADLINE` (408) — and tells the
//! handler about a missing or too large file, which its page explains at the field.
//!
//! Layer: auth and request bodies, beside `form`. Imports the foundations, the error kinds
//! and `security` (the CSRF check).

use crate::error::AppError;
use crate::i18n::Message;
use crate::security::{self, CSRF_FIELD};
use actix_multipart::Multipart;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};
use std::future::Future;
use std::pin::Pin;
use tokio_stream::StreamExt;

/// Largest file the import takes: 100 000 students with their bios fit.
pub const UPLOAD_LIMIT_BYTES: usize = 16 * 1024 * 1024;

/// How long the whole upload may take.
const UPLOAD_DEADLINE: std::time::Duration = std::time::Duration::from_secs(120);

/// The file field's name in the import form.
pub const FILE_FIELD: &str = "file";

/// An uploaded file, as sent.
pub struct UploadedFile {
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// Why there is no file to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadRefusal {
    /// The form was sent without choosing a file.
    Missing,
    /// Over `UPLOAD_LIMIT_BYTES`.
    TooLarge,
}

/// The file (or why there is none) and the form's other fields (short text values).
pub struct CsrfUpload {
    pub file: Result<UploadedFile, UploadRefusal>,
    pub fields: Vec<(String, String)>,
}

impl CsrfUpload {
    /// The value of the text field `name`, if the form sent one.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

impl FromRequest for CsrfUpload {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let is_multipart = req
            .content_type()
            .eq_ignore_ascii_case("multipart/form-data");
        let multipart = Multipart::new(req.headers(), payload.take());
        Box::pin(async move {
            if !is_multipart {
                return Err(AppError::UnsupportedMediaType);
            }
            actix_web::rt::time::timeout(UPLOAD_DEADLINE, read(&req, multipart))
                .await
                .map_err(|_| AppError::RequestTimeout)?
        })
    }
}

async fn read(req: &HttpRequest, mut multipart: Multipart) -> Result<CsrfUpload, AppError> {
    let unreadable = || AppError::BadRequest(Message::new("error-upload-unreadable"));
    let (mut token, mut file, mut fields) = (None, Err(UploadRefusal::Missing), Vec::new());
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(|_| unreadable())?;
        let name = field.name().unwrap_or_default().to_owned();
        let filename = field
            .content_disposition()
            .and_then(|disposition| disposition.get_filename())
            .map(str::to_owned);
        // A token is short; a file is read up to the limit, and past it only counted, so
        // the answer can still say why (reading on would let anyone fill the memory).
        let limit = if name == CSRF_FIELD {
            1024
        } else {
            UPLOAD_LIMIT_BYTES
        };
        let (mut bytes, mut seen) = (Vec::new(), 0usize);
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| unreadable())?;
            seen += chunk.len();
            if seen > 4 * UPLOAD_LIMIT_BYTES {
                return Err(AppError::PayloadTooLarge);
            }
            if seen <= limit {
                bytes.extend_from_slice(&chunk);
            }
        }
        let too_large = seen > limit;
        if too_large {
            bytes = Vec::new();
        }
        match name.as_str() {
            CSRF_FIELD => token = String::from_utf8(bytes).ok(),
            FILE_FIELD if too_large => file = Err(UploadRefusal::TooLarge),
            FILE_FIELD => {
                file = match filename {
                    Some(filename) if !filename.is_empty() || !bytes.is_empty() => {
                        Ok(UploadedFile { filename, bytes })
                    }
                    _ => Err(UploadRefusal::Missing),
                }
            }
            _ if too_large || fields.len() >= 16 => return Err(unreadable()),
            _ => fields.push((name, String::from_utf8(bytes).map_err(|_| unreadable())?)),
        }
    }
    security::verify_csrf_token(req, token.as_deref())?;
    Ok(CsrfUpload { file, fields })
}
