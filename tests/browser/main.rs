//! Browser tests: real Chromium through the user's flows, plus accessibility (axe-core) and
//! HTML validity (Nu Html Checker) on every screen, with a screenshot of each.
//!
//! Without chromedriver they skip with one line; `STUDENTS_REQUIRE_BROWSER=1` (set by
//! `.ci/run`) makes that a failure.
//!
//! Routes: every screen — the list, a student, the student and course forms, the
//! confirmations, the conflict page, Recently deleted, courses, login, the account pages.

mod audits;
mod batches;
mod dashboard;
mod driver;
#[path = "../common/mod.rs"]
mod helpers;
mod languages;
mod school_fields;

use audits::{assert_accessible, assert_valid_html, scrolls_sideways, wide_elements};
use driver::Browser;
use fantoccini::key::Key;
use helpers::*;

async fn fill_student_form(browser: &Browser, fields: [(&str, &str); 5]) {
    for (id, value) in fields {
        browser.fill(id, value).await;
    }
}

/// Flows 1 and 2: create from the nav, open the student, edit the last name.
#[tokio::test]
async fn create_from_the_nav_then_open_and_edit_the_student() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;

    browser.goto(&app.url("/")).await;
    browser.click_link("Add student").await;
    browser.wait_for_text("/create/", "Add a new student").await;
    fill_student_form(
        &browser,
        [
            ("firstname", "Ada"),
            ("lastname", "Lovelace"),
            ("email", "ada@example.com"),
            ("age", "36"),
            ("bio", "Wrote the first program."),
        ],
    )
    .await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/", "Added student Ada Lovelace.")
        .await;
    let index = browser.text().await;
    assert!(index.contains("ada@example.com") && index.contains("36 years old"));

    browser.click_link("Ada Lovelace").await;
    let id = app.stored_students().await[0].id;
    browser
        .wait_for_text(&format!("/{id}/"), "Wrote the first program.")
        .await;
    browser.click_link("Edit").await;
    browser
        .wait_for_text(&format!("/{id}/edit/"), "Edit Ada Lovelace")
        .await;
    assert_eq!(
        browser.value_of("email").await,
        "ada@example.com",
        "prefilled"
    );
    browser.fill("lastname", "King").await;
    browser.click("main button[type=submit]").await;
    // Opened from the student's page, the edit returns there.
    browser
        .wait_for_text(&format!("/{id}/"), "Saved changes to Ada King.")
        .await;
    assert!(browser.text().await.contains("Ada King"));
    assert_eq!(app.stored_students().await[0].lastname, "King");
}

/// Flow 3: a bad email comes back beside its field, the other values kept.
#[tokio::test]
async fn a_bad_email_comes_back_with_the_message_beside_the_field() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;

    browser.goto(&app.url("/create/")).await;
    let typed = [
        ("firstname", "Ada"),
        ("lastname", "Lovelace"),
        ("email", "not-an-email"),
        ("age", "36"),
        ("bio", "Wrote the first program."),
    ];
    fill_student_form(&browser, typed).await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(
            "/create/",
            "Enter a valid email address, like name@example.com.",
        )
        .await;

    let beside = browser
        .client
        .execute(
            r#"const input = document.getElementById("email");
               const message = document.getElementById("email-error");
               return message !== null && message.parentElement.contains(input)
                   && input.getAttribute("aria-describedby").includes("email-error")
                   && input.getAttribute("aria-invalid") === "true";"#,
            vec![],
        )
        .await
        .expect("inspect the email field");
    assert_eq!(
        beside, true,
        "the message sits in the email field's group and is linked to it"
    );
    for (id, value) in typed {
        assert_eq!(browser.value_of(id).await, value, "{id} kept");
    }
    assert!(app.stored_students().await.is_empty());
}

