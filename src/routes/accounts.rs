//! Account management for admins: index, new/create, edit/update, confirm_delete/delete.
//! The database refuses any change that would leave no admin (`Refusal::LastAdmin`).

use crate::auth::{Staff, password};
use crate::db::Database;
use crate::db::accounts::{self, Account, AccountChanges, NewAccount};
use crate::db::outcome::WriteError;
use crate::domain::account::{AccountForm, AccountFormKind};
use crate::domain::{FieldErrors, Refusal, Role};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::i18n::Message;
use crate::views::accounts::{ConfirmDeletePage, FormPage, IndexPage};
use crate::views::shown::Shown;
use crate::views::{Layout, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

/// The form sent back with the refusal at its field (a taken email, the last admin).
fn refused(page: FormPage, reason: WriteError) -> Result<HttpResponse, AppError> {
    match reason {
        WriteError::NotFound => Err(AppError::NotFound),
        WriteError::Refused(refusal) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FormPage {
                errors: refusal.into(),
                ..page
            },
        ),
    }
}

async fn find_or_404(db: &Database, id: i64) -> Result<Account, AppError> {
    db.read("finding the account", move |conn| accounts::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    staff: Staff,
) -> Result<HttpResponse, AppError> {
    let accounts = db.read("listing the accounts", accounts::list).await?;
    let page = IndexPage {
        layout,
        accounts: Shown::all(accounts),
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
        .write("adding an account", move |conn| {
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
            Message::new("account-added")
                .with("name", &account.display_name)
                .with("email", &account.email)
                .with("role", Message::new(account.role.name_id())),
        )),
        Err(reason) => refused(page, reason),
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
    let password_changed = valid.password.is_some();
    let hash = match &valid.password {
        Some(_) => Some(password::hash_off_thread(valid.password.as_ref()).await?),
        None => None,
    };
    let id = account.id;
    let updated = db
        .write("saving an account", move |conn| {
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
        Ok((saved, revoked)) => {
            let saved_message = match password_changed {
                true => Message::new("account-saved-password").with("tokens", revoked),
                false => Message::new("account-saved"),
            };
            Ok(see_other(
                "/accounts/",
                saved_message
                    .with("name", &saved.display_name)
                    .with("email", &saved.email)
                    .with("role", Message::new(saved.role.name_id())),
            ))
        }
        Err(reason) => refused(page, reason),
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
        return Err(Refusal::OwnAccount.into());
    }
    let removed = db
        .write("removing an account", move |conn| {
            accounts::remove(conn, id)
        })
        .await?;
    match removed {
        Ok(account) => Ok(see_other(
            "/accounts/",
            Message::new("account-removed")
                .with("name", &account.display_name)
                .with("email", &account.email),
        )),
        Err(WriteError::NotFound) => Err(AppError::NotFound),
        Err(WriteError::Refused(refusal)) => Err(refusal.into()),
    }
}
