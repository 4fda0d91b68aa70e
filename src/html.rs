//! What every HTML page shares: the data `templates/base.html` needs (`Layout`) and the
//! helper that turns a template into a response with the right status.

use crate::error::AppError;
use crate::security;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use actix_web_flash_messages::{IncomingFlashMessages, Level};
use askama::Template;
use std::future::{Ready, ready};

/// A one-time notice shown at the top of the next page.
#[derive(Debug, Clone)]
pub struct Flash {
    pub text: String,
    /// Errors interrupt screen readers (`role="alert"`); everything else waits (`role="status"`).
    pub is_error: bool,
}

/// The per-request data of the base layout. Extracting it consumes the pending flash
/// messages and makes sure the session has a CSRF token for the page's forms.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub flashes: Vec<Flash>,
    pub csrf_token: String,
    /// The request path, so the nav can mark the current page.
    pub path: String,
}

impl Layout {
    fn extract(req: &HttpRequest) -> Result<Self, AppError> {
        let messages = IncomingFlashMessages::from_request(req, &mut Payload::None)
            .into_inner()
            .map_err(|err| AppError::internal(anyhow::anyhow!("reading flash messages: {err}")))?;
        let flashes = messages
            .iter()
            .map(|message| Flash {
                text: message.content().to_owned(),
                is_error: matches!(message.level(), Level::Error | Level::Warning),
            })
            .collect();
        Ok(Self {
            flashes,
            csrf_token: security::csrf_token(req)?,
            path: req.path().to_owned(),
        })
    }
}

impl FromRequest for Layout {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::extract(req))
    }
}

/// Renders `template` as an HTML response with `status`.
pub fn render(status: StatusCode, template: &impl Template) -> Result<HttpResponse, AppError> {
    let body = template.render()?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(body))
}
