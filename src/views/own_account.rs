//! The logged-in person's own account page: who they are, the password change form, and
//! their API tokens (a new one shown once).

use super::Layout;
use super::shown::Shown;
use crate::auth::Staff;
use crate::db::accounts::Account;
use crate::db::api_tokens::ApiToken;
use crate::domain::FieldErrors;
use crate::domain::account::TokenForm;
use crate::i18n::{Message, TimeZone};
use askama::Template;

#[derive(Template)]
#[template(path = "own_account/show.html")]
pub struct AccountPage {
    pub layout: Layout,
    pub account: Shown<Account>,
    pub tokens: Vec<Shown<ApiToken>>,
    /// A token created just now: shown this once, never stored in the clear.
    pub new_token: Option<String>,
    pub token_form: TokenForm,
    pub password_errors: FieldErrors,
    pub token_errors: FieldErrors,
}

impl AccountPage {
    /// The page as it first shows: the account's tokens, empty forms, no errors.
    pub fn new(layout: Layout, staff: Staff, tokens: Vec<ApiToken>) -> Self {
        Self {
            layout,
            account: Shown(staff.account),
            tokens: Shown::all(tokens),
            new_token: None,
            token_form: TokenForm::default(),
            password_errors: FieldErrors::default(),
            token_errors: FieldErrors::default(),
        }
    }
}

impl AccountPage {
    /// Every time zone, for the preference.
    fn zones(&self) -> Vec<TimeZone> {
        TimeZone::all().collect()
    }

    /// The server's zone, used by accounts that chose none.
    fn default_zone(&self) -> &'static str {
        self.layout.default_zone.name()
    }

    fn tokens_hint(&self) -> Message {
        Message::new("own-tokens-hint")
    }
}
