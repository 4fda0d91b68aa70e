//! The JSON API: every endpoint, every error as problem+json, on every backend.
//!
//! Routes: `/api/students` (GET, POST), `/api/students/{id}` (GET, PUT, PATCH, DELETE),
//! `/api/openapi.json`, and unknown `/api/…` paths; with a session and with API tokens.

use crate::helpers::*;
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

crate::on_every_backend!(
    create_answers_201_with_location_and_the_stored_record,
    list_pages_searches_and_sorts_like_the_index,
    show_answers_the_record_or_404,
    patch_changes_only_the_fields_sent,
    put_replaces_every_field,
    delete_answers_204_then_404,
    invalid_fields_are_422_with_a_field_map_and_write_nothing,
    a_duplicate_email_in_another_case_is_409,
    malformed_or_mistyped_bodies_are_400_or_415_or_413,
    wrong_methods_and_unknown_paths_are_problems,
    cross_site_requests_are_refused,
    the_openapi_document_describes_every_operation,
    scripts_with_a_token_have_their_roles_rights,
);

fn ada() -> Value {
    json!({"firstname": "Ada", "lastname": "Lovelace", "email": "ada@example.com", "age": 36, "bio": "Wrote the first program."})
}

async fn create_answers_201_with_location_and_the_stored_record(app: TestApp) {
    let response = send(&app, Method::POST, "/api/students", Some(ada())).await;
    let location = location(&response).to_owned();
    let body = ok_json(response, StatusCode::CREATED).await;
    let stored = app.stored_students().await.remove(0);
    assert_eq!(location, format!("/api/students/{}", stored.id));
    assert_eq!(body["id"], stored.id);
    assert_eq!(body["email"], "ada@example.com");
    assert_eq!(body["age"], 36);
    assert_eq!(body["bio"], "Wrote the first program.");
    assert_eq!(
        body["created_at"],
        stored.created_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    );
    // Optional fields may be left out or null.
    let minimal = json!({"firstname": " Grace ", "lastname": "Hopper", "email": "grace@navy.mil", "age": null});
    let body = ok_json(
        send(&app, Method::POST, "/api/students", Some(minimal)).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        (&body["firstname"], &body["age"], &body["bio"]),
        (&json!("Grace"), &Value::Null, &Value::Null),
        "trimmed like the form"
    );
}

