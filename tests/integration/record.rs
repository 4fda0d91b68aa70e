//! One description of the student record: every field it describes — built in, and one
//! of each kind a school can define — makes the whole round trip — the form, the stored
//! row, the API, the CSV export and import, the history, the three-way merge, a delete and
//! its restore — so a field added to the description and forgotten in one of those places
//! fails here, on every backend.
//!
//! Routes: `/create/`, `/{id}/edit/`, `/{id}/delete/`, `/{id}/restore/`, `/export.csv`,
//! `/import/`, `/api/students/{id}`, `/fields/create/`.

use crate::helpers::*;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::Value;
use students::domain::record::{FieldDef, Kind, Record};
use students::schema::student_changes;

crate::on_every_backend!(
    every_described_field_makes_the_round_trip,
    every_kind_of_school_field_makes_the_round_trip
);

/// The fields students have now, as the app reads them.
pub fn record_of(app: &TestApp) -> Record {
    let mut conn = app.pool.get().expect("connection");
    students::db::fields::record(&mut conn).expect("the record")
}

/// Defines a field on the Fields page (as the admin) and checks it was added.
pub async fn given_field(app: &TestApp, form: &[(&str, &str)]) {
    let response = app.post_form("/fields/create/", form).await;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::SEE_OTHER, "{form:?}: {body}");
}

/// One field of each kind a school can define, with each rule that fits it.
pub async fn given_a_field_of_each_kind(app: &TestApp) {
    let fields: [&[(&str, &str)]; 7] = [
        &[
            ("label_en", "Student number"),
            ("kind", "short_text"),
            ("required", "on"),
            ("unique", "on"),
            ("searchable", "on"),
            ("in_list", "on"),
            ("max_chars", "20"),
        ],
        &[("label_en", "Medical note"), ("kind", "long_text")],
        &[
            ("label_en", "Locker"),
            ("kind", "whole_number"),
            ("unique", "on"),
            ("min", "1"),
            ("max", "9999"),
        ],
        &[
            ("label_en", "Date of birth"),
            ("label_de", "Geburtsdatum"),
            ("kind", "date"),
            ("min", "1990-01-01"),
        ],
        &[("label_en", "Photo consent"), ("kind", "yes_no")],
        &[
            ("label_en", "Class"),
            ("kind", "choice"),
            ("required", "on"),
            ("in_list", "on"),
            ("choices", "6A\n6B"),
        ],
        &[
            ("label_en", "Languages"),
            ("kind", "choices"),
            ("choices", "French\nGerman\nSpanish"),
        ],
    ];
    for form in fields {
        given_field(app, form).await;
    }
}

async fn every_kind_of_school_field_makes_the_round_trip(app: TestApp) {
    given_a_field_of_each_kind(&app).await;
    let record = record_of(&app);
    assert_eq!(record.school().count(), 7);
    round_trip(&app, &record).await;
}

async fn every_described_field_makes_the_round_trip(app: TestApp) {
    round_trip(&app, &record_of(&app)).await;
}

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
        Kind::Date { min, .. } => min.format("%Y-%m-%d").to_string(),
        Kind::YesNo => "no".to_owned(),
        Kind::Choice { .. } | Kind::Choices { .. } => def
            .kind
            .choices()
            .last()
            .map(|choice| choice.key.clone())
            .unwrap_or_default(),
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

fn form_of(values: &[(String, String)]) -> Vec<(&str, &str)> {
    values
        .iter()
        .map(|(key, raw)| (key.as_str(), raw.as_str()))
        .collect()
}

/// Each field's key with `value` of it.
fn values_of(record: &Record, value: impl Fn(&FieldDef) -> String) -> Vec<(String, String)> {
    record
        .fields()
        .map(|def| (def.key().to_owned(), value(def)))
        .collect()
}

/// The value as the CSV export writes it: a choice by its text.
fn as_cell(def: &FieldDef, raw: &str) -> Option<String> {
    let text = as_text(def, raw)?;
    let choices = def.kind.choices();
    if choices.is_empty() {
        return Some(text);
    }
    let texts: Vec<&str> = text
        .split('\n')
        .map(|key| {
            let choice = choices.iter().find(|choice| choice.key == key).unwrap();
            choice.text.first()
        })
        .collect();
    Some(texts.join("; "))
}

