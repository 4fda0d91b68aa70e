//! The batch flows in a real browser: tick students and bulk-delete them through the
//! confirmation, Undo from the notice, the import's preview and confirmation, the export
//! download, "Save and add another" with the focus on the first field, and an edit merged
//! with a colleague's — each screen checked by axe-core and the Nu checker.

use crate::audits::assert_valid_html;
use crate::driver::Browser;
use crate::helpers::*;

#[tokio::test]
async fn tick_students_bulk_delete_them_and_undo() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let alan = app.insert_student("Alan", "Turing", "alan@example.com", None);
    app.insert_student("Grace", "Hopper", "grace@example.com", None);
    browser.log_in(&app).await;

    browser.goto(&app.url("/?sort=name")).await;
    browser.click(&format!("#select-{ada}")).await;
    browser.click(&format!("#select-{alan}")).await;
    browser.wait_for_text("/", "2 selected").await;
    crate::audit_at_both_widths(&browser, "20-bulk-selection", "list with a selection").await;
    browser.click(r#"button[value="delete"]"#).await;
    browser.wait_for_text("/bulk/", "Delete 2 students?").await;
    crate::audit_at_both_widths(
        &browser,
        "21-bulk-delete-confirm",
        "bulk delete confirmation",
    )
    .await;
    browser.click("main button.danger").await;
    browser.wait_for_text("/", "Deleted 2 students.").await;
    assert_eq!(app.stored_students().await.len(), 1);

    browser.click("form.undo button").await;
    browser.wait_for_text("/", "Restored 2 students.").await;
    assert_eq!(app.stored_students().await.len(), 3);
    assert!(
        browser.text().await.contains("Alan Turing"),
        "back on the list as it was"
    );
}

#[tokio::test]
async fn an_import_is_previewed_then_confirmed() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("intake.csv");
    std::fs::write(
        &file,
        "First name,Last name,Email,Age\nAda,Lovelace,ada@example.com,36\nGrace,,grace@example,200\nAlan,Turing,alan@example.com,41\n",
    )
    .expect("the file");

    browser.goto(&app.url("/")).await;
    browser.click_link("Import CSV").await;
    browser
        .wait_for_text("/import/", "Import from a CSV file")
        .await;
    crate::audit_at_both_widths(&browser, "22-import-upload", "import upload").await;
    browser.choose_file("file", &file).await;
    browser.click("main button[type=submit]").await;
    let preview = format!("/import/{}/", 1);
    browser
        .wait_for_text(&preview, "2 students will be added; 1 row has problems")
        .await;
    let text = browser.text().await;
    assert!(text.contains("Last name is required."), "{text}");
    assert!(text.contains("Age must be between 0 and 150."));
    crate::audit_at_both_widths(&browser, "22-import-preview", "import preview").await;
    assert!(
        app.stored_students().await.is_empty(),
        "nothing before the confirmation"
    );
    let pages = [
        ("import-upload", app.get_html("/import/").await),
        ("import-preview", app.get_html(&preview).await),
    ];
    assert_valid_html(&pages);

    browser.click("main button.primary").await;
    browser
        .wait_for_text("/", "Imported 2 students from intake.csv.")
        .await;
    assert_eq!(app.stored_students().await.len(), 2);
}

#[tokio::test]
async fn the_list_downloads_as_csv() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    browser.log_in(&app).await;
    browser.goto(&app.url("/?q=ada")).await;
    browser.click_link("Export CSV").await;
    let file = browser.downloaded("students-").await;
    let text = String::from_utf8(file).expect("UTF-8");
    assert!(text.starts_with("id,firstname,lastname,email"), "{text}");
    assert!(text.contains("Ada,Lovelace,ada@example.com"));
}

#[tokio::test]
async fn save_and_add_another_starts_a_fresh_form_with_the_focus_in_it() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    browser.goto(&app.url("/?sort=name")).await;
    browser.click_link("Add student").await;
    browser.wait_for_text("/create/", "Add a new student").await;
    assert_eq!(
        browser.focused_id().await,
        "firstname",
        "the first field has focus"
    );
    for (id, value) in [
        ("firstname", "Ada"),
        ("lastname", "Lovelace"),
        ("email", "ada@example.com"),
    ] {
        browser.fill(id, value).await;
    }
    browser.click(r#"button[value="add_another"]"#).await;
    browser
        .wait_for_text("/create/", "Added student Ada Lovelace.")
        .await;
    assert_eq!(browser.value_of("firstname").await, "", "a fresh form");
    assert_eq!(browser.focused_id().await, "firstname");
    for (id, value) in [
        ("firstname", "Alan"),
        ("lastname", "Turing"),
        ("email", "alan@example.com"),
    ] {
        browser.fill(id, value).await;
    }
    browser.click("main button.primary").await;
    browser
        .wait_for_text("/", "Added student Alan Turing.")
        .await;
    assert_eq!(app.stored_students().await.len(), 2);
}

#[tokio::test]
async fn an_edit_is_merged_with_a_colleagues() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    browser.log_in(&app).await;
    browser.goto(&app.url(&format!("/{ada}/edit/"))).await;
    // A colleague changes the last name while the form is open.
    let theirs = with(student_form("Ada", "King", "ada@example.com"), "age", "36");
    assert_eq!(
        app.post_edit(ada, &theirs).await.status(),
        reqwest::StatusCode::SEE_OTHER
    );
    browser.fill("age", "37").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/", "newer change to Last name.")
        .await;
    let stored = app.stored_students().await.remove(0);
    assert_eq!((stored.lastname.as_str(), stored.age), ("King", Some(37)));
}

#[tokio::test]
async fn a_deleted_course_comes_back_from_recently_deleted() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let course = given_course(&app, "BIO-101", "Biology").await;
    enroll(&app, ada, course, "A").await;
    browser.log_in(&app).await;

    // Deleted without JavaScript's confirm: through the confirmation page.
    browser
        .goto(&app.url(&format!("/courses/{course}/delete/")))
        .await;
    browser
        .wait_for_text(
            &format!("/courses/{course}/delete/"),
            "For 30 days it can be restored with its enrollments",
        )
        .await;
    browser.click("main button.danger").await;
    browser
        .wait_for_text(
            "/courses/",
            "Deleted course BIO-101 Biology and 1 enrollment.",
        )
        .await;
    assert_eq!(enrollment_count(&app), 0);

    browser.goto(&app.url("/deleted/")).await;
    browser.wait_for_text("/deleted/", "BIO-101 Biology").await;
    crate::audit_at_both_widths(
        &browser,
        "23-recently-deleted-course",
        "recently deleted, a course",
    )
    .await;
    browser
        .click(r#"button[aria-label="Restore BIO-101 Biology and 1 enrollment"]"#)
        .await;
    browser
        .wait_for_text(
            &format!("/courses/{course}/"),
            "Restored course BIO-101 Biology and 1 enrollment.",
        )
        .await;
    assert!(
        browser.text().await.contains("Ada Lovelace"),
        "with its student"
    );
    assert_eq!(enrollment_count(&app), 1);
}
