//! The security baseline: CSRF (headers and token), escaping, verbatim storage,
//! request-body limits and response headers. Every refusal must write nothing.
//!
//! Routes: `/create/`, `/{id}/edit/`, `/{id}/delete/` (CSRF, cross-site, limits), `/` and
//! `/{id}/` (escaping), response headers on pages, errors and `/static/`.

use crate::helpers::*;
use reqwest::{StatusCode, header};

crate::on_every_backend!(
    every_response_carries_the_security_headers,
    the_session_cookie_is_http_only_and_same_site_lax,
    a_form_without_a_valid_token_is_refused_and_writes_nothing,
    cross_site_requests_are_refused_even_with_a_valid_token,
    get_on_delete_deletes_nothing,
    html_in_input_comes_back_escaped_in_pages_and_attributes,
    sql_looking_text_is_stored_verbatim,
    an_oversized_body_gets_413_and_writes_nothing,
    a_wrong_content_type_gets_415,
    invalid_utf8_or_a_malformed_body_gets_400,
);

const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "same-origin"),
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    ),
];

async fn every_response_carries_the_security_headers(app: TestApp) {
    let refused = app.client.post(app.url("/create/")).send().await.unwrap();
    let responses = [
        app.get("/").await,
        app.get("/no-such-page/").await,
        app.get("/static/app.css").await,
        app.create_student("", "", "").await,
        refused,
    ];
    for response in responses {
        for (name, value) in SECURITY_HEADERS {
            assert_eq!(
                response.headers().get(name).map(|v| v.to_str().unwrap()),
                Some(value),
                "{name} on {} ({})",
                response.url(),
                response.status()
            );
        }
    }
}

async fn the_session_cookie_is_http_only_and_same_site_lax(app: TestApp) {
    let response = app.get("/").await;
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("students_session="));
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

