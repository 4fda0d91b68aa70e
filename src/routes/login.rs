//! Logging in and out, and the first-run setup page that creates the first admin.

use crate::auth::{self, Checked, client_address, password, throttle};
use crate::db::Database;
use crate::db::accounts::{self, NewAccount};
use crate::domain::account::{
    AccountForm, AccountFormKind, LoginForm, PASSWORD_MAX_CHARS, safe_next,
};
use crate::domain::refusal::too_many_attempts;
use crate::domain::student::EMAIL_MAX_CHARS;
use crate::domain::{FieldErrors, Role};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::i18n::Message;
use crate::tokens;
use crate::views::login::{LoginPage, SetupPage};
use crate::views::{Layout, locale, redirect, render, see_other, throttled};
use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

/// Whether nobody could log in yet (the login page then explains the first run).
async fn no_account_yet(db: &Database) -> Result<bool, AppError> {
    let count = db.read("counting the accounts", accounts::count).await?;
    Ok(count == 0)
}

pub async fn login_form(
    req: HttpRequest,
    db: web::Data<Database>,
    layout: Layout,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(&query.next).unwrap_or(AFTER_LOGIN).to_owned();
    if auth::current(&req).await?.is_some() {
        return Ok(redirect(&next));
    }
    let page =
        LoginPage::new(layout, String::new(), next, None).first_run(no_account_yet(&db).await?);
    render(StatusCode::OK, &page)
}

/// Whether the email or password is longer than any account's can be: refused without
/// counting or hashing anything (a megabyte "email" must not become a stored throttle key).
fn matches_no_account(email: &str, password: &str) -> bool {
    email.trim().chars().count() > EMAIL_MAX_CHARS || password.chars().count() > PASSWORD_MAX_CHARS
}

pub async fn login(
    req: HttpRequest,
    db: web::Data<Database>,
    session: Session,
    layout: Layout,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = safe_next(&form.next).unwrap_or(AFTER_LOGIN).to_owned();
    let again = |problem: Message| {
        LoginPage::new(
            layout.clone(),
            form.email.clone(),
            next.clone(),
            Some(problem),
        )
    };
    if form.email.trim().is_empty() || form.password.is_empty() {
        let page = again(Message::new("login-missing"));
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let attempt = if matches_no_account(&form.email, &form.password) {
        Checked::Wrong
    } else {
        let subjects = throttle::Subjects::new(&form.email, &client_address(&req));
        let email = form.email.clone();
        auth::check_password(&db, subjects, form.password.clone(), move |conn| {
            accounts::find_by_email(conn, &email)
        })
        .await?
    };
    match attempt {
        Checked::Right(account) => {
            auth::log_in(&db, &session, &account).await?;
            log::info!("{} logged in", account.email);
            Ok(see_other(
                &next,
                Message::new("login-welcome").with("name", &account.display_name),
            ))
        }
        Checked::Throttled(wait) => {
            let page = again(too_many_attempts(wait));
            Ok(throttled(
                render(StatusCode::TOO_MANY_REQUESTS, &page)?,
                wait,
            ))
        }
        Checked::Wrong => {
            log::warn!("failed login from {}", client_address(&req));
            let page = again(Message::new("login-wrong")).first_run(no_account_yet(&db).await?);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub async fn logout(
    db: web::Data<Database>,
    req: HttpRequest,
    session: Session,
    _: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    // The login page after this one stays in the account's language and theme.
    let chosen = auth::current(&req)
        .await?
        .map(|staff| staff.account.preferences)
        .unwrap_or_else(|| locale::in_session(&session));
    auth::log_out(&db, &session).await?;
    locale::keep_in_session(&session, &chosen)
        .map_err(|err| AppError::internal(anyhow::anyhow!("keeping the language: {err}")))?;
    Ok(see_other("/login/", Message::new("login-logged-out")))
}

#[derive(Deserialize)]
pub struct SetupQuery {
    #[serde(default)]
    token: String,
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(flatten)]
    account: AccountForm,
}

/// Where a login goes without a page to return to: the school at a glance.
const AFTER_LOGIN: &str = "/dashboard/";

const SETUP_LINK_INVALID: Message = Message::new("refused-setup-link");

async fn check_setup_token(db: &Database, token: &str) -> Result<(), AppError> {
    let digest = tokens::digest(token);
    let valid = db
        .read("checking the setup link", move |conn| {
            accounts::setup_token_is_valid(conn, &digest)
        })
        .await?;
    if valid {
        Ok(())
    } else {
        Err(AppError::Forbidden(SETUP_LINK_INVALID))
    }
}

pub async fn setup_form(
    db: web::Data<Database>,
    layout: Layout,
    query: web::Query<SetupQuery>,
) -> Result<HttpResponse, AppError> {
    check_setup_token(&db, &query.token).await?;
    let page = SetupPage {
        layout,
        token: query.into_inner().token,
        form: AccountForm::default(),
        errors: FieldErrors::default(),
    };
    render(StatusCode::OK, &page)
}

pub async fn setup(
    db: web::Data<Database>,
    session: Session,
    layout: Layout,
    form: CsrfForm<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let SetupForm { token, account } = form.into_inner();
    check_setup_token(&db, &token).await?;
    let form = AccountForm {
        role: Role::Admin.as_str().into(),
        ..account
    };
    let valid = match form.parse(AccountFormKind::New) {
        Ok(valid) => valid,
        Err(errors) => {
            let page = SetupPage {
                layout,
                token,
                form,
                errors,
            };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let digest = tokens::digest(&token);
    let hash = password::hash_off_thread(valid.password.as_ref()).await?;
    let created = db
        .write("creating the first admin", move |conn| {
            let account = NewAccount {
                email: valid.email.as_str(),
                display_name: valid.display_name.as_str(),
                role: Role::Admin,
                password_hash: &hash,
            };
            accounts::create_first_admin(conn, &digest, &account)
        })
        .await?;
    let account = created.ok_or(AppError::Forbidden(SETUP_LINK_INVALID))?;
    log::info!("first admin {} created with the setup link", account.email);
    auth::log_in(&db, &session, &account).await?;
    Ok(see_other(
        "/",
        Message::new("setup-welcome").with("name", &account.display_name),
    ))
}
