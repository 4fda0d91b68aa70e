//! Where the school's fields' values are stored: with the row, as JSON by field id
//! (`students.fields`, read back as `SchoolValues` with every read of a student), and as
//! rows of `student_values` for what the database must look up or enforce (a filter, a
//! unique value). Both are written here, in the caller's transaction.

use crate::db::DbConnection;
use crate::db::connection::MultiBackend;
use crate::domain::ValidStudent;
use crate::domain::record::{FieldDef, Record, Value, unique_key};
use crate::domain::refusal::TakenField;
use crate::schema::student_values;
use diesel::deserialize::{self, Queryable};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sql_types::{Nullable, Text};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// A row's values of the school's fields, as stored: JSON by field id (an id no field has
/// any more is a deleted field's, and is never read).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SchoolValues(BTreeMap<i64, Json>);

impl Queryable<Nullable<Text>, MultiBackend> for SchoolValues {
    type Row = Option<String>;

    fn build(row: Option<String>) -> deserialize::Result<Self> {
        Ok(Self::read(row.as_deref())?)
    }
}

impl SchoolValues {
    /// The values as the column stores them (`NULL`: none).
    pub fn read(stored: Option<&str>) -> Result<Self, serde_json::Error> {
        match stored {
            None | Some("") => Ok(Self::default()),
            Some(text) => serde_json::from_str(text).map(Self),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The values without field `id`'s, as the column stores them.
    pub fn without(mut self, id: i64) -> Option<String> {
        self.0.remove(&id);
        (!self.0.is_empty()).then(|| self.to_json())
    }

    /// The value of the school's field `def` as text (`Value::text`).
    pub fn text(&self, def: &FieldDef) -> Option<String> {
        let json = self.0.get(&def.school_id()?)?;
        def.kind
            .form_text_of_json(json)
            .filter(|text| !text.is_empty())
    }

    /// The values of `student` over these (its fields' values replace theirs; a retired
    /// field's value stays), as the column stores them: `None` for no value at all.
    pub fn with(&self, student: &ValidStudent) -> Option<String> {
        let record = student.record();
        let mut values: BTreeMap<i64, Json> = self
            .0
            .iter()
            .filter(|(id, _)| record.school_field(**id).is_some())
            .map(|(id, json)| (*id, json.clone()))
            .collect();
        for def in record.school() {
            if let Some(id) = def.school_id() {
                values.remove(&id);
            }
        }
        for (def, value) in student.school_values() {
            if let Some(id) = def.school_id() {
                values.insert(id, value.to_json());
            }
        }
        (!values.is_empty()).then(|| Self(values).to_json())
    }

    fn to_json(&self) -> String {
        // A map of numbers to JSON values always serialises.
        serde_json::to_string(&self.0).unwrap_or_default()
    }
}

/// One row of `student_values`.
#[derive(Debug, Insertable)]
#[diesel(table_name = student_values, treat_none_as_default_value = false)]
pub(super) struct ValueRow {
    student_id: i64,
    field_id: i64,
    item: String,
    item_key: Option<String>,
    number: Option<i64>,
    unique_key: Option<String>,
    counted: bool,
}

/// Inserts `rows` in one statement. Multi-row inserts are dialect-specific, so this one
/// query names each backend.
pub(super) fn insert(conn: &mut DbConnection, rows: &[ValueRow]) -> QueryResult<usize> {
    let insert = diesel::insert_into(student_values::table).values(rows);
    crate::natively!(conn, |native| insert.execute(native))
}

/// The longest lookup key a value keeps (`student_values.item_key`).
const ITEM_KEY_MAX_CHARS: usize = 200;

/// The rows of one value of `def` (several for several choices).
pub(super) fn rows_of(
    student_id: i64,
    field_id: i64,
    def: &FieldDef,
    value: &Value,
) -> Vec<ValueRow> {
    let row = |item: &str, item_key: Option<String>, number: Option<i64>| ValueRow {
        student_id,
        field_id,
        item: item.to_owned(),
        item_key,
        number,
        unique_key: def.unique.map(|_| {
            unique_key(&value.text())
                .chars()
                .take(ITEM_KEY_MAX_CHARS)
                .collect()
        }),
        // The dashboard's charts count the values of a list or a yes/no.
        counted: matches!(
            value,
            Value::YesNo(_) | Value::Choice(_) | Value::Choices(_)
        ),
    };
    match value {
        Value::Text(text) => {
            let lookup = def
                .kind
                .max_chars()
                .filter(|max| *max <= ITEM_KEY_MAX_CHARS);
            let key = lookup.map(|_| unique_key(text));
            vec![row("", key, None)]
        }
        Value::Number(number) => vec![row("", None, Some(*number))],
        Value::Date(_) | Value::YesNo(_) | Value::Choice(_) => {
            vec![row("", Some(value.text().into_owned()), None)]
        }
        Value::Choices(keys) => keys
            .iter()
            .map(|key| row(key, Some(key.clone()), None))
            .collect(),
    }
}

/// Writes the rows of `student`'s values of `record`'s school fields for the student
/// `student_id`, replacing the ones they had. A unique value another student has is
/// `Err` with its field: each unique field's row goes in a statement of its own, so the
/// violation says which field it was (the caller's transaction is then rolled back).
pub(super) fn write(
    conn: &mut DbConnection,
    student_id: i64,
    student: &ValidStudent,
) -> QueryResult<Result<(), Box<TakenField>>> {
    let record: &Record = student.record();
    let ids: Vec<i64> = record.school().filter_map(FieldDef::school_id).collect();
    if ids.is_empty() {
        return Ok(Ok(()));
    }
    diesel::delete(
        student_values::table
            .filter(student_values::student_id.eq(student_id))
            .filter(student_values::field_id.eq_any(&ids)),
    )
    .execute(conn)?;
    let mut shared = Vec::new();
    for (def, value) in student.school_values() {
        let Some(field_id) = def.school_id() else {
            continue;
        };
        let rows = rows_of(student_id, field_id, def, value);
        if def.unique.is_none() {
            shared.extend(rows);
            continue;
        }
        match insert(conn, &rows) {
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                return Ok(Err(TakenField::of(def)));
            }
            done => done?,
        };
    }
    for chunk in shared.chunks(500) {
        insert(conn, chunk)?;
    }
    Ok(Ok(()))
}

/// Writes the rows of new students' values (an import's), many to a statement. A unique
/// value taken meanwhile (the import checked them all before) is `Err` with the first
/// unique field of the record.
pub(super) fn insert_new(
    conn: &mut DbConnection,
    students: &[(i64, &ValidStudent)],
) -> QueryResult<Result<(), Box<TakenField>>> {
    let rows: Vec<ValueRow> = students
        .iter()
        .flat_map(|(id, student)| {
            student.school_values().flat_map(move |(def, value)| {
                def.school_id()
                    .map(|field_id| rows_of(*id, field_id, def, value))
                    .unwrap_or_default()
            })
        })
        .collect();
    for chunk in rows.chunks(500) {
        match insert(conn, chunk) {
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info)) => {
                let first = students
                    .first()
                    .and_then(|(_, student)| {
                        student
                            .record()
                            .unique()
                            .find(|def| def.school_id().is_some())
                    })
                    .map(TakenField::of);
                return match first {
                    Some(field) => Ok(Err(field)),
                    None => Err(DieselError::DatabaseError(
                        DatabaseErrorKind::UniqueViolation,
                        info,
                    )),
                };
            }
            done => done?,
        };
    }
    Ok(Ok(()))
}

