//! Unknown, non-numeric and overflowing ids, and unknown paths: the HTML 404 page.
//!
//! Routes: `/{id}/`, `/{id}/edit/`, `/{id}/delete/` with unknown or malformed ids, wrong
//! methods on known paths, and paths that match nothing.

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    unknown_non_numeric_and_overflowing_ids_get_the_404_page,
    unknown_paths_get_the_404_page_with_the_layout,
    deleting_a_student_twice_is_a_404_the_second_time,
    an_unsupported_method_gets_the_405_page,
);

async fn unknown_non_numeric_and_overflowing_ids_get_the_404_page(app: TestApp) {
    let ids = ["999", "abc", "99999999999999999999999", "-1", "1.5", "%00"];
    for id in ids {
        for path in [
            format!("/{id}/"),
            format!("/{id}/edit/"),
            format!("/{id}/delete/"),
        ] {
            let page = body_with_status(app.get(&path).await, StatusCode::NOT_FOUND).await;
            assert!(page.contains("<h1>Page not found</h1>"), "{path}");
        }
    }
    // Posting to an unknown student is a 404 too (with a valid token), and writes nothing.
    for path in ["/999/edit/", "/999/delete/", "/abc/delete/"] {
        let response = app
            .post_form(path, &student_form("Ada", "Lovelace", "ada@example.com"))
            .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    assert!(app.stored_students().await.is_empty());
}

async fn unknown_paths_get_the_404_page_with_the_layout(app: TestApp) {
    let response = app.get("/no/such/page/").await;
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    let page = body_with_status(response, StatusCode::NOT_FOUND).await;
    assert!(page.contains("Page not found"));
    assert!(
        page.contains(r#"<a href="/create/">Add student</a>"#),
        "inside the base layout"
    );
}

async fn deleting_a_student_twice_is_a_404_the_second_time(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let path = format!("/{}/delete/", ada.id);
    assert_see_index(&app.post_form(&path, &[]).await);
    assert_eq!(
        app.post_form(&path, &[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn an_unsupported_method_gets_the_405_page(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    for (method, path) in [
        (reqwest::Method::PUT, "/create/".to_owned()),
        (reqwest::Method::DELETE, format!("/{}/", ada.id)),
        (reqwest::Method::PATCH, format!("/{}/edit/", ada.id)),
    ] {
        let response = app
            .client
            .request(method, app.url(&path))
            .send()
            .await
            .unwrap();
        assert!(response.headers().contains_key("allow"), "{path}");
        let page = body_with_status(response, StatusCode::METHOD_NOT_ALLOWED).await;
        assert!(page.contains("<h1>Method not allowed</h1>"), "{path}");
    }
    assert_eq!(app.stored_students().await.len(), 1);
}
