//! The fields a school defines: the Fields page's rules (admins only, bad definitions at
//! their inputs, changes the students' values would not survive refused with a count),
//! retiring and bringing back, deleting, ordering; and the school's values in search,
//! the import and the API. (Each kind's round trip through every part of the app is
//! `record.rs`'s.)
//!
//! Routes: `/fields/`, `/fields/create/`, `/fields/{id}/edit/`, `/fields/{id}/move/`,
//! `/fields/{id}/retire/`, `/fields/{id}/bring-back/`, `/fields/{id}/delete/`, and
//! `/create/`, `/`, `/import/`, `/api/students` with such fields.

use crate::helpers::*;
use crate::record::{given_field, record_of};
use diesel::prelude::*;
use reqwest::{Method, StatusCode};
use serde_json::json;
use students::schema::{student_fields, student_values, students as students_table};

crate::on_every_backend!(
    only_admins_define_fields,
    a_bad_definition_is_refused_at_its_inputs_and_writes_nothing,
    changes_the_values_would_not_survive_are_refused_with_a_count,
    a_retired_field_is_hidden_and_its_values_kept,
    deleting_a_field_says_how_many_values_go_and_erases_them,
    the_history_names_a_field_as_it_was_called_then,
    fields_keep_the_order_they_are_given,
    a_student_number_is_searched_imported_and_written_by_the_api,
    the_openapi_document_describes_the_fields_as_they_are_now,
    the_list_filters_by_a_choice_a_yes_or_no_and_a_range,
    a_field_is_set_for_the_selected_students_in_one_batch_with_undo,
    the_dashboard_charts_students_per_choice_as_they_change,
    fields_are_defined_by_script_through_the_api_by_admins,
);

fn field_id(app: &TestApp, key: &str) -> i64 {
    let mut conn = app.pool.get().expect("connection");
    student_fields::table
        .filter(student_fields::key.eq(key))
        .select(student_fields::id)
        .first(&mut **conn)
        .expect("the field")
}

fn values_stored(app: &TestApp) -> i64 {
    let mut conn = app.pool.get().expect("connection");
    student_values::table
        .count()
        .get_result(&mut **conn)
        .expect("a count")
}

async fn given_class(app: &TestApp) -> i64 {
    given_field(
        app,
        &[
            ("label_en", "Class"),
            ("kind", "choice"),
            ("in_list", "on"),
            ("choices", "6A\n6B"),
        ],
    )
    .await;
    field_id(app, "class")
}