async fn list_pages_searches_and_sorts_like_the_index(app: TestApp) {
    students::commands::seed::run(&app.pool, 27).expect("seed");
    let body = ok_json(
        send(
            &app,
            Method::GET,
            "/api/students?per_page=10&sort=name",
            None,
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["total"], 30);
    assert_eq!(body["total_is_exact"], true);
    assert_eq!(body["first_position"], 1);
    assert_eq!(body["students"].as_array().unwrap().len(), 10);
    assert_eq!(body["links"]["previous"], Value::Null);
    // Follow `next` to the end: every student once.
    let mut seen = Vec::new();
    let mut next = Some("/api/students?per_page=10&sort=name".to_owned());
    while let Some(path) = next {
        let page = ok_json(send(&app, Method::GET, &path, None).await, StatusCode::OK).await;
        for student in page["students"].as_array().unwrap() {
            seen.push(student["id"].as_i64().unwrap());
        }
        next = page["links"]["next"].as_str().map(str::to_owned);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 30);

    let found = ok_json(
        send(&app, Method::GET, "/api/students?q=CARLWHITE", None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["students"][0]["email"], "carlwhite@example.com");
    // Bad parameters are refused, naming the first (the page falls back instead).
    let strict = send(
        &app,
        Method::GET,
        "/api/students?per_page=abc&sort=x&after=zz",
        None,
    )
    .await;
    let refused = problem(strict, StatusCode::BAD_REQUEST).await;
    assert!(refused["detail"].as_str().unwrap().contains("`per_page`"));
}

async fn show_answers_the_record_or_404(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    let body = ok_json(
        send(&app, Method::GET, &format!("/api/students/{ada}"), None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["lastname"], "Lovelace");
    assert!(body["updated_at"].is_string());
    for path in [
        "/api/students/999999",
        "/api/students/abc",
        "/api/students/99999999999999999999",
    ] {
        let body = problem(
            send(&app, Method::GET, path, None).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        assert_eq!(
            body["detail"], "There is no such record at this address.",
            "{path}"
        );
    }
}

async fn patch_changes_only_the_fields_sent(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    let path = format!("/api/students/{ada}");
    let body = ok_json(
        send(
            &app,
            Method::PATCH,
            &path,
            Some(json!({"lastname": "King"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        (&body["firstname"], &body["lastname"], &body["age"]),
        (&json!("Ada"), &json!("King"), &json!(36))
    );
    // null clears an optional field; an empty patch changes nothing.
    let body = ok_json(
        send(&app, Method::PATCH, &path, Some(json!({"age": null}))).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(body["age"], Value::Null);
    ok_json(
        send(&app, Method::PATCH, &path, Some(json!({}))).await,
        StatusCode::OK,
    )
    .await;
    let stored = app.stored_students().await.remove(0);
    assert_eq!((stored.lastname.as_str(), stored.age), ("King", None));
    // The same rules as the form: a bad value is refused and nothing changes.
    let body = problem(
        send(&app, Method::PATCH, &path, Some(json!({"email": "nope"}))).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        body["errors"]["email"],
        "Enter a valid email address, like name@example.com."
    );
    problem(
        send(&app, Method::PATCH, "/api/students/999999", Some(json!({}))).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

async fn put_replaces_every_field(app: TestApp) {
    let id = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    let path = format!("/api/students/{id}");
    let replacement =
        json!({"firstname": "Augusta", "lastname": "King", "email": "augusta@example.com"});
    let body = ok_json(
        send(&app, Method::PUT, &path, Some(replacement)).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        (&body["firstname"], &body["email"], &body["age"]),
        (
            &json!("Augusta"),
            &json!("augusta@example.com"),
            &Value::Null
        ),
        "fields left out of a PUT are cleared"
    );
    // A PUT needs every required field.
    let body = problem(
        send(&app, Method::PUT, &path, Some(json!({"firstname": "Ada"}))).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("missing field"),
        "{body}"
    );
    problem(
        send(&app, Method::PUT, "/api/students/999999", Some(ada())).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

async fn delete_answers_204_then_404(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let path = format!("/api/students/{ada}");
    let response = send(&app, Method::DELETE, &path, None).await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(app.stored_students().await.is_empty());
    problem(
        send(&app, Method::DELETE, &path, None).await,
        StatusCode::NOT_FOUND,
    )
    .await;
}

async fn invalid_fields_are_422_with_a_field_map_and_write_nothing(app: TestApp) {
    let invalid = json!({
        "firstname": "",
        "lastname": "x".repeat(101),
        "email": "not-an-email",
        "age": 151,
        "bio": "nul\u{0}inside"
    });
    let body = problem(
        send(&app, Method::POST, "/api/students", Some(invalid)).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(body["errors"]["firstname"], "First name is required.");
    assert_eq!(
        body["errors"]["lastname"],
        "Last name must be at most 100 characters (it has 101)."
    );
    assert_eq!(
        body["errors"]["email"],
        "Enter a valid email address, like name@example.com."
    );
    assert_eq!(body["errors"]["age"], "Age must be between 0 and 150.");
    assert_eq!(
        body["errors"]["bio"],
        "Bio must not contain control characters."
    );
    // Wrong JSON types and unknown fields: 422 too, with serde's explanation.
    for (body, says) in [
        (
            json!({"firstname": "A", "lastname": "B", "email": "a@b.co", "age": "ten"}),
            "invalid type",
        ),
        (
            json!({"firstname": "A", "lastname": "B", "email": "a@b.co", "age": 1.5}),
            "invalid type",
        ),
        (
            json!({"firstname": "A", "lastname": "B", "email": "a@b.co", "admin": true}),
            "unknown field",
        ),
        (json!(["not", "an", "object"]), "invalid type"),
        (json!(null), "invalid type"),
    ] {
        let answer = problem(
            send(&app, Method::POST, "/api/students", Some(body.clone())).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            answer["detail"].as_str().unwrap().contains(says),
            "{body} → {answer}"
        );
    }
    assert!(app.stored_students().await.is_empty());
}

async fn a_duplicate_email_in_another_case_is_409(app: TestApp) {
    app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let twin = json!({"firstname": "Ada", "lastname": "Twin", "email": "ADA@Example.com"});
    let body = problem(
        send(&app, Method::POST, "/api/students", Some(twin)).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        body["errors"]["email"],
        "A student with this email already exists."
    );
    let grace = app.insert_student("Grace", "Hopper", "grace@navy.mil", None);
    problem(
        send(
            &app,
            Method::PATCH,
            &format!("/api/students/{grace}"),
            Some(json!({"email": "Ada@example.com"})),
        )
        .await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(app.stored_students().await.len(), 2);
}

async fn malformed_or_mistyped_bodies_are_400_or_415_or_413(app: TestApp) {
    let post = |content_type: &'static str, body: Vec<u8>| {
        app.client
            .post(app.url("/api/students"))
            .header(header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
    };
    problem(
        post("application/json", b"{\"firstname\": ".to_vec())
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
    )
    .await;
    problem(
        post("application/json", b"not json".to_vec())
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
    )
    .await;
    problem(
        post("application/json", b"\xff\xfe".to_vec())
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
    )
    .await;
    for content_type in [
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
    ] {
        problem(
            post(content_type, b"{}".to_vec()).await.unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        )
        .await;
    }
    let huge = serde_json::to_vec(&json!({"firstname": "A", "lastname": "B", "email": "a@b.co", "bio": "x".repeat(300 * 1024)})).unwrap();
    problem(
        post("application/json", huge).await.unwrap(),
        StatusCode::PAYLOAD_TOO_LARGE,
    )
    .await;
    // A JSON media type with parameters or a +json suffix is fine.
    let response = post(
        "application/json; charset=utf-8",
        serde_json::to_vec(&ada()).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(app.stored_students().await.len(), 1);
}

async fn wrong_methods_and_unknown_paths_are_problems(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let response = send(&app, Method::DELETE, "/api/students", None).await;
    assert_eq!(response.headers()[header::ALLOW], "GET, HEAD, POST");
    problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
    let response = send(
        &app,
        Method::POST,
        &format!("/api/students/{ada}"),
        Some(json!({})),
    )
    .await;
    problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
    for path in ["/api/nothing", "/api/students/1/extra", "/api/"] {
        problem(
            send(&app, Method::GET, path, None).await,
            StatusCode::NOT_FOUND,
        )
        .await;
    }
}

async fn cross_site_requests_are_refused(app: TestApp) {
    for (name, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let response = app
            .client
            .post(app.url("/api/students"))
            .header(name, value)
            .json(&ada())
            .send()
            .await
            .unwrap();
        let body = problem(response, StatusCode::FORBIDDEN).await;
        assert!(body["detail"].as_str().unwrap().contains("another site"));
    }
    assert!(app.stored_students().await.is_empty());
    // Same-origin scripts (and non-browser clients) are welcome.
    let response = app
        .client
        .post(app.url("/api/students"))
        .header("origin", app.address.clone())
        .json(&ada())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

async fn the_openapi_document_describes_every_operation(app: TestApp) {
    let document = ok_json(
        send(&app, Method::GET, "/api/openapi.json", None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(document["openapi"], "3.1.0");
    let paths = &document["paths"];
    for (path, method) in [
        ("/api/students", "get"),
        ("/api/students", "post"),
        ("/api/students/{id}", "get"),
        ("/api/students/{id}", "put"),
        ("/api/students/{id}", "patch"),
        ("/api/students/{id}", "delete"),
    ] {
        assert!(
            paths[path][method].is_object(),
            "{method} {path} is documented"
        );
    }
    let post = &paths["/api/students"]["post"]["responses"];
    for status in ["201", "400", "409", "413", "415", "422"] {
        assert!(post[status].is_object(), "POST documents {status}");
    }
    assert!(document["components"]["schemas"]["Problem"].is_object());
}

async fn scripts_with_a_token_have_their_roles_rights(app: TestApp) {
    let editor = app.token_client_as(Role::Editor).await;
    let created = editor
        .post(app.url("/api/students"))
        .json(&ada())
        .send()
        .await
        .expect("POST");
    let stored = ok_json(created, StatusCode::CREATED).await;
    let path = format!("/api/students/{}", stored["id"]);
    let viewer = app.token_client_as(Role::Viewer).await;
    let read = viewer.get(app.url(&path)).send().await.expect("GET");
    assert_eq!(
        ok_json(read, StatusCode::OK).await["email"],
        "ada@example.com"
    );
    let refused = viewer.delete(app.url(&path)).send().await.expect("DELETE");
    problem(refused, StatusCode::FORBIDDEN).await;
    assert_eq!(
        app.stored_students().await.len(),
        1,
        "the viewer deleted nothing"
    );
}
