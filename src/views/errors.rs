//! How a failure looks: every `AppError` becomes, in this one place, an HTML error page (in
//! the layout of whoever is logged in) or, under `/api/`, an RFC 9457 problem document.
//! Anonymous page requests become the login form, and each 500 writes one log line with
//! the request and its cause.

use super::{Layout, redirect};
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::http;
use crate::i18n::Message;
use actix_web::dev::ServiceResponse;
use actix_web::http::header::ContentType;
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status and title say what happened.
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP status phrase, e.g. "Unprocessable Content". Always English, like the rest
    /// of the document, whatever language the pages speak.
    pub title: String,
    pub status: u16,
    /// What kind of failure, for a program to branch on: stable across versions and
    /// languages (`not-found`, `invalid`, `conflict`, `precondition-failed`…).
    #[schema(example = "invalid")]
    pub code: &'static str,
    /// What went wrong, for a person.
    pub detail: String,
    /// For 409 and 422: a message per field name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, String>>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    status: StatusCode,
    /// The message id of the title.
    title: &'static str,
    message: Message,
}

/// Middleware: renders the errors of everything inside it, ours and actix-web's own (the
/// empty 405 of a known path with another method keeps its `Allow` header).
pub fn renderer<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response| {
        let (request, bare) = response.into_parts();
        let attached = bare.error().and_then(|err| err.as_error::<AppError>());
        let rendered = match attached {
            Some(err) => Some(respond(&request, &bare, err)),
            // Another part of actix-web failed (the static files' bad path or method, a
            // query string extractor, the router's empty 405): the page or problem of its
            // kind. An answer a handler chose itself (a form sent back, a throttled login,
            // the health check's 503) stays as it is.
            None if is_foreign(&bare) => {
                let cause = bare.error().map_or_else(
                    || {
                        bare.status()
                            .canonical_reason()
                            .unwrap_or("error")
                            .to_owned()
                    },
                    ToString::to_string,
                );
                Some(respond(
                    &request,
                    &bare,
                    &AppError::from_status(bare.status(), &cause),
                ))
            }
            None => None,
        };
        Ok(ErrorHandlerResponse::Response(match rendered {
            Some(page) => ServiceResponse::new(request, page).map_into_right_body(),
            None => ServiceResponse::new(request, bare).map_into_left_body(),
        }))
    })
}

/// Whether an error response came from actix-web itself rather than from a handler: it
/// carries an error of another type, or it is a 405 without a page of ours.
fn is_foreign<B>(response: &HttpResponse<B>) -> bool {
    let ours = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|kind| kind.to_str().ok())
        .is_some_and(|kind| kind.starts_with("text/html") || kind == "application/problem+json");
    response.error().is_some() || (response.status() == StatusCode::METHOD_NOT_ALLOWED && !ours)
}

