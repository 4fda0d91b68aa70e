//! The fields a school defines (`student_fields`): read as the `Record` every student
//! page, form, file and API call walks; added, changed, moved, retired, brought back and
//! deleted from the Fields page and the API. A change the students' values would not
//! survive (a new rule they break, another kind, a removed choice, a new key) is refused
//! with how many students it concerns (`Refusal::Field…`); an accepted one re-derives
//! what the database keeps of the values (`students::rederive`).

use super::outcome::{Abort, last_insert_id, transaction};
use super::students::rederive;
use super::{DbConnection, now};
use crate::domain::Refusal;
use crate::domain::field_form::ValidField;
use crate::domain::record::{FieldSpec, Record, SchoolField};
use crate::schema::{student_fields, student_values, value_counts};
use diesel::dsl::{count, max};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use std::collections::HashMap;

/// The row of a school's field; its `spec` is the JSON of a `FieldSpec`.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = student_fields)]
struct FieldRow {
    id: i64,
    key: String,
    position: i32,
    retired: bool,
    spec: String,
    version: i32,
}

impl FieldRow {
    fn read(self) -> QueryResult<SchoolField> {
        let spec: FieldSpec = serde_json::from_str(&self.spec).map_err(|err| {
            DieselError::DeserializationError(
                format!("the description of field {} ({}): {err}", self.id, self.key).into(),
            )
        })?;
        Ok(SchoolField {
            id: self.id,
            key: self.key,
            position: self.position,
            retired: self.retired,
            spec,
            version: self.version,
        })
    }
}

fn spec_json(spec: &FieldSpec) -> QueryResult<String> {
    serde_json::to_string(spec).map_err(|err| DieselError::SerializationError(Box::new(err)))
}

/// Every field the school defined, retired ones too, in their order.
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<SchoolField>> {
    student_fields::table
        .order((student_fields::position, student_fields::id))
        .select(FieldRow::as_select())
        .load(conn)?
        .into_iter()
        .map(FieldRow::read)
        .collect()
}

/// The record's fields as they are now: the built-in ones and the school's.
pub fn record(conn: &mut DbConnection) -> QueryResult<Record> {
    Ok(Record::new(&all(conn)?))
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<SchoolField>> {
    student_fields::table
        .find(id)
        .select(FieldRow::as_select())
        .first(conn)
        .optional()?
        .map(FieldRow::read)
        .transpose()
}

/// How many students have a value of each field (by id; a field without any is absent).
pub fn value_counts(conn: &mut DbConnection) -> QueryResult<HashMap<i64, i64>> {
    Ok(student_values::table
        .group_by(student_values::field_id)
        .select((
            student_values::field_id,
            count(student_values::student_id).aggregate_distinct(),
        ))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect())
}

/// How many students have a value of field `id`.
pub fn value_count(conn: &mut DbConnection, id: i64) -> QueryResult<i64> {
    student_values::table
        .filter(student_values::field_id.eq(id))
        .select(count(student_values::student_id).aggregate_distinct())
        .first(conn)
}

type Outcome<T> = QueryResult<Result<T, Refusal>>;

fn key_taken(err: DieselError) -> Abort<Refusal> {
    match err {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            Abort::Refused(Refusal::FieldKeyTaken)
        }
        other => Abort::Failed(other),
    }
}

/// Adds `field` after the others.
pub fn create(conn: &mut DbConnection, field: &ValidField) -> Outcome<SchoolField> {
    let spec = spec_json(&field.spec)?;
    let at = now();
    transaction(conn, |conn| {
        let last: Option<i32> = student_fields::table
            .select(max(student_fields::position))
            .first(conn)?;
        diesel::insert_into(student_fields::table)
            .values((
                student_fields::key.eq(&field.key),
                student_fields::position.eq(last.unwrap_or(0) + 1),
                student_fields::retired.eq(false),
                student_fields::spec.eq(&spec),
                student_fields::version.eq(1),
                student_fields::created_at.eq(at),
                student_fields::updated_at.eq(at),
            ))
            .execute(conn)
            .map_err(key_taken)?;
        let id = last_insert_id(conn)?;
        find(conn, id)?.ok_or(Abort::Failed(DieselError::NotFound))
    })
}

