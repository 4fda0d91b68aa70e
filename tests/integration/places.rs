//! Never losing one's place: every write returns to the list exactly as the person left
//! it (`?back=`), only to a local page of the app; notices link to the student, a delete's
//! notice carries Undo, and the create form offers "Save and add another".
//!
//! Routes: `/create/`, `/{id}/edit/`, `/{id}/delete/`, `/{id}/restore/` (with `?back=`).

use crate::helpers::*;
use reqwest::StatusCode;

crate::on_every_backend!(
    each_write_returns_to_the_list_as_it_was,
    the_list_links_carry_it_back_to_the_same_page,
    a_foreign_return_target_is_refused,
    notices_link_to_the_student_and_a_delete_can_be_undone,
    save_and_add_another_opens_a_fresh_form,
);

/// A list page with a search, a filter, a sort, a page size and a page.
const LIST: &str = "/?q=ada&age_min=18&sort=name&dir=desc&per_page=10&after=7&pos=11";

fn back(target: &str) -> String {
    format!("?back={}", urlencode(target))
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

async fn each_write_returns_to_the_list_as_it_was(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let query = back(LIST);

    let created = app
        .post_form(
            &format!("/create/{query}"),
            &student_form("Grace", "Hopper", "grace@example.com"),
        )
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&created), LIST, "create");

    let version = app.edit_version(ada.id).await;
    let mut edit = student_form("Ada", "King", "ada@example.com");
    edit.push(("version", &version));
    let edited = app
        .post_form(&format!("/{}/edit/{query}", ada.id), &edit)
        .await;
    assert_eq!(location(&edited), LIST, "edit");

    let deleted = app
        .post_form(&format!("/{}/delete/{query}", ada.id), &[])
        .await;
    assert_eq!(location(&deleted), LIST, "delete");

    let restored = app
        .post_form(&format!("/{}/restore/{query}", ada.id), &[])
        .await;
    assert_eq!(location(&restored), LIST, "restore");
    // Without a target, a restore goes to the student.
    app.post_form(&format!("/{}/delete/", ada.id), &[]).await;
    let restored = app.post_form(&format!("/{}/restore/", ada.id), &[]).await;
    assert_eq!(location(&restored), format!("/{}/", ada.id));
    // Deleting from the student's own page goes to the list, not to the page now gone.
    let own_page = back(&format!("/{}/", ada.id));
    let deleted = app
        .post_form(&format!("/{}/delete/{own_page}", ada.id), &[])
        .await;
    assert_eq!(location(&deleted), "/");
}

async fn the_list_links_carry_it_back_to_the_same_page(app: TestApp) {
    let ada = app
        .given_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let list = "/?q=ada&sort=name&dir=desc";
    let page = app.get_html(list).await;
    let query = back(list).replace('&', "&#38;");
    for link in [
        format!("/{}/edit/{query}", ada.id),
        format!("/{}/delete/{query}", ada.id),
        format!("/create/{query}"),
    ] {
        assert!(
            page.contains(&format!(r#"href="{link}""#)),
            "{link} in {page}"
        );
    }
    // The forms opened from there post back with it, and Cancel goes there.
    let form = app
        .get_html(&format!("/{}/edit/{}", ada.id, back(list)))
        .await;
    assert!(
        form.contains(&format!(r#"action="/{}/edit/{query}""#, ada.id)),
        "{form}"
    );
    assert!(form.contains(&format!(
        r#"href="{}">Cancel</a>"#,
        list.replace('&', "&#38;")
    )));
    let confirm = app
        .get_html(&format!("/{}/delete/{}", ada.id, back(list)))
        .await;
    assert!(confirm.contains(&format!(r#"action="/{}/delete/{query}""#, ada.id)));
}

async fn a_foreign_return_target_is_refused(app: TestApp) {
    for (n, target) in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "/accounts/",
        "javascript:alert(1)",
    ]
    .into_iter()
    .enumerate()
    {
        let response = app
            .post_form(
                &format!("/create/{}", back(target)),
                &student_form("Eve", "Target", &format!("eve{n}@example.com")),
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/", "{target}");
    }
}

async fn notices_link_to_the_student_and_a_delete_can_be_undone(app: TestApp) {
    let created = app
        .create_student("Ada", "Lovelace", "ada@example.com")
        .await;
    let page = app.get_html(location(&created)).await;
    let id = app.stored_students().await[0].id;
    assert!(
        page.contains(&format!(
            r#"Added student <a href="/{id}/">Ada Lovelace</a>."#
        )),
        "{page}"
    );

    let deleted = app
        .post_form(&format!("/{id}/delete/{}", back(LIST)), &[])
        .await;
    let page = app.get_html(location(&deleted)).await;
    let undo = format!(
        r#"<form method="post" action="/{id}/restore/{}" class="undo">"#,
        back(LIST).replace('&', "&#38;")
    );
    assert!(page.contains(&undo), "{page}");
    assert!(page.contains(">Undo</button>"));

    let undone = app
        .post_form(&format!("/{id}/restore/{}", back(LIST)), &[])
        .await;
    assert_eq!(location(&undone), LIST);
    let page = app.get_html(LIST).await;
    assert!(page.contains(&format!(
        r#"Restored student <a href="/{id}/">Ada Lovelace</a>."#
    )));
    assert_eq!(app.stored_students().await.len(), 1);

    // A viewer sees the notice of their own writes only; they make none, but the Undo
    // form is never shown to someone who may not restore.
    let viewer = app.client_as(Role::Viewer).await;
    assert!(!app.page_as(&viewer, "/").await.contains("Undo"));
}

async fn save_and_add_another_opens_a_fresh_form(app: TestApp) {
    let list = "/?sort=name&dir=asc";
    let form = app.get_html(&format!("/create/{}", back(list))).await;
    assert!(form.contains(r#"name="then" value="add_another">Save and add another</button>"#));

    let mut fields = student_form("Ada", "Lovelace", "ada@example.com");
    fields.push(("then", "add_another"));
    let response = app
        .post_form(&format!("/create/{}", back(list)), &fields)
        .await;
    assert_eq!(location(&response), format!("/create/{}", back(list)));
    let next = app.get_html(location(&response)).await;
    assert!(next.contains("Added student"));
    assert!(
        next.contains(r#"name="firstname" value="""#),
        "a blank form"
    );
    assert_eq!(app.stored_students().await.len(), 1);
}
