//! Working in batches: the CSV exports (of the list as it is searched, filtered and sorted,
//! of courses and of enrollments), the bulk actions (delete with its confirmation and one
//! Restore, enroll, export of a selection), numbered pages and the "joined between" filter.
//!
//! Routes: `/export.csv`, `/courses/export.csv`, `/enrollments/export.csv`, `/bulk/`,
//! `/bulk/delete/`, `/batches/{id}/restore/`, `/deleted/`, `/` (`page`, `joined_from`,
//! `joined_to`, `select`).

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};

crate::on_every_backend!(
    the_export_holds_every_row_the_list_shows_in_its_order,
    the_export_is_a_spreadsheet_safe_download,
    courses_and_enrollments_export_too,
    a_bulk_delete_asks_first_and_is_restored_with_one_restore,
    a_batch_restore_refused_for_a_taken_email_names_the_student,
    a_bulk_enroll_enrolls_the_selection_once,
    all_matching_applies_to_the_whole_search_and_is_bounded,
    an_export_of_the_selection_holds_only_those_students,
    bulk_requests_without_a_selection_or_action_say_what_is_missing,
    viewers_see_no_checkboxes,
    numbered_pages_and_the_jump_reach_every_page,
    the_joined_filter_keeps_students_in_the_date_range,
);

/// The rows of a CSV body, the header first.
fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    let body = body.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(body);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|record| {
            record
                .expect("a CSV record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

async fn download(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let response = app.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    let headers = response.headers().clone();
    (headers, response.bytes().await.expect("body").to_vec())
}

/// Every row id of a listing, following the pages' Next links.
async fn ids_of_every_page(app: &TestApp, start: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut next = Some(start.to_owned());
    while let Some(path) = next {
        let page = app.get_html(&path).await;
        ids.extend(row_ids(&page));
        next = rel_link(&page, "next");
    }
    ids
}

async fn the_export_holds_every_row_the_list_shows_in_its_order(app: TestApp) {
    students::commands::seed::run(&app.pool, 2_300).expect("seed");
    // More rows than one export batch, several list pages, a filter and a sort.
    for query in [
        "?sort=name&dir=desc&per_page=200",
        "?age_min=20&age_max=40&sort=age&per_page=200",
        "?q=an&sort=email&per_page=200",
    ] {
        let shown = ids_of_every_page(&app, &format!("/{query}")).await;
        let (_, body) = download(&app, &format!("/export.csv{query}")).await;
        let rows = csv_rows(&body);
        assert_eq!(rows[0][..3], ["id", "firstname", "lastname"], "{query}");
        let exported: Vec<i64> = rows[1..]
            .iter()
            .map(|row| row[0].parse().expect("an id"))
            .collect();
        assert!(shown.len() > 10, "{query}: {} shown", shown.len());
        assert_eq!(exported, shown, "{query}");
    }
    let (_, body) = download(&app, "/export.csv").await;
    assert_eq!(
        csv_rows(&body).len(),
        2_303 + 1,
        "everyone, with the header"
    );
}

async fn the_export_is_a_spreadsheet_safe_download(app: TestApp) {
    let id = app.insert_student(
        "=cmd|' /C calc'!A0",
        "@Lovelace",
        "ada@example.com",
        Some(36),
    );
    {
        let mut conn = app.pool.get().expect("connection");
        use students::schema::students;
        diesel::update(students::table.find(id))
            .set(students::bio.eq(Some("+1 line one,\n\"two\"")))
            .execute(&mut **conn)
            .expect("a bio");
    }
    let (headers, body) = download(&app, "/export.csv").await;
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment; filename=\"students-"),
        "{disposition}"
    );
    assert!(
        !body.starts_with("\u{FEFF}".as_bytes()),
        "no byte-order mark unless asked"
    );
    let rows = csv_rows(&body);
    assert_eq!(
        rows[0],
        [
            "id",
            "firstname",
            "lastname",
            "email",
            "age",
            "bio",
            "joined",
            "enrollments"
        ]
    );
    let row = &rows[1];
    assert_eq!(row[1], "'=cmd|' /C calc'!A0", "a formula is neutralised");
    assert_eq!(row[2], "'@Lovelace");
    assert_eq!(row[4], "36");
    assert_eq!(
        row[5], "'+1 line one,\n\"two\"",
        "quoted commas, quotes and newlines"
    );
    assert!(
        row[6].ends_with('Z') && row[6].contains('T'),
        "ISO 8601 UTC: {}",
        row[6]
    );

    let (_, with_bom) = download(&app, "/export.csv?bom=1").await;
    assert!(with_bom.starts_with("\u{FEFF}id,".as_bytes()));
}

