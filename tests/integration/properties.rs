//! Property tests (proptest): arbitrary strings and bytes through the parsers, and through
//! the real server's forms, JSON bodies and query strings. Never a panic; every answer
//! is a 2xx, 3xx or 4xx, never a 5xx.
//!
//! Routes: `/create/`, `/api/students` and `/?…` with generated input.

use crate::helpers::*;
use proptest::prelude::*;
use serde_json::{Value, json};
use students::domain::{EditForm, Listing, StudentField, StudentForm};

/// Any text, weighted towards what breaks parsers: control characters, combining marks,
/// emoji, quotes, percent signs and very long runs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,40}",
        "[\\x00-\\x1f\\u{7f}-\\u{9f}\\u{200b}-\\u{200f}\\u{2028}\\u{feff}%&=+;\"'<>\\\\]{0,20}",
        "[a-z]{1,8}@[a-z]{1,8}\\.[a-z]{2,4}",
        "[0-9 +-]{0,5}",
        "\\PC{95,110}",
    ]
}

/// Any text in every field of the record.
fn student_form() -> impl Strategy<Value = StudentForm> {
    let fields = StudentField::all().count();
    prop::collection::vec(text(), fields).prop_map(|texts| {
        StudentField::all()
            .zip(texts)
            .fold(StudentForm::default(), |form, (field, raw)| {
                form.with(field.key(), raw)
            })
    })
}

/// Arbitrary JSON, up to a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|n| json!(n)),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("firstname".to_owned()),
                    Just("lastname".to_owned()),
                    Just("email".to_owned()),
                    Just("age".to_owned()),
                    Just("bio".to_owned()),
                    text(),
                ],
                inner,
                0..7
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Parsing never panics, and what it accepts parses again to the same student
    /// (the stored form of a value is itself valid).
    #[test]
    fn the_student_form_parser_accepts_its_own_output(form in student_form()) {
        let record = students::domain::record::Record::builtin();
        if let Ok(student) = form.parse(&record) {
            let again = StudentForm::of(&record, &student.values());
            prop_assert_eq!(again.parse(&record), Ok(student));
        }
    }

    #[test]
    fn an_edit_forms_version_is_a_positive_number_or_nothing(version in text()) {
        let form = EditForm { version: version.clone(), ..EditForm::default() };
        if let Some(parsed) = form.version() {
            prop_assert!(parsed > 0);
            prop_assert_eq!(Ok(parsed), version.trim().parse::<i32>());
        }
    }

    #[test]
    fn form_bodies_decode_or_refuse_without_panicking(body in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = students::urlencoded::decode(&body);
    }

    /// Any query string gives a listing, and the listing's own link reads back as itself.
    #[test]
    fn a_listing_survives_its_own_link(query in text()) {
        let listing = Listing::from_query(&query);
        let href = listing.href();
        let again = Listing::from_query(href.split_once('?').map_or("", |(_, query)| query));
        prop_assert_eq!(again, listing);
    }
}

/// Runs `property` against one real server (SQLite), `cases` times.
fn against_the_server<S: Strategy>(
    cases: u32,
    strategy: S,
    property: impl Fn(&tokio::runtime::Runtime, &TestApp, &str, S::Value) -> Result<(), TestCaseError>,
) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let app = runtime.block_on(spawn_app());
    let token = runtime.block_on(app.csrf_token());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(cases));
    runner
        .run(&strategy, |value| property(&runtime, &app, &token, value))
        .unwrap();
}

fn assert_not_a_server_error(status: reqwest::StatusCode, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        status.is_success() || status.is_redirection() || status.is_client_error(),
        "{what}: {status}"
    );
    Ok(())
}

#[test]
fn arbitrary_create_forms_are_stored_or_refused_with_422() {
    against_the_server(96, student_form(), |runtime, app, token, form| {
        let mut fields: Vec<(&str, &str)> = StudentField::all()
            .map(|field| (field.key(), form.get(field.key())))
            .collect();
        fields.push(("csrf_token", token));
        let status = runtime.block_on(async {
            let response = app
                .client
                .post(app.url("/create/"))
                .form(&fields)
                .send()
                .await;
            response.expect("POST").status()
        });
        let expected = if form
            .parse(&students::domain::record::Record::builtin())
            .is_ok()
        {
            [303, 422]
        } else {
            [422, 422]
        };
        prop_assert!(expected.contains(&status.as_u16()), "{status} for {form:?}");
        Ok(())
    });
}

#[test]
fn arbitrary_form_bodies_are_answered_without_a_server_error() {
    let body = prop::collection::vec(any::<u8>(), 0..400);
    against_the_server(96, body, |runtime, app, token, mut body| {
        body.extend_from_slice(format!("&csrf_token={token}").as_bytes());
        let status = runtime.block_on(async {
            let response = app
                .client
                .post(app.url("/create/"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await;
            response.expect("POST").status()
        });
        assert_not_a_server_error(status, "form body")
    });
}

#[test]
fn arbitrary_json_and_bytes_to_the_api_are_answered_without_a_server_error() {
    let body = prop_oneof![
        json_value().prop_map(|value| value.to_string().into_bytes()),
        prop::collection::vec(any::<u8>(), 0..300),
    ];
    against_the_server(128, body, |runtime, app, _, body| {
        let statuses = runtime.block_on(async {
            let existing = app
                .client
                .post(app.url("/api/students"))
                .json(&json!({"firstname": "Ada", "lastname": "Lovelace",
                    "email": format!("ada{}@example.com", rand_suffix())}))
                .send()
                .await
                .expect("POST");
            let location = existing.headers()["location"]
                .to_str()
                .expect("location")
                .to_owned();
            let mut statuses = Vec::new();
            for (method, path) in [
                (reqwest::Method::POST, "/api/students".to_owned()),
                (reqwest::Method::PUT, location.clone()),
                (reqwest::Method::PATCH, location),
            ] {
                let response = app
                    .client
                    .request(method.clone(), app.url(&path))
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("request");
                statuses.push((format!("{method} {path}"), response.status()));
            }
            statuses
        });
        for (what, status) in statuses {
            assert_not_a_server_error(status, &what)?;
        }
        Ok(())
    });
}

#[test]
fn arbitrary_query_strings_list_students() {
    let query = prop::collection::vec(any::<u8>(), 0..120).prop_map(|bytes| {
        // Any bytes, percent-encoded where a URL cannot carry them as they are.
        bytes
            .iter()
            .map(|&byte| match byte {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'=' | b'&' | b'-' | b'_' | b'.' => {
                    (byte as char).to_string()
                }
                _ => format!("%{byte:02X}"),
            })
            .collect::<String>()
    });
    against_the_server(96, query, |runtime, app, _, query| {
        let statuses = runtime.block_on(async {
            let page = app
                .client
                .get(app.url(&format!("/?{query}")))
                .send()
                .await
                .expect("GET");
            let api = app
                .client
                .get(app.url(&format!("/api/students?{query}")))
                .send()
                .await
                .expect("GET");
            (page.status(), api.status())
        });
        // The page falls back to defaults; the API lists, or refuses a parameter (400).
        prop_assert_eq!(statuses.0, reqwest::StatusCode::OK, "{}", query);
        prop_assert!(
            matches!(
                statuses.1,
                reqwest::StatusCode::OK | reqwest::StatusCode::BAD_REQUEST
            ),
            "{} → {}",
            query,
            statuses.1
        );
        Ok(())
    });
}

/// A number that differs between calls, for unique emails.
fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