/// Writes the school values' rows of `students`, just inserted (by the seed command's
/// multi-row insert): their ids read back by their emails.
pub fn insert_for_new(conn: &mut DbConnection, students: &[&ValidStudent]) -> QueryResult<()> {
    let Some(first) = students.first() else {
        return Ok(());
    };
    if first.record().school().next().is_none() {
        return Ok(());
    }
    let keys: Vec<String> = students.iter().map(|student| student.email_key()).collect();
    let ids: std::collections::HashMap<String, i64> = crate::schema::students::table
        .filter(crate::schema::students::email_key.eq_any(&keys))
        .select((
            crate::schema::students::email_key,
            crate::schema::students::id,
        ))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let added: Vec<(i64, &ValidStudent)> = keys
        .iter()
        .zip(students)
        .filter_map(|(key, student)| Some((*ids.get(key)?, *student)))
        .collect();
    insert_new(conn, &added)?.map_err(|field| {
        DieselError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            Box::new(format!("a value of {} is taken", field.key)),
        )
    })
}

/// Which of `keys`, values of the unique school field `def`, other students have.
pub fn taken(conn: &mut DbConnection, def: &FieldDef, keys: &[String]) -> QueryResult<Vec<String>> {
    let Some(field_id) = def.school_id() else {
        return Ok(Vec::new());
    };
    let mut taken = Vec::new();
    for chunk in keys.chunks(500) {
        taken.extend(
            student_values::table
                .filter(student_values::field_id.eq(field_id))
                .filter(student_values::unique_key.eq_any(chunk))
                .select(student_values::unique_key.assume_not_null())
                .load::<String>(conn)?,
        );
    }
    Ok(taken)
}