async fn courses_and_enrollments_export_too(app: TestApp) {
    let biology = given_course(&app, "BIO-101", "Biology").await;
    given_course(&app, "CHEM-1", "Chemistry").await;
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    enroll(&app, ada.id, biology, "A").await;

    let page = app.get_html("/courses/").await;
    for link in [
        r#"href="/courses/export.csv""#,
        r#"href="/enrollments/export.csv""#,
        r#"href="/import/?kind=enrollments""#,
    ] {
        assert!(page.contains(link), "{link}");
    }
    assert!(
        app.get_html("/import/?kind=enrollments")
            .await
            .contains(r#"value="enrollments" checked"#)
    );
    let (_, body) = download(&app, "/courses/export.csv").await;
    let rows = csv_rows(&body);
    assert_eq!(
        rows[0],
        ["code", "title", "description", "students", "created"]
    );
    assert_eq!((rows[1][0].as_str(), rows[1][3].as_str()), ("BIO-101", "1"));
    assert_eq!(rows.len(), 3);

    let (_, body) = download(&app, "/enrollments/export.csv").await;
    let rows = csv_rows(&body);
    assert_eq!(rows[0][0], "course");
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (
            rows[1][0].as_str(),
            rows[1][5].as_str(),
            rows[1][7].as_str()
        ),
        ("BIO-101", "ada@example.com", "A")
    );
}

async fn given_three(app: &TestApp) -> [i64; 3] {
    [
        app.insert_student("Ada", "Lovelace", "ada@example.com", None),
        app.insert_student("Grace", "Hopper", "grace@example.com", None),
        app.insert_student("Alan", "Turing", "alan@example.com", None),
    ]
}

async fn a_bulk_delete_asks_first_and_is_restored_with_one_restore(app: TestApp) {
    let [ada, grace, alan] = given_three(&app).await;
    let biology = given_course(&app, "BIO-101", "Biology").await;
    enroll(&app, ada, biology, "A").await;
    let list = "/?sort=name&dir=asc";
    let back = format!(
        "?back={}",
        list.replace('/', "%2F")
            .replace('?', "%3F")
            .replace('&', "%26")
            .replace('=', "%3D")
    );
    let (ada_s, grace_s) = (ada.to_string(), grace.to_string());
    let form = [
        ("action", "delete"),
        ("ids", ada_s.as_str()),
        ("ids", grace_s.as_str()),
    ];

    let confirm = app.post_form(&format!("/bulk/{back}"), &form).await;
    let page = body_with_status(confirm, StatusCode::OK).await;
    assert!(page.contains("<h1>Delete 2 students?</h1>"), "{page}");
    assert!(page.contains("<td>Ada Lovelace</td><td>ada@example.com</td><td>1</td>"));
    assert!(page.contains("and 1 enrollment"));
    assert_eq!(
        app.stored_students().await.len(),
        3,
        "nothing deleted before the confirmation"
    );

    let deleted = app.post_form(&format!("/bulk/delete/{back}"), &form).await;
    assert_eq!(location(&deleted), list);
    let page = app.get_html(list).await;
    assert!(
        notices(&page).contains("Deleted 2 students and 1 enrollment."),
        "{page}"
    );
    let remaining: Vec<i64> = app.stored_students().await.iter().map(|s| s.id).collect();
    assert_eq!(remaining, [alan]);
    let undo_marker = "/restore/";
    let undo_at = page.find(r#"class="undo""#).expect("an Undo");
    let action_start = page[..undo_at].rfind("action=\"").expect("its action") + "action=\"".len();
    let undo = page[action_start..undo_at]
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&");
    assert!(
        undo.starts_with("/batches/") && undo.contains(undo_marker),
        "{undo}"
    );

    // "Recently deleted" shows the batch with one Restore.
    let deleted_page = app.get_html("/deleted/").await;
    assert!(deleted_page.contains("Deleted together"));
    assert!(deleted_page.contains("Restore all"));

    let restored = app.post_form(&undo, &[]).await;
    assert_eq!(location(&restored), list);
    assert!(notices(&app.get_html(list).await).contains("Restored 2 students and 1 enrollment."));
    assert_eq!(app.stored_students().await.len(), 3);
    assert_eq!(enrollment_count(&app), 1);
    // A second Restore has nothing left to do.
    let again = app.post_form(&undo, &[]).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html(list).await).contains("restored already"));
}