/// A student with the form's fields and `extra` ones.
async fn given_student_with(app: &TestApp, email: &str, extra: &[(&str, &str)]) -> i64 {
    let form = [student_form("Ada", "Lovelace", email), extra.to_vec()].concat();
    let response = app.post_form("/create/", &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{extra:?}");
    app.stored_students()
        .await
        .into_iter()
        .find(|student| student.email == email)
        .expect("the student")
        .id
}

async fn only_admins_define_fields(app: TestApp) {
    for role in [Role::Viewer, Role::Editor] {
        let browser = app.client_as(role).await;
        for path in ["/fields/", "/fields/create/"] {
            assert_eq!(app.status_as(&browser, path).await, StatusCode::FORBIDDEN);
        }
        let response = app
            .post_form_as(
                &browser,
                "/fields/create/",
                &[("label_en", "Class"), ("kind", "short_text")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{role:?}");
    }
    assert_eq!(record_of(&app).school().count(), 0);
    let page = app.get_html("/fields/").await;
    assert!(page.contains("No fields of your own yet."));
}

async fn a_bad_definition_is_refused_at_its_inputs_and_writes_nothing(app: TestApp) {
    // Each: the form, the input its error is at, and words of the error.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 6] = [
        (
            &[("kind", "short_text")],
            "label_en",
            "at least one language",
        ),
        (
            &[("label_en", "Email"), ("kind", "short_text")],
            "key",
            "built-in field",
        ),
        (
            &[("label_en", "الصف"), ("kind", "short_text")],
            "key",
            "Type a key",
        ),
        (
            &[("label_en", "Born"), ("kind", "date"), ("unique", "on")],
            "unique",
            "can be unique",
        ),
        (
            &[
                ("label_en", "Class"),
                ("kind", "choice"),
                ("choices", "6A\n6a"),
            ],
            "choices",
            "twice",
        ),
        (
            &[
                ("label_en", "Rank"),
                ("kind", "whole_number"),
                ("min", "9"),
                ("max", "1"),
            ],
            "max",
            "must not be smaller",
        ),
    ];
    for (form, input, words) in cases {
        let response = app.post_form("/fields/create/", form).await;
        let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(page.contains(&format!("id=\"{input}-error\"")), "{form:?}");
        assert!(page.contains(words), "{form:?}: {words}");
        // What was typed stays.
        let (_, typed) = form[0];
        assert!(page.contains(typed), "{form:?} keeps {typed}");
    }
    assert_eq!(record_of(&app).school().count(), 0);
    // A key taken by another field.
    given_class(&app).await;
    let again = [("label_en", "Class"), ("kind", "short_text")];
    let response = app.post_form("/fields/create/", &again).await;
    let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(page.contains("Another field has this key"));
    assert_eq!(record_of(&app).school().count(), 1);
}

async fn changes_the_values_would_not_survive_are_refused_with_a_count(app: TestApp) {
    let id = given_class(&app).await;
    for (n, email) in ["a@example.com", "b@example.com"].iter().enumerate() {
        given_student_with(&app, email, &[("class", if n == 0 { "6a" } else { "6b" })]).await;
    }
    given_student_with(&app, "c@example.com", &[]).await;
    let edit = format!("/fields/{id}/edit/");
    let refused = |form: Vec<(&'static str, &'static str)>, input: &'static str, words| {
        let app = &app;
        let edit = edit.clone();
        async move {
            let response = app.post_form(&edit, &form).await;
            let page = body_with_status(response, StatusCode::UNPROCESSABLE_ENTITY).await;
            assert!(page.contains(&format!("id=\"{input}-error\"")), "{form:?}");
            assert!(page.contains(words), "{form:?}: {words}");
        }
    };
    let base = vec![
        ("label_en", "Class"),
        ("kind", "choice"),
        ("key", "class"),
        ("in_list", "on"),
    ];
    // The base form with `extra`'s inputs in place of its own.
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut form = base.clone();
        form.retain(|(name, _)| !extra.iter().any(|(given, _)| given == name));
        form.extend_from_slice(extra);
        form
    };
    refused(
        with(&[("choices", "6A")]),
        "choices",
        "One student has a value",
    )
    .await;
    refused(
        with(&[("choices", "6A\n6B"), ("required", "on")]),
        "required",
        "One student has no value yet",
    )
    .await;
    refused(
        vec![
            ("label_en", "Class"),
            ("kind", "short_text"),
            ("key", "class"),
        ],
        "kind",
        "2 students have a value",
    )
    .await;
    refused(
        with(&[("choices", "6A\n6B"), ("key", "form")]),
        "key",
        "2 students have a value",
    )
    .await;
    // Renaming a choice in place, adding one and a new label keep every value.
    let response = app
        .post_form(
            &edit,
            &with(&[
                ("label_en", "Form"),
                ("choices", "6 A\n6B\n7A"),
                ("label_de", "Klasse"),
            ]),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html("/").await;
    assert!(
        page.contains(">6 A<") && page.contains(">6B<"),
        "renamed, kept"
    );
    assert!(page.contains(">Form<"), "the new label heads the column");
}

async fn a_retired_field_is_hidden_and_its_values_kept(app: TestApp) {
    let id = given_class(&app).await;
    let student = given_student_with(&app, "ada@example.com", &[("class", "6b")]).await;
    let response = app.post_form(&format!("/fields/{id}/retire/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(!app.get_html("/create/").await.contains("name=\"class\""));
    assert!(!app.get_html("/").await.contains(">6B<"));
    // A save while it is retired keeps the value.
    let version = app.edit_version(student).await;
    let form = [
        student_form("Ada", "King", "ada@example.com"),
        vec![("version", version.as_str())],
    ]
    .concat();
    let response = app.post_form(&format!("/{student}/edit/"), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .post_form(&format!("/fields/{id}/bring-back/"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/{student}/")).await;
    assert!(page.contains("King") && page.contains("6B"), "{page}");
}

async fn deleting_a_field_says_how_many_values_go_and_erases_them(app: TestApp) {
    let id = given_class(&app).await;
    let student = given_student_with(&app, "ada@example.com", &[("class", "6b")]).await;
    let page = app.get_html(&format!("/fields/{id}/delete/")).await;
    assert!(page.contains("One student has a value of it"), "{page}");
    let response = app.post_form(&format!("/fields/{id}/delete/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(record_of(&app).school().count(), 0);
    assert_eq!(values_stored(&app), 0);
    let mut conn = app.pool.get().expect("connection");
    let stored: Option<String> = students_table::table
        .find(student)
        .select(students_table::fields)
        .first(&mut **conn)
        .expect("the student");
    assert_eq!(stored, None, "the value is erased from the row too");
}

async fn fields_keep_the_order_they_are_given(app: TestApp) {
    given_class(&app).await;
    given_field(&app, &[("label_en", "House"), ("kind", "short_text")]).await;
    let keys = |app: &TestApp| -> Vec<String> {
        record_of(app)
            .school()
            .map(|def| def.key().to_owned())
            .collect()
    };
    assert_eq!(keys(&app), ["class", "house"]);
    let house = field_id(&app, "house");
    let response = app
        .post_form(&format!("/fields/{house}/move/"), &[("to", "up")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(keys(&app), ["house", "class"]);
    let form = app.get_html("/create/").await;
    assert!(form.find("name=\"house\"") < form.find("name=\"class\""));
}

async fn a_student_number_is_searched_imported_and_written_by_the_api(app: TestApp) {
    given_field(
        &app,
        &[
            ("label_en", "Student number"),
            ("kind", "short_text"),
            ("unique", "on"),
            ("searchable", "on"),
            ("in_list", "on"),
        ],
    )
    .await;
    given_student_with(&app, "ada@example.com", &[("student_number", "S-1042")]).await;
    given_student_with(&app, "alan@example.com", &[("student_number", "S-2001")]).await;
    let page = app.get_html("/?q=s-1042").await;
    assert_eq!(row_ids(&page).len(), 1, "found by the number");

    // An import headed by the label reads the column; a number taken is refused at its row.
    let file = b"First name,Last name,Email,Student number\nGrace,Hopper,grace@example.com,S-3000\nEdsger,Dijkstra,ewd@example.com,s-1042\n";
    let response = upload_kind(&app, &app.client, file, true, "students").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview = app.get_html(location(&response)).await;
    assert!(preview.contains("Another student already has this Student number"));

    // The API: by key, with the field's rules.
    let token = app.api_token_as(Role::Editor);
    let client = bearer_client(&token);
    let body = json!({"firstname": "Kathleen", "lastname": "Booth", "email": "kb@example.com",
        "student_number": "S-2001"});
    let response = client
        .request(Method::POST, app.url("/api/students"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let taken = problem(response, StatusCode::CONFLICT).await;
    assert!(taken.to_string().contains("student_number"), "{taken}");
    let body = json!({"firstname": "Kathleen", "lastname": "Booth", "email": "kb@example.com",
        "student_number": "S-4000"});
    let response = client
        .request(Method::POST, app.url("/api/students"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let created = ok_json(response, StatusCode::CREATED).await;
    assert_eq!(created["student_number"], "S-4000");
    let body = json!({"house": "Red"});
    let response = client
        .request(Method::POST, app.url("/api/students"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let unknown = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        unknown.to_string().contains("unknown field `house`"),
        "{unknown}"
    );
}

async fn the_openapi_document_describes_the_fields_as_they_are_now(app: TestApp) {
    let document = |app: &TestApp| {
        let client = bearer_client(&app.api_token_as(Role::Viewer));
        let url = app.url("/api/openapi.json");
        async move {
            let response = client.get(url).send().await.unwrap();
            ok_json(response, StatusCode::OK).await
        }
    };
    let before = document(&app).await;
    assert!(before["components"]["schemas"]["NewStudent"]["properties"]["class"].is_null());
    given_class(&app).await;
    given_field(
        &app,
        &[
            ("label_en", "Languages"),
            ("kind", "choices"),
            ("choices", "French\nGerman"),
        ],
    )
    .await;
    let after = document(&app).await;
    let schemas = &after["components"]["schemas"];
    let class = &schemas["NewStudent"]["properties"]["class"];
    assert_eq!(class["enum"], json!(["6a", "6b", null]), "{class}");
    let languages = &schemas["StudentPatch"]["properties"]["languages"];
    assert_eq!(
        languages["items"]["enum"],
        json!(["french", "german"]),
        "{languages}"
    );
    assert!(schemas["StudentRecord"]["properties"]["class"].is_object());
}

async fn the_list_filters_by_a_choice_a_yes_or_no_and_a_range(app: TestApp) {
    given_class(&app).await;
    given_field(&app, &[("label_en", "Photo consent"), ("kind", "yes_no")]).await;
    given_field(&app, &[("label_en", "Born"), ("kind", "date")]).await;
    given_field(&app, &[("label_en", "Locker"), ("kind", "whole_number")]).await;
    let people = [
        ("a@example.com", "6a", "yes", "2011-04-02", "7"),
        ("b@example.com", "6b", "no", "2012-09-30", "12"),
        ("c@example.com", "6b", "yes", "2013-01-15", "120"),
    ];
    let mut ids = Vec::new();
    for (email, class, consent, born, locker) in people {
        let values = [
            ("class", class),
            ("photo_consent", consent),
            ("born", born),
            ("locker", locker),
        ];
        ids.push(given_student_with(&app, email, &values).await);
    }
    given_student_with(&app, "d@example.com", &[]).await;
    let shown = |query: &'static str| {
        let app = &app;
        async move {
            let mut found = row_ids(&app.get_html(&format!("/?{query}")).await);
            found.sort();
            found
        }
    };
    assert_eq!(shown("f.class=6b").await, [ids[1], ids[2]]);
    assert_eq!(shown("f.class=6b&f.photo_consent=yes").await, [ids[2]]);
    assert_eq!(shown("f.born.from=2012-01-01").await, [ids[1], ids[2]]);
    assert_eq!(shown("f.born.to=2012-09-30").await, [ids[0], ids[1]]);
    assert_eq!(shown("f.locker.from=10&f.locker.to=100").await, [ids[1]]);
    assert!(shown("f.class=7z").await.is_empty(), "a choice nobody has");
    assert_eq!(
        shown("f.nothing=1").await.len(),
        0,
        "a key no field has matches no one"
    );
    // The filter form offers each, with what is chosen kept.
    let page = app.get_html("/?f.class=6b").await;
    assert!(page.contains("name=\"f.class\""));
    assert!(page.contains("<option value=\"6b\" selected>"));
    assert!(page.contains("name=\"f.born.from\""));
    // The API reads the same filters.
    let client = bearer_client(&app.api_token_as(Role::Viewer));
    let response = client
        .get(app.url("/api/students?f.class=6a"))
        .send()
        .await
        .unwrap();
    let list = ok_json(response, StatusCode::OK).await;
    assert_eq!(list["total"], 1, "{list}");
    assert_eq!(list["students"][0]["class"], "6a");
}

fn class_of(app: &TestApp, id: i64) -> Option<String> {
    let record = record_of(app);
    let mut conn = app.pool.get().expect("connection");
    let student = students::db::students::find(&mut conn, id)
        .expect("a read")
        .expect("the student");
    use students::db::students::StudentValues;
    student.values(&record).get("class").map(str::to_owned)
}

async fn a_field_is_set_for_the_selected_students_in_one_batch_with_undo(app: TestApp) {
    given_class(&app).await;
    given_field(
        &app,
        &[
            ("label_en", "Student number"),
            ("kind", "short_text"),
            ("unique", "on"),
        ],
    )
    .await;
    let a = given_student_with(&app, "a@example.com", &[("class", "6a")]).await;
    let b = given_student_with(&app, "b@example.com", &[]).await;
    let c = given_student_with(&app, "c@example.com", &[("class", "6a")]).await;
    let (a_id, b_id) = (a.to_string(), b.to_string());
    let bulk = |extra: &[(&'static str, &'static str)]| {
        let mut form = vec![
            ("action", "set"),
            ("ids", a_id.as_str()),
            ("ids", b_id.as_str()),
        ];
        form.extend_from_slice(extra);
        form
    };
    // A value the field does not take, or a unique field, is refused and writes nothing.
    let response = app
        .post_form(
            "/bulk/",
            &bulk(&[("set_field", "class"), ("set_value", "9Z")]),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(location(&response)).await;
    assert!(page.contains("Class must be one of its list"), "{page}");
    let response = app
        .post_form(
            "/bulk/",
            &bulk(&[("set_field", "student_number"), ("set_value", "S-1")]),
        )
        .await;
    let page = app.get_html(location(&response)).await;
    assert!(page.contains("Student number is unique"), "{page}");
    assert_eq!(class_of(&app, b), None);

    // Set by the choice's text, for the two ticked: one batch, one notice with Undo.
    let response = app
        .post_form(
            "/bulk/",
            &bulk(&[("set_field", "class"), ("set_value", "6B")]),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(location(&response)).await;
    assert!(page.contains("Set Class for 2 students."), "{page}");
    let undo = page
        .split("action=\"")
        .find(|part| part.starts_with("/batches/"))
        .and_then(|part| part.split('"').next())
        .expect("an Undo button")
        .replace("&amp;", "&");
    assert_eq!(
        [class_of(&app, a), class_of(&app, b), class_of(&app, c)],
        [Some("6b".into()), Some("6b".into()), Some("6a".into())]
    );
    // A colleague moves b on meanwhile: the Undo keeps that, and puts a back.
    let version = app.edit_version(b).await;
    let form = [
        student_form("Ada", "Lovelace", "b@example.com"),
        vec![("class", "6a"), ("version", version.as_str())],
    ]
    .concat();
    let response = app.post_form(&format!("/{b}/edit/"), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.post_form(&undo, &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(location(&response)).await;
    assert!(
        page.contains("Put back the value of one student."),
        "{page}"
    );
    assert!(page.contains("One student kept the value someone gave since."));
    assert_eq!(
        [class_of(&app, a), class_of(&app, b)],
        [Some("6a".into()), Some("6a".into())]
    );
}

/// The dashboard's count of students with `choice` of the class field.
async fn charted(app: &TestApp, label: &str) -> Option<String> {
    let page = app.get_html("/dashboard/").await;
    let bar = format!("aria-label=\"{label}: ");
    let at = page.find(&bar)?;
    let rest = &page[at + bar.len()..];
    rest.split('"').next().map(str::to_owned)
}

async fn the_dashboard_charts_students_per_choice_as_they_change(app: TestApp) {
    given_class(&app).await;
    let a = given_student_with(&app, "a@example.com", &[("class", "6b")]).await;
    given_student_with(&app, "b@example.com", &[("class", "6b")]).await;
    given_student_with(&app, "c@example.com", &[("class", "6a")]).await;
    let page = app.get_html("/dashboard/").await;
    assert!(page.contains("Students per Class"), "{page}");
    assert!(
        page.contains("href=\"/?f.class=6b\""),
        "a bar leads to its students"
    );
    assert_eq!(charted(&app, "6B").await.as_deref(), Some("2 students"));
    assert_eq!(charted(&app, "6A").await.as_deref(), Some("1 student"));
    // An edit moves a student, a deletion takes one away, a restore brings them back.
    let version = app.edit_version(a).await;
    let form = [
        student_form("Ada", "Lovelace", "a@example.com"),
        vec![("class", "6a"), ("version", version.as_str())],
    ]
    .concat();
    assert_eq!(
        app.post_form(&format!("/{a}/edit/"), &form).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(charted(&app, "6B").await.as_deref(), Some("1 student"));
    assert_eq!(charted(&app, "6A").await.as_deref(), Some("2 students"));
    assert_eq!(
        app.post_form(&format!("/{a}/delete/"), &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(charted(&app, "6A").await.as_deref(), Some("1 student"));
    assert_eq!(
        app.post_form(&format!("/{a}/restore/"), &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(charted(&app, "6A").await.as_deref(), Some("2 students"));
}

async fn fields_are_defined_by_script_through_the_api_by_admins(app: TestApp) {
    let editor = bearer_client(&app.api_token_as(Role::Editor));
    let admin = bearer_client(&app.api_token_as(Role::Admin));
    let body = json!({"label": {"en": "Class", "de": "Klasse"}, "kind": "choice",
        "choices": ["6A", "6B"], "in_list": true});
    let response = editor
        .post(app.url("/api/fields"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN, "admins only");
    let response = admin
        .post(app.url("/api/fields"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let created = ok_json(response, StatusCode::CREATED).await;
    assert_eq!(created["key"], "class");
    assert_eq!(created["choices"][1]["key"], "6b");
    assert_eq!(created["label"]["de"], "Klasse");
    let id = created["id"].as_i64().unwrap();
    // The same rules and words as the Fields page.
    let bad = json!({"label": {"en": "Born"}, "kind": "date", "unique": true});
    let response = admin
        .post(app.url("/api/fields"))
        .json(&bad)
        .send()
        .await
        .unwrap();
    let refused = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        refused["errors"]["unique"]
            .as_str()
            .unwrap()
            .contains("can be unique"),
        "{refused}"
    );
    given_student_with(&app, "ada@example.com", &[("class", "6b")]).await;
    let fewer = json!({"label": {"en": "Class"}, "kind": "choice", "choices": ["6A"]});
    let url = app.url(&format!("/api/fields/{id}"));
    let response = admin.put(&url).json(&fewer).send().await.unwrap();
    let refused = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(
        refused["errors"]["choices"]
            .as_str()
            .unwrap()
            .contains("One student"),
        "{refused}"
    );
    // Retired by script, listed with its count, then deleted.
    let retire = json!({"label": {"en": "Class"}, "kind": "choice", "choices": ["6A", "6B"],
        "retired": true});
    let response = admin.put(&url).json(&retire).send().await.unwrap();
    let changed = ok_json(response, StatusCode::OK).await;
    assert_eq!(changed["retired"], true);
    assert_eq!(changed["students"], 1);
    let list = ok_json(
        admin.get(app.url("/api/fields")).send().await.unwrap(),
        StatusCode::OK,
    )
    .await;
    assert_eq!(list["fields"].as_array().unwrap().len(), 1);
    let response = admin.delete(&url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        admin.get(&url).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
}

async fn the_history_names_a_field_as_it_was_called_then(app: TestApp) {
    let id = given_class(&app).await;
    let student = given_student_with(&app, "ada@example.com", &[("class", "6b")]).await;
    let response = app
        .post_form(
            &format!("/fields/{id}/edit/"),
            &[
                ("label_en", "Form"),
                ("kind", "choice"),
                ("key", "class"),
                ("choices", "6A\n6B"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.post_form(&format!("/fields/{id}/delete/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/{student}/")).await;
    assert!(page.contains("<th scope=\"row\">Class</th>"), "{page}");
}
