//! The API does what its OpenAPI document says, exactly: query parameters outside their
//! range are a 400 naming them, `If-Match` is read per RFC 9110, integral numbers are
//! integers, values are bounded as sent, and the document's limits are the rules' own.
//!
//! Routes: `GET /api/students`, `GET /api/courses`, `PUT/PATCH/DELETE /api/students/{id}`,
//! `POST /api/students`, `POST /api/students/{id}/enrollments`, `GET /api/openapi.json`.

use crate::helpers::*;
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};
use students::domain::api_query::{MAX_COURSE_PAGE, MAX_POSITION};
use students::domain::course::{
    CODE_MAX_CHARS, DESCRIPTION_MAX_CHARS, GRADE_MAX_CHARS, TITLE_MAX_CHARS,
};
use students::domain::listing::{MAX_PER_PAGE, MAX_SEARCH_CHARS};
use students::domain::student::{AGE_MAX, AGE_MIN, BIO_MAX_CHARS, EMAIL_MAX_CHARS, NAME_MAX_CHARS};

crate::on_every_backend!(
    query_parameters_outside_their_range_are_a_400_naming_them,
    if_match_is_read_per_rfc_9110,
    integral_numbers_are_integers,
    values_longer_than_the_document_allows_are_refused_as_sent,
);

async fn query_parameters_outside_their_range_are_a_400_naming_them(app: TestApp) {
    for (path, named) in [
        ("/api/students?per_page=0", "`per_page`"),
        ("/api/students?per_page=201", "`per_page`"),
        ("/api/students?age_min=151", "`age_min`"),
        ("/api/students?sort=shoe", "`sort`"),
        ("/api/students?pos=0", "`pos`"),
        ("/api/students?q=a%00b", "`q`"),
        ("/api/students?sort=name&sort=age", "`sort`"),
        ("/api/courses?page=0", "`page`"),
        ("/api/courses?page=2147483648", "`page`"),
    ] {
        let body = problem(app.get(path).await, StatusCode::BAD_REQUEST).await;
        assert!(
            body["detail"].as_str().unwrap().contains(named),
            "{path}: {body}"
        );
    }
    // The pages keep falling back to defaults, as a stale bookmark should.
    assert_eq!(
        app.get("/?per_page=0&sort=shoe").await.status(),
        StatusCode::OK
    );
    let fine = app
        .get("/api/students?per_page=200&sort=email&dir=desc&last=1")
        .await;
    assert_eq!(fine.status(), StatusCode::OK);
}