async fn api_record(app: &TestApp, id: i64) -> Value {
    let response = app.get(&format!("/api/students/{id}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("a JSON record")
}

fn assert_api_holds(fields: &Record, record: &Value, values: &[(String, String)]) {
    for def in fields.fields() {
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

/// Every field of `fields` through every part of the app, on `app`.
async fn round_trip(app: &TestApp, fields: &Record) {
    let examples = values_of(fields, |def| def.example.to_string());

    // The form: every field has its input, and what it stores is what was typed.
    let form_page = app.get_html("/create/").await;
    for def in fields.fields() {
        assert!(
            form_page.contains(&format!("name=\"{}\"", def.key())),
            "the form has no input for {}",
            def.key()
        );
    }
    let response = app.post_form("/create/", &form_of(&examples)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = app.stored_students().await[0].id;
    let record = api_record(app, id).await;
    assert_api_holds(fields, &record, &examples);
    let edit_page = app.get_html(&format!("/{id}/edit/")).await;
    for def in fields.fields() {
        let shown = as_text(def, &def.example).unwrap();
        let escaped = shown.replace('&', "&amp;").replace('<', "&lt;");
        assert!(
            edit_page.contains(&escaped),
            "the edit form lacks {}",
            def.key()
        );
    }

    // Each unique field: another student with the same value in other letter case is
    // refused at that field, and not stored.
    for field in fields.unique() {
        let same = values_of(fields, |def| match def.key() == field.key() {
            true => def.example.to_uppercase(),
            false => other_value(def),
        });
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
    let cells = exported(app, id).await;
    for def in fields.fields() {
        assert_eq!(
            cells.get(def.key()).map(String::as_str),
            as_cell(def, &def.example).as_deref(),
            "{} in the export",
            def.key()
        );
    }

    // The history: the creation names every field with its value.
    let created = &history_of(app, id)[0];
    assert_eq!(created.0, "created");
    for def in fields.fields() {
        let change = created
            .1
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["field"] == def.key());
        let change = change.unwrap_or_else(|| panic!("{} not in the history", def.key()));
        assert_eq!(change["new"], Value::from(as_text(def, &def.example)));
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
    let others = values_of(fields, other_value);
    // Theirs changes every other field, mine the rest.
    let changing = |parity: usize| -> Vec<(String, String)> {
        let pairs = examples.iter().zip(&others).enumerate();
        pairs
            .map(|(at, (example, other))| if at % 2 == parity { other } else { example })
            .cloned()
            .collect()
    };
    let (theirs, mine) = (changing(0), changing(1));
    let edit = format!("/{id}/edit/");
    let response = app
        .post_form(
            &edit,
            &[form_of(&theirs), vec![("version", &version)]].concat(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .post_form(
            &edit,
            &[form_of(&mine), vec![("version", &version)]].concat(),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "disjoint edits merge"
    );
    assert_api_holds(fields, &api_record(app, id).await, &others);
    let history = history_of(app, id);
    let edited: Vec<&str> = history[1..]
        .iter()
        .flat_map(|(_, changes)| changes.as_array().unwrap())
        .map(|change| change["field"].as_str().unwrap())
        .collect();
    for def in fields.fields() {
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
    assert_api_holds(fields, &api_record(app, id).await, &examples);

    // The export imports back: the same values, but another one of each unique field.
    let imported_values = values_of(fields, |def| match def.unique {
        Some(_) => other_value(def),
        None => def.example.to_string(),
    });
    let mut cells = exported(app, id).await;
    for (key, raw) in &imported_values {
        let def = fields.named(key).unwrap();
        cells.insert(key.to_string(), as_cell(def, raw).unwrap_or_default());
    }
    let header: Vec<&String> = cells.keys().collect();
    let mut file = csv::Writer::from_writer(Vec::new());
    file.write_record(&header).unwrap();
    file.write_record(header.iter().map(|key| cells[*key].as_str()))
        .unwrap();
    let file = file.into_inner().unwrap();
    let response = upload_kind(app, &app.client, &file, true, "students").await;
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
    assert_api_holds(
        fields,
        &api_record(app, imported.id).await,
        &imported_values,
    );
}
