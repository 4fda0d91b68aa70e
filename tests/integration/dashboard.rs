//! The dashboard and its kept figures: after every kind of write — creates and edits by
//! form and API, deletes and restores one by one and in batches, imports and their undo,
//! enrollments by form, API, bulk and import, grade changes, a course deleted and
//! restored — the counts the triggers keep equal a full recount, on every backend; the
//! dashboard and `/api/stats` show them; and the charts lead to the filtered list.
//!
//! Routes: `/dashboard/`, `/api/stats`, and every write route as the figures' source.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::Method;
use serde_json::json;
use std::collections::BTreeMap;
use students::schema::{
    age_counts, course_students, course_totals, courses, enrollments, grade_counts, join_months,
    student_count, students as student_rows,
};

crate::on_every_backend!(
    the_kept_figures_equal_a_recount_after_every_kind_of_write,
    the_dashboard_shows_the_figures_and_leads_to_the_list,
);

/// The figures, as kept or as counted: totals, students per course, enrollments per
/// (course, grade), students per age (-1: none) and per month joined.
#[derive(Debug, PartialEq, Eq)]
struct Figures {
    students: i64,
    courses: i64,
    enrollments: i64,
    per_course: BTreeMap<i64, i64>,
    grades: BTreeMap<(i64, String), i64>,
    ages: BTreeMap<i32, i64>,
    months: BTreeMap<String, i64>,
}

fn kept(app: &TestApp) -> Figures {
    let mut conn = app.pool.get().expect("connection");
    let students = student_count::table
        .select(student_count::total)
        .first(&mut **conn)
        .expect("student_count");
    let (courses, enrollments) = course_totals::table
        .select((course_totals::courses, course_totals::enrollments))
        .first(&mut **conn)
        .expect("course_totals");
    let nonzero = |rows: Vec<(i64, i64)>| rows.into_iter().filter(|(_, n)| *n != 0).collect();
    let per_course = nonzero(
        course_students::table
            .select((course_students::course_id, course_students::students))
            .load(&mut **conn)
            .expect("course_students"),
    );
    let grades = grade_counts::table
        .select((
            grade_counts::course_id,
            grade_counts::grade,
            grade_counts::enrollments,
        ))
        .load::<(i64, String, i64)>(&mut **conn)
        .expect("grade_counts")
        .into_iter()
        .filter(|(_, _, n)| *n != 0)
        .map(|(course, grade, n)| ((course, grade), n))
        .collect();
    let ages = age_counts::table
        .select((age_counts::age, age_counts::students))
        .load::<(i32, i64)>(&mut **conn)
        .expect("age_counts")
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .collect();
    let months = join_months::table
        .select((join_months::month, join_months::students))
        .load::<(String, i64)>(&mut **conn)
        .expect("join_months")
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .collect();
    Figures {
        students,
        courses,
        enrollments,
        per_course,
        grades,
        ages,
        months,
    }
}

fn recounted(app: &TestApp) -> Figures {
    let mut conn = app.pool.get().expect("connection");
    let people: Vec<(Option<i32>, chrono::NaiveDateTime)> = student_rows::table
        .select((student_rows::age, student_rows::created_at))
        .load(&mut **conn)
        .expect("students");
    let enrolled: Vec<(i64, Option<String>)> = enrollments::table
        .select((enrollments::course_id, enrollments::grade))
        .load(&mut **conn)
        .expect("enrollments");
    let courses: i64 = courses::table
        .count()
        .get_result(&mut **conn)
        .expect("courses");
    let mut figures = Figures {
        students: people.len() as i64,
        courses,
        enrollments: enrolled.len() as i64,
        per_course: BTreeMap::new(),
        grades: BTreeMap::new(),
        ages: BTreeMap::new(),
        months: BTreeMap::new(),
    };
    for (age, joined) in people {
        *figures.ages.entry(age.unwrap_or(-1)).or_default() += 1;
        *figures
            .months
            .entry(joined.format("%Y-%m").to_string())
            .or_default() += 1;
    }
    for (course, grade) in enrolled {
        *figures.per_course.entry(course).or_default() += 1;
        // MariaDB compares grades ignoring case, as its unique keys do.
        let grade = grade.unwrap_or_default();
        let grade = if app.database_url.starts_with("mysql") {
            grade.to_uppercase()
        } else {
            grade
        };
        *figures.grades.entry((course, grade)).or_default() += 1;
    }
    figures
}