async fn if_match_is_read_per_rfc_9110(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let url = app.url(&format!("/api/students/{}", ada.id));
    let patch = |if_match: &'static str| {
        app.client
            .patch(&url)
            .header(header::IF_MATCH, if_match)
            .json(&json!({"bio": if_match}))
            .send()
    };
    for malformed in ["garbage", "1", r#""1"#, r#"W/1"#, r#""1",,"#] {
        let response = patch(malformed).await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{malformed}");
    }
    // A weak tag never matches strongly; a list matches when one of its tags does.
    assert_eq!(
        patch(r#"W/"1""#).await.unwrap().status(),
        StatusCode::PRECONDITION_FAILED
    );
    assert_eq!(patch(r#""7", "1""#).await.unwrap().status(), StatusCode::OK);
    assert_eq!(app.stored_students().await[0].version, 2);
}

async fn integral_numbers_are_integers(app: TestApp) {
    let created = send(
        &app,
        Method::POST,
        "/api/students",
        Some(json!({"firstname": "Ada", "lastname": "Lovelace", "email": "ada@example.com", "age": 36.0})),
    )
    .await;
    let stored = ok_json(created, StatusCode::CREATED).await;
    assert_eq!(stored["age"], 36);
    let path = format!("/api/students/{}", stored["id"]);
    let half = send(&app, Method::PATCH, &path, Some(json!({"age": 36.5}))).await;
    problem(half, StatusCode::UNPROCESSABLE_ENTITY).await;
    let course = given_course(&app, "BIO-101", "Biology").await;
    let enrolled = send(
        &app,
        Method::POST,
        &format!("{path}/enrollments"),
        Some(json!({"course_id": course as f64})),
    )
    .await;
    assert_eq!(enrolled.status(), StatusCode::CREATED);
}

async fn values_longer_than_the_document_allows_are_refused_as_sent(app: TestApp) {
    // 101 characters as sent, though only "Ada" once trimmed: the document says 100.
    let padded = format!("Ada{}", " ".repeat(NAME_MAX_CHARS - 2));
    let response = send(
        &app,
        Method::POST,
        "/api/students",
        Some(json!({"firstname": padded, "lastname": "Lovelace", "email": "ada@example.com"})),
    )
    .await;
    let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        body["errors"]["firstname"]
            .as_str()
            .unwrap()
            .contains("at most 100")
    );
    assert!(app.stored_students().await.is_empty());
    // The form keeps trimming first: the same value is fine there.
    let page = app
        .post_form(
            "/create/",
            &student_form(&padded, "Lovelace", "ada@example.com"),
        )
        .await;
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
}

/// The document's limits are the rules' constants (its annotations are literals).
#[tokio::test]
async fn the_document_states_the_rules_own_limits() {
    let app = spawn_app().await;
    let document: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schema = |name: &str, field: &str| {
        document["components"]["schemas"][name]["properties"][field].clone()
    };
    let max_length = |name: &str, field: &str| schema(name, field)["maxLength"].as_u64();
    for record in ["NewStudent", "StudentPatch"] {
        assert_eq!(max_length(record, "firstname"), Some(NAME_MAX_CHARS as u64));
        assert_eq!(max_length(record, "lastname"), Some(NAME_MAX_CHARS as u64));
        assert_eq!(max_length(record, "email"), Some(EMAIL_MAX_CHARS as u64));
        assert_eq!(max_length(record, "bio"), Some(BIO_MAX_CHARS as u64));
        assert_eq!(
            schema(record, "age")["minimum"].as_i64(),
            Some(i64::from(AGE_MIN))
        );
        assert_eq!(
            schema(record, "age")["maximum"].as_i64(),
            Some(i64::from(AGE_MAX))
        );
    }
    for record in ["NewCourse", "CoursePatch"] {
        assert_eq!(max_length(record, "code"), Some(CODE_MAX_CHARS as u64));
        assert_eq!(max_length(record, "title"), Some(TITLE_MAX_CHARS as u64));
        assert_eq!(
            max_length(record, "description"),
            Some(DESCRIPTION_MAX_CHARS as u64)
        );
    }
    assert_eq!(
        max_length("NewEnrollment", "grade"),
        Some(GRADE_MAX_CHARS as u64)
    );
    let parameter = |path: &str, name: &str| {
        document["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|parameter| parameter["name"] == name)
            .map(|parameter| parameter["schema"].clone())
            .unwrap_or_else(|| panic!("{path} documents {name}"))
    };
    let students = "/api/students";
    assert_eq!(
        parameter(students, "per_page")["maximum"].as_u64(),
        Some(u64::from(MAX_PER_PAGE))
    );
    assert_eq!(
        parameter(students, "age_min")["maximum"].as_i64(),
        Some(i64::from(AGE_MAX))
    );
    assert_eq!(
        parameter(students, "pos")["maximum"].as_f64(),
        Some(MAX_POSITION as f64)
    );
    assert_eq!(
        parameter(students, "q")["maxLength"].as_u64(),
        Some(MAX_SEARCH_CHARS as u64)
    );
    let courses = "/api/courses";
    assert_eq!(
        parameter(courses, "page")["maximum"].as_u64(),
        Some(u64::from(MAX_COURSE_PAGE))
    );
    assert_eq!(
        parameter(courses, "q")["maxLength"].as_u64(),
        Some(MAX_SEARCH_CHARS as u64)
    );
}
