//! The security baseline every response and every unsafe request goes through:
//! response headers, the same-origin check (Fetch Metadata, then `Origin`) and the
//! per-session CSRF token that every form carries in a hidden field.
//!
//! Both CSRF defences follow OWASP's cheat sheet: the header check stops cross-site
//! requests from browsers that send those headers; the token stops everything else.
//!
//! Layer: security, below `auth` and `form`. Imports the foundations and the error kinds.

use crate::error::AppError;
use crate::http;
use crate::i18n::Message;
use actix_session::SessionExt;
use actix_web::HttpRequest;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::{DefaultHeaders, Next};
use subtle::ConstantTimeEq;

/// Name of the hidden form field carrying the token.
pub const CSRF_FIELD: &str = "csrf_token";
const CSRF_SESSION_KEY: &str = "csrf_token";

/// How long browsers may keep a static file before asking again (with its ETag).
const STATIC_CACHE: &str = "public, max-age=3600, must-revalidate";

/// How long browsers are told to use only HTTPS (a year), when cookies are `Secure`.
const HSTS: &str = "max-age=31536000";

/// Headers on every response. The CSP allows only our own scripts, styles and images,
/// which is why `static/app.js` wires up behaviour instead of inline handlers. Served
/// over HTTPS (`COOKIE_SECURE`), browsers are also told to keep to HTTPS.
pub fn headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add((header::STRICT_TRANSPORT_SECURITY, HSTS))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "same-origin"))
        .add((
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ))
}

/// Middleware: no cache keeps a page or an API answer (they are personal data, and the
/// account page shows a new token once); static files are kept an hour, then revalidated.
pub async fn cache_control(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let is_static = req
        .match_pattern()
        .is_some_and(|pattern| http::is_static(&pattern));
    let mut response = next.call(req).await?;
    let status = response.status();
    let kept = is_static && (status.is_success() || status == StatusCode::NOT_MODIFIED);
    let value = if kept { STATIC_CACHE } else { "no-store" };
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static(value),
    );
    Ok(response)
}

/// Middleware: refuses (403) any unsafe request a browser marks as coming from another site.
pub async fn reject_cross_site(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if !req.method().is_safe() && is_cross_site(req.request()) {
        log::warn!(
            "refused cross-site {} {} (origin {:?})",
            req.method(),
            req.path(),
            req.headers().get(header::ORIGIN)
        );
        let refusal = AppError::Forbidden(Message::new("refused-cross-site"));
        return Ok(req.error_response(refusal).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

fn is_cross_site(req: &HttpRequest) -> bool {
    let header_str = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    // Fetch Metadata is authoritative when present: "none" is a user-typed navigation.
    if let Some(site) = header_str("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    // Older browsers: compare the Origin's host with ours. "null" (sandboxed frames,
    // some redirects) has no host and is refused.
    if let Some(origin) = header_str("origin") {
        let origin_host = origin.split_once("://").map(|(_, host)| host);
        return origin_host != Some(req.connection_info().host());
    }
    // Neither header: not a browser (curl, a script). The CSRF token still applies.
    false
}

/// The session's CSRF token, created on first use. Stored in the signed, encrypted
/// session cookie, so any app instance holding the key can check it.
pub fn csrf_token(req: &HttpRequest) -> Result<String, AppError> {
    let session = req.get_session();
    if let Ok(Some(token)) = session.get::<String>(CSRF_SESSION_KEY) {
        return Ok(token);
    }
    let token = hex::encode(rand::random::<[u8; 32]>());
    session
        .insert(CSRF_SESSION_KEY, &token)
        .map_err(|err| AppError::internal(anyhow::anyhow!("storing the CSRF token: {err}")))?;
    Ok(token)
}

/// Checks a submitted token against the session's, in constant time.
pub fn verify_csrf_token(req: &HttpRequest, submitted: Option<&str>) -> Result<(), AppError> {
    let expected = req
        .get_session()
        .get::<String>(CSRF_SESSION_KEY)
        .ok()
        .flatten();
    let matches = match (expected, submitted) {
        (Some(expected), Some(submitted)) => {
            bool::from(expected.as_bytes().ct_eq(submitted.as_bytes()))
        }
        _ => false,
    };
    if matches {
        Ok(())
    } else {
        Err(AppError::Forbidden(Message::new("refused-csrf")))
    }
}