/// Flow 4: Delete asks first (dismiss keeps, accept deletes), from the index and the detail page.
#[tokio::test]
async fn delete_asks_for_confirmation_on_the_index_and_the_detail_page() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    app.given_student("Carl", "White", "carlwhite@example.com")
        .await;
    let sammy = app
        .given_student("Sammy", "Shark", "sammyshark@example.com")
        .await;

    // From the index.
    browser.goto(&app.url("/")).await;
    browser.click(r#"a[aria-label="Delete Carl White"]"#).await;
    assert_eq!(
        browser.dialog_text().await,
        "Delete Carl White? It can be restored for 30 days."
    );
    browser.client.dismiss_alert().await.expect("dismiss");
    browser.client.refresh().await.expect("reload");
    browser.wait_for_text("/", "carlwhite@example.com").await;
    assert_eq!(
        app.stored_students().await.len(),
        2,
        "dismissing deletes nothing"
    );

    browser.click(r#"a[aria-label="Delete Carl White"]"#).await;
    assert!(
        browser
            .dialog_text()
            .await
            .starts_with("Delete Carl White?")
    );
    browser.client.accept_alert().await.expect("accept");
    browser
        .wait_for_text("/", "Deleted student Carl White.")
        .await;
    assert!(!browser.text().await.contains("carlwhite@example.com"));

    // From the detail page.
    let detail = format!("/{}/", sammy.id);
    browser.goto(&app.url(&detail)).await;
    browser.click(".student-detail a.danger").await;
    assert_eq!(
        browser.dialog_text().await,
        "Delete Sammy Shark? It can be restored for 30 days."
    );
    browser.client.dismiss_alert().await.expect("dismiss");
    browser.client.refresh().await.expect("reload");
    browser
        .wait_for_text(&detail, "sammyshark@example.com")
        .await;
    assert_eq!(app.stored_students().await.len(), 1);

    browser.click(".student-detail a.danger").await;
    browser.dialog_text().await;
    browser.client.accept_alert().await.expect("accept");
    browser
        .wait_for_text("/", "Deleted student Sammy Shark.")
        .await;
    assert!(app.stored_students().await.is_empty());
}

/// Flow 5: with JavaScript off, Delete opens the confirmation page and its button deletes.
#[tokio::test]
async fn without_javascript_delete_goes_through_the_confirmation_page() {
    let Some(browser) = Browser::launch(false).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    let carl = app
        .given_student("Carl", "White", "carlwhite@example.com")
        .await;

    browser.goto(&app.url("/")).await;
    browser.click(r#"a[aria-label="Delete Carl White"]"#).await;
    // No dialog (it would fail the next command): straight to the confirmation page.
    let confirm = format!("/{}/delete/", carl.id);
    browser.wait_for_text(&confirm, "Delete Carl White?").await;
    assert_eq!(
        app.stored_students().await.len(),
        1,
        "opening the page deletes nothing"
    );
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/", "Deleted student Carl White.")
        .await;
    assert!(app.stored_students().await.is_empty());
}

/// Flow 6: every field of the create form is reachable with Tab; Enter submits.
#[tokio::test]
async fn the_create_form_works_with_the_keyboard_alone() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    browser.goto(&app.url("/create/")).await;

    let tab = char::from(Key::Tab).to_string();
    let mut presses = 0;
    while browser.focused_id().await != "firstname" {
        presses += 1;
        assert!(presses <= 10, "Tab never reached the first name field");
        browser.type_keys(&tab).await;
    }
    let fields = [
        ("firstname", "Grace"),
        ("lastname", "Hopper"),
        ("email", "grace@example.com"),
        ("age", "85"),
        ("bio", "Compiler pioneer."),
    ];
    for (index, (id, value)) in fields.iter().enumerate() {
        if index > 0 {
            browser.type_keys(&tab).await;
        }
        assert_eq!(browser.focused_id().await, *id, "Tab order reaches {id}");
        browser.type_keys(value).await;
    }
    browser.type_keys(&tab).await;
    let focused = browser
        .client
        .active_element()
        .await
        .expect("focused element");
    assert_eq!(focused.text().await.expect("button text"), "Add student");
    browser.screenshot("keyboard-focus-on-submit").await;
    browser.type_keys(&char::from(Key::Enter).to_string()).await;
    browser
        .wait_for_text("/", "Added student Grace Hopper.")
        .await;
    let stored = app.stored_students().await;
    assert_eq!(
        (
            stored[0].email.as_str(),
            stored[0].age,
            stored[0].bio.as_deref()
        ),
        ("grace@example.com", Some(85), Some("Compiler pioneer."))
    );
}

/// Flow 7: at 375 px wide, the index and the forms never scroll sideways.
#[tokio::test]
async fn nothing_scrolls_sideways_on_a_375_px_phone() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    // Long unbroken text is what usually pushes a phone layout wide.
    let long_name = "Wolfeschlegelsteinhausenbergerdorff";
    let long_email = format!("{}@{}.example.com", "a".repeat(40), "b".repeat(20));
    let student = app.given_student(long_name, long_name, &long_email).await;
    browser.resize(375, 812).await;

    let edit = format!("/{}/edit/", student.id);
    for (screen, path) in [
        ("phone-index", "/"),
        ("phone-create", "/create/"),
        ("phone-detail", &format!("/{}/", student.id)),
        ("phone-edit", &edit),
    ] {
        browser.goto(&app.url(path)).await;
        let width = browser
            .client
            .execute("return window.innerWidth;", vec![])
            .await;
        assert!(width.expect("width").as_f64() <= Some(375.0));
        browser.screenshot(screen).await;
        assert!(
            !scrolls_sideways(&browser).await,
            "{path} scrolls sideways at 375 px: {}",
            wide_elements(&browser).await
        );
    }
    // The edit form with errors beside every field.
    browser.goto(&app.url(&edit)).await;
    browser.fill("firstname", "").await;
    browser
        .fill("email", &format!("{long_email}{long_email}"))
        .await;
    browser.fill("age", "one hundred and fifty-one").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(&edit, "There are problems with 3 fields")
        .await;
    browser.screenshot("phone-edit-with-errors").await;
    assert!(
        !scrolls_sideways(&browser).await,
        "{}",
        wide_elements(&browser).await
    );
}

