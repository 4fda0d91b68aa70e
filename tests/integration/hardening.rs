//! The ways in an attacker tried, closed: throttling that holds under simultaneous
//! attempts, client addresses that cannot be forged behind a proxy, nothing public but the
//! static files, patches that never conflict by themselves, passwords that end tokens, and
//! bounded input everywhere.
//!
//! Routes: `/login/`, `/account/password/`, `/account/tokens/`, `/static/…`,
//! `/api/students` (GET with `pos`, POST with duplicate keys or a slow body),
//! `PATCH /api/students/{id}`, paths without a trailing slash.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{Method, StatusCode, header};
use serde_json::json;
use std::sync::Arc;
use students::schema::{api_tokens, login_failures, staff_sessions};

crate::on_every_backend!(
    simultaneous_wrong_passwords_for_one_email_check_at_most_five,
    simultaneous_attempts_from_one_address_check_at_most_thirty,
    simultaneous_patches_without_if_match_all_apply,
    nothing_under_static_reaches_a_route,
    a_new_password_ends_the_api_tokens_and_a_token_takes_the_password,
    wrong_current_passwords_are_throttled_like_logins,
    over_long_login_emails_are_refused_and_not_stored,
);

/// Fires `count` login attempts at once from `browser` (one session, one CSRF token),
/// each with the email `email_of(n)` and a wrong password; returns their statuses.
async fn simultaneous_logins(
    app: &TestApp,
    browser: &reqwest::Client,
    count: usize,
    email_of: impl Fn(usize) -> String,
) -> Vec<StatusCode> {
    let token = app.csrf_token_of(browser, "/login/").await;
    let barrier = Arc::new(tokio::sync::Barrier::new(count));
    let mut attempts = Vec::new();
    for n in 0..count {
        let (browser, barrier, token) = (browser.clone(), barrier.clone(), token.clone());
        let (url, email) = (app.url("/login/"), email_of(n));
        attempts.push(tokio::spawn(async move {
            let form = [
                ("email", email.as_str()),
                ("password", "wrong password!"),
                ("csrf_token", token.as_str()),
            ];
            let request = browser.post(url).form(&form);
            barrier.wait().await;
            request.send().await.expect("POST /login/").status()
        }));
    }
    let mut statuses = Vec::new();
    for attempt in attempts {
        statuses.push(attempt.await.expect("an attempt"));
    }
    statuses
}

fn count_of(statuses: &[StatusCode], status: StatusCode) -> usize {
    statuses.iter().filter(|&&s| s == status).count()
}

async fn simultaneous_wrong_passwords_for_one_email_check_at_most_five(app: TestApp) {
    let browser = client();
    let statuses = simultaneous_logins(&app, &browser, 100, |_| ADMIN_EMAIL.to_owned()).await;
    // 422: the password was checked (and wrong); 429: refused before checking.
    assert_eq!(count_of(&statuses, StatusCode::UNPROCESSABLE_ENTITY), 5);
    assert_eq!(count_of(&statuses, StatusCode::TOO_MANY_REQUESTS), 95);
    let response = app.log_in(&browser, ADMIN_EMAIL, PASSWORD).await;
    assert_eq!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the right one too"
    );
}

async fn simultaneous_attempts_from_one_address_check_at_most_thirty(app: TestApp) {
    let browser = client();
    let statuses =
        simultaneous_logins(&app, &browser, 100, |n| format!("guess{n}@example.com")).await;
    assert_eq!(count_of(&statuses, StatusCode::UNPROCESSABLE_ENTITY), 30);
    assert_eq!(count_of(&statuses, StatusCode::TOO_MANY_REQUESTS), 70);
}

async fn simultaneous_patches_without_if_match_all_apply(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let path = format!("/api/students/{}", ada.id);
    for round in 0..3 {
        let barrier = Arc::new(tokio::sync::Barrier::new(8));
        let mut patches = Vec::new();
        for n in 0..8 {
            let (client, barrier) = (app.client.clone(), barrier.clone());
            let url = app.url(&path);
            // Each patch changes its own field value, so every one is a real change.
            let body = json!({"bio": format!("patch {round}-{n}")});
            patches.push(tokio::spawn(async move {
                let request = client.patch(url).json(&body);
                barrier.wait().await;
                request.send().await.expect("PATCH").status()
            }));
        }
        for patch in patches {
            assert_eq!(
                patch.await.unwrap(),
                StatusCode::OK,
                "never 412 without If-Match"
            );
        }
    }
    let stored = app.stored_students().await;
    assert_eq!(stored[0].version, 1 + 24, "every patch applied once");
    assert_eq!(stored[0].lastname, "Lovelace");
}

