//! Importing students from CSV: upload, a preview that writes nothing and names every
//! problem with its row and column, confirm (all good rows in one transaction, each with
//! an "imported" history entry) or cancel, undo as a batch; and `students import`.
//!
//! Routes: `/import/`, `/import/{id}/`, `/import/{id}/confirm/`, `/import/{id}/cancel/`,
//! `/batches/{id}/undo-import/`.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::multipart::Form;

use students::schema::student_changes;

crate::on_every_backend!(
    an_import_previews_every_problem_and_writes_only_when_confirmed,
    a_cancelled_import_adds_nothing,
    an_import_is_undone_as_one_batch,
    unreadable_uploads_are_explained_at_the_field,
    uploads_are_the_uploaders_own_and_need_the_csrf_token,
    the_command_line_imports_with_the_same_report,
    enrollments_import_by_email_and_course_code,
);

/// Good rows (2, 4, 6), a row with three problems (3), a duplicate within the file (5)
/// and one against the database (7), in loose column order with Windows line endings.
const MIXED: &str = "E-mail,Last Name,First Name,Age,Bio\r\n\
    ada@example.com,Lovelace,Ada,36,\"Analyst, and\r\npoet\"\r\n\
    not-an-email,,Grace,200,\r\n\
    alan@example.com,Turing,Alan,,\r\n\
    ADA@example.com,King,Ada,,\r\n\
    edsger@example.com,Dijkstra,Edsger,72,\r\n\
    taken@example.com,Taken,Tess,,\r\n";

async fn upload_as(
    app: &TestApp,
    browser: &reqwest::Client,
    file: &[u8],
    with_token: bool,
) -> reqwest::Response {
    upload_kind(app, browser, file, with_token, "students").await
}

async fn upload(app: &TestApp, file: &[u8]) -> reqwest::Response {
    upload_as(app, &app.client, file, true).await
}

