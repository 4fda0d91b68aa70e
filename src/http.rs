//! Small HTTP facts every layer may need: where the API lives, how large a body may be,
//! and the GET-or-HEAD route.
//!
//! Layer: foundations. Imports nothing of the crate.

use actix_web::http::header::EntityTag;
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

/// `If-Match`'s value as entity tags (RFC 9110 §8.8.3), as the API documents it: `*` is
/// the empty list; otherwise tags separated by commas with optional spaces or tabs around
/// them, an opaque tag taking any visible ASCII character but `"` (a comma included).
/// `None` when the value is of another form (also for empty list elements).
pub fn entity_tags(value: &[u8]) -> Option<Vec<EntityTag>> {
    let skip_spaces = |bytes: &[u8]| -> usize {
        bytes
            .iter()
            .position(|byte| !matches!(byte, b' ' | b'\t'))
            .unwrap_or(bytes.len())
    };
    let value = &value[skip_spaces(value)..];
    let end = value.len()
        - value
            .iter()
            .rev()
            .position(|b| !matches!(b, b' ' | b'\t'))
            .unwrap_or(value.len());
    let mut rest = &value[..end];
    if rest == b"*" {
        return Some(Vec::new());
    }
    let mut tags = Vec::new();
    loop {
        let (weak, quoted) = match rest.strip_prefix(b"W/") {
            Some(after) => (true, after),
            None => (false, rest),
        };
        let inside = quoted.strip_prefix(b"\"")?;
        let close = inside.iter().position(|byte| *byte == b'"')?;
        let opaque = &inside[..close];
        if !opaque
            .iter()
            .all(|b| *b == 0x21 || (0x23..=0x7E).contains(b))
        {
            return None;
        }
        let opaque = String::from_utf8_lossy(opaque).into_owned();
        tags.push(if weak {
            EntityTag::new_weak(opaque)
        } else {
            EntityTag::new_strong(opaque)
        });
        rest = &inside[close + 1..];
        rest = &rest[skip_spaces(rest)..];
        if rest.is_empty() {
            return Some(tags);
        }
        // A comma, then the next tag.
        rest = rest.strip_prefix(b",")?;
        rest = &rest[skip_spaces(rest)..];
    }
}

#[cfg(test)]
mod tests {
    use super::{entity_tags, is_api};

    #[test]
    fn if_match_lists_are_read_per_rfc_9110() {
        let tags = |value: &str| {
            entity_tags(value.as_bytes()).map(|tags| {
                tags.iter()
                    .map(|tag| format!("{}{}", if tag.weak { "W/" } else { "" }, tag.tag()))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(tags("*"), Some(vec![]));
        assert_eq!(tags("\"3\""), Some(vec!["3".to_owned()]));
        assert_eq!(
            tags("\t\"\"\t,\t \"a,b\" , W/\"7\"\t"),
            Some(vec!["".to_owned(), "a,b".to_owned(), "W/7".to_owned()]),
            "tabs and a comma inside a tag"
        );
        for bad in [
            "3",
            "\"3",
            "\"3\" \"4\"",
            ",",
            "\"1\",,",
            ", \"1\"",
            "W/3",
            "\"a\u{7}\"",
            "\"é\"",
        ] {
            assert_eq!(tags(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_the_api_prefix_is_the_api() {
        assert!(is_api("/api"));
        assert!(is_api("/api/students/1"));
        assert!(!is_api("/apis/"));
        assert!(!is_api("/"));
        assert!(!is_api("/7/api/"));
    }
}