async fn nothing_under_static_reaches_a_route(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let anonymous = client();
    for (method, path) in [
        (Method::POST, "/static/delete/"),
        (Method::POST, "/static/edit/"),
        (Method::POST, "/static/restore/"),
        (Method::GET, "/static/edit/"),
    ] {
        let response = anonymous
            .request(method.clone(), app.url(path))
            .send()
            .await
            .unwrap();
        let status = response.status();
        assert!(
            status == StatusCode::NOT_FOUND || status == StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}: {status}"
        );
        let kind = response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            kind.starts_with("text/html"),
            "{method} {path}: the error page, not {kind}"
        );
    }
    assert_eq!(app.stored_students().await[0].id, ada.id, "nothing deleted");
    // The files themselves are public, kept an hour; everything else is never stored.
    let css = anonymous
        .get(app.url("/static/app.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(
        css.headers()[header::CACHE_CONTROL],
        "public, max-age=3600, must-revalidate"
    );
    for path in ["/", "/account/", "/api/students", "/no/such/page/"] {
        let response = app.get(path).await;
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            "no-store",
            "{path}"
        );
    }
    // A path the static service cannot read is the error page too, not plain text.
    let odd = anonymous
        .get(app.url("/static/..%2F..%2Fetc"))
        .send()
        .await
        .unwrap();
    assert!(odd.status().is_client_error());
    assert!(
        odd.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

async fn a_new_password_ends_the_api_tokens_and_a_token_takes_the_password(app: TestApp) {
    // Without the current password, no token.
    let response = app
        .post_form(
            "/account/tokens/",
            &[("name", "export"), ("password", "not it")],
        )
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("This is not your current password."));
    let response = app
        .post_form(
            "/account/tokens/",
            &[("name", "export"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let script = app.token_client_as(Role::Editor).await;
    assert_eq!(
        script
            .get(app.url("/api/students"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    // The admin's own password change ends their token…
    let new_password = "a brand new pass phrase";
    let response = app
        .post_form(
            "/account/password/",
            &[
                ("current_password", PASSWORD),
                ("new_password", new_password),
                ("new_password_confirmation", new_password),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let login = app.page_as(&app.client, "/login/").await;
    assert!(
        login.contains("every session ended and 1 API token revoked"),
        "{login}"
    );
    // …and an admin's reset of the editor's password ends theirs.
    let response = app.log_in(&app.client, ADMIN_EMAIL, new_password).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let editor: (i64, String) = {
        use students::schema::accounts;
        let mut conn = app.pool.get().unwrap();
        accounts::table
            .filter(accounts::email.like("editor-script-%"))
            .select((accounts::id, accounts::email))
            .first(&mut **conn)
            .unwrap()
    };
    let response = app
        .post_form(
            &format!("/accounts/{}/edit/", editor.0),
            &[
                ("email", editor.1.as_str()),
                ("display_name", "Editor"),
                ("role", "editor"),
                ("password", new_password),
                ("password_confirmation", new_password),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let accounts_page = app.page_as(&app.client, "/accounts/").await;
    assert!(accounts_page.contains("ended their sessions and 1 API token revoked"));
    assert_eq!(
        script
            .get(app.url("/api/students"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let mut conn = app.pool.get().unwrap();
    let left: i64 = api_tokens::table.count().get_result(&mut **conn).unwrap();
    assert_eq!(left, 0);
}

async fn wrong_current_passwords_are_throttled_like_logins(app: TestApp) {
    let wrong = [
        ("current_password", "not my password"),
        ("new_password", "a brand new pass phrase"),
        ("new_password_confirmation", "a brand new pass phrase"),
    ];
    for _ in 0..5 {
        let response = app.post_form("/account/password/", &wrong).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let response = app.post_form("/account/password/", &wrong).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key(header::RETRY_AFTER));
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Too many failed attempts. Wait 15 minutes"),
        "{page}"
    );
    // The right password is not even checked now, and nothing changed.
    let right = [
        ("current_password", PASSWORD),
        ("new_password", "a brand new pass phrase"),
        ("new_password_confirmation", "a brand new pass phrase"),
    ];
    let response = app.post_form("/account/password/", &right).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let mut conn = app.pool.get().unwrap();
    let sessions: i64 = staff_sessions::table
        .count()
        .get_result(&mut **conn)
        .unwrap();
    assert_eq!(sessions, 1, "still logged in: the password was not changed");
}

async fn over_long_login_emails_are_refused_and_not_stored(app: TestApp) {
    let browser = client();
    let email = format!("{}@example.com", "a".repeat(250_000));
    let token = app.csrf_token_of(&browser, "/login/").await;
    let response = browser
        .post(app.url("/login/"))
        .form(&[
            ("email", email.as_str()),
            ("password", "wrong password!"),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("That email and password do not match an account."));
    let mut conn = app.pool.get().unwrap();
    let stored: i64 = login_failures::table
        .count()
        .get_result(&mut **conn)
        .unwrap();
    assert_eq!(stored, 0, "nothing counted, nothing stored");
}
