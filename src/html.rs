//! What every HTML page shares: the data `templates/base.html` needs (`Layout`) and the
//! helper that turns a template into a response with the right status.

use crate::auth;
use crate::db::accounts::Account;
use crate::error::AppError;
use crate::security;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use actix_web_flash_messages::{IncomingFlashMessages, Level};
use askama::Template;
use chrono::{Datelike, NaiveDateTime, Timelike};
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
                text: message.content().to_owned(),
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

/// A moment as the pages write it. Formatted by hand: chrono's `format` parses its pattern
/// on every call, and a page of students writes dozens of dates.
#[derive(Debug, Clone, Copy)]
pub struct Moment(pub NaiveDateTime);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Moment {
    /// "November 21, 2026"
    pub fn long(&self) -> String {
        let at = self.0;
        format!(
            "{} {}, {}",
            MONTHS[at.month0() as usize],
            at.day(),
            at.year()
        )
    }

    /// "Nov 21, 2026"
    pub fn short(&self) -> String {
        let at = self.0;
        let month = &MONTHS[at.month0() as usize][..3];
        format!("{month} {}, {}", at.day(), at.year())
    }

    /// "November 21, 2026 at 06:13 UTC"
    pub fn long_with_time(&self) -> String {
        format!(
            "{} at {:02}:{:02} UTC",
            self.long(),
            self.0.hour(),
            self.0.minute()
        )
    }

    /// "2026-11-21T06:13:00Z", for `<time datetime>`.
    pub fn iso(&self) -> String {
        let at = self.0;
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Moment;
    use chrono::NaiveDate;

    #[test]
    fn moments_read_like_dates() {
        let at = NaiveDate::from_ymd_opt(2026, 3, 5)
            .and_then(|date| date.and_hms_opt(7, 4, 9))
            .map(Moment)
            .unwrap();
        assert_eq!(at.long(), "March 5, 2026");
        assert_eq!(at.short(), "Mar 5, 2026");
        assert_eq!(at.long_with_time(), "March 5, 2026 at 07:04 UTC");
        assert_eq!(at.iso(), "2026-03-05T07:04:09Z");
    }
}