async fn a_batch_restore_refused_for_a_taken_email_names_the_student(app: TestApp) {
    let [ada, grace, _] = given_three(&app).await;
    let (ada_s, grace_s) = (ada.to_string(), grace.to_string());
    let form = [
        ("action", "delete"),
        ("ids", ada_s.as_str()),
        ("ids", grace_s.as_str()),
    ];
    app.post_form("/bulk/delete/", &form).await;
    app.insert_student("Augusta", "King", "GRACE@example.com", None);
    let page = app.get_html("/deleted/").await;
    let end = page.find("Restore all").expect("the batch");
    let start = page[..end].rfind("action=\"/batches/").expect("its form") + "action=\"".len();
    let action = page[start..end].split('"').next().unwrap().to_owned();
    let refused = app.post_form(&action, &[]).await;
    assert_eq!(location(&refused), "/deleted/");
    let notice = notices(&app.get_html("/deleted/").await);
    assert!(
        notice.contains(
            "another student has the email of Grace Hopper now, so none of the batch came back"
        ),
        "{notice}"
    );
    assert_eq!(
        app.stored_students().await.len(),
        2,
        "Alan and Augusta only: all or nothing"
    );
    // Ada alone still comes back.
    let alone = app.post_form(&format!("/{ada}/restore/"), &[]).await;
    assert_eq!(alone.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.stored_students().await.len(), 3);
}

