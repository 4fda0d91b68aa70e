//! The logged-in person's own account page: who they are, a password change, and their
//! personal API tokens (create, shown once; revoke).

use crate::auth::{self, Checked, Staff, client_address, password, throttle};
use crate::db::{Database, accounts, api_tokens, now};
use crate::domain::account::{NewPassword, PASSWORD_MAX_CHARS, PasswordChangeForm, TokenForm};
use crate::domain::refusal::too_many_attempts;
use crate::domain::{FieldErrors, Refusal};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::i18n::Message;
use crate::tokens;
use crate::views::own_account::AccountPage;
use crate::views::{Layout, locale, render, see_other, throttled};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::TimeDelta;

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

/// Whether `typed` is the person's current password, counted like a login attempt.
async fn check_current(
    db: &Database,
    req: &HttpRequest,
    staff: &Staff,
    typed: &str,
) -> Result<Checked<()>, AppError> {
    if typed.chars().count() > PASSWORD_MAX_CHARS {
        return Ok(Checked::Wrong);
    }
    let subjects = throttle::Subjects::new(&staff.account.email, &client_address(req));
    let account_id = staff.account.id;
    auth::check_password(db, subjects, typed.to_owned(), move |conn| {
        Ok(accounts::password_hash_of(conn, account_id)?.map(|hash| ((), hash)))
    })
    .await
}

/// The current-password check's refusal, at the form's `field`; with how long to wait when
/// throttled.
fn current_password_refused(
    checked: &Checked<()>,
    field: impl Into<std::borrow::Cow<'static, str>>,
) -> Option<(FieldErrors, Option<TimeDelta>)> {
    let (message, wait) = match checked {
        Checked::Right(()) => return None,
        Checked::Wrong => (Refusal::WrongCurrentPassword.message(), None),
        Checked::Throttled(wait) => (too_many_attempts(*wait), Some(*wait)),
    };
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    Some((errors, wait))
}

/// The account page sent back with `page`'s errors: 422, or 429 when throttled.
fn sent_back(page: &AccountPage, wait: Option<TimeDelta>) -> Result<HttpResponse, AppError> {
    match wait {
        Some(wait) => Ok(throttled(
            render(StatusCode::TOO_MANY_REQUESTS, page)?,
            wait,
        )),
        None => render(StatusCode::UNPROCESSABLE_ENTITY, page),
    }
}

/// Changes the password after checking the current one, then ends every session and API
/// token of the account, this one included: the person logs in again with the new password.
pub async fn change_password(
    db: web::Data<Database>,
    req: HttpRequest,
    layout: Layout,
    staff: Staff,
    session: Session,
    form: CsrfForm<PasswordChangeForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let checked = check_current(&db, &req, &staff, &form.current_password).await?;
    let field = Refusal::WrongCurrentPassword.field();
    let (mut errors, wait) = current_password_refused(&checked, field).unwrap_or_default();
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
        return sent_back(&page, wait);
    };
    let hash = password::hash_off_thread(Some(&new)).await?;
    let account_id = staff.account.id;
    let revoked = db
        .write("changing a password", move |conn| {
            accounts::set_password(conn, account_id, &hash)
        })
        .await?;
    log::info!("{} changed their password", staff.account.email);
    auth::log_out(&db, &session).await?;
    locale::keep_in_session(&session, &staff.account.preferences)
        .map_err(|err| AppError::internal(anyhow::anyhow!("keeping the language: {err}")))?;
    Ok(see_other(
        "/login/",
        Message::new("password-changed").with("tokens", revoked),
    ))
}

pub async fn create_token(
    db: web::Data<Database>,
    req: HttpRequest,
    layout: Layout,
    staff: Staff,
    session: Session,
    form: CsrfForm<TokenForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let parsed = form.parse();
    let checked = check_current(&db, &req, &staff, &form.password).await?;
    let refused = current_password_refused(&checked, "password");
    let name = match (parsed, refused) {
        (Ok(name), None) => name,
        (parsed, refused) => {
            let (mut errors, wait) = refused.unwrap_or_default();
            if let Err(name_errors) = parsed {
                for (field, message) in name_errors.iter() {
                    errors.add(field.to_owned(), message.clone());
                }
            }
            let page = AccountPage {
                token_form: TokenForm {
                    name: form.name,
                    password: String::new(),
                },
                token_errors: errors,
                ..account_page(&db, layout, staff).await?
            };
            return sent_back(&page, wait);
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
        Message::new("token-created").with("name", name),
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
        Message::new("token-revoked").with("name", revoked),
    ))
}
