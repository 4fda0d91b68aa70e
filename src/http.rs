//! Small HTTP facts every layer may need: where the API lives, how large a body may be,
//! and the GET-or-HEAD route.
//!
//! Layer: foundations. Imports nothing of the crate.

use actix_web::{Route, guard, web};

/// The JSON API's prefix. Its answers, errors included, are JSON; every other path is a page.
pub const API_PREFIX: &str = "/api";

/// Whether a request path belongs to the API. The one place that decides it.
pub fn is_api(path: &str) -> bool {
    path == API_PREFIX
        || path
            .strip_prefix(API_PREFIX)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Where the static files are served: the files built into the binary at `STATIC_ROUTE`,
/// or a development folder (`STATIC_DIR`) mounted at the prefix.
pub const STATIC_PREFIX: &str = "/static";
pub const STATIC_ROUTE: &str = "/static/{path:.*}";

/// Whether the router matched the static files. Public by this, never by the raw path
/// (`/static/delete/` must not reach a student route anonymously).
pub fn is_static(pattern: &str) -> bool {
    pattern == STATIC_PREFIX || pattern == STATIC_ROUTE
}

/// How long a client may take to send a request body (a slow sender holds a worker).
pub const BODY_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

/// Largest accepted request body, form or JSON: a full 10 000-character bio,
/// percent-encoded, fits easily.
pub const BODY_LIMIT_BYTES: usize = 256 * 1024;

/// A route for GET and HEAD: a HEAD answers like the GET, without the body (link checkers
/// and uptime monitors ask with HEAD).
pub fn read() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

#[cfg(test)]
mod tests {
    use super::is_api;

    #[test]
    fn only_the_api_prefix_is_the_api() {
        assert!(is_api("/api"));
        assert!(is_api("/api/students/1"));
        assert!(!is_api("/apis/"));
        assert!(!is_api("/"));
        assert!(!is_api("/7/api/"));
    }
}
