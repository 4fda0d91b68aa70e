//! The one error type of the web layer and how each kind becomes an HTML error page.
//!
//! Validation failures are not errors here: a bad form is an expected outcome that handlers
//! answer by re-rendering the form (422). This type covers everything that ends a request.

use crate::html::Layout;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::ContentType;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A credential that was sent but is not valid (an unknown API token).
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The database cannot be reached (down, restarting, or every connection busy for
    /// longer than the pool waits): a 503 that tells the person to try again.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// Wraps any unexpected failure (database, pool, template, thread pool) as a 500.
    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(err.into())
    }

    fn title_and_message(&self) -> (&'static str, &'static str) {
        match self {
            Self::NotFound => (
                "Page not found",
                "There is nothing at this address. The student may have been deleted, or the link may be mistyped.",
            ),
            Self::Unauthorized(reason) => ("Not logged in", reason),
            Self::Forbidden(reason) => ("Request refused", reason),
            Self::BadRequest(reason) => ("Bad request", reason),
            Self::PayloadTooLarge => (
                "Form too large",
                "The submitted form is larger than this app accepts (256 KiB). Shorten the text and try again.",
            ),
            Self::MethodNotAllowed => (
                "Method not allowed",
                "This address exists but does not accept that kind of request. Pages are read with GET and forms are sent with POST.",
            ),
            Self::UnsupportedMediaType => (
                "Unsupported form encoding",
                "Forms must be sent as application/x-www-form-urlencoded, as a browser does.",
            ),
            Self::Unavailable(_) => (
                "Temporarily unavailable",
                "The database cannot be reached right now, so nothing was read or changed. Please try again in a moment.",
            ),
            Self::Internal(_) => (
                "Something went wrong",
                "The app could not complete this request. Nothing was changed; please try again. The details are in the server log.",
            ),
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

internal_from!(actix_web::error::BlockingError, askama::Error);

/// Seconds a 503 asks the client to wait before trying again (`Retry-After`).
pub const RETRY_AFTER_SECONDS: u32 = 5;

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
        use diesel::result::{DatabaseErrorKind, Error};
        match err {
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                Self::Unavailable(info.message().to_owned())
            }
            Error::BrokenTransactionManager => Self::Unavailable(err.to_string()),
            err => Self::internal(err),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    status: StatusCode,
    title: &'static str,
    message: &'static str,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(cause) => log::error!("request failed: {cause:#}"),
            Self::Unavailable(cause) => log::warn!("database unavailable: {cause}"),
            _ => {}
        }
        // No request here: `error_pages` puts the page in the request's layout afterwards.
        self.page(Layout::default())
    }
}

impl AppError {
    /// The error page inside `layout` (the nav of whoever is logged in).
    fn page(&self, layout: Layout) -> HttpResponse {
        let status = self.status_code();
        let (title, message) = self.title_and_message();
        let page = ErrorPage {
            layout,
            status,
            title,
            message,
        };
        let mut response = HttpResponse::build(status);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        match page.render() {
            Ok(body) => response.content_type(ContentType::html()).body(body),
            Err(err) => {
                log::error!("could not render the error page: {err}");
                response
                    .content_type(ContentType::plaintext())
                    .body(format!("{title}\n\n{message}\n"))
            }
        }
    }
}

/// Middleware: error pages inside the layout of the request (who is logged in, the nav),
/// which `error_response` cannot see; and for the empty 405 actix-web answers a known
/// path with an unsupported method, the error page (or API problem) every other error
/// has, keeping its `Allow` header.
pub fn error_pages<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new()
        .handler(
            StatusCode::METHOD_NOT_ALLOWED,
            |response: ServiceResponse<B>| {
                if response.headers().contains_key(header::CONTENT_TYPE) {
                    return Ok(ErrorHandlerResponse::Response(
                        response.map_into_left_body(),
                    ));
                }
                let (request, bare) = response.into_parts();
                let mut page = if crate::api::is_api(request.path()) {
                    crate::api::ApiError::MethodNotAllowed.error_response()
                } else {
                    AppError::MethodNotAllowed.page(Layout::of(&request))
                };
                if let Some(allow) = bare.headers().get(header::ALLOW) {
                    page.headers_mut().insert(header::ALLOW, allow.clone());
                }
                Ok(ErrorHandlerResponse::Response(
                    ServiceResponse::new(request, page).map_into_right_body(),
                ))
            },
        )
        .default_handler(|response: ServiceResponse<B>| {
            let page = response
                .response()
                .error()
                .and_then(|err| err.as_error::<AppError>())
                .map(|err| err.page(Layout::of(response.request())));
            let Some(page) = page else {
                return Ok(ErrorHandlerResponse::Response(
                    response.map_into_left_body(),
                ));
            };
            let (request, _) = response.into_parts();
            Ok(ErrorHandlerResponse::Response(
                ServiceResponse::new(request, page).map_into_right_body(),
            ))
        })
}