async fn a_bulk_enroll_enrolls_the_selection_once(app: TestApp) {
    let [ada, grace, _] = given_three(&app).await;
    let biology = given_course(&app, "BIO-101", "Biology").await;
    enroll(&app, ada, biology, "").await;
    let (ada, grace, course) = (ada.to_string(), grace.to_string(), biology.to_string());
    let response = app
        .post_form(
            "/bulk/",
            &[
                ("action", "enroll"),
                ("course", &course),
                ("ids", &ada),
                ("ids", &grace),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
    let page = app.get_html("/").await;
    assert!(
        notices(&page).contains("Enrolled 1 student in BIO-101 Biology. 1 was already enrolled."),
        "{}",
        notices(&page)
    );
    assert_eq!(enrollment_count(&app), 2);
    // A course that does not exist.
    let response = app
        .post_form(
            "/bulk/",
            &[("action", "enroll"), ("course", "999"), ("ids", &ada)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html("/").await).contains("course"));
    assert_eq!(enrollment_count(&app), 2);
}

async fn all_matching_applies_to_the_whole_search_and_is_bounded(app: TestApp) {
    students::commands::seed::run(&app.pool, 1_100).expect("seed");
    let everyone = [
        ("action", "delete"),
        ("all_matching", "1"),
        ("listing", "/"),
    ];
    let refused = app.post_form("/bulk/", &everyone).await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(notices(&app.get_html("/").await).contains("more than 1,000 students at once"));
    assert_eq!(app.stored_students().await.len(), 1_103, "nothing deleted");

    // A narrower search works on all of its matches, on every page.
    let lovelace = app.insert_student("Ada", "Zzlovelace", "zz1@example.com", None);
    let other = app.insert_student("Augusta", "Zzlovelace", "zz2@example.com", None);
    let search = [
        ("action", "delete"),
        ("all_matching", "1"),
        ("listing", "/?q=zzlovelace&per_page=1"),
    ];
    let page = body_with_status(app.post_form("/bulk/", &search).await, StatusCode::OK).await;
    assert!(page.contains("<h1>Delete 2 students?</h1>"));
    let (a, b) = (lovelace.to_string(), other.to_string());
    app.post_form(
        "/bulk/delete/",
        &[("action", "delete"), ("ids", &a), ("ids", &b)],
    )
    .await;
    assert_eq!(app.stored_students().await.len(), 1_103);

    // Exporting everyone has no limit.
    let response = app
        .post_form(
            "/bulk/",
            &[
                ("action", "export"),
                ("all_matching", "1"),
                ("listing", "/?sort=name"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.bytes().await.expect("body");
    assert_eq!(csv_rows(&body).len(), 1_104);
}

async fn an_export_of_the_selection_holds_only_those_students(app: TestApp) {
    let [ada, _, alan] = given_three(&app).await;
    let (ada, alan) = (ada.to_string(), alan.to_string());
    let response = app
        .post_form(
            "/bulk/",
            &[
                ("action", "export"),
                ("ids", &ada),
                ("ids", &alan),
                ("bom", "1"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.bytes().await.expect("body");
    assert!(body.starts_with("\u{FEFF}".as_bytes()));
    let emails: Vec<String> = csv_rows(&body)[1..]
        .iter()
        .map(|row| row[3].clone())
        .collect();
    assert_eq!(
        emails,
        ["alan@example.com", "ada@example.com"],
        "newest first, as listed"
    );
}

async fn bulk_requests_without_a_selection_or_action_say_what_is_missing(app: TestApp) {
    given_three(&app).await;
    for (form, message) in [
        (
            vec![("action", "delete")],
            "Select at least one student first.",
        ),
        (
            vec![("ids", "1")],
            "Choose what to do with the selected students.",
        ),
        (
            vec![("action", "enroll"), ("ids", "1")],
            "Choose a course to enroll them in.",
        ),
        (
            vec![("action", "delete"), ("ids", "999999")],
            "None of those students exists any more.",
        ),
    ] {
        let response = app.post_form("/bulk/?back=%2F%3Fsort%3Dname", &form).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{form:?}");
        assert_eq!(location(&response), "/?sort=name&dir=asc");
        let page = app.get_html(location(&response)).await;
        assert!(
            notices(&page).contains(message),
            "{form:?}: {}",
            notices(&page)
        );
        assert!(page.contains(r#"role="alert""#));
    }
    // Without the session's CSRF token nothing happens.
    let forged = app
        .client
        .post(app.url("/bulk/delete/"))
        .form(&[("action", "delete"), ("ids", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.stored_students().await.len(), 3);
}

async fn viewers_see_no_checkboxes(app: TestApp) {
    given_three(&app).await;
    let editor_page = app.get_html("/").await;
    assert!(editor_page.contains(r#"name="ids""#));
    assert!(editor_page.contains(r#"<label class="visually-hidden" for="select-"#));
    assert!(editor_page.contains(r#"aria-live="polite""#));
    let viewer = app.client_as(Role::Viewer).await;
    let page = app.page_as(&viewer, "/").await;
    assert!(!page.contains(r#"name="ids""#) && !page.contains(r#"id="bulk""#));
    assert!(page.contains("Export CSV"), "viewers may export");
    let refused = app
        .post_form_as(&viewer, "/bulk/", &[("action", "delete"), ("ids", "1")])
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // Ticked without JavaScript: "Select all on this page".
    let ticked = app.get_html("/?select=page").await;
    assert_eq!(
        ticked.matches(r#"name="ids""#).count(),
        ticked.matches(" checked>").count()
    );
}

async fn numbered_pages_and_the_jump_reach_every_page(app: TestApp) {
    students::commands::seed::run(&app.pool, 97).expect("seed"); // 100 students, 10 pages of 10
    let forwards = ids_of_every_page(&app, "/?sort=name&per_page=10").await;
    let mut numbered = Vec::new();
    for number in 1..=10 {
        let page = app
            .get_html(&format!("/?sort=name&per_page=10&page={number}"))
            .await;
        let first = (number - 1) * 10 + 1;
        assert_eq!(
            range_line(&page),
            format!("{first}–{} of 100", first + 9),
            "page {number}"
        );
        assert!(page.contains(&format!(
            r#"<span class="current" aria-current="page">{number}</span>"#
        )));
        numbered.extend(row_ids(&page));
    }
    assert_eq!(
        numbered, forwards,
        "numbered pages are the pages Next walks"
    );
    let fifth = app.get_html("/?sort=name&per_page=10&page=5").await;
    assert!(fifth.contains(r#"href="/?sort=name&#38;dir=asc&#38;per_page=10&#38;page=6""#));
    assert!(fifth.contains(r#"<span class="gap" aria-hidden="true">…</span>"#));
    // The jump keeps the list and offers the range; a page past the end is the last.
    assert!(fifth.contains(r#"name="page" min="1" max="10""#));
    assert!(fifth.contains(r#"<input type="hidden" name="sort" value="name">"#));
    let past = app.get_html("/?sort=name&per_page=10&page=999").await;
    assert_eq!(range_line(&past), "91–100 of 100");
    for absurd in ["page=18446744073709551615", "page=0", "page=-3", "page=x"] {
        let response = app.get(&format!("/?q=example&{absurd}")).await;
        assert_eq!(response.status(), StatusCode::OK, "{absurd}");
    }
}

async fn the_joined_filter_keeps_students_in_the_date_range(app: TestApp) {
    use students::schema::students;
    let [ada, grace, alan] = given_three(&app).await;
    {
        let mut conn = app.pool.get().expect("connection");
        for (id, day) in [
            (ada, "2026-01-15 23:59:59"),
            (grace, "2026-02-01 00:00:00"),
            (alan, "2026-03-10 12:00:00"),
        ] {
            let at = chrono::NaiveDateTime::parse_from_str(day, "%Y-%m-%d %H:%M:%S").unwrap();
            diesel::update(students::table.find(id))
                .set(students::created_at.eq(at))
                .execute(&mut **conn)
                .expect("a joining date");
        }
    }
    let page = app
        .get_html("/?joined_from=2026-01-15&joined_to=2026-02-01")
        .await;
    assert_eq!(row_ids(&page), [grace, ada], "both days are included");
    assert_eq!(range_line(&page), "1–2 of 2");
    assert!(page.contains(r#"value="2026-01-15">"#));
    // Reversed bounds are swapped; one bound alone works; a bad date is ignored.
    assert_eq!(
        row_ids(
            &app.get_html("/?joined_from=2026-02-01&joined_to=2026-01-15")
                .await
        ),
        [grace, ada]
    );
    assert_eq!(
        row_ids(&app.get_html("/?joined_from=2026-02-02").await),
        [alan]
    );
    assert_eq!(
        row_ids(&app.get_html("/?joined_to=yesterday").await).len(),
        3
    );
    let (_, body) = download(&app, "/export.csv?joined_to=2026-01-31").await;
    assert_eq!(csv_rows(&body).len(), 2);
}
