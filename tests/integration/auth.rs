//! Staff accounts: nobody reads or changes records without logging in, each role gets
//! exactly its rights, sessions end when they should, logins are throttled, and API
//! tokens work until revoked.
//!
//! Routes: `/login/`, `/logout/`, `/setup/`, `/account/` with `/account/password/` and
//! `/account/tokens/…`, `/accounts/…`; every route asked anonymously and by each role;
//! `/api/…` with `Authorization: Bearer`.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};
use students::schema::{accounts, api_tokens, login_failures, staff_sessions, student_changes};

crate::on_every_backend!(
    anonymous_requests_reach_no_record,
    viewers_read_but_every_change_is_refused_and_writes_nothing,
    viewers_see_no_buttons_they_cannot_use,
    editors_change_records_but_not_accounts,
    login_returns_to_next_but_only_on_this_site,
    a_new_session_at_login_and_none_after_logout,
    failed_logins_are_throttled_per_email_and_per_address,
    the_login_answer_never_tells_whether_an_email_exists,
    api_tokens_authenticate_until_revoked,
    a_password_change_ends_every_session,
    admins_manage_accounts_but_never_remove_the_last_admin,
    an_idle_session_ends_after_eight_hours,
    the_history_says_who_made_each_change,
);

/// Every route of the app, with a method, as an anonymous client would try them.
const PAGE_ROUTES: [(&str, &str); 30] = [
    ("GET", "/"),
    ("GET", "/?q=ada"),
    ("GET", "/about/"),
    ("GET", "/create/"),
    ("POST", "/create/"),
    ("GET", "/deleted/"),
    ("GET", "/1/"),
    ("GET", "/1/edit/"),
    ("POST", "/1/edit/"),
    ("GET", "/1/delete/"),
    ("POST", "/1/delete/"),
    ("POST", "/1/restore/"),
    ("POST", "/1/enrollments/"),
    ("GET", "/1/enrollments/1/delete/"),
    ("POST", "/1/enrollments/1/delete/"),
    ("GET", "/courses/"),
    ("GET", "/courses/create/"),
    ("POST", "/courses/create/"),
    ("GET", "/courses/1/"),
    ("GET", "/courses/1/edit/"),
    ("POST", "/courses/1/edit/"),
    ("POST", "/courses/1/delete/"),
    ("GET", "/account/"),
    ("POST", "/account/password/"),
    ("POST", "/account/tokens/"),
    ("GET", "/accounts/"),
    ("POST", "/accounts/create/"),
    ("GET", "/accounts/1/edit/"),
    ("POST", "/accounts/1/delete/"),
    ("GET", "/no/such/page/"),
];

const API_ROUTES: [(&str, &str); 12] = [
    ("GET", "/api/openapi.json"),
    ("GET", "/api/students"),
    ("POST", "/api/students"),
    ("GET", "/api/students/1"),
    ("PUT", "/api/students/1"),
    ("PATCH", "/api/students/1"),
    ("DELETE", "/api/students/1"),
    ("GET", "/api/courses"),
    ("POST", "/api/courses"),
    ("DELETE", "/api/courses/1"),
    ("POST", "/api/students/1/enrollments"),
    ("GET", "/api/nothing-here"),
];

fn method(name: &str) -> reqwest::Method {
    name.parse().expect("an HTTP method")
}