/// A screen at 1280 px and at 375 px: a screenshot of each (`NAME` and `NAME-375`), zero
/// serious or critical axe-core violations at both, and nothing scrolling sideways on the
/// phone.
pub(crate) async fn audit_at_both_widths(browser: &Browser, name: &str, screen: &str) {
    browser.screenshot(name).await;
    assert_accessible(browser, screen).await;
    browser.resize(375, 812).await;
    browser.screenshot(&format!("{name}-375")).await;
    assert_accessible(browser, &format!("{screen} at 375 px")).await;
    assert!(
        !scrolls_sideways(browser).await,
        "{screen} scrolls sideways at 375 px: {}",
        wide_elements(browser).await
    );
    browser.resize(1280, 800).await;
}

/// Every screen: a screenshot, zero serious/critical axe-core violations, zero HTML errors.
#[tokio::test]
async fn every_screen_is_accessible_and_valid_html() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    browser.log_in(&app).await;
    let mut pages: Vec<(&str, String)> = Vec::new();

    // The empty index first, then a full one.
    browser.goto(&app.url("/")).await;
    audit_at_both_widths(&browser, "01-index-empty", "empty index").await;
    pages.push(("index-empty", app.get_html("/").await));

    students::commands::seed::run(&app.pool, 57).expect("seed students");
    let john = app.stored_students().await.remove(0);
    let screens = [
        ("02-index", "/".to_owned()),
        (
            "02-index-search",
            "/?q=example.edu&sort=name&age_min=18&age_max=30".to_owned(),
        ),
        ("02-index-no-matches", "/?q=nobody-has-this".to_owned()),
        ("03-detail", format!("/{}/", john.id)),
        ("04-create", "/create/".to_owned()),
        ("06-delete-confirmation", format!("/{}/delete/", john.id)),
        ("07-about", "/about/".to_owned()),
        ("11-account", "/account/".to_owned()),
        ("12-accounts", "/accounts/".to_owned()),
        ("13-account-form", "/accounts/create/".to_owned()),
    ];
    for (name, path) in &screens {
        browser.goto(&app.url(path)).await;
        audit_at_both_widths(&browser, name, name).await;
        pages.push((name, app.get_html(path).await));
    }

    // The edit form, sent back with errors.
    let edit = format!("/{}/edit/", john.id);
    browser.goto(&app.url(&edit)).await;
    browser.fill("lastname", "").await;
    browser.fill("email", "not-an-email").await;
    browser.fill("age", "200").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(&edit, "There are problems with 3 fields")
        .await;
    audit_at_both_widths(&browser, "05-edit-with-errors", "edit with errors").await;
    let bad = [
        ("firstname", "john"),
        ("lastname", ""),
        ("email", "x"),
        ("age", "200"),
        ("bio", ""),
    ];
    let response = app.post_edit(john.id, &bad).await;
    pages.push((
        "edit-with-errors",
        body_with_status(response, reqwest::StatusCode::UNPROCESSABLE_ENTITY).await,
    ));

    // An edit conflict: someone saves while the form is open in the browser.
    browser.goto(&app.url(&edit)).await;
    let stale = app.edit_version(john.id).await;
    let theirs = [
        ("firstname", "John"),
        ("lastname", "Doe"),
        ("email", "jd@example.com"),
        ("age", "24"),
        ("bio", "Changed elsewhere."),
    ];
    assert_eq!(
        app.post_edit(john.id, &theirs).await.status(),
        reqwest::StatusCode::SEE_OTHER
    );
    browser.fill("age", "25").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(&edit, "changed this student while you were editing")
        .await;
    audit_at_both_widths(&browser, "09-edit-conflict", "edit conflict").await;
    let mine = [
        ("firstname", "john"),
        ("lastname", "doe"),
        ("email", "jd@example.com"),
        ("age", "25"),
        ("bio", ""),
        ("version", &stale),
    ];
    let response = app.post_form(&edit, &mine).await;
    pages.push((
        "edit-conflict",
        body_with_status(response, reqwest::StatusCode::CONFLICT).await,
    ));

    // Recently deleted, with one student to restore.
    app.post_form(&format!("/{}/delete/", john.id), &[]).await;
    browser.goto(&app.url("/deleted/")).await;
    audit_at_both_widths(&browser, "10-recently-deleted", "recently deleted").await;
    pages.push(("recently-deleted", app.get_html("/deleted/").await));

    // The 404 page.
    browser.goto(&app.url("/no-such-page/")).await;
    audit_at_both_widths(&browser, "08-not-found", "404").await;
    let response = app.get("/no-such-page/").await;
    pages.push((
        "not-found",
        body_with_status(response, reqwest::StatusCode::NOT_FOUND).await,
    ));

    // The login page, as someone not logged in gets it.
    let login = client().get(app.url("/login/?next=%2F")).send().await;
    pages.push((
        "login",
        body_with_status(login.expect("GET /login/"), reqwest::StatusCode::OK).await,
    ));

    assert_valid_html(&pages);
}

