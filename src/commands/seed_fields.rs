//! The demo's own school fields — a unique student number, a class to choose from a list
//! and a date of birth — defined by `seed` when the school has none of that key yet, and
//! a plausible value of each for every seeded student.

use crate::db::{DbConnection, fields};
use crate::domain::field_form::FieldForm;
use crate::domain::record::Record;
use chrono::{Datelike, NaiveDate, Utc};
use rand::RngExt;

/// The classes a demo student is in.
const CLASSES: [&str; 6] = ["5A", "5B", "6A", "6B", "7A", "7B"];

/// The demo fields' definitions, as the Fields page would be filled in.
fn forms() -> [FieldForm; 3] {
    let on = || "on".to_owned();
    [
        FieldForm {
            label_en: "Student number".into(),
            label_de: "Schülernummer".into(),
            label_es: "Número de alumno".into(),
            label_ar: "رقم الطالب".into(),
            key: "student_number".into(),
            kind: "short_text".into(),
            max_chars: "12".into(),
            unique: on(),
            searchable: on(),
            in_list: on(),
            ..FieldForm::default()
        },
        FieldForm {
            label_en: "Class".into(),
            label_de: "Klasse".into(),
            label_es: "Clase".into(),
            label_ar: "الصف".into(),
            key: "class".into(),
            kind: "choice".into(),
            choices: CLASSES.join("\n"),
            in_list: on(),
            ..FieldForm::default()
        },
        FieldForm {
            label_en: "Date of birth".into(),
            label_de: "Geburtsdatum".into(),
            label_es: "Fecha de nacimiento".into(),
            label_ar: "تاريخ الميلاد".into(),
            key: "date_of_birth".into(),
            kind: "date".into(),
            ..FieldForm::default()
        },
    ]
}

/// Defines the demo fields whose key no field has yet; the record as it is then.
pub fn define(conn: &mut DbConnection) -> anyhow::Result<Record> {
    let existing: Vec<String> = fields::all(conn)?
        .into_iter()
        .map(|field| field.key)
        .collect();
    for form in forms() {
        if existing.contains(&form.key) {
            continue;
        }
        let valid = form
            .parse(None)
            .map_err(|errors| anyhow::anyhow!("demo field is invalid: {errors:?}"))?;
        fields::create(conn, &valid)?
            .map_err(|refusal| anyhow::anyhow!("demo field refused: {refusal:?}"))?;
    }
    Ok(fields::record(conn)?)
}

/// The demo fields' values of the student numbered `number` (unique), aged `age`.
pub fn values(rng: &mut impl RngExt, number: i64, age: Option<i32>) -> [(&'static str, String); 3] {
    let born = age.map(|age| {
        let year = Utc::now().year() - age;
        let day = rng.random_range(0..365);
        NaiveDate::from_ymd_opt(year, 1, 1)
            .and_then(|first| first.checked_add_days(chrono::Days::new(day)))
            .map(|day| day.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    });
    [
        ("student_number", format!("S{number:07}")),
        (
            "class",
            CLASSES[rng.random_range(0..CLASSES.len())].to_owned(),
        ),
        ("date_of_birth", born.unwrap_or_default()),
    ]
}