/// Changes field `id` to `field`, unless the students' values would not survive it.
pub fn update(conn: &mut DbConnection, id: i64, field: &ValidField) -> Outcome<SchoolField> {
    let spec = spec_json(&field.spec)?;
    transaction(conn, |conn| {
        let current = locked(conn, id)?;
        let count = value_count(conn, id)?;
        if count > 0 && current.key != field.key {
            return Err(Abort::Refused(Refusal::FieldKeyFixed { count }));
        }
        if count > 0 && current.spec.kind.name() != field.spec.kind.name() {
            return Err(Abort::Refused(Refusal::FieldKindFixed { count }));
        }
        let changed = SchoolField {
            key: field.key.clone(),
            spec: field.spec.clone(),
            version: current.version + 1,
            ..current.clone()
        };
        if let Some((rule, count)) = rederive::breaking(conn, &current, &changed)? {
            return Err(Abort::Refused(Refusal::FieldRuleBreaks { rule, count }));
        }
        diesel::update(student_fields::table.find(id))
            .set((
                student_fields::key.eq(&field.key),
                student_fields::spec.eq(&spec),
                student_fields::version.eq(changed.version),
                student_fields::updated_at.eq(now()),
            ))
            .execute(conn)
            .map_err(key_taken)?;
        let now_record = record(conn)?;
        rederive::after_change(conn, &now_record, &current, &changed)?;
        Ok(changed)
    })
}

/// Field `id`, its row locked for the rest of the transaction (as a student's is before
/// a change: `students::writes`).
fn locked(conn: &mut DbConnection, id: i64) -> Result<SchoolField, Abort<Refusal>> {
    diesel::update(student_fields::table.find(id))
        .set(student_fields::version.eq(student_fields::version))
        .execute(conn)?;
    find(conn, id)?.ok_or(Abort::Failed(DieselError::NotFound))
}

/// Retires field `id` (hidden from forms and lists, its values kept), or brings it back.
pub fn set_retired(
    conn: &mut DbConnection,
    id: i64,
    retired: bool,
) -> QueryResult<Option<SchoolField>> {
    conn.transaction(|conn| {
        let Some(field) = find(conn, id)? else {
            return Ok(None);
        };
        diesel::update(student_fields::table.find(id))
            .set((
                student_fields::retired.eq(retired),
                student_fields::updated_at.eq(now()),
            ))
            .execute(conn)?;
        // Its value no longer (or again) goes into what a search looks in.
        if field.spec.searchable {
            let now_record = record(conn)?;
            rederive::search_text_of_field(conn, &now_record, id)?;
        }
        Ok(Some(SchoolField { retired, ..field }))
    })
}

/// Moves field `id` one place up (`-1`) or down (`1`) among the school's fields.
pub fn shift(conn: &mut DbConnection, id: i64, by: i32) -> QueryResult<bool> {
    conn.transaction(|conn| {
        let fields = all(conn)?;
        let Some(at) = fields.iter().position(|field| field.id == id) else {
            return Ok(false);
        };
        let Some(other) = at
            .checked_add_signed(by as isize)
            .and_then(|to| fields.get(to))
        else {
            return Ok(false);
        };
        // Positions are renumbered 1, 2, 3… with the two swapped.
        let mut order: Vec<i64> = fields.iter().map(|field| field.id).collect();
        let to = order.iter().position(|id| *id == other.id).unwrap_or(at);
        order.swap(at, to);
        for (position, id) in order.iter().enumerate() {
            diesel::update(student_fields::table.find(id))
                .set(student_fields::position.eq(position as i32 + 1))
                .execute(conn)?;
        }
        Ok(true)
    })
}

/// Deletes field `id` and every student's value of it; returns the field and how many
/// students had one.
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<Option<(SchoolField, i64)>> {
    conn.transaction(|conn| {
        let Some(field) = find(conn, id)? else {
            return Ok(None);
        };
        let count = value_count(conn, id)?;
        let ids = rederive::students_with(conn, id)?;
        diesel::delete(student_values::table.filter(student_values::field_id.eq(id)))
            .execute(conn)?;
        diesel::delete(value_counts::table.filter(value_counts::field_id.eq(id))).execute(conn)?;
        diesel::delete(student_fields::table.find(id)).execute(conn)?;
        let now_record = record(conn)?;
        rederive::forget(conn, &now_record, id, &ids, field.spec.searchable)?;
        Ok(Some((field, count)))
    })
}
