//! The API's one error type, answered as `application/problem+json` (RFC 9457) with a
//! field map for validation errors.

use crate::domain::FieldErrors;
use crate::error::{AppError, RETRY_AFTER_SECONDS};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::{IntoResponses, ToSchema};

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status and title say what happened.
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP status phrase, e.g. "Unprocessable Content".
    pub title: String,
    pub status: u16,
    /// What went wrong, for a person.
    pub detail: String,
    /// For 409 and 422: a message per field name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, String>>,
}

// The problem responses the OpenAPI document lists, grouped as operations share them.
// They only describe responses; `ApiError` produces them.

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum NotFoundProblem {
    /// No such record
    #[response(status = 404, content_type = "application/problem+json")]
    NotFound(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum CrossSiteProblem {
    /// A request a browser marked as coming from another site, or a write by a viewer
    #[response(status = 403, content_type = "application/problem+json")]
    CrossSite(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum BodyProblems {
    /// The body is not JSON
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(Problem),
    /// A unique value is taken: a student's email (ignoring case), a course's code, an enrollment
    #[response(status = 409, content_type = "application/problem+json")]
    EmailTaken(Problem),
    /// The body is over 256 KiB
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// The body is not application/json
    #[response(status = 415, content_type = "application/problem+json")]
    NotJson(Problem),
    /// Invalid fields (see `errors`), or JSON of the wrong shape
    #[response(status = 422, content_type = "application/problem+json")]
    Invalid(Problem),
}

#[derive(IntoResponses)]
#[allow(dead_code)]
pub enum PreconditionProblem {
    /// `If-Match` names another version than the stored one: someone changed the record
    /// since it was read (read it again for its current `ETag`)
    #[response(status = 412, content_type = "application/problem+json")]
    PreconditionFailed(Problem),
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("invalid fields")]
    Invalid(FieldErrors),
    /// A unique value belongs to another record (a field map says which).
    #[error("conflict")]
    Conflict(FieldErrors),
    /// A body that is not JSON at all (syntax).
    #[error("malformed JSON: {0}")]
    Malformed(String),
    /// JSON of the wrong shape (a missing or unknown field, a string for a number…).
    #[error("unexpected JSON: {0}")]
    WrongShape(String),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// `If-Match` did not match the stored version (lost-update protection).
    #[error("precondition failed")]
    PreconditionFailed,
    /// No credentials, or credentials that are not valid.
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::NotFound => Self::NotFound,
            AppError::Forbidden(reason) => Self::Forbidden(reason),
            AppError::Unauthorized(reason) => Self::Unauthorized(reason),
            AppError::PayloadTooLarge => Self::PayloadTooLarge,
            AppError::UnsupportedMediaType => Self::UnsupportedMediaType,
            AppError::MethodNotAllowed => Self::MethodNotAllowed,
            AppError::BadRequest(reason) => Self::Malformed(reason.to_owned()),
            AppError::Unavailable(cause) => Self::Unavailable(cause),
            AppError::Internal(cause) => Self::Internal(cause),
        }
    }
}

impl ApiError {
    fn detail_and_errors(&self) -> (String, Option<BTreeMap<String, String>>) {
        let fields = |errors: &FieldErrors| {
            errors
                .iter()
                .map(|(field, message)| (field.to_owned(), message.to_owned()))
                .collect()
        };
        match self {
            Self::NotFound => ("There is no such record at this address.".into(), None),
            Self::Invalid(errors) => (
                "Some fields are invalid; see `errors`.".into(),
                Some(fields(errors)),
            ),
            Self::Conflict(errors) => (
                "A value must be unique and is taken; see `errors`.".into(),
                Some(fields(errors)),
            ),
            Self::Malformed(reason) => (format!("The body is not valid JSON: {reason}"), None),
            Self::WrongShape(reason) => (format!("The JSON does not fit: {reason}"), None),
            Self::UnsupportedMediaType => (
                "Send the body as application/json.".into(),
                None,
            ),
            Self::PayloadTooLarge => ("The body is larger than 256 KiB.".into(), None),
            Self::MethodNotAllowed => (
                "This address does not take that method; see the Allow header.".into(),
                None,
            ),
            Self::PreconditionFailed => (
                "The record has changed since the version named in If-Match; nothing was changed. Read it again for its current ETag.".into(),
                None,
            ),
            Self::Unauthorized(reason) | Self::Forbidden(reason) => ((*reason).into(), None),
            Self::Unavailable(_) => (
                "The database cannot be reached right now; nothing was read or changed. Try again after Retry-After seconds.".into(),
                None,
            ),
            Self::Internal(_) => (
                "The request could not be completed; nothing was changed. The cause is in the server log.".into(),
                None,
            ),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Invalid(_) | Self::WrongShape(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Malformed(_) => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(cause) => log::error!("API request failed: {cause:#}"),
            Self::Unavailable(cause) => log::warn!("database unavailable: {cause}"),
            _ => {}
        }
        let status = self.status_code();
        let (detail, errors) = self.detail_and_errors();
        let problem = Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors,
        };
        let mut response = HttpResponse::build(status);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        if status == StatusCode::UNAUTHORIZED {
            response.insert_header((header::WWW_AUTHENTICATE, r#"Bearer realm="students""#));
        }
        response
            .content_type("application/problem+json")
            .json(problem)
    }
}
