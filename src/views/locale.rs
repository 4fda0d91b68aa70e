//! Whose language and clock a page uses: the account's choice; else, for someone not
//! logged in, the choice kept in their session cookie (the switcher on the login page);
//! else the browser's `Accept-Language`; else English. The time zone is the account's, or
//! the server's (`--time-zone`). Nothing is kept in process memory: any instance answers.

use crate::db::accounts::Account;
use crate::domain::{Preferences, Theme};
use crate::i18n::{Clock, Language, TimeZone};
use actix_session::{Session, SessionExt};
use actix_web::http::header;
use actix_web::{HttpRequest, web};

/// The session cookie's keys for an anonymous visitor's choices.
const LANGUAGE_KEY: &str = "language";
const THEME_KEY: &str = "theme";

/// The server's time zone for accounts that chose none (`--time-zone`, UTC by default).
#[derive(Debug, Clone, Copy, Default)]
pub struct DefaultZone(pub TimeZone);

/// The clock of a request, and what its reader chose.
pub fn of(req: &HttpRequest, account: Option<&Account>) -> (Clock, Preferences) {
    let chosen = match account {
        Some(account) => account.preferences,
        None => in_session(&req.get_session()),
    };
    let language = chosen.language.unwrap_or_else(|| from_browser(req));
    let zone = chosen.time_zone.unwrap_or_else(|| default_zone(req));
    (Clock::new(language, zone), chosen)
}

/// The zone the request's reader sees times in (for a download, which has no layout).
pub fn zone_of(req: &HttpRequest) -> TimeZone {
    let account = crate::auth::staff_of(req).map(|staff| staff.account);
    of(req, account.as_ref()).0.zone
}

/// The server's zone (`--time-zone`).
pub fn default_zone(req: &HttpRequest) -> TimeZone {
    req.app_data::<web::Data<DefaultZone>>()
        .map(|zone| zone.0)
        .unwrap_or_default()
}

/// The browser's preferred language of ours, or English.
pub fn from_browser(req: &HttpRequest) -> Language {
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(Language::from_accept_language)
        .unwrap_or_default()
}

/// What an anonymous visitor chose, from their session cookie.
pub fn in_session(session: &Session) -> Preferences {
    let read = |key| session.get::<String>(key).ok().flatten();
    Preferences {
        language: read(LANGUAGE_KEY).as_deref().and_then(Language::from_tag),
        time_zone: None,
        theme: read(THEME_KEY)
            .as_deref()
            .map(Theme::read)
            .unwrap_or_default(),
    }
}

/// Keeps `chosen` in the session cookie (for the login page, and after logging out).
pub fn keep_in_session(session: &Session, chosen: &Preferences) -> Result<(), String> {
    let language = chosen.language.map(Language::tag).unwrap_or_default();
    session
        .insert(LANGUAGE_KEY, language)
        .and_then(|()| session.insert(THEME_KEY, chosen.theme.as_str()))
        .map_err(|err| err.to_string())
}
