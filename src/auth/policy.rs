//! Which role each request needs: the one table of who may do what.
//!
//! Deny by default: every route needs a logged-in account unless listed as public (by the
//! pattern the router matched: the login, logout, setup and health routes, and the static
//! files' mount), and
//! every unsafe method needs an editor unless it is the person's own account page, so a
//! route added later is protected before anyone thinks about it. Routes are matched by
//! their registered pattern (what the router matched), not by the raw path, so an
//! encoded path cannot slip past a rule.

use crate::domain::Role;
use crate::http;
use crate::i18n::Message;
use actix_web::http::Method;

/// Why a role was refused, in the words the 403 page and problem use.
pub fn refusal(required: Role) -> Message {
    if required.can_manage_accounts() {
        Message::new("refused-admins-only")
    } else {
        Message::new("refused-viewer")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No login needed: the login and setup pages, logout, health checks, static files.
    Public,
    /// A logged-in account with at least this role.
    Role(Role),
}

/// Pages that only show a form or a confirmation for a change: a viewer could not submit
/// them, so it does not see them either.
const EDITING_PAGES: [&str; 9] = [
    "/create/",
    "/import/",
    "/import/{id}/",
    "/{id}/edit/",
    "/{id}/delete/",
    "/{id}/enrollments/{course_id}/delete/",
    "/courses/create/",
    "/courses/{id}/edit/",
    "/courses/{id}/delete/",
];

pub fn access(method: &Method, path: &str, pattern: Option<&str>) -> Access {
    let pattern = pattern.unwrap_or(path);
    if matches!(
        pattern,
        "/login/" | "/logout/" | "/setup/" | "/preferences/" | "/healthz"
    ) || http::is_static(pattern)
    {
        return Access::Public;
    }
    // The record's fields are the school's to define: its admins'.
    if ["/accounts/", "/fields/", "/api/fields"]
        .iter()
        .any(|admins| pattern == *admins || pattern.starts_with(admins))
    {
        return Access::Role(Role::Admin);
    }
    // Everyone manages their own password and API tokens.
    if pattern == "/account/" || pattern.starts_with("/account/") {
        return Access::Role(Role::Viewer);
    }
    let reads = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !reads || EDITING_PAGES.contains(&pattern) {
        return Access::Role(Role::Editor);
    }
    Access::Role(Role::Viewer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_denies_by_default() {
        let get = Method::GET;
        let post = Method::POST;
        assert_eq!(access(&get, "/login/", Some("/login/")), Access::Public);
        assert_eq!(access(&post, "/logout/", Some("/logout/")), Access::Public);
        assert_eq!(
            access(&get, "/static/app.css", Some("/static/{path:.*}")),
            Access::Public
        );
        assert_eq!(
            access(&get, "/static/app.css", Some("/static")),
            Access::Public
        );
        // The raw path says nothing: what the router matched decides.
        assert_eq!(
            access(&post, "/static/delete/", Some("/{id}/delete/")),
            Access::Role(Role::Editor)
        );
        assert_eq!(access(&get, "/static/x", None), Access::Role(Role::Viewer));
        assert_eq!(access(&get, "/", Some("/")), Access::Role(Role::Viewer));
        assert_eq!(
            access(&get, "/7/", Some("/{id}/")),
            Access::Role(Role::Viewer)
        );
        assert_eq!(
            access(&get, "/7/edit/", Some("/{id}/edit/")),
            Access::Role(Role::Editor)
        );
        assert_eq!(
            access(&post, "/7/", Some("/{id}/")),
            Access::Role(Role::Editor)
        );
        assert_eq!(
            access(
                &Method::DELETE,
                "/api/students/7",
                Some("/api/students/{id}")
            ),
            Access::Role(Role::Editor)
        );
        assert_eq!(
            access(&post, "/new-route/", None),
            Access::Role(Role::Editor)
        );
        assert_eq!(access(&get, "/unknown", None), Access::Role(Role::Viewer));
        assert_eq!(
            access(&get, "/accounts/", Some("/accounts/")),
            Access::Role(Role::Admin)
        );
        assert_eq!(
            access(&post, "/account/password/", Some("/account/password/")),
            Access::Role(Role::Viewer)
        );
    }
}
