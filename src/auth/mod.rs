//! Who is asking, and whether they may: the middleware that identifies every request (a
//! session cookie, or an API token) and applies `policy`, and the `Staff` extractor that
//! hands the account to handlers.
//!
//! Sessions: the signed, encrypted cookie carries a random token; the database keeps its
//! digest in `staff_sessions`. No server memory, so any instance serves any request, and
//! deleting the row (logout, password change, account removal) ends the session for good.
//!
//! Layer: auth, beside `security` and `form`. Imports the foundations, the domain, the
//! error kinds and the database; refusals are `AppError`s, which `views::errors` renders
//! (a page asked for anonymously becomes a redirect to the login form there).

pub mod password;
pub mod policy;
pub mod throttle;

use crate::db::accounts::Account;
use crate::db::{Database, DbConnection, api_tokens, now, sessions};
use crate::error::AppError;
use crate::i18n::Message;
use crate::{http, tokens};
use actix_session::{Session, SessionExt};
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use actix_web_flash_messages::FlashMessage;
use chrono::TimeDelta;
use diesel::QueryResult;
use policy::Access;
use std::future::{Ready, ready};
use std::net::IpAddr;

/// A session unused for this long has ended.
pub const IDLE_TIMEOUT: TimeDelta = TimeDelta::hours(8);
/// A session ends this long after the login, however busy: a copied cookie stops working.
pub const LIFETIME: TimeDelta = TimeDelta::days(7);
/// Activity is written at most this often: reads should not all turn into writes.
const TOUCH_EVERY: TimeDelta = TimeDelta::minutes(1);
/// The session cookie's key for the session token.
const SESSION_KEY: &str = "staff_session";

/// The logged-in account making this request, put there by `authenticate`.
#[derive(Debug, Clone)]
pub struct Staff {
    pub account: Account,
    /// The session's token digest; `None` for a request made with an API token.
    pub session: Option<String>,
}

/// Middleware: identifies the request, and refuses anonymous ones (401, which a page
/// shows as the login form) and those the role does not allow (403) before any handler
/// runs.
pub async fn authenticate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let pattern = req.match_pattern();
    let access = policy::access(req.method(), req.path(), pattern.as_deref());
    let Access::Role(required) = access else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let refusal = match identify(req.request()).await {
        Ok(Some(staff)) if staff.account.role >= required => {
            req.extensions_mut().insert(staff);
            return Ok(next.call(req).await?.map_into_left_body());
        }
        Ok(Some(staff)) => {
            log::warn!(
                "refused {} {} to {} ({})",
                req.method(),
                req.path(),
                staff.account.email,
                staff.account.role
            );
            // The refusal page still shows who is logged in.
            req.extensions_mut().insert(staff);
            AppError::Forbidden(policy::refusal(required))
        }
        Ok(None) => AppError::Unauthorized(Message::verbatim(
            "Log in, or send a personal API token as `Authorization: Bearer <token>`.",
        )),
        Err(err) => err,
    };
    Ok(req.error_response(refusal).map_into_right_body())
}

/// The account behind the request: an API token (`Authorization: Bearer`, API only) or
/// the session cookie. `Err` for a malformed or unknown token, which is never silently
/// treated as anonymous.
async fn identify(req: &HttpRequest) -> Result<Option<Staff>, AppError> {
    let db = req
        .app_data::<web::Data<Database>>()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no database in the app data")))?;
    if http::is_api(req.path())
        && let Some(authorization) = req.headers().get(header::AUTHORIZATION)
    {
        return by_token(db, authorization.to_str().unwrap_or_default())
            .await
            .map(Some);
    }
    by_session(db, &req.get_session()).await
}

async fn by_token(db: &Database, authorization: &str) -> Result<Staff, AppError> {
    let token = authorization
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| {
            AppError::Unauthorized(Message::verbatim(
                "The Authorization header must be `Bearer <token>`.",
            ))
        })?;
    let digest = tokens::digest(token);
    let found = db
        .read("finding the API token", move |conn| {
            api_tokens::find(conn, &digest)
        })
        .await?;
    let (token_id, last_used, account) = found.ok_or_else(|| {
        AppError::Unauthorized(Message::verbatim(
            "This API token is not valid: it was revoked, mistyped, or its account was removed.",
        ))
    })?;
    let now = now();
    if last_used.is_none_or(|at| now - at >= TOUCH_EVERY) {
        db.write("noting the API token's use", move |conn| {
            api_tokens::touch(conn, token_id, now)
        })
        .await?;
    }
    Ok(Staff {
        account,
        session: None,
    })
}

async fn by_session(db: &Database, session: &Session) -> Result<Option<Staff>, AppError> {
    let Ok(Some(token)) = session.get::<String>(SESSION_KEY) else {
        return Ok(None);
    };
    let digest = tokens::digest(&token);
    let lookup = digest.clone();
    let found = db
        .read("finding the session", move |conn| {
            sessions::find(conn, &lookup)
        })
        .await?;
    let Some(found) = found else {
        // Ended elsewhere (logout, password change, removal): forget it here too.
        session.remove(SESSION_KEY);
        return Ok(None);
    };
    let now = now();
    let ended = if now - found.created_at > LIFETIME {
        Some("session-ended-lifetime")
    } else if now - found.last_seen_at > IDLE_TIMEOUT {
        Some("session-ended-idle")
    } else {
        None
    };
    if let Some(notice) = ended {
        db.write("ending an expired session", move |conn| {
            sessions::end(conn, &digest)
        })
        .await?;
        session.remove(SESSION_KEY);
        // The login page shows it in its reader's language (`views::Notice` reads it).
        let notice = serde_json::to_string(&Message::new(notice))
            .map_err(|err| AppError::internal(anyhow::anyhow!("a notice: {err}")))?;
        FlashMessage::warning(notice).send();
        return Ok(None);
    }
    if now - found.last_seen_at >= TOUCH_EVERY {
        let id = found.id;
        db.write("noting the session's use", move |conn| {
            sessions::touch(conn, id, now)
        })
        .await?;
    }
    Ok(Some(Staff {
        account: found.account,
        session: Some(digest),
    }))
}

