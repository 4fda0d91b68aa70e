//! What a change to one of the school's fields means for the students' stored values:
//! whether they survive it (`breaking`, counted before anything is written), and what the
//! database keeps of them afterwards (`student_values` rows, the search text, or — for a
//! deleted field — the values themselves), re-derived inside the change's transaction.

use super::records::{Student, StudentValues, find};
use super::school_values::{self, SchoolValues};
use crate::db::DbConnection;
use crate::domain::StudentForm;
use crate::domain::record::{Record, SchoolField, SchoolKind, Value, unique_key};
use crate::schema::{student_count, student_values, students};
use diesel::prelude::*;
use std::collections::HashMap;

/// Students per statement when many are re-derived.
const CHUNK: usize = 500;

/// The students with a value of field `field_id`.
pub fn students_with(conn: &mut DbConnection, field_id: i64) -> QueryResult<Vec<i64>> {
    student_values::table
        .filter(student_values::field_id.eq(field_id))
        .select(student_values::student_id)
        .distinct()
        .order(student_values::student_id)
        .load(conn)
}

/// The stored values of the students `ids`.
fn values_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, SchoolValues)>> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        found.extend(
            students::table
                .filter(students::id.eq_any(chunk))
                .select((students::id, students::fields))
                .load::<(i64, Option<String>)>(conn)?
                .into_iter()
                .map(|(id, json)| {
                    let values = SchoolValues::read(json.as_deref())
                        .map_err(|err| diesel::result::Error::DeserializationError(err.into()))?;
                    Ok((id, values))
                }),
        );
    }
    found.into_iter().collect()
}

/// The input of the Fields page whose rule a value breaks, by the field's kind.
fn rule_of(kind: &SchoolKind) -> &'static str {
    match kind {
        SchoolKind::ShortText { .. } | SchoolKind::LongText { .. } => "max_chars",
        SchoolKind::WholeNumber { .. } | SchoolKind::Date { .. } => "min",
        SchoolKind::Choice { .. } | SchoolKind::Choices { .. } => "choices",
        SchoolKind::YesNo => "kind",
    }
}

/// Whether the students' values of `current` would break `changed` (the same field with
/// new rules): the first rule broken (its input on the Fields page) and by how many
/// students; `None` when every value survives.
pub fn breaking(
    conn: &mut DbConnection,
    current: &SchoolField,
    changed: &SchoolField,
) -> QueryResult<Option<(&'static str, i64)>> {
    let ids = students_with(conn, current.id)?;
    let (old, new) = (current.def(), changed.def());
    if new.required && !old.required {
        let total: i64 = student_count::table
            .select(student_count::total)
            .first(conn)
            .optional()?
            .unwrap_or_default();
        let without = total - ids.len() as i64;
        if without > 0 {
            return Ok(Some(("required", without)));
        }
    }
    let mut broken = 0;
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (_, values) in values_of(conn, &ids)? {
        let Some(text) = values.text(&old) else {
            continue;
        };
        if new.kind.parse(&new.label, &text, false).is_err() {
            broken += 1;
        }
        *seen.entry(unique_key(&text)).or_default() += 1;
    }
    if broken > 0 {
        return Ok(Some((rule_of(&changed.spec.kind), broken)));
    }
    let shared: usize = seen.values().filter(|n| **n > 1).sum();
    if new.unique.is_some() && shared > 0 {
        return Ok(Some(("unique", shared as i64)));
    }
    Ok(None)
}

/// After `current` became `changed` (every value survives it): the rows of its values
/// written anew (a unique key, a lookup key that may differ), and the search text of
/// its students when whether it is searched changed.
pub fn after_change(
    conn: &mut DbConnection,
    record: &Record,
    current: &SchoolField,
    changed: &SchoolField,
) -> QueryResult<()> {
    let def = changed.def();
    let ids = students_with(conn, changed.id)?;
    let mut rows = Vec::new();
    for (student_id, values) in values_of(conn, &ids)? {
        let value: Option<Value> = values.text(&def).and_then(|text| def.kind.stored(&text));
        if let Some(value) = value {
            rows.extend(school_values::rows_of(student_id, changed.id, &def, &value));
        }
    }
    diesel::delete(student_values::table.filter(student_values::field_id.eq(changed.id)))
        .execute(conn)?;
    for chunk in rows.chunks(CHUNK) {
        school_values::insert(conn, chunk)?;
    }
    if current.spec.searchable != changed.spec.searchable {
        search_text_of(conn, record, &ids)?;
    }
    Ok(())
}

/// Writes anew what a search looks in for the students with a value of field
/// `field_id` (it was retired or brought back), by `record` (the fields as they are now).
pub fn search_text_of_field(
    conn: &mut DbConnection,
    record: &Record,
    field_id: i64,
) -> QueryResult<()> {
    let ids = students_with(conn, field_id)?;
    search_text_of(conn, record, &ids)
}

/// Writes anew the search text of the students `ids`, by `record`.
fn search_text_of(conn: &mut DbConnection, record: &Record, ids: &[i64]) -> QueryResult<()> {
    for id in ids {
        let Some(student) = find(conn, *id)? else {
            continue;
        };
        if let Some(text) = search_text(record, &student) {
            diesel::update(students::table.find(id))
                .set(students::search_text.eq(text))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// What a search looks in for `student` by `record` (`None` if the stored values no
/// longer pass its rules, which an accepted change never makes so).
fn search_text(record: &Record, student: &Student) -> Option<String> {
    StudentForm::of(record, &student.values(record))
        .parse(record)
        .ok()
        .map(|valid| valid.search_text())
}

/// Erases the values of deleted field `field_id` from the students `ids` (their rows are
/// gone with the field), and their search text without it when it was searched.
pub fn forget(
    conn: &mut DbConnection,
    record: &Record,
    field_id: i64,
    ids: &[i64],
    searchable: bool,
) -> QueryResult<()> {
    for (id, values) in values_of(conn, ids)? {
        diesel::update(students::table.find(id))
            .set(students::fields.eq(values.without(field_id)))
            .execute(conn)?;
    }
    if searchable {
        search_text_of(conn, record, ids)?;
    }
    Ok(())
}