/// Uploads `file` and returns the preview's path.
async fn preview_of(app: &TestApp, file: &str) -> String {
    let response = upload(app, file.as_bytes()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview = location(&response).to_owned();
    assert!(preview.starts_with("/import/"), "{preview}");
    preview
}

fn imported_entries(app: &TestApp) -> i64 {
    let mut conn = app.pool.get().expect("connection");
    student_changes::table
        .filter(student_changes::action.eq("imported"))
        .count()
        .get_result(&mut **conn)
        .expect("count")
}

async fn an_import_previews_every_problem_and_writes_only_when_confirmed(app: TestApp) {
    app.insert_student("Tess", "Taken", "taken@example.com", None);
    let preview = preview_of(&app, MIXED).await;
    let page = app.get_html(&preview).await;
    assert!(
        page.contains("3 students will be added; 3 rows have problems and will be left out."),
        "{page}"
    );
    for (row, column, message) in [
        ("3", "Last name", "Last name is required."),
        (
            "3",
            "Email",
            "Enter a valid email address, like name@example.com.",
        ),
        ("3", "Age", "Age must be between 0 and 150."),
        ("5", "Email", "The same email as row 2: each student once."),
        ("7", "Email", "A student with this email already exists."),
    ] {
        let cells = format!(
            "<td>{row}</td>\n                <td>{column}</td>\n                <td>{message}</td>"
        );
        assert!(page.contains(&cells), "{cells} in {page}");
    }
    assert_eq!(
        app.stored_students().await.len(),
        1,
        "the preview writes nothing"
    );

    let confirm = format!("{preview}confirm/");
    let response = app.post_form(&confirm, &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let list = app.get_html(location(&response)).await;
    assert!(
        notices(&list).contains("Imported 3 students from intake.csv."),
        "{}",
        notices(&list)
    );
    let emails: Vec<String> = app
        .stored_students()
        .await
        .into_iter()
        .map(|s| s.email)
        .collect();
    assert_eq!(
        emails,
        [
            "taken@example.com",
            "ada@example.com",
            "alan@example.com",
            "edsger@example.com"
        ]
    );
    let ada = &app.stored_students().await[1];
    assert_eq!(ada.bio.as_deref(), Some("Analyst, and\npoet"));
    assert_eq!(
        imported_entries(&app),
        3,
        "an \"imported\" history entry each"
    );
    assert!(
        app.get_html(&format!("/{}/", ada.id))
            .await
            .contains("Imported")
    );
    // The file is forgotten: confirming twice adds nothing.
    assert_eq!(
        app.post_form(&confirm, &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.stored_students().await.len(), 4);
}

async fn a_cancelled_import_adds_nothing(app: TestApp) {
    let preview = preview_of(&app, MIXED).await;
    let response = app.post_form(&format!("{preview}cancel/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html("/").await).contains("Import cancelled: nothing was added."));
    assert!(app.stored_students().await.is_empty());
    assert_eq!(app.get(&preview).await.status(), StatusCode::NOT_FOUND);
}

async fn an_import_is_undone_as_one_batch(app: TestApp) {
    let preview = preview_of(
        &app,
        "firstname,lastname,email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n",
    )
    .await;
    let response = app.post_form(&format!("{preview}confirm/"), &[]).await;
    let list = app.get_html(location(&response)).await;
    let marker = "/undo-import/";
    let end = list.find(marker).expect("an Undo") + marker.len();
    let start = list[..end].rfind("action=\"").unwrap() + "action=\"".len();
    let undo = list[start..end].to_owned();
    assert_eq!(app.stored_students().await.len(), 2);

    let undone = app.post_form(&undo, &[]).await;
    assert_eq!(undone.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html("/").await).contains("Undid the import: 2 students deleted."));
    assert!(app.stored_students().await.is_empty());
    // Undone twice: nothing left to undo; and the undo itself can be restored.
    app.post_form(&undo, &[]).await;
    assert!(notices(&app.get_html("/").await).contains("Nothing to undo"));
    assert!(app.get_html("/deleted/").await.contains("Restore all"));
}

async fn unreadable_uploads_are_explained_at_the_field(app: TestApp) {
    for (file, status, message) in [
        (
            &b""[..],
            StatusCode::UNPROCESSABLE_ENTITY,
            "The file is empty",
        ),
        (
            b"name,mail\nAda,ada@example.com\n",
            StatusCode::UNPROCESSABLE_ENTITY,
            "Unknown column",
        ),
        (
            b"firstname,lastname,email\nAd\xe9,L,a@example.com\n",
            StatusCode::UNPROCESSABLE_ENTITY,
            "not UTF-8 text",
        ),
    ] {
        let response = upload(&app, file).await;
        let page = body_with_status(response, status).await;
        assert!(
            page.contains(r#"<p class="field-error" id="file-error">"#),
            "{page}"
        );
        assert!(page.contains(message), "{message}: {page}");
        assert!(page.contains(r#"aria-invalid="true""#));
    }
    let too_large = vec![b'a'; students::upload::UPLOAD_LIMIT_BYTES + 1];
    let page = body_with_status(
        upload(&app, &too_large).await,
        StatusCode::PAYLOAD_TOO_LARGE,
    )
    .await;
    assert!(page.contains("The file is larger than 16 MB"));
    // The form without a file.
    let token = app.csrf_token_of(&app.client, "/import/").await;
    let response = app
        .client
        .post(app.url("/import/"))
        .multipart(Form::new().text("csrf_token", token))
        .send()
        .await
        .unwrap();
    assert!(
        body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY)
            .await
            .contains("Choose a CSV file")
    );
    // Not multipart at all.
    let response = app.post_form("/import/", &[("file", "x")]).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(app.stored_students().await.is_empty());
}

async fn uploads_are_the_uploaders_own_and_need_the_csrf_token(app: TestApp) {
    let preview = preview_of(&app, MIXED).await;
    let colleague = app.client_as(Role::Editor).await;
    assert_eq!(
        app.status_as(&colleague, &preview).await,
        StatusCode::NOT_FOUND
    );
    let stolen = app
        .post_form_as(&colleague, &format!("{preview}confirm/"), &[])
        .await;
    assert_eq!(stolen.status(), StatusCode::NOT_FOUND);
    let viewer = app.client_as(Role::Viewer).await;
    assert_eq!(
        app.status_as(&viewer, "/import/").await,
        StatusCode::FORBIDDEN
    );
    let forged = upload_as(&app, &app.client, MIXED.as_bytes(), false).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(app.stored_students().await.is_empty());
}

async fn the_command_line_imports_with_the_same_report(app: TestApp) {
    app.insert_student("Tess", "Taken", "taken@example.com", None);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("intake.csv");
    std::fs::write(&path, MIXED).expect("the file");
    let dry = students::commands::import::run(&app.pool, &path, true).expect("a dry run");
    assert!(dry.done.is_none());
    assert_eq!(app.stored_students().await.len(), 1);
    let report = students::commands::import::run(&app.pool, &path, false).expect("an import");
    let lines = report.lines();
    assert!(
        lines.contains(&"row 3, Age: Age must be between 0 and 150.".to_owned()),
        "{lines:?}"
    );
    assert_eq!(
        lines.last().unwrap(),
        "3 added, 3 rows with problems left out"
    );
    assert_eq!(app.stored_students().await.len(), 4);
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "").unwrap();
    let refused = students::commands::import::run(&app.pool, &bad, false)
        .err()
        .expect("refused");
    assert!(
        refused.to_string().contains("The file is empty"),
        "{refused}"
    );
}

async fn enrollments_import_by_email_and_course_code(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    app.insert_student("Alan", "Turing", "alan@example.com", None);
    let biology = given_course(&app, "BIO-101", "Biology").await;
    given_course(&app, "CHEM-1", "Chemistry").await;
    enroll(&app, ada, biology, "").await;
    let file = "Email,Course,Grade\r\n\
        ADA@example.com,chem-1,A\r\n\
        alan@example.com,BIO-101,\r\n\
        ada@example.com,BIO-101,B\r\n\
        nobody@example.com,BIO-101,\r\n\
        alan@example.com,NOPE-1,\r\n\
        alan@example.com,bio-101,\r\n";
    let response = upload_kind(&app, &app.client, file.as_bytes(), true, "enrollments").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview = location(&response).to_owned();
    let page = app.get_html(&preview).await;
    assert!(
        page.contains("2 enrollments will be added; 4 rows have problems"),
        "{page}"
    );
    for (row, column, message) in [
        ("4", "Course", "Already enrolled in this course."),
        ("5", "Email", "No student has this email."),
        ("6", "Course", "No course has this code."),
        ("7", "Course", "The same student and course as row 3."),
    ] {
        let cells = format!(
            "<td>{row}</td>\n                <td>{column}</td>\n                <td>{message}</td>"
        );
        assert!(page.contains(&cells), "{cells} in {page}");
    }
    assert_eq!(enrollment_count(&app), 1, "the preview writes nothing");
    let response = app.post_form(&format!("{preview}confirm/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html("/").await).contains("Imported 2 enrollments from intake.csv."));
    assert_eq!(enrollment_count(&app), 3);
}