/// Asserts the kept figures equal a recount, after `step`.
fn assert_kept(app: &TestApp, step: &str) {
    let mut kept = kept(app);
    if app.database_url.starts_with("mysql") {
        kept.grades = kept
            .grades
            .into_iter()
            .map(|((course, grade), n)| ((course, grade.to_uppercase()), n))
            .collect();
    }
    assert_eq!(kept, recounted(app), "after {step}");
}

/// The `action` of the first form of `page` whose action ends with `suffix`.
fn form_action(page: &str, suffix: &str) -> String {
    let end = page.find(&format!("{suffix}\"")).expect("the form") + suffix.len();
    let start = page[..end].rfind("action=\"").expect("its action") + "action=\"".len();
    page[start..end].to_owned()
}

async fn the_kept_figures_equal_a_recount_after_every_kind_of_write(app: TestApp) {
    assert_kept(&app, "the migration");
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let mut form = with(
        student_form("Grace", "Hopper", "grace@example.com"),
        "age",
        "40",
    );
    app.post_form("/create/", &form).await;
    send(&app, Method::POST, "/api/students", Some(json!({"firstname": "Alan", "lastname": "Turing", "email": "alan@example.com", "age": 41}))).await;
    app.insert_student("Old", "Timer", "old@example.com", Some(90));
    {
        // Someone who joined long ago (the months are by the day people joined).
        let mut conn = app.pool.get().expect("connection");
        diesel::update(student_rows::table.filter(student_rows::email.eq("old@example.com")))
            .set(
                student_rows::created_at.eq(chrono::NaiveDate::from_ymd_opt(2025, 3, 9)
                    .unwrap()
                    .and_hms_opt(8, 0, 0)
                    .unwrap()),
            )
            .execute(&mut **conn)
            .expect("an old joining date");
    }
    assert_kept(
        &app,
        "creates by form, API and insert, and a changed joining date",
    );
    assert_eq!(kept(&app).students, 4, "every create happened");

    form = with(
        student_form("Ada", "Lovelace", "ada@example.com"),
        "age",
        "36",
    );
    app.post_edit(ada.id, &form).await;
    let alan = app
        .stored_students()
        .await
        .into_iter()
        .find(|s| s.firstname == "Alan")
        .expect("Alan");
    send(
        &app,
        Method::PATCH,
        &format!("/api/students/{}", alan.id),
        Some(json!({"age": null})),
    )
    .await;
    assert_kept(&app, "an age set by form and removed by API");

    let bio = given_course(&app, "BIO-101", "Biology").await;
    let chem = given_course(&app, "CHEM-1", "Chemistry").await;
    enroll(&app, ada.id, bio, "A").await;
    enroll(&app, ada.id, chem, "").await;
    send(
        &app,
        Method::POST,
        &format!("/api/students/{}/enrollments", alan.id),
        Some(json!({"course_id": chem, "grade": "b"})),
    )
    .await;
    let everyone: Vec<String> = app
        .stored_students()
        .await
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    let chem_s = chem.to_string();
    let mut bulk = vec![("action", "enroll"), ("course", chem_s.as_str())];
    bulk.extend(everyone.iter().map(|id| ("ids", id.as_str())));
    app.post_form("/bulk/", &bulk).await;
    let file = b"email,course,grade\ngrace@example.com,BIO-101,B\nold@example.com,bio-101,Audit\n";
    let preview =
        location(&upload_kind(&app, &app.client, file, true, "enrollments").await).to_owned();
    app.post_form(&format!("{preview}confirm/"), &[]).await;
    assert_kept(&app, "enrollments by form, API, bulk and import");
    // Ada 2, Alan 1, the bulk enrollment 2 more, the import 2.
    assert_eq!(kept(&app).enrollments, 7, "every enrollment happened");

    app.post_form(&format!("/{}/enrollments/{chem}/delete/", ada.id), &[])
        .await;
    assert_kept(&app, "an enrollment removed");

    // A student deleted with their enrollments, and restored with them.
    app.post_form(&format!("/{}/delete/", ada.id), &[]).await;
    assert_kept(&app, "a student deleted");
    assert_eq!(
        kept(&app).enrollments,
        5,
        "Ada's remaining enrollment went with her"
    );
    app.post_form(&format!("/{}/restore/", ada.id), &[]).await;
    assert_kept(&app, "a student restored");

    // A bulk delete and its one Restore.
    let mut bulk = vec![("action", "delete")];
    bulk.extend(everyone.iter().take(2).map(|id| ("ids", id.as_str())));
    app.post_form("/bulk/delete/", &bulk).await;
    assert_kept(&app, "a bulk delete");
    let deleted = app.get_html("/deleted/").await;
    app.post_form(&form_action(&deleted, "/restore/"), &[])
        .await;
    assert_kept(&app, "a batch restored");

    // A student import, then its undo.
    let file = b"firstname,lastname,email,age\nEdsger,Dijkstra,ewd@example.com,72\nBarbara,Liskov,bl@example.com,\n";
    let preview =
        location(&upload_kind(&app, &app.client, file, true, "students").await).to_owned();
    let confirmed = app.post_form(&format!("{preview}confirm/"), &[]).await;
    assert_kept(&app, "a student import");
    assert_eq!(kept(&app).students, 6, "the import happened");
    let list = app.get_html(location(&confirmed)).await;
    app.post_form(&form_action(&list, "/undo-import/"), &[])
        .await;
    assert_kept(&app, "an import undone");

    // A course deleted with its enrollments, and restored.
    app.post_form(&format!("/courses/{bio}/delete/"), &[]).await;
    assert_kept(&app, "a course deleted");
    assert_eq!(kept(&app).courses, 1);
    app.post_form(&format!("/courses/{bio}/restore/"), &[])
        .await;
    assert_kept(&app, "a course restored");
    send(&app, Method::DELETE, &format!("/api/courses/{chem}"), None).await;
    assert_kept(&app, "a course deleted by the API");
    send(
        &app,
        Method::DELETE,
        &format!("/api/students/{}", alan.id),
        None,
    )
    .await;
    assert_kept(&app, "a student deleted by the API");

    // The API says the same.
    let stats: serde_json::Value = app
        .client
        .get(app.url("/api/stats"))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    let kept = kept(&app);
    assert_eq!(stats["students"], kept.students);
    assert_eq!(stats["courses"], kept.courses);
    assert_eq!(stats["enrollments"], kept.enrollments);
    let per_course: i64 = stats["per_course"]
        .as_array()
        .expect("courses")
        .iter()
        .map(|c| c["students"].as_i64().unwrap())
        .sum();
    assert_eq!(per_course, kept.per_course.values().sum::<i64>());
    let ages: i64 = stats["ages"]
        .as_array()
        .expect("ages")
        .iter()
        .map(|a| a["students"].as_i64().unwrap())
        .sum();
    assert_eq!(ages, kept.students);
    assert_eq!(stats["months"].as_array().expect("months").len(), 24);
}

