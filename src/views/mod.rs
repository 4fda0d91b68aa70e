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
pub mod dashboard;
pub mod deleted;
pub mod errors;
pub mod fields;
pub mod imports;
pub mod locale;
pub mod login;
pub mod notice;
pub mod own_account;
pub mod pager;
pub mod pages;
pub mod school_fields;
pub mod shown;
pub mod student_confirm;
pub mod student_form;
pub mod students;
pub mod svg;

use crate::db::accounts::Account;
use crate::domain::account::safe_next;
use crate::domain::{Preferences, Theme};
use crate::error::AppError;
use crate::format::Moment;
use crate::i18n::{Arg, Clock, Language, Message, TimeZone, ToArg};
use crate::urlencoded;
use crate::{auth, security};
use actix_web::dev::Payload;
use actix_web::http::header::ContentType;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use actix_web_flash_messages::{FlashMessage, IncomingFlashMessages, Level};
use askama::Template;
use chrono::TimeDelta;
pub use notice::{Flash, Notice, NoticeLink};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::future::{Ready, ready};

/// The per-request data of the base layout. Extracting it consumes the pending flash
/// messages and makes sure the session has a CSRF token for the page's forms. Its methods
/// are how templates write text: messages, numbers and dates in the reader's language and
/// time zone.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub flashes: Vec<Flash>,
    pub csrf_token: String,
    /// The request path, so the nav can mark the current page.
    pub path: String,
    /// The request path and query, where the language switcher comes back to.
    pub here: String,
    /// Who is logged in (`None` on the login and setup pages).
    pub account: Option<Account>,
    /// The reader's language and time zone.
    pub clock: Clock,
    /// What they chose (the switcher shows it): a language or the browser's, a theme.
    pub chosen: Preferences,
    /// The server's time zone, for those who chose none.
    pub default_zone: TimeZone,
}

impl Layout {
    fn extract(req: &HttpRequest) -> Result<Self, AppError> {
        let messages = IncomingFlashMessages::from_request(req, &mut Payload::None)
            .into_inner()
            .map_err(|err| AppError::internal(anyhow::anyhow!("reading flash messages: {err}")))?;
        let account = auth::staff_of(req).map(|staff| staff.account);
        let (clock, chosen) = locale::of(req, account.as_ref());
        let default_zone = locale::default_zone(req);
        let flashes = messages
            .iter()
            .filter_map(|message| {
                let is_error = matches!(message.level(), Level::Error | Level::Warning);
                Some(Notice::read(message.content())?.shown(clock.language, is_error))
            })
            .collect();
        let here = here(req);
        Ok(Self {
            flashes,
            csrf_token: security::csrf_token(req)?,
            path: req.path().to_owned(),
            here,
            account,
            clock,
            chosen,
            default_zone,
        })
    }

