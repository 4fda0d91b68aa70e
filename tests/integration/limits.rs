//! Bounded input and honest answers: forged client addresses behind a proxy, positions past
//! any list, duplicate JSON keys, slow bodies, redirects only to real pages, invisible
//! characters in names, weak passwords, the absolute session lifetime and HSTS.
//!
//! Routes: `/login/` (behind a proxy), `/api/students` (`pos`, duplicate keys, a slow body),
//! `/?pos=`, paths without a trailing slash, `/create/`, `/accounts/create/`, any page after
//! 7 days of one session.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};
use std::io::{Read, Write};
use std::time::{Duration, Instant};
use students::db::DbConnection;
use students::error::AppError;
use students::schema::staff_sessions;

crate::on_every_backend!(
    positions_past_the_list_are_dropped_on_pages_and_refused_by_the_api,
    duplicate_json_keys_are_a_400_naming_the_key,
    only_real_pages_get_the_trailing_slash_redirect,
    invisible_formatting_characters_are_refused_in_names,
    passwords_easy_to_guess_are_refused_with_the_reason,
    a_session_ends_seven_days_after_the_login,
    expensive_reads_stop_at_their_budget,
);

/// The per-address limit behind a proxy counts the address the proxy saw: the last
/// `X-Forwarded-For` hop. `Forwarded` and earlier hops come from the client.
#[tokio::test]
async fn forwarded_headers_do_not_forge_the_address_behind_a_proxy() {
    let app = spawn_app_with(Backend::Sqlite, |settings| settings.behind_proxy = true)
        .await
        .expect("SQLite");
    let browser = client();
    let token = app.csrf_token_of(&browser, "/login/").await;
    let attempt = |n: usize, forwarded_for: String| {
        let (browser, token) = (browser.clone(), token.clone());
        let url = app.url("/login/");
        async move {
            let email = format!("guess{n}@example.com");
            browser
                .post(url)
                .header("Forwarded", format!("for=198.51.100.{n}"))
                .header("X-Forwarded-For", forwarded_for)
                .form(&[
                    ("email", email.as_str()),
                    ("password", "wrong password!"),
                    ("csrf_token", token.as_str()),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    for n in 0..30 {
        let status = attempt(n, format!("198.51.100.{n}, 203.0.113.9")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {n}");
    }
    let status = attempt(30, "198.51.100.30, 203.0.113.9".into()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the same last hop");
    let status = attempt(31, "203.0.113.10".into()).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another client of the proxy"
    );
}

/// A request body that trickles in is cut off with a 408 after the deadline (10 s).
#[tokio::test]
async fn a_slow_body_gets_408() {
    let app = spawn_app().await;
    let token = app.api_token_as(Role::Editor);
    let address = app.address.trim_start_matches("http://").to_owned();
    let started = Instant::now();
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let head = format!(
            "POST /api/students HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\
             Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).unwrap();
        for byte in "{\"firstname\": \"Ada\"".bytes() {
            if stream.write_all(&[byte]).is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(700));
            if started.elapsed() > Duration::from_secs(12) {
                break;
            }
        }
        // The head is enough: the status line and the content type.
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut answer = Vec::new();
        let mut chunk = [0; 1024];
        while let Ok(read @ 1..) = stream.read(&mut chunk) {
            answer.extend_from_slice(&chunk[..read]);
            if answer.windows(4).any(|window| window == b"\r\n\r\n") {
                break;
            }
        }
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(20));
}

/// With `COOKIE_SECURE`, browsers are told to keep to HTTPS.
#[tokio::test]
async fn https_deployments_send_hsts() {
    let app = spawn_app_with(Backend::Sqlite, |settings| settings.cookie_secure = true)
        .await
        .expect("SQLite");
    let response = client().get(app.url("/login/")).send().await.unwrap();
    assert_eq!(
        response.headers()[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000"
    );
    let plain = spawn_app().await;
    let response = client().get(plain.url("/login/")).send().await.unwrap();
    assert!(
        !response
            .headers()
            .contains_key(header::STRICT_TRANSPORT_SECURITY)
    );
}

async fn positions_past_the_list_are_dropped_on_pages_and_refused_by_the_api(app: TestApp) {
    for n in 0..3 {
        app.insert_student(
            "Ada",
            &format!("Lovelace{n}"),
            &format!("ada{n}@example.com"),
            None,
        );
    }
    let first = app.stored_students().await[2].id;
    let huge = u64::MAX;
    let page = app.get_html(&format!("/?after={first}&pos={huge}")).await;
    let range = range_line(&page);
    assert!(!range.contains("18 446"), "{range}");
    let response = app
        .get(&format!("/api/students?after={first}&pos={huge}"))
        .await;
    let body = problem(response, StatusCode::BAD_REQUEST).await;
    assert!(body["detail"].as_str().unwrap().contains("`pos`"), "{body}");
    let fine = app.get(&format!("/api/students?after={first}&pos=2")).await;
    assert_eq!(fine.status(), StatusCode::OK);
}

async fn duplicate_json_keys_are_a_400_naming_the_key(app: TestApp) {
    let response = app
        .client
        .post(app.url("/api/students"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(
            r#"{"firstname": "Ada", "lastname": "Lovelace", "email": "a@example.com",
                "email": "b@example.com"}"#,
        )
        .send()
        .await
        .unwrap();
    let body = problem(response, StatusCode::BAD_REQUEST).await;
    assert!(
        body["detail"].as_str().unwrap().contains("`email` twice"),
        "{body}"
    );
    assert!(app.stored_students().await.is_empty());
}

async fn only_real_pages_get_the_trailing_slash_redirect(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    for path in [
        "/create".to_owned(),
        format!("/{}", ada.id),
        format!("/{}/edit", ada.id),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT, "{path}");
        assert_eq!(location(&response), format!("{path}/"));
    }
    for path in [
        "/\\evil.example",
        "/%5Cevil.example",
        "/no-such-page",
        "/abc/edit",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(!response.headers().contains_key(header::LOCATION), "{path}");
    }
}

async fn invisible_formatting_characters_are_refused_in_names(app: TestApp) {
    let response = app
        .post_form(
            "/create/",
            &student_form("Ada\u{202E}ecalevol", "Lovelace", "ada@example.com"),
        )
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("must not contain invisible formatting characters"));
    assert!(app.stored_students().await.is_empty());
}

async fn passwords_easy_to_guess_are_refused_with_the_reason(app: TestApp) {
    for weak in ["          ", "aaaaaaaaaa", "1234567890", "password12"] {
        let response = app
            .post_form(
                "/accounts/create/",
                &[
                    ("email", "new@example.com"),
                    ("display_name", "New"),
                    ("role", "viewer"),
                    ("password", weak),
                    ("password_confirmation", weak),
                ],
            )
            .await;
        let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(page.contains("easy to guess"), "{weak:?}");
    }
}

async fn a_session_ends_seven_days_after_the_login(app: TestApp) {
    assert_eq!(app.status_as(&app.client, "/").await, StatusCode::OK);
    let eight_days_ago = students::db::now() - chrono::TimeDelta::days(8);
    let mut conn = app.pool.get().unwrap();
    diesel::update(staff_sessions::table)
        .set(staff_sessions::created_at.eq(eight_days_ago))
        .execute(&mut **conn)
        .unwrap();
    drop(conn);
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login/?next=%2F");
    let login = app.page_as(&app.client, "/login/").await;
    assert!(login.contains("a login lasts at most 7 days"));
}

/// A query that runs for seconds on each backend (SQLite's calls the budget check itself,
/// as the index queries do).
fn endless_query(conn: &DbConnection) -> &'static str {
    match conn {
        DbConnection::Sqlite(_) => {
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE within_budget()) \
             SELECT count(*) FROM c"
        }
        #[cfg(feature = "postgres")]
        DbConnection::Postgres(_) => "SELECT count(*) FROM generate_series(1, 2000000000)",
        #[cfg(feature = "mysql")]
        DbConnection::Mysql(_) => {
            "SELECT count(*) FROM information_schema.COLUMNS a, information_schema.COLUMNS b, \
             information_schema.COLUMNS c"
        }
    }
}

async fn expensive_reads_stop_at_their_budget(app: TestApp) {
    let mut conn = app.pool.get().unwrap();
    let started = Instant::now();
    let sql = endless_query(&conn);
    let stopped = students::db::budget::run(&mut conn, Duration::from_millis(300), |conn| {
        diesel::sql_query(sql).execute(conn)
    })
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "stopped near its budget"
    );
    assert!(matches!(AppError::from(stopped), AppError::TooSlow));
    // The connection is back without a limit: a query after it runs normally.
    let count: i64 = students::schema::students::table
        .count()
        .get_result(&mut **conn)
        .unwrap();
    assert_eq!(count, 0);
}

/// Past its budget, a page of a searched or filtered list says to narrow the search (and
/// the API likewise); the plain list, bounded by its index, and the rest of the app answer
/// as usual.
#[tokio::test]
async fn a_list_past_its_budget_says_to_narrow_it() {
    let app = spawn_app_with(Backend::Sqlite, |settings| settings.query_budget_ms = 0)
        .await
        .expect("SQLite");
    app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let response = app.get("/?q=lovelace").await;
    let page = body_with_status(response, StatusCode::SERVICE_UNAVAILABLE).await;
    assert!(page.contains("Too slow to answer") && page.contains("Narrow the search"));
    let response = app.get("/api/students?q=lovelace").await;
    let body = problem(response, StatusCode::SERVICE_UNAVAILABLE).await;
    assert!(body["detail"].as_str().unwrap().contains("narrow it"));
    let page = body_with_status(app.get("/").await, StatusCode::OK).await;
    assert!(page.contains("ada@example.com"));
    assert_eq!(app.get("/api/students").await.status(), StatusCode::OK);
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    assert_eq!(app.get("/courses/").await.status(), StatusCode::OK);
}
