//! One description of the student record: every field it describes makes the whole round
//! trip — the form, the stored row, the API, the CSV export and import, the history, the
//! three-way merge, a delete and its restore — so a field added to the description and
//! forgotten in one of those places fails here, on every backend.
//!
//! Routes: `/create/`, `/{id}/edit/`, `/{id}/delete/`, `/{id}/restore/`, `/export.csv`,
//! `/import/`, `/api/students/{id}`.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::Value;
use students::domain::StudentField;
use students::domain::record::{FieldDef, Kind};
use students::schema::student_changes;

crate::on_every_backend!(every_described_field_makes_the_round_trip);

/// A second value every rule accepts, unlike the field's example (a blank one for the
/// optional fields, which clears them).
fn other_value(def: &FieldDef) -> String {
    if !def.required {
        return String::new();
    }
    match def.kind {
        Kind::Line { .. } => format!("{}-Byron", def.example),
        Kind::Email { .. } => format!("other.{}", def.example),
        Kind::WholeNumber { min, .. } => min.to_string(),
        Kind::LongText { .. } => "Something else".to_owned(),
    }
}

/// The value as the API answers it: `null` for blank, a number for a whole number.
fn as_json(def: &FieldDef, raw: &str) -> Value {
    def.parse(raw)
        .expect("a valid value")
        .map_or(Value::Null, |value| value.to_json())
}

/// The value as the history, the form and the CSV export write it: `None` for blank.
fn as_text(def: &FieldDef, raw: &str) -> Option<String> {
    def.parse(raw)
        .expect("a valid value")
        .map(|value| value.text().into_owned())
}

fn form_of<'a>(values: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    values
        .iter()
        .map(|(key, raw)| (*key, raw.as_str()))
        .collect()
}

