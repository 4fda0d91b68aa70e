//! Two people editing one student: the edit form's three-way merge. Fields only the
//! colleague changed keep their values, fields only this person changed are applied, and
//! only fields both changed differently come back as a conflict, on every backend.
//!
//! Routes: `/{id}/edit/` (GET and POST over a newer version).

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    disjoint_changes_merge_and_the_notice_names_the_colleagues,
    overlapping_changes_conflict_with_the_original_theirs_and_mine,
    identical_changes_merge_without_a_conflict,
    a_conflict_resolved_in_the_form_saves_the_choice,
);

/// Ada's edit form with every field given.
fn ada<'a>(
    version: &'a str,
    lastname: &'a str,
    age: &'a str,
    bio: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("firstname", "Ada"),
        ("lastname", lastname),
        ("email", "ada@example.com"),
        ("age", age),
        ("bio", bio),
        ("version", version),
    ]
}

async fn given_ada(app: &TestApp) -> i64 {
    let id = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await
        .id;
    let response = app
        .post_form(
            &format!("/{id}/edit/"),
            &ada("1", "Lovelace", "20", "Old bio"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    id
}

async fn disjoint_changes_merge_and_the_notice_names_the_colleagues(app: TestApp) {
    let id = given_ada(&app).await;
    let path = format!("/{id}/edit/");
    // A colleague changes the last name and the bio of version 2…
    let colleague = app.client_as(Role::Editor).await;
    let saved = app
        .post_form_as(&colleague, &path, &ada("2", "King", "20", "New bio"))
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    // …while this person, still on version 2, changes the age.
    let response = app
        .post_form(&path, &ada("2", "Lovelace", "21", "Old bio"))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "no conflict");

    let stored = app.stored_students().await.remove(0);
    assert_eq!(stored.lastname, "King", "the colleague's change is kept");
    assert_eq!(stored.bio.as_deref(), Some("New bio"));
    assert_eq!(stored.age, Some(21), "this person's change is applied");
    assert_eq!(stored.version, 4);
    let page = app.get_html(location(&response)).await;
    assert!(page.contains("Saved changes to"), "{page}");
    assert!(
        page.contains("newer changes to Last name and Bio."),
        "the notice names what the colleague changed: {page}"
    );
    assert!(page.contains("editor-"), "and who: {page}");
}

async fn overlapping_changes_conflict_with_the_original_theirs_and_mine(app: TestApp) {
    let id = given_ada(&app).await;
    let path = format!("/{id}/edit/");
    let colleague = app.client_as(Role::Editor).await;
    app.post_form_as(&colleague, &path, &ada("2", "King", "20", "Their bio"))
        .await;
    let response = app
        .post_form(&path, &ada("2", "Byron", "21", "Old bio"))
        .await;
    let page = body_with_status(response, StatusCode::CONFLICT).await;

    assert!(page.contains("changed this student while you were editing"));
    // The conflicting field: the original, theirs and mine side by side.
    assert!(
        page.contains(
            r#"<th scope="row">Last name <span class="tag">Both changed: choose</span></th>
                    <td>Lovelace</td>
                    <td>King</td>
                    <td>Byron</td>"#
        ),
        "{page}"
    );
    // Fields only one side changed are not conflicts, and the form holds the merge:
    // their bio, my age, my last name (to check) over the saved version.
    assert!(page.contains("Their change, kept"));
    assert!(page.contains("Your change"));
    assert!(page.contains(r#"name="lastname" value="Byron""#));
    assert!(page.contains(r#"name="age" value="21""#));
    assert!(page.contains("Their bio</textarea>"));
    assert!(page.contains(r#"<input type="hidden" name="version" value="3">"#));
    assert!(page.contains(r#"<p class="field-error" id="lastname-error">"#));
    assert!(!page.contains(r#"id="age-error""#));

    let stored = app.stored_students().await.remove(0);
    assert_eq!(
        (stored.lastname.as_str(), stored.version),
        ("King", 3),
        "nothing written"
    );
}

async fn identical_changes_merge_without_a_conflict(app: TestApp) {
    let id = given_ada(&app).await;
    let path = format!("/{id}/edit/");
    let colleague = app.client_as(Role::Editor).await;
    app.post_form_as(&colleague, &path, &ada("2", "King", "20", "Old bio"))
        .await;
    // The same last name, and an age of my own.
    let response = app
        .post_form(&path, &ada("2", "King", "30", "Old bio"))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let stored = app.stored_students().await.remove(0);
    assert_eq!((stored.lastname.as_str(), stored.age), ("King", Some(30)));
}

async fn a_conflict_resolved_in_the_form_saves_the_choice(app: TestApp) {
    let id = given_ada(&app).await;
    let path = format!("/{id}/edit/");
    let colleague = app.client_as(Role::Editor).await;
    app.post_form_as(&colleague, &path, &ada("2", "King", "20", "Their bio"))
        .await;
    let conflict = app
        .post_form(&path, &ada("2", "Byron", "20", "Old bio"))
        .await;
    assert_eq!(conflict.status(), StatusCode::CONFLICT);
    // The form now says version 3 and holds their bio: saving it keeps both.
    let response = app
        .post_form(&path, &ada("3", "Byron", "20", "Their bio"))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let stored = app.stored_students().await.remove(0);
    assert_eq!(
        (
            stored.lastname.as_str(),
            stored.bio.as_deref(),
            stored.version
        ),
        ("Byron", Some("Their bio"), 4)
    );
}
