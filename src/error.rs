//! The one error type: the kinds of failure that end a request, and the one table of their
//! HTTP statuses. Nothing here knows pages or JSON: `views::errors` renders each kind as an
//! HTML page or a problem+json document, chosen once by where the request went.
//!
//! Layer: error. Imports the foundations and the domain.

use crate::domain::refusal::RefusalKind;
use crate::domain::{FieldErrors, Refusal};
use crate::i18n::Message;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use std::fmt;

/// Seconds a 503 asks the client to wait before trying again (`Retry-After`).
pub const RETRY_AFTER_SECONDS: u32 = 5;

/// The message SQLite's budget check stops a query with (`db::budget`).
pub const OUT_OF_TIME: &str = "the query ran past its time budget";

/// Whether a database error is a query stopped at its time budget, on any backend.
fn is_out_of_time(message: &str) -> bool {
    [
        OUT_OF_TIME,
        "statement timeout",                // PostgreSQL
        "max_statement_time",               // MariaDB
        "maximum statement execution time", // MySQL
    ]
    .iter()
    .any(|marker| message.contains(marker))
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// No credentials (an anonymous request), or credentials that are not valid.
    #[error("unauthorized: {0}")]
    Unauthorized(Message),
    #[error("forbidden: {0}")]
    Forbidden(Message),
    /// A body that cannot be read: not UTF-8, not JSON, a form field twice…
    #[error("bad request: {0}")]
    BadRequest(Message),
    /// Fields that do not pass the rules (see `FieldErrors`).
    #[error("invalid fields")]
    Invalid(FieldErrors),
    /// JSON of the wrong shape: a missing or unknown field, a string for a number…
    #[error("unexpected body: {0}")]
    WrongShape(String),
    /// A unique value belongs to another record (a field map says which).
    #[error("conflict")]
    Conflict(FieldErrors),
    /// `If-Match` did not match the stored version (lost-update protection).
    #[error("precondition failed")]
    PreconditionFailed,
    /// The body did not arrive within `http::BODY_DEADLINE`.
    #[error("request timeout")]
    RequestTimeout,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A read stopped at its time budget (`db::budget`): a 503 that says to narrow it.
    #[error("too slow")]
    TooSlow,
    /// The database cannot be reached (down, restarting, or every connection busy for
    /// longer than the pool waits): a 503 that tells the client to try again.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl AppError {
    /// Wraps any unexpected failure (database, template, thread pool) as a 500.
    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }

    /// Names the step that failed, for the log: "loading the student page: …". Only
    /// failures that reach the log carry it; the others say what the client did wrong.
    pub fn context(self, step: impl fmt::Display + Send + Sync + 'static) -> Self {
        match self {
            Self::Internal(cause) => Self::Internal(cause.context(step)),
            Self::Unavailable(cause) => Self::Unavailable(format!("{step}: {cause}")),
            other => other,
        }
    }

    /// An error some other part of actix-web answered (the static files, a query string
    /// extractor), as the kind of failure its status says.
    pub fn from_status(status: StatusCode, cause: &dyn fmt::Display) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed,
            StatusCode::REQUEST_TIMEOUT => Self::RequestTimeout,
            StatusCode::PAYLOAD_TOO_LARGE => Self::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::UnsupportedMediaType,
            StatusCode::SERVICE_UNAVAILABLE => Self::Unavailable(cause.to_string()),
            status if status.is_client_error() => {
                Self::BadRequest(Message::new("error-unreadable").with("why", cause.to_string()))
            }
            _ => Self::internal(anyhow::anyhow!("{cause}")),
        }
    }

    /// The stable machine-readable name of the kind, for the API's problem documents.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::BadRequest(_) => "bad-request",
            Self::Invalid(_) => "invalid",
            Self::WrongShape(_) => "wrong-shape",
            Self::Conflict(_) => "conflict",
            Self::PreconditionFailed => "precondition-failed",
            Self::RequestTimeout => "request-timeout",
            Self::PayloadTooLarge => "payload-too-large",
            Self::UnsupportedMediaType => "unsupported-media-type",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::TooSlow => "too-slow",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }

    /// The one status table.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Invalid(_) | Self::WrongShape(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooSlow | Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Context on any result that can fail with an `AppError`.
pub trait Context<T> {
    fn context(self, step: impl fmt::Display + Send + Sync + 'static) -> Result<T, AppError>;
}

impl<T, E: Into<AppError>> Context<T> for Result<T, E> {
    fn context(self, step: impl fmt::Display + Send + Sync + 'static) -> Result<T, AppError> {
        self.map_err(|err| err.into().context(step))
    }
}

/// A refused write as the API answers it: 409 for a taken value, 422 for one that does not
/// fit, 403 for what is not allowed. (Pages put the message next to the form's field.)
impl From<Refusal> for AppError {
    fn from(refusal: Refusal) -> Self {
        match refusal.kind() {
            RefusalKind::Taken => Self::Conflict(refusal.into()),
            RefusalKind::Invalid => Self::Invalid(refusal.into()),
            RefusalKind::Forbidden => Self::Forbidden(refusal.message()),
        }
    }
}

macro_rules! internal_from {
    ($($source:ty),+) => {
        $(impl From<$source> for AppError {
            fn from(err: $source) -> Self {
                Self::internal(err)
            }
        })+
    };
}

internal_from!(
    actix_web::error::BlockingError,
    askama::Error,
    anyhow::Error
);

/// No connection within the pool's timeout: the database is down or swamped.
impl From<diesel::r2d2::PoolError> for AppError {
    fn from(err: diesel::r2d2::PoolError) -> Self {
        Self::Unavailable(err.to_string())
    }
}

/// A connection lost during a query is an outage too; any other database error is a bug
/// or a broken invariant (500).
impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        use diesel::result::Error;
        match err {
            err if is_lost_connection(&err) => Self::Unavailable(err.to_string()),
            Error::DatabaseError(_, info) if is_out_of_time(info.message()) => Self::TooSlow,
            err => Self::internal(err),
        }
    }
}

/// Whether `err` says the connection to the database server is gone (the server
/// restarted, a network failure): `Unavailable` above, and the pool drops the connection.
pub fn is_lost_connection(err: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    matches!(
        err,
        Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _
        ) | Error::BrokenTransactionManager
    )
}

/// The bare response: status and `Retry-After`, no body. `views::errors` gives it its
/// page or problem document (and writes the log line), keeping these headers.
impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status());
        if matches!(self, Self::Unavailable(_)) {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        response.finish()
    }
}
