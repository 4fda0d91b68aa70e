//! Account management for admins: index, new/create, edit/update, confirm_delete/delete.
//! The database refuses any change that would leave no admin (`AccountError::LastAdmin`).

use super::see_other;
use crate::auth::{Staff, password};
use crate::db::Database;
use crate::db::accounts::{self, Account, AccountChanges, AccountError, NewAccount};
use crate::domain::account::{AccountForm, AccountFormKind};
use crate::domain::{FieldErrors, Role};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::html::{Layout, render};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

const LAST_ADMIN: &str = "This is the last admin: make another account an admin first, \
     so that someone can still manage accounts.";

#[derive(Template)]
#[template(path = "accounts/index.html")]
struct IndexPage {
    layout: Layout,
    accounts: Vec<Account>,
    me: i64,
}

#[derive(Template)]
#[template(path = "accounts/form.html")]
struct FormPage {
    layout: Layout,
    /// `None` for a new account.
    account: Option<Account>,
    form: AccountForm,
    errors: FieldErrors,
}

impl FormPage {
    fn roles(&self) -> [Role; 3] {
        Role::ALL
    }

    fn heading(&self) -> String {
        match &self.account {
            Some(account) => format!("Edit {}", account.display_name),
            None => "Add an account".into(),
        }
    }

    fn action(&self) -> String {
        match &self.account {
            Some(account) => format!("/accounts/{}/edit/", account.id),
            None => "/accounts/create/".into(),
        }
    }

    fn refused(self, reason: AccountError) -> Result<HttpResponse, AppError> {
        let mut errors = FieldErrors::default();
        match reason {
            AccountError::NotFound => return Err(AppError::NotFound),
            AccountError::EmailTaken => {
                errors.add("email", "Another account has this email.");
            }
            AccountError::LastAdmin => errors.add("role", LAST_ADMIN),
        }
        render(StatusCode::UNPROCESSABLE_ENTITY, &Self { errors, ..self })
    }
}

#[derive(Template)]
#[template(path = "accounts/confirm_delete.html")]
struct ConfirmDeletePage {
    layout: Layout,
    account: Account,
}

async fn find_or_404(db: &Database, id: i64) -> Result<Account, AppError> {
    db.read(move |conn| accounts::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    staff: Staff,
) -> Result<HttpResponse, AppError> {
    let accounts = db.read(accounts::list).await?;
    let page = IndexPage {
        layout,
        accounts,
        me: staff.account.id,
    };
    render(StatusCode::OK, &page)
}

pub async fn new(layout: Layout) -> Result<HttpResponse, AppError> {
    let form = AccountForm {
        role: Role::Editor.as_str().into(),
        ..AccountForm::default()
    };
    let page = FormPage {
        layout,
        account: None,
        form,
        errors: FieldErrors::default(),
    };
    render(StatusCode::OK, &page)
}

pub async fn create(
    db: web::Data<Database>,
    layout: Layout,
    form: CsrfForm<AccountForm>,
) -> Result<HttpResponse, AppError> {
    let page = FormPage {
        layout,
        account: None,
        form: form.into_inner(),
        errors: FieldErrors::default(),
    };
    let valid = match page.form.parse(AccountFormKind::New) {
        Ok(valid) => valid,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage { errors, ..page },
            );
        }
    };
    let hash = password::hash_off_thread(valid.password.as_ref()).await?;
    let created = db
        .write(move |conn| {
            let account = NewAccount {
                email: valid.email.as_str(),
                display_name: valid.display_name.as_str(),
                role: valid.role,
                password_hash: &hash,
            };
            accounts::create(conn, &account)
        })
        .await?;
    match created {
        Ok(account) => Ok(see_other(
            "/accounts/",
            format!(
                "Added {} ({}) as {}. Give them their password in person.",
                account.display_name, account.email, account.role
            ),
        )),
        Err(reason) => page.refused(reason),
    }
}

pub async fn edit(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let account = find_or_404(&db, *id).await?;
    let form = AccountForm {
        email: account.email.clone(),
        display_name: account.display_name.clone(),
        role: account.role.as_str().into(),
        ..AccountForm::default()
    };
    let page = FormPage {
        layout,
        account: Some(account),
        form,
        errors: FieldErrors::default(),
    };
    render(StatusCode::OK, &page)
}

pub async fn update(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
    form: CsrfForm<AccountForm>,
) -> Result<HttpResponse, AppError> {
    let account = find_or_404(&db, *id).await?;
    let page = FormPage {
        layout,
        account: Some(account.clone()),
        form: form.into_inner(),
        errors: FieldErrors::default(),
    };
    let valid = match page.form.parse(AccountFormKind::Existing) {
        Ok(valid) => valid,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage { errors, ..page },
            );
        }
    };
    let hash = match &valid.password {
        Some(_) => Some(password::hash_off_thread(valid.password.as_ref()).await?),
        None => None,
    };
    let id = account.id;
    let updated = db
        .write(move |conn| {
            let changes = AccountChanges {
                email: valid.email.as_str(),
                display_name: valid.display_name.as_str(),
                role: valid.role,
                password_hash: hash.as_deref(),
            };
            accounts::update(conn, id, &changes)
        })
        .await?;
    match updated {
        Ok(saved) => Ok(see_other(
            "/accounts/",
            format!(
                "Saved {} ({}, {}).",
                saved.display_name, saved.email, saved.role
            ),
        )),
        Err(reason) => page.refused(reason),
    }
}

pub async fn confirm_delete(
    db: web::Data<Database>,
    layout: Layout,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let account = find_or_404(&db, *id).await?;
    render(StatusCode::OK, &ConfirmDeletePage { layout, account })
}

pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    _: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    if id == staff.account.id {
        return Err(AppError::Forbidden(
            "You cannot remove your own account. Another admin can.",
        ));
    }
    match db.write(move |conn| accounts::remove(conn, id)).await? {
        Ok(account) => Ok(see_other(
            "/accounts/",
            format!(
                "Removed {} ({}): their sessions and API tokens no longer work.",
                account.display_name, account.email
            ),
        )),
        Err(AccountError::NotFound) => Err(AppError::NotFound),
        Err(_) => Err(AppError::Forbidden(LAST_ADMIN)),
    }
}