async fn a_form_without_a_valid_token_is_refused_and_writes_nothing(app: TestApp) {
    app.csrf_token().await; // the session exists; only the token is wrong or missing
    let form = student_form("Mallory", "Evil", "mallory@example.com");
    let mut wrong_token = form.clone();
    wrong_token.push(("csrf_token", "0000"));
    for fields in [form, wrong_token] {
        let response = app
            .client
            .post(app.url("/create/"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        let page = body_with_status(response, StatusCode::FORBIDDEN).await;
        assert!(page.contains("security token is missing or out of date"));
    }
    // Another logged-in browser (its own session) with a token copied from ours.
    let token = app.csrf_token().await;
    let mut stolen = student_form("Mallory", "Evil", "mallory@example.com");
    stolen.push(("csrf_token", &token));
    let other = app.client_as(Role::Editor).await;
    let response = other
        .post(app.url("/create/"))
        .form(&stolen)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(app.stored_students().await.is_empty());
}

async fn cross_site_requests_are_refused_even_with_a_valid_token(app: TestApp) {
    let victim = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let token = app.csrf_token().await;
    let mut form = student_form("Mallory", "Evil", "mallory@example.com");
    form.push(("csrf_token", &token));
    let delete = [("csrf_token", token.as_str())];
    let cross_site: [(&str, &str); 4] = [
        ("origin", "https://evil.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ];
    for (name, value) in cross_site {
        let create = app
            .client
            .post(app.url("/create/"))
            .header(name, value)
            .form(&form);
        let response = create.send().await.unwrap();
        let page = body_with_status(response, StatusCode::FORBIDDEN).await;
        assert!(page.contains("came from another site"), "{name}: {value}");
        let remove = app.client.post(app.url(&format!("/{}/delete/", victim.id)));
        let response = remove
            .header(name, value)
            .form(&delete)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}: {value}");
    }
    assert_eq!(
        app.stored_students().await.len(),
        1,
        "nothing created or deleted"
    );

    // The same request from our own origin goes through.
    let own_origin = app.address.clone();
    let response = app
        .client
        .post(app.url("/create/"))
        .header("origin", own_origin)
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_see_index(&response);
}

async fn get_on_delete_deletes_nothing(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let response = app.get(&format!("/{}/delete/", ada.id)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(app.stored_students().await.len(), 1);
}

async fn html_in_input_comes_back_escaped_in_pages_and_attributes(app: TestApp) {
    let script = "<script>alert('x')</script>";
    let attribute = r#"x" autofocus onfocus="alert(1)"#;
    let form = with(
        student_form(script, attribute, "ada@example.com"),
        "bio",
        script,
    );
    assert_see_index(&app.post_form("/create/", &form).await);
    let stored = app.stored_students().await.remove(0);
    assert_eq!(
        (stored.firstname.as_str(), stored.lastname.as_str()),
        (script, attribute)
    );

    for path in [
        "/".to_owned(),
        format!("/{}/", stored.id),
        format!("/{}/edit/", stored.id),
        format!("/{}/delete/", stored.id),
    ] {
        let page = app.get_html(&path).await;
        assert!(
            !page.contains("<script>alert"),
            "{path} has a raw script tag"
        );
        assert!(
            !page.contains(r#"onfocus="alert"#),
            "{path} lets an attribute out"
        );
        assert!(
            page.contains("&#60;script&#62;"),
            "{path} shows the escaped text"
        );
    }
    // Also when the form is re-rendered with an error.
    let form = with(student_form(script, attribute, "bad"), "age", r#""><b>"#);
    let page = body_with_status(
        app.post_form("/create/", &form).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(!page.contains("<script>alert") && !page.contains("<b>"));
    assert!(page.contains(r#"value="&#34;&#62;&#60;b&#62;""#));
}

async fn sql_looking_text_is_stored_verbatim(app: TestApp) {
    let name = "Robert'); DROP TABLE students;--";
    let bio = "' OR '1'='1; SELECT * FROM students WHERE \"x\" LIKE '%_%'";
    let form = with(
        student_form(name, "Tables", "bobby@example.com"),
        "bio",
        bio,
    );
    assert_see_index(&app.post_form("/create/", &form).await);
    let stored = app.stored_students().await;
    assert_eq!(stored.len(), 1, "the table is still there");
    assert_eq!(stored[0].firstname, name);
    assert_eq!(stored[0].bio.as_deref(), Some(bio));
}

async fn an_oversized_body_gets_413_and_writes_nothing(app: TestApp) {
    let huge = "a".repeat(300 * 1024);
    let form = with(
        student_form("Ada", "Lovelace", "ada@example.com"),
        "bio",
        &huge,
    );
    let page = body_with_status(
        app.post_form("/create/", &form).await,
        StatusCode::PAYLOAD_TOO_LARGE,
    )
    .await;
    assert!(page.contains("Form too large"));
    assert!(app.stored_students().await.is_empty());
}

async fn a_wrong_content_type_gets_415(app: TestApp) {
    for content_type in [
        "application/json",
        "multipart/form-data; boundary=x",
        "text/plain",
    ] {
        let response = app
            .client
            .post(app.url("/create/"))
            .header("content-type", content_type)
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type}"
        );
    }
    assert!(app.stored_students().await.is_empty());
}

async fn invalid_utf8_or_a_malformed_body_gets_400(app: TestApp) {
    let token = app.csrf_token().await;
    let bodies: [Vec<u8>; 2] = [
        format!("csrf_token={token}&firstname=%FF&lastname=x&email=a%40example.com").into_bytes(),
        [
            format!("csrf_token={token}&firstname=").as_bytes(),
            b"\xc3\x28",
        ]
        .concat(),
    ];
    for body in bodies {
        let response = app
            .client
            .post(app.url("/create/"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
    // A field of one value sent twice: no single value could be meant, said at the field.
    let twice =
        format!("csrf_token={token}&firstname=a&firstname=b&lastname=x&email=a%40example.com");
    let response = app
        .client
        .post(app.url("/create/"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(twice)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("First name was sent more than once"),
        "{page}"
    );
    assert!(app.stored_students().await.is_empty());
}
