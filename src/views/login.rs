//! The login form, and the first-run setup page that creates the first admin.

use super::Layout;
use crate::domain::FieldErrors;
use crate::domain::account::AccountForm;
use crate::i18n::Message;
use askama::Template;

#[derive(Template)]
#[template(path = "login/login.html")]
pub struct LoginPage {
    pub layout: Layout,
    pub email: String,
    pub next: String,
    /// Why the last attempt failed (wrong credentials, throttled): one message for the
    /// form, never one per field (which would tell whether the email exists).
    pub problem: Option<Message>,
    /// No account exists yet: the page says how to make the first one.
    pub first_run: bool,
    no_errors: FieldErrors,
}

impl LoginPage {
    pub fn new(layout: Layout, email: String, next: String, problem: Option<Message>) -> Self {
        Self {
            layout,
            email,
            next,
            problem,
            first_run: false,
            no_errors: FieldErrors::default(),
        }
    }

    /// The page for a first run (no account yet), which says how to make the first one.
    pub fn first_run(self, first_run: bool) -> Self {
        Self { first_run, ..self }
    }
}

#[derive(Template)]
#[template(path = "login/setup.html")]
pub struct SetupPage {
    pub layout: Layout,
    pub token: String,
    pub form: AccountForm,
    pub errors: FieldErrors,
}
