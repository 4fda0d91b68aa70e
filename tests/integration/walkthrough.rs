//! The tutorial's walkthrough, and the pages around it.
//!
//! Routes: `/`, `/create/`, `/{id}/`, `/{id}/edit/`, `/{id}/delete/`, `/about/`, `/healthz`,
//! paths without their trailing slash; `students seed`.

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    the_tutorial_walkthrough_works_end_to_end,
    an_empty_index_invites_to_add_the_first_student,
    a_flash_notice_is_shown_once_with_a_status_role,
    a_blank_age_is_stored_as_no_age_and_shows_nothing,
    the_edit_form_is_prefilled_and_keeping_ones_email_is_fine,
    deleting_without_javascript_goes_through_a_confirmation_page,
    paths_without_a_trailing_slash_redirect_to_it,
    about_and_health_pages_answer,
    the_seed_command_adds_the_tutorial_students_once_and_generated_ones,
);

async fn the_tutorial_walkthrough_works_end_to_end(app: TestApp) {
    // Create john, Sammy and Carl, as the tutorial does in its shell.
    let tutorial = [
        ("john", "doe", "jd@example.com", "23", "Biology student"),
        (
            "Sammy",
            "Shark",
            "sammyshark@example.com",
            "20",
            "Marine biology student",
        ),
        (
            "Carl",
            "White",
            "carlwhite@example.com",
            "22",
            "Marine geology student",
        ),
    ];
    for (firstname, lastname, email, age, bio) in tutorial {
        let form = student_form(firstname, lastname, email);
        let form = with(with(form, "age", age), "bio", bio);
        let response = app.post_form("/create/", &form).await;
        assert_see_index(&response);
        let index = app.get_html("/").await;
        assert!(
            notices(&index).contains(&format!("Added student {firstname} {lastname}.")),
            "flash notice after creating {firstname}"
        );
    }

    // List: every student with id, linked name, email, age, joined date and bio.
    let index = app.get_html("/").await;
    let stored = app.stored_students().await;
    assert_eq!(stored.len(), 3);
    for (student, (firstname, lastname, email, age, bio)) in stored.iter().zip(tutorial) {
        assert_eq!(
            (
                student.firstname.as_str(),
                student.lastname.as_str(),
                student.email.as_str()
            ),
            (firstname, lastname, email)
        );
        assert_eq!(student.age, Some(age.parse().unwrap()));
        assert_eq!(student.bio.as_deref(), Some(bio));
        assert!(index.contains(&format!("#{}", student.id)));
        assert!(index.contains(&format!(
            r#"<a href="/{}/">{firstname} {lastname}</a>"#,
            student.id
        )));
        assert!(index.contains(email));
        assert!(index.contains(&format!("{age} years old")));
        assert!(index.contains(bio));
    }
    assert!(index.contains(r#"class="joined" aria-sort="descending""#));
    assert!(index.contains(&format!(
        r#"title="{}">{}</time>"#,
        stored[0].created_at.format("%B %-d, %Y"),
        stored[0].created_at.format("%b %-d, %Y")
    )));
    assert!(
        index.find("Carl White") < index.find("Sammy Shark")
            && index.find("Sammy Shark") < index.find("john doe"),
        "the newest students come first"
    );

    // Show.
    let john = &stored[0];
    let page = app.get_html(&format!("/{}/", john.id)).await;
    assert!(page.contains("<h1>john doe</h1>"));
    assert!(page.contains("jd@example.com") && page.contains("Biology student"));
    assert!(page.contains(&format!(r#"href="/{0}/edit/?back=%2F{0}%2F""#, john.id)));
    assert!(page.contains(&format!(r#"href="/{}/delete/""#, john.id)));

    // Edit john's email.
    let form = student_form("john", "doe", "john_doe@example.com");
    let form = with(with(form, "age", "23"), "bio", "Biology student");
    let response = app.post_edit(john.id, &form).await;
    assert_see_index(&response);
    assert!(notices(&app.get_html("/").await).contains("Saved changes to john doe."));
    let edited = app.stored_students().await.remove(0);
    assert_eq!(edited.email, "john_doe@example.com");
    assert_eq!(
        edited.created_at, john.created_at,
        "created_at never changes"
    );
    assert!(edited.updated_at >= john.updated_at);

    // Delete Carl.
    let carl = &stored[2];
    let response = app.post_form(&format!("/{}/delete/", carl.id), &[]).await;
    assert_see_index(&response);
    let index = app.get_html("/").await;
    assert!(index.contains("Deleted student Carl White."));
    assert!(!index.contains("carlwhite@example.com"));
    let emails: Vec<String> = app
        .stored_students()
        .await
        .into_iter()
        .map(|student| student.email)
        .collect();
    assert_eq!(emails, ["john_doe@example.com", "sammyshark@example.com"]);
}

async fn an_empty_index_invites_to_add_the_first_student(app: TestApp) {
    let index = app.get_html("/").await;
    assert!(index.contains("No students yet"));
    assert!(
        index.contains(r#"<a class="button primary" href="/create/">Add the first student</a>"#)
    );
}

async fn a_flash_notice_is_shown_once_with_a_status_role(app: TestApp) {
    app.given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let first = app.get_html("/").await;
    assert!(first.contains(r#"role="status">"#));
    assert_eq!(notices(&first), "Added student Ada Lovelace.");
    let second = app.get_html("/").await;
    assert!(
        !second.contains("Added student"),
        "the notice is gone after one view"
    );
}

async fn a_blank_age_is_stored_as_no_age_and_shows_nothing(app: TestApp) {
    let student = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    assert_eq!(student.age, None);
    assert_eq!(student.bio, None);
    let index = app.get_html("/").await;
    assert!(!index.contains("years old"));
    let page = app.get_html(&format!("/{}/", student.id)).await;
    assert!(page.contains("Not given"));
}

async fn the_edit_form_is_prefilled_and_keeping_ones_email_is_fine(app: TestApp) {
    let form = with(
        with(
            student_form("Ada", "Lovelace", "ada@example.com"),
            "age",
            "36",
        ),
        "bio",
        "Wrote the first program.",
    );
    assert_see_index(&app.post_form("/create/", &form).await);
    let ada = app.stored_students().await.remove(0);

    let page = app.get_html(&format!("/{}/edit/", ada.id)).await;
    assert!(page.contains("<h1>Edit Ada Lovelace</h1>"));
    for value in [
        r#"value="Ada""#,
        r#"value="Lovelace""#,
        r#"value="ada@example.com""#,
        r#"value="36""#,
    ] {
        assert!(page.contains(value), "edit form has {value}");
    }
    assert!(page.contains("Wrote the first program.</textarea>"));

    // Same email in another case, a cleared age: accepted.
    let form = with(
        student_form("Ada", "King", "ADA@example.com"),
        "bio",
        "Countess of Lovelace.",
    );
    assert_see_index(&app.post_edit(ada.id, &form).await);
    let edited = app.stored_students().await.remove(0);
    assert_eq!(
        (edited.lastname.as_str(), edited.email.as_str(), edited.age),
        ("King", "ADA@example.com", None)
    );
}

async fn deleting_without_javascript_goes_through_a_confirmation_page(app: TestApp) {
    let carl = app
        .given_student("Carl", "White", "carlwhite@example.com")
        .await;

    // The Delete control is a link to the confirmation page, enhanced by app.js.
    let index = app.get_html("/").await;
    assert!(index.contains(&format!(
        r#"href="/{}/delete/" aria-label="Delete Carl White""#,
        carl.id
    )));
    assert!(index.contains(r#"data-confirm="Delete Carl White? It can be restored for 30 days.""#));

    // GET shows who will be deleted and deletes nothing.
    let page = app.get_html(&format!("/{}/delete/", carl.id)).await;
    assert!(page.contains("<h1>Delete Carl White?</h1>"));
    assert!(page.contains(&format!(
        r#"<form method="post" action="/{}/delete/""#,
        carl.id
    )));
    assert!(page.contains(r#"name="csrf_token""#));
    assert_eq!(app.stored_students().await.len(), 1);

    // Its button posts.
    assert_see_index(&app.post_form(&format!("/{}/delete/", carl.id), &[]).await);
    assert!(app.stored_students().await.is_empty());
}

async fn paths_without_a_trailing_slash_redirect_to_it(app: TestApp) {
    let carl = app
        .given_student("Carl", "White", "carlwhite@example.com")
        .await;
    let cases = [
        ("/create".to_owned(), "/create/".to_owned()),
        ("/about".to_owned(), "/about/".to_owned()),
        (format!("/{}", carl.id), format!("/{}/", carl.id)),
        (
            format!("/{}/edit?x=1", carl.id),
            format!("/{}/edit/?x=1", carl.id),
        ),
    ];
    for (from, to) in cases {
        let response = app.get(&from).await;
        assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT, "{from}");
        assert_eq!(location(&response), to);
    }
    // Never a protocol-relative redirect to another host.
    let response = app.get("//evil.example").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

async fn about_and_health_pages_answer(app: TestApp) {
    let about = app.get_html("/about/").await;
    assert!(about.contains("<h1>About Students</h1>"));
    assert!(about.contains(r#"href="/about/" aria-current="page""#));
    let health = app.get("/healthz").await;
    assert_eq!(
        body_with_status(health, StatusCode::OK).await,
        "ok: reads and writes\n"
    );
    // HEAD answers like GET, without a body.
    for path in ["/", "/about/", "/healthz", "/api/students"] {
        let response = app.client.head(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "HEAD {path}");
        assert!(response.text().await.unwrap().is_empty());
    }
}

async fn the_seed_command_adds_the_tutorial_students_once_and_generated_ones(app: TestApp) {
    let report = students::commands::seed::run(&app.pool, 250).expect("seed");
    assert_eq!((report.tutorial_added, report.generated), (3, 250));
    let again = students::commands::seed::run(&app.pool, 10).expect("second seed");
    assert_eq!((again.tutorial_added, again.generated), (0, 10));
    let stored = app.stored_students().await;
    assert_eq!(stored.len(), 263);
    assert_eq!(stored[0].email, "jd@example.com");
    // Generated rows obey the same rules as the forms.
    for student in &stored {
        use students::db::students::StudentValues;
        let record = students::domain::record::Record::builtin();
        let form = students::domain::StudentForm::of(&record, &student.values(&record));
        assert!(form.parse(&record).is_ok(), "{student:?}");
    }
    let index = app.get_html("/").await;
    assert!(index.contains("1–25 of 263"));
}
