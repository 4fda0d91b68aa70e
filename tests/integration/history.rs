//! Nothing lost: edit conflicts (pages and API), the change history, and restoring
//! deleted students, on every backend.
//!
//! Routes: `/{id}/edit/` (conflicts), `/{id}/` (the history), `/{id}/delete/`, `/deleted/`,
//! `/{id}/restore/`, `/api/students/{id}` (ETag, If-Match, If-None-Match).

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::{StatusCode, header};
use serde_json::{Value, json};
use students::schema::student_changes;

crate::on_every_backend!(
    saving_over_a_newer_version_shows_the_conflict_and_keeps_the_newer_one,
    the_conflict_page_lets_the_person_keep_their_version,
    a_stale_form_with_the_same_values_is_not_a_conflict,
    an_edit_form_without_its_version_is_refused,
    concurrent_saves_of_one_version_let_exactly_one_through,
    the_student_page_shows_every_change_with_old_and_new_values,
    a_deleted_student_is_restored_with_their_id_and_enrollments,
    a_restore_is_refused_when_the_email_was_taken_since,
    deletions_older_than_30_days_are_erased_and_cannot_be_restored,
    the_api_sends_etags_and_refuses_stale_if_match_with_412,
);

/// The change rows of a student, oldest first: (action, version, changes JSON, has snapshot).
fn changes_of(app: &TestApp, student_id: i64) -> Vec<(String, i32, Value, bool)> {
    let mut conn = app.pool.get().expect("connection");
    student_changes::table
        .filter(student_changes::student_id.eq(student_id))
        .order(student_changes::id)
        .select((
            student_changes::action,
            student_changes::version,
            student_changes::changes,
            student_changes::snapshot.is_not_null(),
        ))
        .load::<(String, i32, String, bool)>(&mut **conn)
        .expect("history rows")
        .into_iter()
        .map(|(action, version, changes, snapshot)| {
            let changes = serde_json::from_str(&changes).expect("JSON changes");
            (action, version, changes, snapshot)
        })
        .collect()
}

fn edit_form<'a>(version: &'a str, lastname: &'a str) -> Vec<(&'static str, &'a str)> {
    with(
        student_form("Ada", lastname, "ada@example.com"),
        "version",
        version,
    )
}