/// Issue 9's flow: an anonymous visit lands on the login form, a wrong password is
/// refused, the right one leads back to the page asked for; work; a token on the account
/// page; log out, and the records are out of reach again.
/// With no account yet, the login page says how to get in: the setup link the server
/// printed, or the `user add` command.
#[tokio::test]
async fn the_first_run_login_page_explains_how_to_get_in() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    app.remove_every_account();
    browser.goto(&app.url("/")).await;
    browser
        .wait_for_text("/login/", "No account exists yet")
        .await;
    assert!(
        browser
            .text()
            .await
            .contains("students user add EMAIL --role admin")
    );
    audit_at_both_widths(&browser, "14-login-first-run", "first-run login").await;
    let page = app.page_as(&client(), "/login/").await;
    assert_valid_html(&[("first-run login", page)]);
}

#[tokio::test]
async fn log_in_work_and_log_out() {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let app = spawn_app().await;
    app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));

    browser.goto(&app.url("/courses/")).await;
    browser
        .wait_for_text("/login/", "Student records are for staff only")
        .await;
    audit_at_both_widths(&browser, "14-login", "login").await;
    assert!(!browser.text().await.contains("Lovelace"));
    browser.fill("email", ADMIN_EMAIL).await;
    browser.fill("password", "not the password").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text(
            "/login/",
            "That email and password do not match an account.",
        )
        .await;
    assert_eq!(
        browser.value_of("email").await,
        ADMIN_EMAIL,
        "the email is kept"
    );
    audit_at_both_widths(&browser, "14-login-error", "login with error").await;
    browser.fill("password", PASSWORD).await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/courses/", "Logged in as admin.")
        .await;

    // Work: add a student from the nav.
    browser.click_link("Add student").await;
    browser.wait_for_text("/create/", "Add a new student").await;
    fill_student_form(
        &browser,
        [
            ("firstname", "Grace"),
            ("lastname", "Hopper"),
            ("email", "grace@example.com"),
            ("age", ""),
            ("bio", ""),
        ],
    )
    .await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/", "Added student Grace Hopper.")
        .await;
    browser.click_link("Grace Hopper").await;
    browser
        .wait_for_text(&format!("/{}/", 2), "by admin <admin@example.com>")
        .await;

    // The account page: a token, shown once.
    browser.click(".who a").await;
    browser.wait_for_text("/account/", "API tokens").await;
    browser.fill("name", "nightly export").await;
    browser.fill("password", PASSWORD).await;
    browser.click(".enroll-form button[type=submit]").await;
    browser
        .wait_for_text("/account/", "it will not be shown again")
        .await;
    audit_at_both_widths(&browser, "15-account-new-token", "account with a new token").await;

    browser.click(".who button").await;
    browser
        .wait_for_text("/login/", "You have logged out.")
        .await;
    browser.goto(&app.url("/2/")).await;
    browser.wait_for_text("/login/", "Log in").await;
    assert!(!browser.text().await.contains("Hopper"));
}

crate::on_every_backend!(courses_enroll_remove_with_confirm_and_delete_with_its_enrollments);

