//! The admins' account pages: the list, the add/edit form, the removal confirmation.

use super::Layout;
use super::shown::Shown;
use crate::db::accounts::Account;
use crate::domain::account::AccountForm;
use crate::domain::{FieldErrors, Role};
use askama::Template;

#[derive(Template)]
#[template(path = "accounts/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub accounts: Vec<Shown<Account>>,
    /// The id of the admin looking (who cannot remove themselves).
    pub me: i64,
}

#[derive(Template)]
#[template(path = "accounts/form.html")]
pub struct FormPage {
    pub layout: Layout,
    /// `None` for a new account.
    pub account: Option<Account>,
    pub form: AccountForm,
    pub errors: FieldErrors,
}

impl FormPage {
    fn roles(&self) -> [Role; 3] {
        Role::ALL
    }

    fn heading(&self) -> String {
        match &self.account {
            Some(account) => self
                .layout
                .t1("account-edit-heading", "name", &account.display_name),
            None => self.layout.t("account-add-heading").to_owned(),
        }
    }

    fn action(&self) -> String {
        match &self.account {
            Some(account) => format!("/accounts/{}/edit/", account.id),
            None => "/accounts/create/".into(),
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/confirm_delete.html")]
pub struct ConfirmDeletePage {
    pub layout: Layout,
    pub account: Account,
}

impl ConfirmDeletePage {
    fn question(&self) -> String {
        self.layout.t1(
            "account-remove-question",
            "name",
            &self.account.display_name,
        )
    }

    fn action(&self) -> String {
        format!("/accounts/{}/delete/", self.account.id)
    }

    fn cancel_href(&self) -> String {
        "/accounts/".to_owned()
    }
}
