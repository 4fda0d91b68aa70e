//! Every validation rule at and past its bound: a 422 with the message beside the field,
//! the submitted values kept, and nothing written.
//!
//! Routes: `/create/` (and through it the rules the edit form and the API share).

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    names_are_required_and_at_most_100_characters,
    names_and_emails_with_control_characters_are_refused,
    email_must_be_valid_and_at_most_80_characters,
    a_duplicate_email_in_another_case_is_a_field_error,
    editing_to_another_students_email_is_a_field_error,
    two_concurrent_creates_with_one_email_end_in_one_row_and_one_field_error,
    a_burst_of_creates_stores_each_one_acknowledged_and_refuses_each_duplicate_alone,
    age_is_optional_whole_and_between_0_and_150,
    bio_is_optional_and_at_most_10000_characters,
    a_blank_form_reports_every_missing_field_at_once,
    a_bad_edit_rerenders_the_edit_form_with_the_submitted_values,
);

/// Posts `form` to /create/, expects a 422 and no new row, and returns the page.
async fn refused(app: &TestApp, form: &[(&str, &str)]) -> String {
    let before = app.stored_students().await.len();
    let page = body_with_status(
        app.post_form("/create/", form).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(app.stored_students().await.len(), before, "nothing written");
    page
}

fn field_error(page: &str, field: &str) -> String {
    let marker = format!(r#"<p class="field-error" id="{field}-error">"#);
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no error shown for {field} in:\n{page}"))
        + marker.len();
    let end = start + page[start..].find("</p>").expect("end of message");
    page[start..end].to_owned()
}

async fn names_are_required_and_at_most_100_characters(app: TestApp) {
    for field in ["firstname", "lastname"] {
        let label = if field == "firstname" {
            "First name"
        } else {
            "Last name"
        };
        let form = with(
            student_form("Ada", "Lovelace", "ada@example.com"),
            field,
            "   ",
        );
        assert_eq!(
            field_error(&refused(&app, &form).await, field),
            format!("{label} is required.")
        );

        let long = "é".repeat(101);
        let form = with(
            student_form("Ada", "Lovelace", "ada@example.com"),
            field,
            &long,
        );
        let page = refused(&app, &form).await;
        assert_eq!(
            field_error(&page, field),
            format!("{label} must be at most 100 characters (it has 101).")
        );
        assert!(
            page.contains(&format!(r#"value="{long}""#)),
            "the value is kept"
        );
        assert!(page.contains(r#"aria-invalid="true""#));
    }
    // 100 multi-byte characters are 100 characters, not 200 bytes.
    let at_limit = "é".repeat(100);
    let student = app
        .given_student(&at_limit, &at_limit, "ada@example.com")
        .await;
    assert_eq!(student.firstname.chars().count(), 100);
}

async fn names_and_emails_with_control_characters_are_refused(app: TestApp) {
    for (field, value) in [
        ("firstname", "Ada\0"),
        ("lastname", "Love\u{1b}[31mlace"),
        ("email", "ada\0@example.com"),
        ("firstname", "Ada\nLovelace"),
    ] {
        let form = with(
            student_form("Ada", "Lovelace", "ada@example.com"),
            field,
            value,
        );
        let message = field_error(&refused(&app, &form).await, field);
        assert!(
            message.ends_with("must not contain control characters."),
            "{message}"
        );
    }
}

async fn email_must_be_valid_and_at_most_80_characters(app: TestApp) {
    for bad in ["not-an-email", "ada@", "ada@localhost", "a b@example.com"] {
        let form = with(student_form("Ada", "Lovelace", "x"), "email", bad);
        let page = refused(&app, &form).await;
        assert_eq!(
            field_error(&page, "email"),
            "Enter a valid email address, like name@example.com."
        );
        assert!(page.contains(r#"value="Ada""#), "other values are kept");
    }
    // 20 + 1 + 59 = 80 characters (a local part may have at most 64).
    let at_limit = format!("{}@{}.com", "a".repeat(20), "b".repeat(55));
    let past_limit = format!("a{at_limit}");
    let form = student_form("Ada", "Lovelace", &past_limit);
    assert_eq!(
        field_error(&refused(&app, &form).await, "email"),
        "Email must be at most 80 characters (it has 81)."
    );
    app.given_student("Ada", "Lovelace", &at_limit).await;
}

async fn a_duplicate_email_in_another_case_is_a_field_error(app: TestApp) {
    app.given_student("john", "doe", "jd@example.com").await;
    let page = refused(&app, &student_form("John", "Dough", "JD@Example.COM")).await;
    assert_eq!(
        field_error(&page, "email"),
        "A student with this email already exists."
    );
    assert!(page.contains(r#"value="JD@Example.COM""#));
    assert_eq!(app.stored_students().await.len(), 1);
}

async fn editing_to_another_students_email_is_a_field_error(app: TestApp) {
    app.given_student("john", "doe", "jd@example.com").await;
    let sammy = app
        .given_student("Sammy", "Shark", "sammyshark@example.com")
        .await;
    let response = app
        .post_edit(sammy.id, &student_form("Sammy", "Shark", "JD@example.com"))
        .await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        field_error(&page, "email"),
        "A student with this email already exists."
    );
    assert!(page.contains("<h1>Edit Sammy Shark</h1>"));
    let stored = app.stored_students().await;
    assert_eq!(stored[1].email, "sammyshark@example.com", "unchanged");
}

async fn two_concurrent_creates_with_one_email_end_in_one_row_and_one_field_error(app: TestApp) {
    let form = student_form("Ada", "Lovelace", "ada@example.com");
    let (first, second) = tokio::join!(
        app.post_form("/create/", &form),
        app.post_form("/create/", &form)
    );
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::UNPROCESSABLE_ENTITY]
    );
    assert_eq!(app.stored_students().await.len(), 1);
}

/// On SQLite the writes queued together commit together (`db::group_commit`): a refused
/// one among them is undone alone.
async fn a_burst_of_creates_stores_each_one_acknowledged_and_refuses_each_duplicate_alone(
    app: TestApp,
) {
    let token = app.csrf_token().await;
    let path = app.url("/create/");
    let mut creates = tokio::task::JoinSet::new();
    // Forty emails, ten of them posted twice.
    for n in 0..50 {
        let (client, path, token) = (app.client.clone(), path.clone(), token.clone());
        creates.spawn(async move {
            let email = format!("burst{}@example.com", n % 40);
            let lastname = format!("Writer{n}");
            let mut form = student_form("Burst", &lastname, &email);
            form.push(("csrf_token", &token));
            let response = client.post(path).form(&form).send().await.expect("POST");
            (response.status(), email)
        });
    }
    let outcomes = creates.join_all().await;
    let mut acknowledged: Vec<&str> = outcomes
        .iter()
        .filter(|(status, _)| *status == StatusCode::SEE_OTHER)
        .map(|(_, email)| email.as_str())
        .collect();
    let refused = outcomes
        .iter()
        .filter(|(status, _)| *status == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    assert_eq!((acknowledged.len(), refused), (40, 10), "{outcomes:?}");
    let stored = app.stored_students().await;
    let mut stored: Vec<&str> = stored.iter().map(|s| s.email.as_str()).collect();
    acknowledged.sort_unstable();
    stored.sort_unstable();
    assert_eq!(stored, acknowledged);
}

async fn age_is_optional_whole_and_between_0_and_150(app: TestApp) {
    for (age, message) in [
        ("-1", "Age must be between 0 and 150."),
        ("151", "Age must be between 0 and 150."),
        ("99999999999999999999", "Age must be between 0 and 150."),
        ("abc", "Age must be a whole number, like 21."),
        ("12.5", "Age must be a whole number, like 21."),
    ] {
        let form = with(
            student_form("Ada", "Lovelace", "ada@example.com"),
            "age",
            age,
        );
        let page = refused(&app, &form).await;
        assert_eq!(field_error(&page, "age"), message, "age {age}");
        assert!(page.contains(&format!(r#"value="{age}""#)));
    }
    for (n, age) in ["0", "150", " 42 "].iter().enumerate() {
        let email = format!("ada{n}@example.com");
        let form = with(student_form("Ada", "Lovelace", &email), "age", age);
        assert_see_index(&app.post_form("/create/", &form).await);
    }
    let ages: Vec<Option<i32>> = app.stored_students().await.iter().map(|s| s.age).collect();
    assert_eq!(ages, [Some(0), Some(150), Some(42)]);
}

async fn bio_is_optional_and_at_most_10000_characters(app: TestApp) {
    let too_long = "ü".repeat(10_001);
    let form = with(
        student_form("Ada", "Lovelace", "ada@example.com"),
        "bio",
        &too_long,
    );
    assert_eq!(
        field_error(&refused(&app, &form).await, "bio"),
        "Bio must be at most 10,000 characters (it has 10,001)."
    );
    let at_limit = "ü".repeat(10_000);
    let form = with(
        student_form("Ada", "Lovelace", "ada@example.com"),
        "bio",
        &at_limit,
    );
    assert_see_index(&app.post_form("/create/", &form).await);
    assert_eq!(
        app.stored_students().await[0].bio.as_deref(),
        Some(at_limit.as_str())
    );
}

async fn a_blank_form_reports_every_missing_field_at_once(app: TestApp) {
    let page = refused(&app, &student_form("", "", "")).await;
    assert!(page.contains("There are problems with 3 fields"));
    assert!(page.contains(r#"role="alert""#));
    let summary = [
        r##"<li><a href="#firstname">First name is required.</a></li>"##,
        r##"<li><a href="#lastname">Last name is required.</a></li>"##,
        r##"<li><a href="#email">Email is required.</a></li>"##,
    ];
    let positions: Vec<usize> = summary
        .iter()
        .map(|item| {
            page.find(item)
                .unwrap_or_else(|| panic!("summary lists {item}"))
        })
        .collect();
    assert!(
        positions.is_sorted(),
        "the summary follows the form's order"
    );
    assert_eq!(field_error(&page, "firstname"), "First name is required.");
    assert_eq!(field_error(&page, "lastname"), "Last name is required.");
    assert_eq!(field_error(&page, "email"), "Email is required.");
    // Fields left out entirely read as blank, not as a malformed request.
    let page = refused(&app, &[]).await;
    assert!(page.contains("There are problems with 3 fields"));
}

async fn a_bad_edit_rerenders_the_edit_form_with_the_submitted_values(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let form = with(student_form("Augusta", "", "ada@example.com"), "age", "old");
    let response = app.post_edit(ada.id, &form).await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        page.contains("<h1>Edit Ada Lovelace</h1>"),
        "title shows the stored name"
    );
    assert!(page.contains(r#"value="Augusta""#) && page.contains(r#"value="old""#));
    assert_eq!(field_error(&page, "lastname"), "Last name is required.");
    assert_eq!(
        app.stored_students().await[0].firstname,
        "Ada",
        "nothing written"
    );
}