async fn anonymous_requests_reach_no_record(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    assert_eq!(ada, 1);
    let anonymous = client();
    let token = app.csrf_token_of(&anonymous, "/login/").await;
    let form = [
        ("csrf_token", token.as_str()),
        ("firstname", "Mallory"),
        ("lastname", "Evil"),
        ("email", "mallory@example.com"),
        ("version", "1"),
        ("code", "EVIL-1"),
        ("title", "Evil"),
        ("course_id", "1"),
    ];
    for (name, path) in PAGE_ROUTES {
        let request = anonymous.request(method(name), app.url(path));
        let request = if name == "POST" {
            request.form(&form)
        } else {
            request
        };
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{name} {path}");
        let expected = if name == "GET" {
            format!(
                "/login/?next={}",
                path.replace('/', "%2F")
                    .replace('?', "%3F")
                    .replace('=', "%3D")
            )
        } else {
            "/login/".to_owned()
        };
        assert_eq!(location(&response), expected, "{name} {path}");
    }
    for (name, path) in API_ROUTES {
        let response = anonymous
            .request(method(name), app.url(path))
            .json(&serde_json::json!({"firstname": "Mallory", "lastname": "Evil", "email": "m@example.com"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{name} {path}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        assert_eq!(
            response.headers()[header::WWW_AUTHENTICATE],
            r#"Bearer realm="students""#
        );
        let problem: serde_json::Value = response.json().await.unwrap();
        assert_eq!(problem["status"], 401);
    }
    // Only these answer without a login.
    for path in ["/login/", "/healthz", "/static/app.css"] {
        assert_eq!(
            app.status_as(&anonymous, path).await,
            StatusCode::OK,
            "{path}"
        );
    }
    let students = app.stored_students().await;
    assert_eq!(students.len(), 1, "nothing was written");
    assert_eq!(students[0].lastname, "Lovelace");
}

async fn viewers_read_but_every_change_is_refused_and_writes_nothing(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let course = given_course(&app, "BIO-101", "Biology").await;
    let enrolled = enroll(&app, ada.id, course, "").await;
    assert_eq!(enrolled.status(), StatusCode::SEE_OTHER);
    let viewer = app.client_as(Role::Viewer).await;
    for path in [
        "/".to_owned(),
        format!("/{}/", ada.id),
        "/courses/".to_owned(),
        format!("/courses/{course}/"),
        "/deleted/".to_owned(),
        "/about/".to_owned(),
        "/account/".to_owned(),
    ] {
        let response = viewer.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
    let student = student_form("Ada", "Byron", "ada@example.com");
    let mut edit = student.clone();
    edit.push(("version", "1"));
    let refused: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "/create/".into(),
            student_form("Eve", "Viewer", "eve@example.com"),
        ),
        (format!("/{}/edit/", ada.id), edit),
        (format!("/{}/delete/", ada.id), vec![]),
        (format!("/{}/restore/", ada.id), vec![]),
        (format!("/{}/enrollments/{course}/delete/", ada.id), vec![]),
        (
            "/courses/create/".into(),
            vec![("code", "EVE-1"), ("title", "Eve")],
        ),
        (
            format!("/courses/{course}/edit/"),
            vec![("code", "EVE-1"), ("title", "Eve")],
        ),
        (format!("/courses/{course}/delete/"), vec![]),
        ("/accounts/create/".into(), vec![("email", "x@example.com")]),
    ];
    for (path, form) in refused {
        let response = app.post_form_as(&viewer, &path, &form).await;
        let page = body_with_status(response, StatusCode::FORBIDDEN).await;
        assert!(page.contains("Nothing was changed"), "{path}");
    }
    for path in [
        "/create/".to_owned(),
        format!("/{}/edit/", ada.id),
        format!("/{}/delete/", ada.id),
        format!("/courses/{course}/edit/"),
        "/accounts/".to_owned(),
    ] {
        let response = viewer.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    // Whatever the client sends: the API refuses a viewer's writes too.
    let response = viewer
        .post(app.url("/api/students"))
        .json(&serde_json::json!({"firstname": "Eve", "lastname": "V", "email": "eve@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let students = app.stored_students().await;
    assert_eq!(students.len(), 1);
    assert_eq!(students[0].lastname, "Lovelace");
    assert_eq!(enrollment_count(&app), 1);
}

async fn viewers_see_no_buttons_they_cannot_use(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let course = given_course(&app, "BIO-101", "Biology").await;
    let viewer = app.client_as(Role::Viewer).await;
    for path in [
        "/".to_owned(),
        format!("/{}/", ada.id),
        "/courses/".to_owned(),
        format!("/courses/{course}/"),
    ] {
        let page = app.page_as(&viewer, &path).await;
        for control in [
            "/create/",
            "/edit/",
            "/delete/",
            "enroll-form",
            "Add student",
            "/accounts/",
        ] {
            assert!(!page.contains(control), "{path} shows {control}");
        }
        assert!(
            page.contains("Log out") && page.contains("viewer"),
            "{path}"
        );
    }
    // The same pages show them to an editor.
    let page = app.get_html(&format!("/{}/", ada.id)).await;
    assert!(page.contains("/edit/?back=") && page.contains("enroll-form"));
}

async fn editors_change_records_but_not_accounts(app: TestApp) {
    let editor = app.client_as(Role::Editor).await;
    let response = app
        .post_form_as(
            &editor,
            "/create/",
            &student_form("Ada", "Lovelace", "ada@example.com"),
        )
        .await;
    assert_see_index(&response);
    for path in ["/accounts/", "/accounts/create/", "/accounts/1/edit/"] {
        let response = editor.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let response = app
        .post_form_as(
            &editor,
            "/accounts/1/edit/",
            &[
                ("email", "admin@example.com"),
                ("display_name", "x"),
                ("role", "viewer"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app.post_form_as(&editor, "/accounts/1/delete/", &[]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let mut conn = app.pool.get().unwrap();
    let roles: Vec<String> = accounts::table
        .order(accounts::id)
        .select(accounts::role)
        .load(&mut **conn)
        .unwrap();
    assert_eq!(roles, ["admin", "editor"]);
    assert_eq!(app.stored_students().await.len(), 1);
}

async fn login_returns_to_next_but_only_on_this_site(app: TestApp) {
    let cases = [
        ("/42/edit/?tab=bio", "/42/edit/?tab=bio"),
        ("/courses/", "/courses/"),
        ("https://evil.example/", "/dashboard/"),
        ("//evil.example/", "/dashboard/"),
        ("/\\evil.example", "/dashboard/"),
        ("\\\\evil.example", "/dashboard/"),
        ("javascript:alert(1)", "/dashboard/"),
        ("evil.example", "/dashboard/"),
        ("/login/", "/dashboard/"),
        ("", "/dashboard/"),
    ];
    for (next, expected) in cases {
        let browser = client();
        let token = app.csrf_token_of(&browser, "/login/").await;
        let response = browser
            .post(app.url("/login/"))
            .form(&[
                ("email", ADMIN_EMAIL),
                ("password", PASSWORD),
                ("next", next),
                ("csrf_token", &token),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(location(&response), expected, "{next}");
    }
    // The login page keeps a safe `next` in its form and drops a hostile one.
    let page = app.page_as(&client(), "/login/?next=%2F7%2Fedit%2F").await;
    assert!(page.contains(r#"name="next" value="/7/edit/""#), "{page}");
    let page = app
        .page_as(&client(), "/login/?next=https%3A%2F%2Fevil.example")
        .await;
    assert!(!page.contains("evil.example"));
    // Logged in already: the login page sends people on.
    let response = app.get("/login/?next=%2Fcourses%2F").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/courses/");
}

/// The session cookie's value in a response, if it sets one.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("students_session="))
        .map(|value| value.split(';').next().unwrap_or_default().to_owned())
}

/// A request made with exactly `cookie`, like an attacker replaying a copied cookie.
async fn get_with_cookie(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    client()
        .get(app.url(path))
        .header(header::COOKIE, cookie)
        .send()
        .await
        .unwrap()
}

async fn a_new_session_at_login_and_none_after_logout(app: TestApp) {
    let browser = client();
    let page = browser.get(app.url("/login/")).send().await.unwrap();
    let before = session_cookie(&page).expect("the login page starts a session (CSRF)");
    let token = app.csrf_token_of(&browser, "/login/").await;
    let login = browser
        .post(app.url("/login/"))
        .form(&[
            ("email", ADMIN_EMAIL),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let set_cookie = login
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .find(|value| value.starts_with("students_session="))
        .expect("login sets a new session cookie");
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let after = session_cookie(&login).unwrap();
    assert_ne!(before, after, "a new session at login");
    // Session fixation: the cookie from before the login (which an attacker could have
    // planted) opens nothing; the new one does.
    let response = get_with_cookie(&app, "/", &before).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        get_with_cookie(&app, "/", &after).await.status(),
        StatusCode::OK
    );
    // The CSRF token changed too.
    assert_ne!(app.csrf_token_of(&browser, "/about/").await, token);

    let logout = app.post_form_as(&browser, "/logout/", &[]).await;
    assert_eq!(logout.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&logout), "/login/");
    let page = app.page_as(&browser, "/login/").await;
    assert!(page.contains("You have logged out."));
    assert_eq!(app.status_as(&browser, "/").await, StatusCode::SEE_OTHER);
    // A copy of the logged-in cookie is useless after logout: the session ended on the
    // server, not only in this browser.
    let response = get_with_cookie(&app, "/", &after).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mut conn = app.pool.get().unwrap();
    let sessions: i64 = staff_sessions::table
        .count()
        .get_result(&mut **conn)
        .unwrap();
    assert_eq!(sessions, 1, "only the test client's own session is left");
}

async fn try_login(
    app: &TestApp,
    browser: &reqwest::Client,
    email: &str,
    password: &str,
) -> (StatusCode, String) {
    let response = app.log_in(browser, email, password).await;
    let status = response.status();
    (status, response.text().await.unwrap())
}

async fn failed_logins_are_throttled_per_email_and_per_address(app: TestApp) {
    let browser = client();
    for _ in 0..5 {
        let (status, page) = try_login(&app, &browser, ADMIN_EMAIL, "wrong password!").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("That email and password do not match an account."));
    }
    // The right password no longer gets in for a while, and is not even checked.
    let response = app.log_in(&browser, ADMIN_EMAIL, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = response.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((800..=900).contains(&wait), "about 15 minutes: {wait}");
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Too many failed attempts. Wait 15 minutes"),
        "{page}"
    );
    // Another email from the same address is still allowed (until 30 failures)…
    let other = app.client_as(Role::Editor).await;
    assert_eq!(app.status_as(&other, "/").await, StatusCode::OK);
    // …and one address guessing at many emails is stopped too.
    for n in 0..25 {
        let email = format!("guess{n}@example.com");
        let (status, _) = try_login(&app, &browser, &email, "wrong password!").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{email}");
    }
    let (status, _) = try_login(&app, &browser, "new@example.com", "wrong password!").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Kept in the database, so every instance counts the same failures.
    let mut conn = app.pool.get().unwrap();
    let failures: i64 = login_failures::table
        .count()
        .get_result(&mut **conn)
        .unwrap();
    assert_eq!(failures, 2 * 30);
}

async fn the_login_answer_never_tells_whether_an_email_exists(app: TestApp) {
    let browser = client();
    let (known_status, known) = try_login(&app, &browser, ADMIN_EMAIL, "wrong password!").await;
    let (unknown_status, unknown) =
        try_login(&app, &browser, "nobody@example.com", "wrong password!").await;
    assert_eq!(known_status, unknown_status);
    let without_email = |page: &str, email: &str| {
        let start = page.find("<main").unwrap();
        page[start..]
            .replace(email, "EMAIL")
            .split("csrf_token")
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        without_email(&known, ADMIN_EMAIL),
        without_email(&unknown, "nobody@example.com")
    );
    // Throttling counts unknown emails alike, so it does not tell either.
    for _ in 0..4 {
        try_login(&app, &browser, "nobody@example.com", "wrong password!").await;
    }
    let (status, _) = try_login(&app, &browser, "nobody@example.com", "wrong password!").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

/// Creates a token on the account page of `browser`; returns it as shown (once).
async fn create_token(app: &TestApp, browser: &reqwest::Client, name: &str) -> String {
    let response = app
        .post_form_as(
            browser,
            "/account/tokens/",
            &[("name", name), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/account/");
    let page = app.page_as(browser, "/account/").await;
    let marker = r#"<code class="token" id="new-token">"#;
    let start = page.find(marker).expect("the new token is shown") + marker.len();
    let token = page[start..start + page[start..].find('<').unwrap()].to_owned();
    assert!(page.contains(name));
    let again = app.page_as(browser, "/account/").await;
    assert!(!again.contains(&token), "shown only once");
    token
}

async fn api_tokens_authenticate_until_revoked(app: TestApp) {
    let response = app.post_form("/account/tokens/", &[("name", "  ")]).await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("Name is required."));
    let token = create_token(&app, &app.client, "nightly export").await;
    assert!(token.starts_with("stu_"));
    let script = bearer_client(&token);
    let created = script
        .post(app.url("/api/students"))
        .json(&serde_json::json!({"firstname": "Ada", "lastname": "Lovelace", "email": "ada@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let listed = script.get(app.url("/api/students")).send().await.unwrap();
    assert_eq!(listed.status(), StatusCode::OK);
    // Stored as a digest: the token itself is nowhere in the table.
    let mut conn = app.pool.get().unwrap();
    let (digest, hint): (String, String) = api_tokens::table
        .select((api_tokens::token_hash, api_tokens::hint))
        .first(&mut **conn)
        .unwrap();
    assert_eq!(digest.len(), 64);
    assert!(!digest.contains(&token[4..]) && token.ends_with(&hint));
    drop(conn);
    // A wrong or malformed token is a 401, never an anonymous pass.
    for authorization in ["Bearer stu_0000", "Basic YWRtaW46cGFzcw==", "Bearer"] {
        let response = client()
            .get(app.url("/api/students"))
            .header(header::AUTHORIZATION, authorization)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{authorization}"
        );
    }
    // A viewer's token reads but does not write.
    let viewer = app.client_as(Role::Viewer).await;
    let viewer_token = create_token(&app, &viewer, "report").await;
    let response = bearer_client(&viewer_token)
        .delete(app.url("/api/students/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.stored_students().await.len(), 1);
    // Revoked: it stops working at once.
    let page = app.get_html("/account/").await;
    let marker = r#"<form method="post" action="/account/tokens/"#;
    let start = page.find(marker).expect("a revoke button") + marker.len();
    let id = &page[start..start + page[start..].find('/').unwrap()];
    let response = app
        .post_form(&format!("/account/tokens/{id}/delete/"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = script.get(app.url("/api/students")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // Someone else's token cannot be revoked by id.
    let response = app
        .post_form_as(&viewer, &format!("/account/tokens/{id}/delete/"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

async fn a_password_change_ends_every_session(app: TestApp) {
    let laptop = client();
    let phone = client();
    let email = "ed@example.com";
    app.add_account(email, Role::Editor);
    for browser in [&laptop, &phone] {
        assert_eq!(
            app.log_in(browser, email, PASSWORD).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    // A wrong current password changes nothing.
    let new_password = "an even longer password";
    let response = app
        .post_form_as(
            &laptop,
            "/account/password/",
            &[
                ("current_password", "not it at all"),
                ("new_password", new_password),
                ("new_password_confirmation", new_password),
            ],
        )
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("This is not your current password."));
    let response = app
        .post_form_as(
            &laptop,
            "/account/password/",
            &[
                ("current_password", PASSWORD),
                ("new_password", new_password),
                ("new_password_confirmation", new_password),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login/");
    for browser in [&laptop, &phone] {
        let response = browser.get(app.url("/")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "logged out");
    }
    assert_eq!(
        app.log_in(&phone, email, PASSWORD).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.log_in(&phone, email, new_password).await.status(),
        StatusCode::SEE_OTHER
    );
    // The hash is Argon2id and holds neither password.
    let mut conn = app.pool.get().unwrap();
    let hash: String = accounts::table
        .filter(accounts::email.eq(email))
        .select(accounts::password_hash)
        .first(&mut **conn)
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains(new_password) && !hash.contains(PASSWORD));
}

async fn admins_manage_accounts_but_never_remove_the_last_admin(app: TestApp) {
    let form = |email: &'static str, role: &'static str, password: &'static str| {
        vec![
            ("email", email),
            ("display_name", "Grace Hopper"),
            ("role", role),
            ("password", password),
            ("password_confirmation", password),
        ]
    };
    // Bad input comes back with the messages and the values kept.
    let response = app
        .post_form("/accounts/create/", &form("not-an-email", "boss", "short"))
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("Enter a valid email address"));
    assert!(page.contains("Choose a role"));
    assert!(page.contains("Use at least 10 characters"));
    assert!(page.contains(r#"value="not-an-email""#));
    let response = app
        .post_form(
            "/accounts/create/",
            &form("ADMIN@example.com", "editor", "grace's password"),
        )
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("Another account has this email."));

    let response = app
        .post_form(
            "/accounts/create/",
            &form("grace@example.com", "editor", "grace's password"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let grace = client();
    assert_eq!(
        app.log_in(&grace, "grace@example.com", "grace's password")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let page = app.get_html("/accounts/").await;
    assert!(page.contains("Grace Hopper") && page.contains("grace@example.com"));

    // The only admin cannot demote or remove themselves.
    let demote = [
        ("email", ADMIN_EMAIL),
        ("display_name", "admin"),
        ("role", "editor"),
        ("password", ""),
        ("password_confirmation", ""),
    ];
    let response = app.post_form("/accounts/1/edit/", &demote).await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("This is the last admin"));
    let response = app.post_form("/accounts/1/delete/", &[]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // Promote Grace; then the first admin may step down.
    let grace_id: i64 = {
        let mut conn = app.pool.get().unwrap();
        accounts::table
            .filter(accounts::email.eq("grace@example.com"))
            .select(accounts::id)
            .first(&mut **conn)
            .unwrap()
    };
    let mut promote = form("grace@example.com", "admin", "");
    promote.retain(|(name, _)| !name.starts_with("password"));
    let response = app
        .post_form(&format!("/accounts/{grace_id}/edit/"), &promote)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = grace.get(app.url("/accounts/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "an admin now, at once");
    // Removing Grace ends her session.
    let response = app
        .post_form(&format!("/accounts/{grace_id}/delete/"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.status_as(&grace, "/").await, StatusCode::SEE_OTHER);
    let mut conn = app.pool.get().unwrap();
    let left: Vec<String> = accounts::table
        .select(accounts::email)
        .load(&mut **conn)
        .unwrap();
    assert_eq!(left, [ADMIN_EMAIL]);
}

async fn an_idle_session_ends_after_eight_hours(app: TestApp) {
    assert_eq!(app.get("/").await.status(), StatusCode::OK);
    let mut conn = app.pool.get().unwrap();
    let nine_hours_ago = students::db::now() - chrono::TimeDelta::hours(9);
    diesel::update(staff_sessions::table)
        .set(staff_sessions::last_seen_at.eq(nine_hours_ago))
        .execute(&mut **conn)
        .unwrap();
    let response = app.get("/courses/").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login/?next=%2Fcourses%2F");
    let page = app.get_html("/login/").await;
    assert!(page.contains("Your session ended after 8 hours without activity"));
}

async fn the_history_says_who_made_each_change(app: TestApp) {
    let editor = app.client_as(Role::Editor).await;
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let version = app.edit_version(ada.id).await;
    let mut form = student_form("Ada", "Byron", "ada@example.com");
    form.push(("version", &version));
    let response = app
        .post_form_as(&editor, &format!("/{}/edit/", ada.id), &form)
        .await;
    assert_see_index(&response);
    let mut conn = app.pool.get().unwrap();
    let who: Vec<Option<String>> = student_changes::table
        .order(student_changes::id)
        .select(student_changes::changed_by)
        .load(&mut **conn)
        .unwrap();
    assert_eq!(who[0].as_deref(), Some("admin <admin@example.com>"));
    assert!(
        who[1]
            .as_deref()
            .is_some_and(|by| by.starts_with("editor-"))
    );
    let page = app.get_html(&format!("/{}/", ada.id)).await;
    assert!(
        page.contains("by admin &#60;admin@example.com&#62;"),
        "{page}"
    );
}