async fn api_record(app: &TestApp, id: i64) -> Value {
    let response = app.get(&format!("/api/students/{id}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("a JSON record")
}

fn assert_api_holds(record: &Value, values: &[(&'static str, String)]) {
    for def in StudentField::defs() {
        let raw = &values.iter().find(|(key, _)| *key == def.key()).unwrap().1;
        assert_eq!(
            record[def.key()],
            as_json(def, raw),
            "{} in the API",
            def.key()
        );
    }
}

/// The CSV export's cells of student `id`, by column name.
async fn exported(app: &TestApp, id: i64) -> std::collections::HashMap<String, String> {
    let response = app.get("/export.csv").await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(Result::unwrap)
        .find(|row| row.get(0) == Some(&id.to_string()))
        .map(|row| {
            header
                .into_iter()
                .zip(row.iter().map(str::to_owned))
                .collect()
        })
        .expect("the student's row")
}

fn history_of(app: &TestApp, id: i64) -> Vec<(String, Value)> {
    let mut conn = app.pool.get().expect("connection");
    student_changes::table
        .filter(student_changes::student_id.eq(id))
        .order(student_changes::id)
        .select((student_changes::action, student_changes::changes))
        .load::<(String, String)>(&mut **conn)
        .expect("history rows")
        .into_iter()
        .map(|(action, changes)| (action, serde_json::from_str(&changes).unwrap()))
        .collect()
}

async fn every_described_field_makes_the_round_trip(app: TestApp) {
    let examples: Vec<(&'static str, String)> = StudentField::defs()
        .map(|def| (def.key(), def.example.to_owned()))
        .collect();

    // The form: every field has its input, and what it stores is what was typed.
    let form_page = app.get_html("/create/").await;
    for def in StudentField::defs() {
        assert!(
            form_page.contains(&format!("name=\"{}\"", def.key())),
            "the form has no input for {}",
            def.key()
        );
    }
    let response = app.post_form("/create/", &form_of(&examples)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = app.stored_students().await[0].id;
    let record = api_record(&app, id).await;
    assert_api_holds(&record, &examples);
    let edit_page = app.get_html(&format!("/{id}/edit/")).await;
    for def in StudentField::defs() {
        let shown = as_text(def, def.example).unwrap();
        let escaped = shown.replace('&', "&amp;").replace('<', "&lt;");
        assert!(
            edit_page.contains(&escaped),
            "the edit form lacks {}",
            def.key()
        );
    }

    // Each unique field: another student with the same value in other letter case is
    // refused at that field, and not stored.
    for field in StudentField::unique() {
        let same: Vec<(&'static str, String)> = StudentField::defs()
            .map(|def| match def.key() == field.key() {
                true => (def.key(), def.example.to_uppercase()),
                false => (def.key(), other_value(def)),
            })
            .collect();
        let response = app.post_form("/create/", &form_of(&same)).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            field.key()
        );
        let page = response.text().await.unwrap();
        let error = format!("id=\"{}-error\"", field.key());
        assert!(page.contains(&error), "the refusal is at {}", field.key());
        assert_eq!(app.stored_students().await.len(), 1);
    }

    // The CSV export: a column per field, holding the value.
    let cells = exported(&app, id).await;
    for def in StudentField::defs() {
        assert_eq!(
            cells.get(def.key()).map(String::as_str),
            Some(as_text(def, def.example).unwrap().as_str()),
            "{} in the export",
            def.key()
        );
    }

    // The history: the creation names every field with its value.
    let created = &history_of(&app, id)[0];
    assert_eq!(created.0, "created");
    for def in StudentField::defs() {
        let change = created
            .1
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["field"] == def.key());
        let change = change.unwrap_or_else(|| panic!("{} not in the history", def.key()));
        assert_eq!(change["new"], Value::from(as_text(def, def.example)));
    }
    let shown = app.get_html(&format!("/{id}/")).await;
    let unknown = "<th scope=\"row\">Field</th>";
    assert!(
        !shown.contains(unknown),
        "a change without its field's label"
    );

    // The merge: two people edit the same version, each changing every field to the
    // other values in turn; the second save merges field by field.
    let version = app.edit_version(id).await;
    let others: Vec<(&'static str, String)> = StudentField::defs()
        .map(|def| (def.key(), other_value(def)))
        .collect();
    // Theirs changes every other field, mine the rest.
    let changing = |parity: usize| -> Vec<(&'static str, String)> {
        let pairs = examples.iter().zip(&others).enumerate();
        pairs
            .map(|(at, (example, other))| if at % 2 == parity { other } else { example })
            .cloned()
            .collect()
    };
    let (theirs, mine) = (changing(0), changing(1));
    let edit = format!("/{id}/edit/");
    let response = app
        .post_form(&edit, &with(form_of(&theirs), "version", &version))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .post_form(&edit, &with(form_of(&mine), "version", &version))
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "disjoint edits merge"
    );
    assert_api_holds(&api_record(&app, id).await, &others);
    let history = history_of(&app, id);
    let edited: Vec<&str> = history[1..]
        .iter()
        .flat_map(|(_, changes)| changes.as_array().unwrap())
        .map(|change| change["field"].as_str().unwrap())
        .collect();
    for def in StudentField::defs() {
        assert!(
            edited.contains(&def.key()),
            "{} not in the edits' history",
            def.key()
        );
    }

    // The form refills from what is stored.
    let response = app.post_edit(id, &form_of(&examples)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // A delete and its restore bring every field back.
    let response = app.post_form(&format!("/{id}/delete/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/api/students/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let response = app.post_form(&format!("/{id}/restore/"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_api_holds(&api_record(&app, id).await, &examples);

    // The export imports back: the same values, but another one of each unique field.
    let imported_values: Vec<(&'static str, String)> = StudentField::defs()
        .map(|def| match def.unique {
            Some(_) => (def.key(), other_value(def)),
            None => (def.key(), def.example.to_owned()),
        })
        .collect();
    let mut cells = exported(&app, id).await;
    for (key, raw) in &imported_values {
        let def = StudentField::named(key).unwrap().def();
        cells.insert(key.to_string(), as_text(def, raw).unwrap_or_default());
    }
    let header: Vec<&String> = cells.keys().collect();
    let mut file = csv::Writer::from_writer(Vec::new());
    file.write_record(&header).unwrap();
    file.write_record(header.iter().map(|key| cells[*key].as_str()))
        .unwrap();
    let file = file.into_inner().unwrap();
    let response = upload_kind(&app, &app.client, &file, true, "students").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview = location(&response).to_owned();
    let response = app.post_form(&format!("{preview}confirm/"), &[]).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "the export imports back"
    );
    let stored = app.stored_students().await;
    assert_eq!(stored.len(), 2, "the import added one student");
    let imported = stored.into_iter().find(|student| student.id != id).unwrap();
    assert_api_holds(&api_record(&app, imported.id).await, &imported_values);
}
