//! The logged-in person's own account page: who they are, a password change, and their
//! personal API tokens (create, shown once; revoke).

use super::see_other;
use crate::auth::{self, Staff, password, secrets};
use crate::db::Database;
use crate::db::api_tokens::{self, ApiToken};
use crate::db::{accounts, students::now};
use crate::domain::FieldErrors;
use crate::domain::account::{NewPassword, PasswordChangeForm, TokenForm};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::html::{Layout, render};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

/// The session key under which a new token waits for the page that shows it once.
const NEW_TOKEN_KEY: &str = "new_api_token";

#[derive(Template)]
#[template(path = "account/show.html")]
struct AccountPage {
    layout: Layout,
    staff: Staff,
    tokens: Vec<ApiToken>,
    /// A token created just now: shown this once, never stored in the clear.
    new_token: Option<String>,
    token_form: TokenForm,
    password_errors: FieldErrors,
    token_errors: FieldErrors,
}

impl AccountPage {
    /// The page as it first shows: the account's tokens, empty forms, no errors.
    async fn load(db: &Database, layout: Layout, staff: Staff) -> Result<Self, AppError> {
        let account_id = staff.account.id;
        let tokens = db
            .read(move |conn| api_tokens::of_account(conn, account_id))
            .await?;
        Ok(Self {
            layout,
            staff,
            tokens,
            new_token: None,
            token_form: TokenForm::default(),
            password_errors: FieldErrors::default(),
            token_errors: FieldErrors::default(),
        })
    }
}

pub async fn show(
    db: web::Data<Database>,
    layout: Layout,
    staff: Staff,
    session: Session,
) -> Result<HttpResponse, AppError> {
    let page = AccountPage {
        new_token: session
            .remove_as::<String>(NEW_TOKEN_KEY)
            .and_then(Result::ok),
        ..AccountPage::load(&db, layout, staff).await?
    };
    render(StatusCode::OK, &page)
}

/// Changes the password after checking the current one, then ends every session of the
/// account, this one included: the person logs in again with the new password.
pub async fn change_password(
    db: web::Data<Database>,
    layout: Layout,
    staff: Staff,
    session: Session,
    form: CsrfForm<PasswordChangeForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let account_id = staff.account.id;
    let stored = db
        .read(move |conn| accounts::password_hash_of(conn, account_id))
        .await?
        .unwrap_or_default();
    let current = form.current_password.clone();
    let current_ok = web::block(move || password::verify(&current, &stored)).await?;
    let mut errors = FieldErrors::default();
    if !current_ok {
        errors.add("current_password", "This is not your current password.");
    }
    let new = errors.check(
        "new_password",
        NewPassword::parse(
            &form.new_password,
            &form.new_password_confirmation,
            Some(&staff.account.email),
        ),
    );
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        let page = AccountPage {
            password_errors: errors,
            ..AccountPage::load(&db, layout, staff).await?
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let hash = password::hash_off_thread(Some(&new)).await?;
    db.write(move |conn| accounts::set_password(conn, account_id, &hash))
        .await?;
    log::info!("{} changed their password", staff.account.email);
    auth::log_out(&db, &session).await?;
    Ok(see_other(
        "/login/",
        "Your password was changed and every session ended. Log in with the new password.".into(),
    ))
}

pub async fn create_token(
    db: web::Data<Database>,
    layout: Layout,
    staff: Staff,
    session: Session,
    form: CsrfForm<TokenForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let name = match form.parse() {
        Ok(name) => name,
        Err(errors) => {
            let page = AccountPage {
                token_form: form,
                token_errors: errors,
                ..AccountPage::load(&db, layout, staff).await?
            };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let issued = secrets::issue(secrets::API_TOKEN_PREFIX);
    let account_id = staff.account.id;
    let stored_name = name.clone();
    let plain = issued.plain.clone();
    db.write(move |conn| api_tokens::create(conn, account_id, &stored_name, &issued, now()))
        .await?;
    session
        .insert(NEW_TOKEN_KEY, plain)
        .map_err(|err| AppError::internal(anyhow::anyhow!("storing the new token: {err}")))?;
    Ok(see_other(
        "/account/",
        format!("Created the API token “{name}”. Copy it now: it is shown only once."),
    ))
}

pub async fn revoke_token(
    db: web::Data<Database>,
    staff: Staff,
    path: web::Path<i64>,
    _: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (account_id, token_id) = (staff.account.id, path.into_inner());
    let revoked = db
        .write(move |conn| api_tokens::revoke(conn, account_id, token_id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(
        "/account/",
        format!("Revoked the API token “{revoked}”: it no longer works."),
    ))
}
