//! How responses look: the data every page's layout needs (`Layout`), the page structs of
//! each resource with their view models (one module per resource, templates in
//! `templates/<resource>/`), the error pages and problem documents (`errors`), and the
//! helpers that turn a template or a notice into a response.
//!
//! Layer: views. Imports the layers below (foundations, domain, error kinds, database row
//! types, `auth` and `security` for the layout); handlers in `api` and `routes` import it.
//! The modules here import this file and `shown`, never each other's pages.

pub mod accounts;
pub mod bulk;
pub mod courses;
pub mod csv;
pub mod errors;
pub mod imports;
pub mod login;
pub mod own_account;
pub mod pages;
pub mod shown;
pub mod student_form;
pub mod students;

use crate::db::accounts::Account;
use crate::error::AppError;
use crate::{auth, security};
use actix_web::dev::Payload;
use actix_web::http::header::ContentType;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use actix_web_flash_messages::{FlashMessage, IncomingFlashMessages, Level};
use askama::Template;
use chrono::TimeDelta;
use serde::{Deserialize, Serialize};
use std::future::{Ready, ready};

/// A one-time notice shown at the top of the next page.
#[derive(Debug, Clone)]
pub struct Flash {
    pub notice: Notice,
    /// Errors interrupt screen readers (`role="alert"`); everything else waits (`role="status"`).
    pub is_error: bool,
}

/// A notice's text, where its subject (a student's name) may link to their page, and an
/// Undo button may follow (a form that posts to `undo`). Kept in the session cookie as JSON
/// until the next page shows it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Notice {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<NoticeLink>,
    /// Where the Undo button posts (with its return target), if the notice has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo: Option<String>,
}

/// The part of a notice's text that links, and where to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoticeLink {
    pub label: String,
    pub href: String,
}

impl From<String> for Notice {
    fn from(text: String) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }
}

impl From<&str> for Notice {
    fn from(text: &str) -> Self {
        Self::from(text.to_owned())
    }
}

impl Notice {
    /// `text` with (the first) `label` in it linking to `href`.
    pub fn linked(text: String, label: String, href: String) -> Self {
        Self {
            text,
            link: Some(NoticeLink { label, href }),
            undo: None,
        }
    }

    pub fn with_undo(self, action: String) -> Self {
        Self {
            undo: Some(action),
            ..self
        }
    }

    /// The text around the link, split at it: (before, link, after). Without a link, or
    /// when the label is not in the text, all of the text is `before`.
    pub fn parts(&self) -> (&str, Option<&NoticeLink>, &str) {
        let found = self
            .link
            .as_ref()
            .and_then(|link| Some((link, self.text.find(&link.label)?)));
        match found {
            Some((link, at)) => (
                &self.text[..at],
                Some(link),
                &self.text[at + link.label.len()..],
            ),
            None => (&self.text, None, ""),
        }
    }

    fn read(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_else(|_| Self::from(stored.to_owned()))
    }
}

/// The per-request data of the base layout. Extracting it consumes the pending flash
/// messages and makes sure the session has a CSRF token for the page's forms.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub flashes: Vec<Flash>,
    pub csrf_token: String,
    /// The request path, so the nav can mark the current page.
    pub path: String,
    /// Who is logged in (`None` on the login and setup pages).
    pub account: Option<Account>,
}

impl Layout {
    fn extract(req: &HttpRequest) -> Result<Self, AppError> {
        let messages = IncomingFlashMessages::from_request(req, &mut Payload::None)
            .into_inner()
            .map_err(|err| AppError::internal(anyhow::anyhow!("reading flash messages: {err}")))?;
        let flashes = messages
            .iter()
            .map(|message| Flash {
                notice: Notice::read(message.content()),
                is_error: matches!(message.level(), Level::Error | Level::Warning),
            })
            .collect();
        Ok(Self {
            flashes,
            csrf_token: security::csrf_token(req)?,
            path: req.path().to_owned(),
            account: auth::staff_of(req).map(|staff| staff.account),
        })
    }

    /// The layout for `req`, or an empty one (an error page must render regardless).
    pub fn of(req: &HttpRequest) -> Self {
        Self::extract(req).unwrap_or_default()
    }

    /// Whether to show buttons that create, edit or delete records: a viewer sees none.
    pub fn can_edit(&self) -> bool {
        self.account
            .as_ref()
            .is_some_and(|account| account.role.can_edit())
    }

    pub fn can_manage_accounts(&self) -> bool {
        self.account
            .as_ref()
            .is_some_and(|account| account.role.can_manage_accounts())
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
pub fn render<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, AppError> {
    // Sized up front: a page of students grows the buffer several times otherwise.
    let mut body = String::with_capacity(T::SIZE_HINT.max(32 * 1024));
    template.render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(body))
}

/// After a successful write: to `location` with a notice (POST/redirect/GET).
pub fn see_other(location: &str, notice: impl Into<Notice>) -> HttpResponse {
    let notice = notice.into();
    // Plain text stays plain: only a notice with a link or an Undo needs the JSON.
    let stored = match (&notice.link, &notice.undo) {
        (None, None) => notice.text,
        _ => serde_json::to_string(&notice).unwrap_or(notice.text),
    };
    FlashMessage::success(stored).send();
    redirect(location)
}

/// After a refused request that has no form to re-render: back to `location`, saying why.
pub fn see_other_refused(location: &str, why: &str) -> HttpResponse {
    FlashMessage::error(why.to_owned()).send();
    redirect(location)
}

/// A page answering a throttled attempt (429), with when to try again.
pub fn throttled(mut response: HttpResponse, wait: TimeDelta) -> HttpResponse {
    let seconds = header::HeaderValue::from(wait.num_seconds().max(1));
    response.headers_mut().insert(header::RETRY_AFTER, seconds);
    response
}

/// A plain 303 to `location`.
pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}