async fn the_dashboard_shows_the_figures_and_leads_to_the_list(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    app.post_form(
        "/create/",
        &with(
            student_form("Grace", "Hopper", "grace@example.com"),
            "age",
            "19",
        ),
    )
    .await;
    let bio = given_course(&app, "BIO-101", "Biology").await;
    enroll(&app, ada.id, bio, "A").await;
    let page = app.get_html("/dashboard/").await;
    assert!(
        page.contains(r#"<span class="total">2</span> Students"#),
        "{page}"
    );
    assert!(page.contains(r#"<span class="total">1</span> Courses"#));
    assert!(page.contains(r#"<span class="total">2</span> joined this month"#));
    // Each chart: a named group, a description, the numbers as a table; bars are links.
    for chart in ["courses", "ages", "months", "grades"] {
        assert!(
            page.contains(&format!(
                r#"aria-labelledby="chart-{chart}-title" aria-describedby="chart-{chart}-desc""#
            )),
            "{chart}"
        );
    }
    assert!(
        page.contains(&format!(
            r#"<a href="/?course={bio}" aria-label="BIO-101 Biology: 1 student">"#
        )),
        "{page}"
    );
    assert!(
        page.contains(
            r#"<a href="/?age_min=18&#38;age_max=20" aria-label="18 to 20 years: 1 student">"#
        ),
        "{page}"
    );
    let today = chrono::Utc::now().date_naive();
    let first = today.format("%Y-%m-01").to_string();
    assert!(
        page.contains(&format!("/?joined_from={first}")),
        "the month's point: {page}"
    );
    // The links lead to the filtered list.
    let list = app.get_html(&format!("/?course={bio}")).await;
    assert_eq!(row_ids(&list), [ada.id]);
    let list = app.get_html("/?age_min=18&age_max=20").await;
    assert_eq!(row_ids(&list).len(), 1);
    // The page after logging in.
    let browser = client();
    let response = app.log_in(&browser, ADMIN_EMAIL, PASSWORD).await;
    assert_eq!(location(&response), "/dashboard/");
}