/// The rendered response, with the bare one's headers (`Allow`, `Retry-After`).
fn respond<B>(request: &HttpRequest, bare: &HttpResponse<B>, err: &AppError) -> HttpResponse {
    log(request, err);
    let mut response = if http::is_api(request.path()) {
        problem(err)
    } else {
        page(request, err)
    };
    for (name, value) in bare.headers() {
        if !response.headers().contains_key(name) {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    response
}

fn log(request: &HttpRequest, err: &AppError) {
    let (method, path) = (request.method(), request.path());
    match err {
        AppError::Internal(cause) => log::error!("request failed: {method} {path}: {cause:#}"),
        AppError::Unavailable(cause) => {
            log::warn!("database unavailable: {method} {path}: {cause}")
        }
        AppError::TooSlow => log::warn!("stopped at its time budget: {method} {path}"),
        _ => {}
    }
}

/// The page of an error, in the layout of whoever is logged in. A page asked for without
/// a login is the login form, which comes back here afterwards.
fn page(request: &HttpRequest, err: &AppError) -> HttpResponse {
    if let AppError::Unauthorized(_) = err {
        return redirect(&login_location(request));
    }
    let (title, message) = page_text(err);
    let page = ErrorPage {
        layout: Layout::of(request),
        status: err.status(),
        title,
        message,
    };
    let mut response = HttpResponse::build(err.status());
    match page.render() {
        Ok(body) => response.content_type(ContentType::html()).body(body),
        Err(render_err) => {
            log::error!("could not render the error page: {render_err}");
            response
                .content_type(ContentType::plaintext())
                .body(format!("{}\n\n{}\n", page.layout.t(title), page.message))
        }
    }
}

/// The login form, with the page to return to (for a page read; a form post cannot be
/// replayed, so the person starts from the index after logging in).
fn login_location(request: &HttpRequest) -> String {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return "/login/".to_owned();
    }
    let target = match request.query_string() {
        "" => request.path().to_owned(),
        query => format!("{}?{query}", request.path()),
    };
    format!(
        "/login/?next={}",
        utf8_percent_encode(&target, NON_ALPHANUMERIC)
    )
}

/// The error page's title (a message id) and text.
fn page_text(err: &AppError) -> (&'static str, Message) {
    let said = |id| Message::new(id);
    match err {
        AppError::NotFound => ("error-not-found", said("error-not-found-text")),
        AppError::Unauthorized(reason) => ("error-not-logged-in", reason.clone()),
        AppError::Forbidden(reason) => ("error-refused", reason.clone()),
        AppError::BadRequest(reason) => ("error-bad-request", reason.clone()),
        AppError::Invalid(_) | AppError::WrongShape(_) => {
            ("error-invalid", said("error-invalid-text"))
        }
        AppError::Conflict(_) | AppError::PreconditionFailed => {
            ("error-changed", said("error-changed-text"))
        }
        AppError::RequestTimeout => ("error-timeout", said("error-timeout-text")),
        AppError::PayloadTooLarge => ("error-too-large", said("error-too-large-text")),
        AppError::MethodNotAllowed => ("error-method", said("error-method-text")),
        AppError::UnsupportedMediaType => ("error-media-type", said("error-media-type-text")),
        AppError::TooSlow => ("error-too-slow", said("error-too-slow-text")),
        AppError::Unavailable(_) => ("error-unavailable", said("error-unavailable-text")),
        AppError::Internal(_) => ("error-internal", said("error-internal-text")),
    }
}

/// The problem document of an error. Its words are English whatever language the pages
/// speak: the API is a contract with programs (its `code` is what they branch on), and a
/// field's message says the same as the form's does in English.
fn problem(err: &AppError) -> HttpResponse {
    let fields = |errors: &FieldErrors| {
        Some(
            errors
                .iter()
                .map(|(field, message)| (field.to_owned(), message.to_string()))
                .collect(),
        )
    };
    let (detail, errors) = match err {
        AppError::NotFound => ("There is no such record at this address.".into(), None),
        AppError::Invalid(errors) => (
            "Some fields are invalid; see `errors`.".into(),
            fields(errors),
        ),
        AppError::Conflict(errors) => (
            "A value must be unique and is taken; see `errors`.".into(),
            fields(errors),
        ),
        AppError::BadRequest(reason) => (reason.to_string(), None),
        AppError::WrongShape(reason) => (format!("The JSON does not fit: {reason}"), None),
        AppError::UnsupportedMediaType => ("Send the body as application/json.".into(), None),
        AppError::RequestTimeout => (
            "The body did not arrive within 10 seconds; nothing was changed.".into(),
            None,
        ),
        AppError::PayloadTooLarge => ("The body is larger than 256 KiB.".into(), None),
        AppError::MethodNotAllowed => (
            "This address does not take that method; see the Allow header.".into(),
            None,
        ),
        AppError::PreconditionFailed => (
            "The record has changed since the version named in If-Match; nothing was changed. Read it again for its current ETag.".into(),
            None,
        ),
        AppError::Unauthorized(reason) | AppError::Forbidden(reason) => (reason.to_string(), None),
        AppError::TooSlow => (
            "The query took longer than this app allows and was stopped; narrow it (a longer `q`, a filter, another sort).".into(),
            None,
        ),
        AppError::Unavailable(_) => (
            "The database cannot be reached right now; nothing was read or changed. Try again after Retry-After seconds.".into(),
            None,
        ),
        AppError::Internal(_) => (
            "The request could not be completed; nothing was changed. The cause is in the server log.".into(),
            None,
        ),
    };
    let status = err.status();
    let document = Problem {
        kind: "about:blank".into(),
        title: status.canonical_reason().unwrap_or("Error").into(),
        status: status.as_u16(),
        code: err.code(),
        detail,
        errors,
    };
    let mut response = HttpResponse::build(status);
    if status == StatusCode::UNAUTHORIZED {
        response.insert_header((header::WWW_AUTHENTICATE, r#"Bearer realm="students""#));
    }
    response
        .content_type("application/problem+json")
        .json(document)
}