    /// The layout for `req`, or one with only its language (an error page must render
    /// regardless).
    pub fn of(req: &HttpRequest) -> Self {
        Self::extract(req).unwrap_or_else(|_| {
            let (clock, chosen) = locale::of(req, None);
            Self {
                clock,
                chosen,
                default_zone: locale::default_zone(req),
                ..Self::default()
            }
        })
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

    pub fn language(&self) -> Language {
        self.clock.language
    }

    /// The switcher's choices.
    pub fn languages(&self) -> [Language; 4] {
        Language::ALL
    }

    pub fn themes(&self) -> [Theme; 3] {
        Theme::ALL
    }

    /// `<meta name="color-scheme">`: the chosen theme, or both for the system to pick.
    pub fn color_scheme(&self) -> &'static str {
        match self.chosen.theme {
            Theme::System => "light dark",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The text of message `id`.
    pub fn t(&self, id: &str) -> &'static str {
        self.clock.language.fixed(id)
    }

    /// Message `id` with one argument.
    pub fn t1(&self, id: &'static str, name: &'static str, value: impl ToArg) -> String {
        self.show(Message::new(id).with(name, value.to_arg()))
    }

    /// Message `id` with two arguments, each a (name, value) pair.
    pub fn t2<A: ToArg, B: ToArg>(
        &self,
        id: &'static str,
        first: &(&'static str, A),
        second: &(&'static str, B),
    ) -> String {
        self.show(pair(id, first, second))
    }

    pub fn show(&self, message: impl AsRef<Message>) -> String {
        self.clock.language.message(message.as_ref())
    }

    /// A message whose translation holds markup (`<strong>`, a link), for `|safe`: its
    /// text arguments are escaped here, the translations themselves are ours.
    pub fn markup(&self, message: impl AsRef<Message>) -> String {
        self.show(message.as_ref().escaped(escape_html))
    }

    /// `markup` of message `id` with one argument.
    pub fn h1(&self, id: &'static str, name: &'static str, value: impl ToArg) -> String {
        self.markup(Message::new(id).with(name, value.to_arg()))
    }

    /// `markup` of message `id` with two arguments.
    pub fn h2<A: ToArg, B: ToArg>(
        &self,
        id: &'static str,
        first: &(&'static str, A),
        second: &(&'static str, B),
    ) -> String {
        self.markup(pair(id, first, second))
    }

    /// Message `id` (with its number argument `name`) in each plural form of the language,
    /// the number written `{n}`: for a script to fill in (`Intl.PluralRules` picks the
    /// form), as `data-plural-<category>` attributes.
    pub fn plural_forms(
        &self,
        id: &'static str,
        name: &'static str,
    ) -> Vec<(&'static str, String)> {
        let language = self.clock.language;
        language
            .plural_samples()
            .iter()
            .map(|(category, sample)| {
                let text = language.message(&Message::new(id).with(name, *sample));
                (*category, text.replace(&language.number(*sample), "{n}"))
            })
            .collect()
    }

    /// A number with the language's digits and separators.
    pub fn num(&self, number: impl ToArg) -> String {
        match number.to_arg() {
            Arg::Number(number) => self.clock.language.number(number),
            _ => String::new(),
        }
    }

    /// "December 1, 2026", in the reader's zone.
    pub fn date(&self, at: impl AsRef<Moment>) -> String {
        let at = at.as_ref();
        self.clock.date(at.0)
    }

    /// "Dec 1, 2026", for tables.
    pub fn short_date(&self, at: impl AsRef<Moment>) -> String {
        let at = at.as_ref();
        self.clock.short_date(at.0)
    }

    /// "December 1, 2026 at 05:39 CET".
    pub fn date_time(&self, at: impl AsRef<Moment>) -> String {
        let at = at.as_ref();
        self.clock.date_time(at.0)
    }

    /// Today, in full, in the reader's zone (a printed page's header).
    pub fn today(&self) -> String {
        self.clock.date(Clock::now())
    }

    /// "3 minutes ago", or the date and time when longer ago than a day.
    pub fn ago(&self, at: impl AsRef<Moment>) -> String {
        let at = at.as_ref();
        self.clock.ago(at.0, Clock::now())
    }
}

impl FromRequest for Layout {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::extract(req))
    }
}

/// Where the switcher comes back to: this page with its query, except that the login page
/// keeps only a `next` that stays on this site (a hostile one is not even echoed).
fn here(req: &HttpRequest) -> String {
    let (path, query) = (req.path(), req.query_string());
    if path == "/login/" {
        let next = urlencoded::decode(query.as_bytes())
            .unwrap_or_default()
            .into_iter()
            .find(|(name, _)| name == "next")
            .and_then(|(_, next)| safe_next(&next).map(str::to_owned));
        return match next {
            Some(next) => format!(
                "/login/?next={}",
                utf8_percent_encode(&next, NON_ALPHANUMERIC)
            ),
            None => "/login/".to_owned(),
        };
    }
    match query {
        "" => path.to_owned(),
        query => format!("{path}?{query}"),
    }
}

/// Message `id` with two (name, value) arguments, as templates pass them.
fn pair<A: ToArg, B: ToArg>(
    id: &'static str,
    (first, first_value): &(&'static str, A),
    (second, second_value): &(&'static str, B),
) -> Message {
    Message::new(id)
        .with(first, first_value.to_arg())
        .with(second, second_value.to_arg())
}

/// `text` safe inside HTML text and attribute values.
fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#x27;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Renders `template` as an HTML response with `status`.
pub fn render<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, AppError> {
    // Sized up front: a page of 25 students (about 40 KB) grows the buffer otherwise, and
    // each growth copies what was written so far.
    let mut body = String::with_capacity(T::SIZE_HINT.max(64 * 1024));
    template.render_into(&mut body)?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(body))
}

/// After a successful write: to `location` with a notice (POST/redirect/GET).
pub fn see_other(location: &str, notice: impl Into<Notice>) -> HttpResponse {
    send(notice.into(), FlashMessage::success);
    redirect(location)
}

/// After a refused request that has no form to re-render: back to `location`, saying why.
pub fn see_other_refused(location: &str, why: Message) -> HttpResponse {
    send(Notice::from(why), FlashMessage::error);
    redirect(location)
}

fn send(notice: Notice, level: fn(String) -> FlashMessage) {
    match serde_json::to_string(&notice) {
        Ok(stored) => level(stored).send(),
        Err(err) => log::error!("a notice could not be stored: {err}"),
    }
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