/// How a password check behind the throttle ends.
pub enum Checked<T> {
    /// The password is right; here is what it unlocked.
    Right(T),
    /// Wrong, or nobody has it (never said which); counted as a failure.
    Wrong,
    /// Too many recent failures: not checked. Try again after this long.
    Throttled(TimeDelta),
}

/// Checks `typed` against the hash `lookup` finds, counted like every password attempt
/// (`throttle`): never more than the limit are checked, however many arrive at once. With
/// nothing found, a decoy is verified, so that the answer takes as long.
pub async fn check_password<T: Send + 'static>(
    db: &Database,
    subjects: throttle::Subjects,
    typed: String,
    lookup: impl FnOnce(&mut DbConnection) -> QueryResult<Option<(T, String)>> + Send + 'static,
) -> Result<Checked<T>, AppError> {
    let (gate, found) = db
        .write("counting a password attempt", move |conn| {
            let gate = throttle::enter(conn, &subjects, now())?;
            Ok((gate, lookup(conn)?))
        })
        .await?;
    let ticket = match gate {
        throttle::Gate::Open(ticket) => ticket,
        throttle::Gate::Closed(wait) => return Ok(Checked::Throttled(wait)),
    };
    // Argon2 is slow on purpose: off the async workers.
    let right = web::block(move || match found {
        Some((unlocked, hash)) => password::verify(&typed, &hash).then_some(unlocked),
        None => {
            password::verify_decoy(&typed);
            None
        }
    })
    .await?;
    let Some(unlocked) = right else {
        return Ok(Checked::Wrong);
    };
    db.write("taking back a right password's failure", move |conn| {
        throttle::succeeded(conn, &ticket)
    })
    .await?;
    Ok(Checked::Right(unlocked))
}

/// Starts a session for `account` in this browser: a new token, and a cookie that shares
/// nothing with the one before (no session fixation: the CSRF token changes too).
pub async fn log_in(db: &Database, session: &Session, account: &Account) -> Result<(), AppError> {
    let issued = tokens::issue("");
    let account_id = account.id;
    let digest = issued.digest;
    let now = now();
    db.write("starting a session", move |conn| {
        sessions::purge_idle(conn, now - IDLE_TIMEOUT)?;
        sessions::start(conn, account_id, &digest, now)
    })
    .await?;
    session.clear();
    session.renew();
    session
        .insert(SESSION_KEY, issued.plain)
        .map_err(|err| AppError::internal(anyhow::anyhow!("storing the session: {err}")))?;
    Ok(())
}

/// Ends this browser's session, in the database and in the cookie (a fresh, empty one
/// that can still carry the "logged out" notice).
pub async fn log_out(db: &Database, session: &Session) -> Result<(), AppError> {
    if let Ok(Some(token)) = session.get::<String>(SESSION_KEY) {
        let digest = tokens::digest(&token);
        db.write("ending the session", move |conn| {
            sessions::end(conn, &digest)
        })
        .await?;
    }
    session.clear();
    session.renew();
    Ok(())
}

/// The account a (logged-in) session belongs to, for the login page's "already logged in".
pub async fn current(req: &HttpRequest) -> Result<Option<Staff>, AppError> {
    if let Some(staff) = req.extensions().get::<Staff>() {
        return Ok(Some(staff.clone()));
    }
    identify(req).await
}

impl FromRequest for Staff {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, actix_web::Error>>;

    /// Present on every route `policy` protects; missing only if a route was registered
    /// as public and then asked for the account, a bug answered with a 500.
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let staff = req.extensions().get::<Staff>().cloned().ok_or_else(|| {
            AppError::internal(anyhow::anyhow!("no account on {}", req.path())).into()
        });
        ready(staff)
    }
}

/// The account behind a request, if any, without requiring one (the layout's nav).
pub fn staff_of(req: &HttpRequest) -> Option<Staff> {
    req.extensions().get::<Staff>().cloned()
}

/// Whether the client's address is the TCP peer or, behind a reverse proxy, the last hop
/// of `X-Forwarded-For`: the address the proxy itself saw, which a client cannot forge
/// (any `Forwarded` header, or earlier `X-Forwarded-For` entries, came from the client).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddresses {
    pub behind_proxy: bool,
}

/// The client's IP address, as failed-login throttling counts it ("unknown" without one).
pub fn client_address(req: &HttpRequest) -> String {
    let behind_proxy = req
        .app_data::<web::Data<ClientAddresses>>()
        .is_some_and(|settings| settings.behind_proxy);
    let forwarded = || {
        let header = req.headers().get("x-forwarded-for")?.to_str().ok()?;
        header.rsplit(',').next()?.trim().parse::<IpAddr>().ok()
    };
    let address = if behind_proxy { forwarded() } else { None };
    address
        .or_else(|| req.peer_addr().map(|peer| peer.ip()))
        .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
}