async fn saving_over_a_newer_version_shows_the_conflict_and_keeps_the_newer_one(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    // Two people open the edit form of the same version.
    let version = app.edit_version(ada.id).await;
    assert_eq!(version, "1");
    let path = format!("/{}/edit/", ada.id);

    assert_see_index(&app.post_form(&path, &edit_form(&version, "King")).await);
    let response = app.post_form(&path, &edit_form(&version, "Byron")).await;
    let page = body_with_status(response, StatusCode::CONFLICT).await;

    assert!(page.contains("changed this student while you were editing"));
    // Both changed the last name: the original, theirs and mine, marked; the form holds
    // the person's value over the saved version.
    assert!(page.contains(
        r#"<tr class="differs">
                    <th scope="row">Last name <span class="tag">Both changed: choose</span></th>
                    <td>Lovelace</td>
                    <td>King</td>
                    <td>Byron</td>"#
    ));
    assert!(page.contains(r#"name="lastname" value="Byron""#));
    assert!(page.contains(r#"<input type="hidden" name="version" value="2">"#));
    assert!(page.contains("Save the merged version"));
    assert!(page.contains(r#"href="/">Discard my changes</a>"#));

    let stored = app.stored_students().await.remove(0);
    assert_eq!((stored.lastname.as_str(), stored.version), ("King", 2));
    assert_eq!(changes_of(&app, ada.id).len(), 2, "created + one edit");
}

async fn the_conflict_page_lets_the_person_keep_their_version(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let path = format!("/{}/edit/", ada.id);
    assert_see_index(&app.post_form(&path, &edit_form("1", "King")).await);
    let conflict = app.post_form(&path, &edit_form("1", "Byron")).await;
    assert_eq!(conflict.status(), StatusCode::CONFLICT);

    // "Save my version": the same values, now over version 2.
    let response = app.post_form(&path, &edit_form("2", "Byron")).await;
    assert_see_index(&response);
    let stored = app.stored_students().await.remove(0);
    assert_eq!((stored.lastname.as_str(), stored.version), ("Byron", 3));
    let history = changes_of(&app, ada.id);
    assert_eq!(
        history[2].2,
        json!([{"field": "lastname", "old": "King", "new": "Byron"}])
    );
}

async fn a_stale_form_with_the_same_values_is_not_a_conflict(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let path = format!("/{}/edit/", ada.id);
    assert_see_index(&app.post_form(&path, &edit_form("1", "King")).await);
    // Someone made the same change: nothing to save, nothing to resolve.
    let response = app.post_form(&path, &edit_form("1", "King")).await;
    assert_see_index(&response);
    assert!(
        notices(&app.get_html("/").await)
            .contains("Nothing to save: Ada King was already as in the form.")
    );
    assert_eq!(app.stored_students().await[0].version, 2);
    assert_eq!(changes_of(&app, ada.id).len(), 2, "no empty history entry");
}

async fn an_edit_form_without_its_version_is_refused(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let path = format!("/{}/edit/", ada.id);
    for version in [None, Some(""), Some("two"), Some("0"), Some("-1")] {
        let mut form = student_form("Ada", "King", "ada@example.com");
        if let Some(version) = version {
            form.push(("version", version));
        }
        let page =
            body_with_status(app.post_form(&path, &form).await, StatusCode::BAD_REQUEST).await;
        assert!(page.contains("Open the edit page again."), "{version:?}");
    }
    assert_eq!(app.stored_students().await[0].lastname, "Lovelace");
}

async fn concurrent_saves_of_one_version_let_exactly_one_through(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let token = app.csrf_token().await;
    let path = app.url(&format!("/{}/edit/", ada.id));
    let mut saves = tokio::task::JoinSet::new();
    for n in 0..16 {
        let (client, path, token) = (app.client.clone(), path.clone(), token.clone());
        saves.spawn(async move {
            let lastname = format!("Writer{n}");
            let mut form = edit_form("1", &lastname);
            form.push(("csrf_token", &token));
            let response = client.post(path).form(&form).send().await.expect("POST");
            (response.status(), lastname)
        });
    }
    let outcomes = saves.join_all().await;
    let saved: Vec<_> = outcomes
        .iter()
        .filter(|(status, _)| *status == StatusCode::SEE_OTHER)
        .collect();
    let conflicts = outcomes
        .iter()
        .filter(|(status, _)| *status == StatusCode::CONFLICT)
        .count();
    assert_eq!((saved.len(), conflicts), (1, 15), "{outcomes:?}");
    let stored = app.stored_students().await.remove(0);
    assert_eq!(
        (stored.lastname.as_str(), stored.version),
        (saved[0].1.as_str(), 2)
    );
    assert_eq!(changes_of(&app, ada.id).len(), 2);
}

async fn the_student_page_shows_every_change_with_old_and_new_values(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let form = with(student_form("Ada", "King", "ada@example.com"), "age", "36");
    assert_see_index(&app.post_edit(ada.id, &form).await);

    let history = changes_of(&app, ada.id);
    assert_eq!(
        history,
        [
            (
                "created".to_owned(),
                1,
                json!([
                    {"field": "firstname", "old": null, "new": "Ada"},
                    {"field": "lastname", "old": null, "new": "Lovelace"},
                    {"field": "email", "old": null, "new": "ada@example.com"}
                ]),
                false
            ),
            (
                "updated".to_owned(),
                2,
                json!([
                    {"field": "lastname", "old": "Lovelace", "new": "King"},
                    {"field": "age", "old": null, "new": "36"}
                ]),
                false
            )
        ]
    );

    let page = app.get_html(&format!("/{}/", ada.id)).await;
    let history = &page[page
        .find(r#"<h2 id="history-heading">History</h2>"#)
        .expect("history")..];
    let edited = history.find("<strong>Edited</strong>").expect("the edit");
    let created = history
        .find("<strong>Created</strong>")
        .expect("the creation");
    assert!(edited < created, "newest first");
    assert!(history.contains("· version 2"));
    assert!(
        history
            .contains(r#"<tr><th scope="row">Last name</th><td>Lovelace</td><td>King</td></tr>"#)
    );
    assert!(history.contains(r#"<tr><th scope="row">Age</th><td>—</td><td>36</td></tr>"#));
}

async fn a_deleted_student_is_restored_with_their_id_and_enrollments(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let biology = given_course(&app, "BIO-101", "Biology").await;
    let chemistry = given_course(&app, "CHE-101", "Chemistry").await;
    enroll(&app, ada.id, biology, "A").await;
    enroll(&app, ada.id, chemistry, "").await;
    assert_see_index(&app.post_form(&format!("/{}/delete/", ada.id), &[]).await);
    assert!(
        notices(&app.get_html("/").await)
            .contains("Deleted student Ada Lovelace and 2 enrollments. It can be restored from Recently deleted for 30 days.")
    );
    assert!(app.stored_students().await.is_empty());
    // Meanwhile one of the courses goes.
    app.post_form(&format!("/courses/{chemistry}/delete/"), &[])
        .await;

    let page = app.get_html("/deleted/").await;
    assert!(page.contains("<td>Ada Lovelace</td>"));
    assert!(page.contains(&format!(r#"action="/{}/restore/""#, ada.id)));
    assert!(page.contains(r#"aria-label="Restore Ada Lovelace and 2 enrollments""#));

    let response = app.post_form(&format!("/{}/restore/", ada.id), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("/{}/", ada.id));
    let page = app.get_html(&format!("/{}/", ada.id)).await;
    assert!(notices(&page).contains(
        "Restored student Ada Lovelace and 1 enrollment. 1 enrollment could not come back: the course was deleted."
    ));
    assert!(page.contains("BIO-101 Biology"));
    assert!(
        page.contains("<strong>Restored</strong>") && page.contains("<strong>Deleted</strong>")
    );

    let restored = app.stored_students().await.remove(0);
    assert_eq!(
        (restored.id, restored.email.as_str(), restored.created_at),
        (ada.id, "ada@example.com", ada.created_at)
    );
    assert_eq!(restored.version, 2);
    assert_eq!(enrollment_count(&app), 1);
    let actions: Vec<_> = changes_of(&app, ada.id)
        .into_iter()
        .map(|(action, version, _, snapshot)| (action, version, snapshot))
        .collect();
    assert_eq!(
        actions,
        [
            ("created".to_owned(), 1, false),
            ("deleted".to_owned(), 1, false), // the snapshot is spent
            ("restored".to_owned(), 2, false)
        ]
    );
    assert!(!app.get_html("/deleted/").await.contains("Ada Lovelace"));
    assert!(app.get_html("/").await.contains("Ada Lovelace"));

    // A second click finds the student already back.
    let again = app.post_form(&format!("/{}/restore/", ada.id), &[]).await;
    assert_eq!(location(&again), format!("/{}/", ada.id));
    assert!(
        app.get_html(&format!("/{}/", ada.id))
            .await
            .contains("Ada Lovelace is already restored.")
    );
    // An id that was never deleted.
    let missing = app.post_form("/999/restore/", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

async fn a_restore_is_refused_when_the_email_was_taken_since(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    app.post_form(&format!("/{}/delete/", ada.id), &[]).await;
    app.given_student("Augusta", "King", "ADA@example.com")
        .await;

    let response = app.post_form(&format!("/{}/restore/", ada.id), &[]).await;
    let page = body_with_status(response, StatusCode::CONFLICT).await;
    assert!(page.contains("Not restored: another student has their email now."));
    assert!(page.contains("<td>Ada Lovelace</td>"), "still restorable");
    let stored = app.stored_students().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].firstname, "Augusta");
    assert!(changes_of(&app, ada.id)[1].3, "the snapshot is kept");
}

async fn deletions_older_than_30_days_are_erased_and_cannot_be_restored(app: TestApp) {
    let old = app.given_student("Old", "Timer", "old@example.com").await;
    let recent = app
        .given_student("Recent", "Leaver", "recent@example.com")
        .await;
    app.post_form(&format!("/{}/delete/", old.id), &[]).await;
    {
        let mut conn = app.pool.get().expect("connection");
        let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(31);
        diesel::update(student_changes::table.filter(student_changes::student_id.eq(old.id)))
            .set(student_changes::changed_at.eq(long_ago))
            .execute(&mut **conn)
            .expect("age the deletion");
    }
    let page = app.get_html("/deleted/").await;
    assert!(!page.contains("<td>Old Timer</td>"));
    assert!(page.contains("No student was deleted in the last 30 days."));
    let response = app.post_form(&format!("/{}/restore/", old.id), &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    // The next deletion erases the expired snapshot; the history entry stays.
    app.post_form(&format!("/{}/delete/", recent.id), &[]).await;
    let history = changes_of(&app, old.id);
    assert_eq!(history.len(), 2);
    assert!(!history[1].3, "the old snapshot is erased");
    assert!(changes_of(&app, recent.id)[1].3);
}

async fn the_api_sends_etags_and_refuses_stale_if_match_with_412(app: TestApp) {
    let client = &app.client;
    let created = client
        .post(app.url("/api/students"))
        .json(&json!({"firstname": "Ada", "lastname": "Lovelace", "email": "ada@example.com"}))
        .send()
        .await
        .expect("POST");
    assert_eq!(created.status(), StatusCode::CREATED);
    assert_eq!(created.headers()[header::ETAG], r#""1""#);
    let body: Value = created.json().await.expect("JSON");
    assert_eq!(body["version"], 1);
    let url = app.url(&format!("/api/students/{}", body["id"]));

    let shown = client.get(&url).send().await.expect("GET");
    assert_eq!(shown.headers()[header::ETAG], r#""1""#);
    let unchanged = client
        .get(&url)
        .header(header::IF_NONE_MATCH, r#""1""#)
        .send()
        .await
        .expect("GET");
    assert_eq!(unchanged.status(), StatusCode::NOT_MODIFIED);

    let put = |if_match: &'static str, lastname: &'static str| {
        client
            .put(&url)
            .header(header::IF_MATCH, if_match)
            .json(&json!({"firstname": "Ada", "lastname": lastname, "email": "ada@example.com"}))
            .send()
    };
    let saved = put(r#""1""#, "King").await.expect("PUT");
    assert_eq!(saved.status(), StatusCode::OK);
    assert_eq!(saved.headers()[header::ETAG], r#""2""#);

    // Based on version 1, which is gone: 412 and nothing written.
    for stale in [r#""1""#, r#"W/"2""#] {
        let refused = put(stale, "Byron").await.expect("PUT");
        assert_eq!(refused.status(), StatusCode::PRECONDITION_FAILED, "{stale}");
        let problem: Value = refused.json().await.expect("problem");
        assert_eq!(problem["status"], 412);
    }
    // Not an entity tag at all: a 400, nothing written.
    let refused = put("garbage", "Byron").await.expect("PUT");
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let patch = client
        .patch(&url)
        .header(header::IF_MATCH, r#""1""#)
        .json(&json!({"age": 36}))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(patch.status(), StatusCode::PRECONDITION_FAILED);
    let delete = client
        .delete(&url)
        .header(header::IF_MATCH, r#""1""#)
        .send()
        .await
        .expect("DELETE");
    assert_eq!(delete.status(), StatusCode::PRECONDITION_FAILED);
    let stored = app.stored_students().await.remove(0);
    assert_eq!(
        (stored.lastname.as_str(), stored.age, stored.version),
        ("King", None, 2)
    );

    // A list of tags matches if one does; `*` matches any version.
    let patch = client
        .patch(&url)
        .header(header::IF_MATCH, r#""1", "2""#)
        .json(&json!({"age": 36}))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(patch.status(), StatusCode::OK);
    assert_eq!(patch.headers()[header::ETAG], r#""3""#);
    let delete = client
        .delete(&url)
        .header(header::IF_MATCH, "*")
        .send()
        .await
        .expect("DELETE");
    assert_eq!(delete.status(), StatusCode::NO_CONTENT);
    assert!(app.stored_students().await.is_empty());
}
