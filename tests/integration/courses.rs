//! Courses and enrollments: the pages, the cascades and the API, on every backend.
//!
//! Routes: `/courses/` (index, `create/`, `{id}/`, `{id}/edit/`, `{id}/delete/`, `{id}/restore/`),
//! `/{id}/enrollments/…`, `/?course=`, `/api/courses…`, `/api/students/{id}/enrollments…`.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};
use serde_json::{Value, json};
use students::schema::courses;

crate::on_every_backend!(
    courses_are_added_edited_and_listed_with_codes_unique_ignoring_case,
    course_validation_keeps_the_values_and_explains,
    a_student_is_enrolled_seen_from_both_sides_and_removed,
    enrolling_twice_or_in_nothing_is_a_field_error,
    deleting_a_course_says_and_removes_its_enrollments,
    a_deleted_course_is_restored_with_the_enrollments_whose_student_stayed,
    a_course_restore_is_refused_when_its_code_was_taken_since,
    deleting_a_student_says_and_removes_their_enrollments,
    the_index_filters_students_by_course,
    no_enrollment_can_point_at_a_deleted_course,
    the_api_manages_courses_and_enrollments,
);

async fn courses_are_added_edited_and_listed_with_codes_unique_ignoring_case(app: TestApp) {
    let response = app
        .post_form("/courses/create/", &course_form(" bio-101 ", "Biology"))
        .await;
    assert_eq!(location(&response), "/courses/");
    let index = app.get_html("/courses/").await;
    assert!(
        index.contains("Added course BIO-101 Biology."),
        "flash, code upper-cased"
    );
    assert!(index.contains(">BIO-101</a>") && index.contains("1 of 1"));

    let page = body_with_status(
        app.post_form("/courses/create/", &course_form("Bio-101", "Again"))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(page.contains("Another course has this code."));

    let id = course_id(&app, "BIO-101");
    let edit = app.get_html(&format!("/courses/{id}/edit/")).await;
    assert!(edit.contains(r#"value="BIO-101""#) && edit.contains(r#"value="Biology""#));
    let form = [
        ("code", "BIO-102"),
        ("title", "Biology II"),
        ("description", "Cells."),
    ];
    let response = app.post_form(&format!("/courses/{id}/edit/"), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let show = app.get_html(&format!("/courses/{id}/")).await;
    assert!(show.contains("<h1>Biology II</h1>") && show.contains("Cells."));
    // Search and the nav.
    given_course(&app, "CHE-101", "Chemistry").await;
    let found = app.get_html("/courses/?q=chem").await;
    assert!(found.contains("CHE-101") && !found.contains("BIO-102"));
    assert!(found.contains(r#"<a href="/courses/" aria-current="page">Courses</a>"#));
    assert!(
        app.get_html("/courses/?q=zzz")
            .await
            .contains("No courses match")
    );
    for path in [
        "/courses/999/",
        "/courses/abc/",
        "/courses/999/edit/",
        "/courses/999/delete/",
    ] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

async fn course_validation_keeps_the_values_and_explains(app: TestApp) {
    let long_title = "t".repeat(201);
    for (form, field, message) in [
        (course_form("", "Biology"), "code", "Code is required."),
        (
            course_form("B", "Biology"),
            "code",
            "Code must be 2 to 20 letters",
        ),
        (
            course_form("BIO/101", "Biology"),
            "code",
            "Code must be 2 to 20 letters",
        ),
        (course_form("BIO-101", ""), "title", "Title is required."),
        (
            course_form("BIO-101", &long_title),
            "title",
            "Title must be at most 200 characters",
        ),
    ] {
        let page = body_with_status(
            app.post_form("/courses/create/", &form).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        let marker = format!(r#"<p class="field-error" id="{field}-error">"#);
        let start = page.find(&marker).expect("a field error") + marker.len();
        assert!(
            page[start..].starts_with(message),
            "{field}: {}",
            &page[start..start + 80]
        );
    }
    let mut conn = app.pool.get().unwrap();
    let stored: i64 = courses::table.count().get_result(&mut **conn).unwrap();
    assert_eq!(stored, 0);
}

async fn a_student_is_enrolled_seen_from_both_sides_and_removed(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let bio = given_course(&app, "BIO-101", "Biology").await;
    given_course(&app, "CHE-101", "Chemistry").await;

    let page = app.get_html(&format!("/{ada}/")).await;
    assert!(page.contains("Not enrolled in any course yet."));
    assert!(page.contains(&format!(
        r#"<option value="{bio}">BIO-101 Biology</option>"#
    )));

    let response = enroll(&app, ada, bio, "A").await;
    assert_eq!(location(&response), format!("/{ada}/"));
    let page = app.get_html(&format!("/{ada}/")).await;
    assert!(page.contains("Enrolled Ada Lovelace in BIO-101 Biology."));
    assert!(page.contains(&format!(r#"<a href="/courses/{bio}/">BIO-101 Biology</a>"#)));
    assert!(
        !page.contains(&format!(r#"<option value="{bio}">"#)),
        "no longer offered"
    );
    assert!(page.contains(r#"data-confirm="Remove Ada Lovelace from BIO-101 Biology?""#));
    let course_page = app.get_html(&format!("/courses/{bio}/")).await;
    assert!(course_page.contains(&format!(r#"<a href="/{ada}/">Ada Lovelace</a>"#)));
    assert!(course_page.contains("<h2 id=\"students-heading\">Students (1)</h2>"));

    // Without JavaScript: a confirmation page, whose button removes.
    let remove = format!("/{ada}/enrollments/{bio}/delete/");
    let confirm = app.get_html(&remove).await;
    assert!(confirm.contains("Remove Ada Lovelace from BIO-101 Biology?"));
    assert_eq!(enrollment_count(&app), 1, "asking removes nothing");
    let response = app.post_form(&remove, &[]).await;
    assert_eq!(location(&response), format!("/{ada}/"));
    assert!(
        app.get_html(&format!("/{ada}/"))
            .await
            .contains("Removed Ada Lovelace from BIO-101 Biology.")
    );
    assert_eq!(enrollment_count(&app), 0);
    assert_eq!(
        app.post_form(&remove, &[]).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn enrolling_twice_or_in_nothing_is_a_field_error(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let bio = given_course(&app, "BIO-101", "Biology").await;
    given_course(&app, "CHE-101", "Chemistry").await;
    enroll(&app, ada, bio, "").await;
    for (course, grade, message) in [
        (bio.to_string(), "", "Already enrolled in this course."),
        (String::new(), "", "Choose a course."),
        ("999999".to_owned(), "", "That course no longer exists."),
        ("abc".to_owned(), "", "Choose a course."),
    ] {
        let response = app
            .post_form(
                &format!("/{ada}/enrollments/"),
                &[("course_id", course.as_str()), ("grade", grade)],
            )
            .await;
        let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(page.contains(message), "{course:?}: {message}");
    }
    let long_grade = "g".repeat(21);
    let response = enroll(&app, ada, course_id(&app, "CHE-101"), &long_grade).await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("Grade must be at most 20 characters"));
    assert!(
        page.contains(&format!(r#"value="{long_grade}""#)),
        "the grade is kept"
    );
    assert_eq!(enrollment_count(&app), 1);
    // Enrolling needs the CSRF token like any form.
    let response = app
        .client
        .post(app.url(&format!("/{ada}/enrollments/")))
        .form(&[("course_id", bio.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

async fn deleting_a_course_says_and_removes_its_enrollments(app: TestApp) {
    let bio = given_course(&app, "BIO-101", "Biology").await;
    for n in 0..3 {
        let student = app.insert_student(
            "Student",
            &format!("N{n}"),
            &format!("s{n}@example.com"),
            None,
        );
        enroll(&app, student, bio, "").await;
    }
    let confirm = app.get_html(&format!("/courses/{bio}/delete/")).await;
    assert!(confirm.contains("BIO-101 Biology</strong> and 3 enrollments."));
    let index = app.get_html("/courses/").await;
    assert!(index.contains(
        r#"data-confirm="Delete BIO-101 Biology and 3 enrollments? It can be restored for 30 days.""#
    ));
    assert_eq!(enrollment_count(&app), 3, "asking deletes nothing");
    let response = app.post_form(&format!("/courses/{bio}/delete/"), &[]).await;
    assert_eq!(location(&response), "/courses/");
    assert!(
        notices(&app.get_html("/courses/").await)
            .contains("Deleted course BIO-101 Biology and 3 enrollments.")
    );
    assert_eq!(enrollment_count(&app), 0, "the database cascaded");
    assert_eq!(app.stored_students().await.len(), 3, "the students stay");
}

async fn a_deleted_course_is_restored_with_the_enrollments_whose_student_stayed(app: TestApp) {
    let bio = given_course(&app, "BIO-101", "Biology").await;
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let alan = app.insert_student("Alan", "Turing", "alan@example.com", None);
    enroll(&app, ada, bio, "A").await;
    enroll(&app, alan, bio, "").await;
    let confirm = app.get_html(&format!("/courses/{bio}/delete/")).await;
    assert!(confirm.contains("For 30 days it can be restored with its enrollments"));
    let deleted = app.post_form(&format!("/courses/{bio}/delete/"), &[]).await;
    let page = app.get_html(location(&deleted)).await;
    assert!(notices(&page).contains("It can be restored from Recently deleted for 30 days."));
    assert!(page.contains(&format!(r#"action="/courses/{bio}/restore/" class="undo""#)));
    // One of its students goes meanwhile; "Recently deleted" lists the course.
    app.post_form(&format!("/{alan}/delete/"), &[]).await;
    let deleted_page = app.get_html("/deleted/").await;
    assert!(
        deleted_page.contains("<td>BIO-101 Biology</td>"),
        "{deleted_page}"
    );
    assert!(deleted_page.contains(r#"aria-label="Restore BIO-101 Biology and 2 enrollments""#));

    let restored = app
        .post_form(&format!("/courses/{bio}/restore/"), &[])
        .await;
    assert_eq!(location(&restored), format!("/courses/{bio}/"));
    let page = app.get_html(&format!("/courses/{bio}/")).await;
    assert!(
        notices(&page).contains(
            "Restored course BIO-101 Biology and 1 enrollment. 1 enrollment could not come back: the student was deleted."
        ),
        "{}",
        notices(&page)
    );
    assert_eq!(course_id(&app, "BIO-101"), bio, "under its old id");
    assert_eq!(enrollment_count(&app), 1);
    assert!(
        !app.get_html("/deleted/")
            .await
            .contains("<td>BIO-101 Biology</td>")
    );
    // Restored already: said, nothing doubled.
    let again = app
        .post_form(&format!("/courses/{bio}/restore/"), &[])
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html(location(&again)).await).contains("already restored"));
}

async fn a_course_restore_is_refused_when_its_code_was_taken_since(app: TestApp) {
    let bio = given_course(&app, "BIO-101", "Biology").await;
    app.post_form(&format!("/courses/{bio}/delete/"), &[]).await;
    given_course(&app, "bio-101", "Biology again").await;
    let refused = app
        .post_form(&format!("/courses/{bio}/restore/"), &[])
        .await;
    assert_eq!(location(&refused), "/deleted/");
    let page = app.get_html("/deleted/").await;
    assert!(notices(&page).contains("Not restored: another course has its code now."));
    assert!(
        page.contains("<td>BIO-101 Biology</td>"),
        "still restorable"
    );
    // The API deletes the same way: restorable.
    let other = given_course(&app, "CHEM-1", "Chemistry").await;
    let response = send(
        &app,
        reqwest::Method::DELETE,
        &format!("/api/courses/{other}"),
        None,
    )
    .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(
        app.get_html("/deleted/")
            .await
            .contains("<td>CHEM-1 Chemistry</td>")
    );
}

async fn deleting_a_student_says_and_removes_their_enrollments(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let bio = given_course(&app, "BIO-101", "Biology").await;
    let che = given_course(&app, "CHE-101", "Chemistry").await;
    enroll(&app, ada, bio, "A").await;
    enroll(&app, ada, che, "").await;
    let confirm = app.get_html(&format!("/{ada}/delete/")).await;
    assert!(confirm.contains("(ada@example.com) and 2 enrollments."));
    let index = app.get_html("/").await;
    assert!(index.contains(
        r#"data-confirm="Delete Ada Lovelace and 2 enrollments? It can be restored for 30 days.""#
    ));
    let page = app.get_html(&format!("/{ada}/")).await;
    assert!(page.contains(
        r#"data-confirm="Delete Ada Lovelace and 2 enrollments? It can be restored for 30 days.""#
    ));
    app.post_form(&format!("/{ada}/delete/"), &[]).await;
    assert!(
        app.get_html("/")
            .await
            .contains("Deleted student Ada Lovelace and 2 enrollments.")
    );
    assert_eq!(enrollment_count(&app), 0);
}

async fn the_index_filters_students_by_course(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let grace = app.insert_student("Grace", "Hopper", "grace@navy.mil", None);
    app.insert_student("Alan", "Turing", "alan@bletchley.uk", None);
    let bio = given_course(&app, "BIO-101", "Biology").await;
    enroll(&app, ada, bio, "").await;
    enroll(&app, grace, bio, "").await;
    let page = app.get_html(&format!("/?course={bio}&sort=name")).await;
    assert_eq!(row_ids(&page), vec![grace, ada]);
    assert!(page.contains("Students in <a href=\"/courses/"));
    // The filter is a choice in the search form, kept when searching.
    assert!(page.contains(&format!(
        r#"<option value="{bio}" selected>BIO-101</option>"#
    )));
    let searched = app.get_html(&format!("/?course={bio}&q=ada")).await;
    assert_eq!(row_ids(&searched), vec![ada]);
    let course_page = app.get_html(&format!("/courses/{bio}/")).await;
    assert!(course_page.contains(&format!(r#"<a href="/?course={bio}">"#)));
    // An unknown course is simply empty.
    assert!(
        app.get_html("/?course=999999")
            .await
            .contains("Nobody is enrolled in this course.")
    );
}

async fn no_enrollment_can_point_at_a_deleted_course(app: TestApp) {
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let bio = given_course(&app, "BIO-101", "Biology").await;
    // The course goes between the form being shown and being sent.
    app.post_form(&format!("/courses/{bio}/delete/"), &[]).await;
    let mut conn = app.pool.get().unwrap();
    let enrollment = students::domain::ValidEnrollment {
        course_id: bio,
        grade: None,
    };
    let refused = students::db::enrollments::enroll(&mut conn, ada, &enrollment).unwrap();
    assert_eq!(refused, Err(students::domain::Refusal::UnknownCourse));
    drop(conn);
    assert_eq!(enrollment_count(&app), 0);
}

async fn the_api_manages_courses_and_enrollments(app: TestApp) {
    use reqwest::Method;
    let ada = app.insert_student("Ada", "Lovelace", "ada@example.com", None);
    let response = app
        .client
        .post(app.url("/api/courses"))
        .json(&json!({"code": "bio-101", "title": "Biology"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let course: Value = response.json().await.unwrap();
    assert_eq!(course["code"], "BIO-101");
    let bio = course["id"].as_i64().unwrap();
    assert_eq!(location, format!("/api/courses/{bio}"));

    let (status, body) = call(
        &app,
        Method::POST,
        "/api/courses",
        Some(json!({"code": "BIO-101", "title": "Again"})),
    )
    .await;
    assert_eq!(
        (status, &body["errors"]["code"]),
        (
            StatusCode::CONFLICT,
            &json!("Another course has this code.")
        )
    );
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/courses",
        Some(json!({"code": "?", "title": ""})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["errors"]["code"].is_string() && body["errors"]["title"].is_string());

    let (status, body) = call(
        &app,
        Method::PATCH,
        &format!("/api/courses/{bio}"),
        Some(json!({"description": "Cells"})),
    )
    .await;
    assert_eq!(
        (status, &body["description"], &body["title"]),
        (StatusCode::OK, &json!("Cells"), &json!("Biology"))
    );
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("/api/courses/{bio}"),
        Some(json!({"code": "BIO-101", "title": "Biology I"})),
    )
    .await;
    assert_eq!(
        (status, &body["description"]),
        (StatusCode::OK, &Value::Null)
    );
    let (status, body) = call(&app, Method::GET, "/api/courses?q=bio", None).await;
    assert_eq!((status, &body["total"]), (StatusCode::OK, &json!(1)));

    // Enrollments.
    let path = format!("/api/students/{ada}/enrollments");
    let (status, body) = call(
        &app,
        Method::POST,
        &path,
        Some(json!({"course_id": bio, "grade": "A"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (&body["code"], &body["title"], &body["grade"]),
        (&json!("BIO-101"), &json!("Biology I"), &json!("A"))
    );
    let (status, _) = call(&app, Method::POST, &path, Some(json!({"course_id": bio}))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, body) = call(
        &app,
        Method::POST,
        &path,
        Some(json!({"course_id": 999999})),
    )
    .await;
    assert_eq!(
        (status, &body["errors"]["course_id"]),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            &json!("There is no course with this id.")
        )
    );
    let (status, _) = call(
        &app,
        Method::POST,
        "/api/students/999999/enrollments",
        Some(json!({"course_id": bio})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = call(&app, Method::GET, &path, None).await;
    assert_eq!(
        (status, body.as_array().unwrap().len()),
        (StatusCode::OK, 1)
    );
    assert_eq!(body[0]["code"], "BIO-101");
    let (status, body) = call(
        &app,
        Method::GET,
        &format!("/api/courses/{bio}/students"),
        None,
    )
    .await;
    assert_eq!(
        (status, &body[0]["email"]),
        (StatusCode::OK, &json!("ada@example.com"))
    );

    let (status, _) = call(&app, Method::DELETE, &format!("{path}/{bio}"), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(&app, Method::DELETE, &format!("{path}/{bio}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Deleting the course takes its enrollments with it.
    call(&app, Method::POST, &path, Some(json!({"course_id": bio}))).await;
    let (status, _) = call(&app, Method::DELETE, &format!("/api/courses/{bio}"), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(enrollment_count(&app), 0);
    let (status, _) = call(&app, Method::GET, &format!("/api/courses/{bio}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