/// Issue 7's flow: add a course from the nav, enroll a student, see it from both sides,
/// remove it after a confirm (dismissed first), and delete the course after a confirm
/// that says how many enrollments go with it. Audits every new screen on the way.
async fn courses_enroll_remove_with_confirm_and_delete_with_its_enrollments(app: TestApp) {
    let Some(browser) = Browser::launch(true).await else {
        return;
    };
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", Some(36));
    browser.log_in(&app).await;
    let mut pages: Vec<(&str, String)> = Vec::new();

    browser.goto(&app.url("/")).await;
    browser.click_link("Courses").await;
    browser.wait_for_text("/courses/", "No courses yet").await;
    browser.click_link("Add course").await;
    browser
        .wait_for_text("/courses/create/", "Add a course")
        .await;
    audit_at_both_widths(&browser, "09-course-form", "course form").await;
    pages.push(("course-form", app.get_html("/courses/create/").await));
    browser.fill("code", "bio-101").await;
    browser.fill("title", "Biology").await;
    browser.click("main button[type=submit]").await;
    browser
        .wait_for_text("/courses/", "Added course BIO-101 Biology.")
        .await;
    audit_at_both_widths(&browser, "09-courses", "courses").await;
    pages.push(("courses", app.get_html("/courses/").await));

    // Enroll from the student's page.
    let student_page = format!("/{ada}/");
    browser.goto(&app.url(&student_page)).await;
    browser
        .client
        .find(fantoccini::Locator::Css("#course_id"))
        .await
        .expect("the course choice")
        .select_by_label("BIO-101 Biology")
        .await
        .expect("choose the course");
    browser.fill("grade", "A").await;
    browser.click(".enroll-form button[type=submit]").await;
    browser
        .wait_for_text(&student_page, "Enrolled Ada Lovelace in BIO-101 Biology.")
        .await;
    audit_at_both_widths(&browser, "10-student-with-courses", "student with courses").await;
    pages.push(("student-with-courses", app.get_html(&student_page).await));

    // Seen from the course's side.
    browser.click_link("BIO-101 Biology").await;
    let course_path = format!("/courses/{}/", course_id(&app));
    browser.wait_for_text(&course_path, "Ada Lovelace").await;
    audit_at_both_widths(&browser, "11-course", "course").await;
    pages.push(("course", app.get_html(&course_path).await));

    // Remove it: a confirm first; dismissed, nothing changes.
    browser.goto(&app.url(&student_page)).await;
    browser
        .click(r#"a[aria-label="Remove from BIO-101"]"#)
        .await;
    assert_eq!(
        browser.dialog_text().await,
        "Remove Ada Lovelace from BIO-101 Biology?"
    );
    browser.client.dismiss_alert().await.expect("dismiss");
    browser.client.refresh().await.expect("reload");
    browser.wait_for_text(&student_page, "Biology").await;
    assert!(
        !browser
            .text()
            .await
            .contains("Not enrolled in any course yet.")
    );
    browser
        .click(r#"a[aria-label="Remove from BIO-101"]"#)
        .await;
    browser.dialog_text().await;
    browser.client.accept_alert().await.expect("accept");
    browser
        .wait_for_text(&student_page, "Removed Ada Lovelace from BIO-101 Biology.")
        .await;
    assert!(
        browser
            .text()
            .await
            .contains("Not enrolled in any course yet.")
    );

    // Enroll again, then delete the course: the confirm says what goes with it.
    browser
        .client
        .find(fantoccini::Locator::Css("#course_id"))
        .await
        .expect("the course choice")
        .select_by_label("BIO-101 Biology")
        .await
        .expect("choose the course");
    browser.click(".enroll-form button[type=submit]").await;
    browser
        .wait_for_text(&student_page, "Enrolled Ada Lovelace")
        .await;
    browser.goto(&app.url("/courses/")).await;
    browser.click(r#"a[aria-label="Delete BIO-101"]"#).await;
    assert_eq!(
        browser.dialog_text().await,
        "Delete BIO-101 Biology and 1 enrollment? It can be restored for 30 days."
    );
    browser.client.accept_alert().await.expect("accept");
    browser
        .wait_for_text(
            "/courses/",
            "Deleted course BIO-101 Biology and 1 enrollment.",
        )
        .await;
    browser.goto(&app.url(&student_page)).await;
    browser.wait_for_text(&student_page, "Ada Lovelace").await;
    assert!(
        browser
            .text()
            .await
            .contains("Not enrolled in any course yet.")
    );
    assert_valid_html(&pages);
}

fn course_id(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    use students::schema::courses;
    let mut conn = app.pool.get().expect("connection");
    courses::table
        .select(courses::id)
        .first(&mut **conn)
        .expect("a course")
}
