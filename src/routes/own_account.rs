//! The logged-in person's own account page: who they are, a password change, and their
//! personal API tokens (create, shown once; revoke).

use crate::auth::{self, Staff, password};
use crate::db::{Database, accounts, api_tokens, now};
use crate::domain::account::{NewPassword, PasswordChangeForm, TokenForm};
use crate::domain::{FieldErrors, Refusal};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::tokens;
use crate::views::own_account::AccountPage;
use crate::views::{Layout, render, see_other};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

/// The session key under which a new token waits for the page that shows it once.
const NEW_TOKEN_KEY: &str = "new_api_token";

/// The page as it first shows: the account's tokens, empty forms, no errors.
async fn account_page(
    db: &Database,
    layout: Layout,
    staff: Staff,
) -> Result<AccountPage, AppError> {
    let account_id = staff.account.id;
    let tokens = db
        .read("loading the API tokens", move |conn| {
            api_tokens::of_account(conn, account_id)
        })
        .await?;
    Ok(AccountPage::new(layout, staff, tokens))
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
        ..account_page(&db, layout, staff).await?
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
        .read("reading the password hash", move |conn| {
            accounts::password_hash_of(conn, account_id)
        })
        .await?
        .unwrap_or_default();
    let current = form.current_password.clone();
    let current_ok = web::block(move || password::verify(&current, &stored)).await?;
    let mut errors = FieldErrors::default();
    if !current_ok {
        let refusal = Refusal::WrongCurrentPassword;
        errors.add(refusal.field(), refusal.message());
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
            ..account_page(&db, layout, staff).await?
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let hash = password::hash_off_thread(Some(&new)).await?;
    db.write("changing a password", move |conn| {
        accounts::set_password(conn, account_id, &hash)
    })
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
                ..account_page(&db, layout, staff).await?
            };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let issued = tokens::issue(tokens::API_TOKEN_PREFIX);
    let account_id = staff.account.id;
    let stored_name = name.clone();
    let plain = issued.plain.clone();
    db.write("storing a new API token", move |conn| {
        api_tokens::create(conn, account_id, &stored_name, &issued, now())
    })
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
        .write("revoking an API token", move |conn| {
            api_tokens::revoke(conn, account_id, token_id)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(see_other(
        "/account/",
        format!("Revoked the API token “{revoked}”: it no longer works."),
    ))
}
