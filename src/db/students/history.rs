//! The change history of students (`student_changes`): one row per create, edit, delete
//! and restore, written by the parent module's writes inside their own transactions, so a
//! change and its history entry are stored together or not at all. A deletion also keeps
//! a snapshot of the record and its enrollments for `RESTORE_DAYS`, which `restore` uses.

use super::records::{Student, StudentValues};
use super::school_values::SchoolValues;
use crate::db::enrollments::EnrollmentSnapshot;
use crate::db::{DbConnection, Stamp, now};
pub use crate::domain::record::FieldChange;
use crate::domain::record::{FieldValues, Record, StudentField};
use crate::format::full_name;
use crate::schema::student_changes;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use serde::{Deserialize, Serialize};

/// How long a deleted student can be restored; after that the snapshot is erased.
pub const RESTORE_DAYS: i64 = 30;

/// The oldest deletion that can still be restored at `now`.
pub fn restore_cutoff(now: NaiveDateTime) -> NaiveDateTime {
    now - Duration::days(RESTORE_DAYS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Created,
    Updated,
    Deleted,
    Restored,
    /// Created by a CSV import.
    Imported,
}

impl Action {
    const ALL: [Self; 5] = [
        Self::Created,
        Self::Updated,
        Self::Deleted,
        Self::Restored,
        Self::Imported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Restored => "restored",
            Self::Imported => "imported",
        }
    }
}

/// What a deletion keeps so that `restore` can put the student back as they were: the
/// record's built-in fields by name as the API writes them (a number as a number, no
/// value as `null` or left out), the school's fields' values as the row stores them (by
/// field id, retired ones too: `school`), and the rest of the row.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(flatten)]
    builtin: serde_json::Map<String, serde_json::Value>,
    #[serde(
        default,
        rename = "school",
        skip_serializing_if = "SchoolValues::is_empty"
    )]
    pub fields: SchoolValues,
    pub created_at: NaiveDateTime,
    pub version: i32,
    pub enrollments: Vec<EnrollmentSnapshot>,
}

impl Snapshot {
    pub fn of(student: &Student, enrollments: Vec<EnrollmentSnapshot>) -> Self {
        let builtin = StudentField::all()
            .filter_map(|field| {
                let text = student.builtin(field)?;
                let value = field.def().kind.stored(&text)?;
                Some((field.key().to_owned(), value.to_json()))
            })
            .collect();
        Self {
            builtin,
            fields: student.fields.clone(),
            created_at: student.created_at,
            version: student.version,
            enrollments,
        }
    }

    /// The value the built-in `field` had, as text.
    pub fn value(&self, field: StudentField) -> Option<String> {
        let json = self.builtin.get(field.key())?;
        field
            .def()
            .kind
            .form_text_of_json(json)
            .filter(|text| !text.is_empty())
    }

    /// Every value of `record`'s fields, as text.
    pub fn values(&self, record: &Record) -> FieldValues {
        let mut values = FieldValues::default();
        for def in record.fields() {
            let value = match def.builtin() {
                Some(field) => self.value(field),
                None => self.fields.text(def),
            };
            values.set(def.key.clone(), value);
        }
        values
    }

    /// "Ada Lovelace", the way the pages name the student.
    pub fn full_name(&self) -> String {
        let name = |field| self.value(field).unwrap_or_default();
        full_name(
            &name(StudentField::Firstname),
            &name(StudentField::Lastname),
        )
    }
}

/// One history entry, as the student page shows it.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: Action,
    pub changed_at: NaiveDateTime,
    pub version: i32,
    pub changes: Vec<FieldChange>,
    /// Who made it ("Ada Lovelace <ada@example.com>"), when known.
    pub changed_by: Option<String>,
}

/// A student deleted within `RESTORE_DAYS`, for the "recently deleted" page.
#[derive(Debug, Clone)]
pub struct Deletion {
    pub student_id: i64,
    pub deleted_at: NaiveDateTime,
    pub snapshot: Snapshot,
}

#[derive(Insertable)]
#[diesel(table_name = student_changes)]
pub(super) struct NewChange<'a> {
    student_id: i64,
    action: &'a str,
    changed_at: NaiveDateTime,
    version: i32,
    changes: String,
    snapshot: Option<String>,
    changed_by: Option<&'a str>,
    batch_id: Option<i64>,
}

/// A change to record: what happened, the student's version after it (for a deletion:
/// the version deleted), the fields it changed, a deletion's snapshot, who made it (an
/// account's label; `None` from the command line) and the batch it was part of.
pub struct Entry<'a> {
    pub action: Action,
    pub version: i32,
    pub changes: &'a [FieldChange],
    pub snapshot: Option<&'a Snapshot>,
    pub by: Option<&'a str>,
    pub batch: Option<i64>,
}

impl<'a> Entry<'a> {
    /// A change outside any batch, without a snapshot.
    pub fn new(
        action: Action,
        version: i32,
        changes: &'a [FieldChange],
        by: Option<&'a str>,
    ) -> Self {
        Self {
            action,
            version,
            changes,
            snapshot: None,
            by,
            batch: None,
        }
    }
}

impl<'a> NewChange<'a> {
    pub(super) fn new(student_id: i64, entry: Entry<'a>) -> QueryResult<Self> {
        Ok(Self {
            student_id,
            action: entry.action.as_str(),
            changed_at: now(),
            version: entry.version,
            changes: to_json(entry.changes)?,
            snapshot: entry.snapshot.map(to_json).transpose()?,
            changed_by: entry.by,
            batch_id: entry.batch,
        })
    }
}

/// Records a change of student `student_id`.
pub fn record(conn: &mut DbConnection, student_id: i64, entry: Entry<'_>) -> QueryResult<()> {
    diesel::insert_into(student_changes::table)
        .values(&NewChange::new(student_id, entry)?)
        .execute(conn)?;
    Ok(())
}

/// The newest `limit` changes of a student, newest first.
pub fn of_student(
    conn: &mut DbConnection,
    student_id: i64,
    limit: i64,
) -> QueryResult<Vec<Change>> {
    let rows: Vec<(String, Stamp, i32, String, Option<String>)> = student_changes::table
        .filter(student_changes::student_id.eq(student_id))
        .order(student_changes::id.desc())
        .limit(limit)
        .select((
            student_changes::action,
            student_changes::changed_at,
            student_changes::version,
            student_changes::changes,
            student_changes::changed_by,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(action, changed_at, version, changes, changed_by)| {
            Ok(Change {
                action: parse_action(&action)?,
                changed_at: changed_at.into(),
                version,
                changes: from_json(&changes)?,
                changed_by,
            })
        })
        .collect()
}

/// How many changes a student has in all.
pub fn count_of_student(conn: &mut DbConnection, student_id: i64) -> QueryResult<i64> {
    student_changes::table
        .filter(student_changes::student_id.eq(student_id))
        .count()
        .get_result(conn)
}

/// Deleted students that can still be restored, most recently deleted first (at most
/// `limit`). A restored student's deletion has no snapshot any more.
pub fn recently_deleted(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Deletion>> {
    deletions(now)
        .order((
            student_changes::changed_at.desc(),
            student_changes::id.desc(),
        ))
        .limit(limit)
        .select((
            student_changes::student_id,
            student_changes::changed_at,
            student_changes::snapshot,
        ))
        .load::<(i64, NaiveDateTime, Option<String>)>(conn)?
        .into_iter()
        .map(into_deletion)
        .collect()
}

/// How many deleted students can be restored.
pub fn recently_deleted_count(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<i64> {
    deletions(now).count().get_result(conn)
}

/// The restorable deletion of student `student_id`, if there is one.
pub fn deletion_of(
    conn: &mut DbConnection,
    student_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<(i64, Deletion)>> {
    deletions(now)
        .filter(student_changes::student_id.eq(student_id))
        .order(student_changes::id.desc())
        .select((
            student_changes::id,
            (
                student_changes::student_id,
                student_changes::changed_at,
                student_changes::snapshot,
            ),
        ))
        .first::<(i64, (i64, NaiveDateTime, Option<String>))>(conn)
        .optional()?
        .map(|(change_id, row)| Ok((change_id, into_deletion(row)?)))
        .transpose()
}

/// Erases the snapshot of a deletion: it has been restored.
pub fn forget_snapshot(conn: &mut DbConnection, change_id: i64) -> QueryResult<()> {
    diesel::update(student_changes::table.find(change_id))
        .set(student_changes::snapshot.eq(None::<String>))
        .execute(conn)?;
    Ok(())
}

/// Erases the snapshots of deletions older than `RESTORE_DAYS`: a deleted student's
/// personal data is not kept longer than it can be restored.
pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        student_changes::table
            .filter(student_changes::action.eq(Action::Deleted.as_str()))
            .filter(student_changes::changed_at.lt(restore_cutoff(now)))
            .filter(student_changes::snapshot.is_not_null()),
    )
    .set(student_changes::snapshot.eq(None::<String>))
    .execute(conn)
}

type Deletions = diesel::dsl::Filter<
    diesel::dsl::Filter<
        diesel::dsl::Filter<
            student_changes::table,
            diesel::dsl::Eq<student_changes::action, &'static str>,
        >,
        diesel::dsl::GtEq<student_changes::changed_at, NaiveDateTime>,
    >,
    diesel::dsl::IsNotNull<student_changes::snapshot>,
>;

fn deletions(now: NaiveDateTime) -> Deletions {
    student_changes::table
        .filter(student_changes::action.eq(Action::Deleted.as_str()))
        .filter(student_changes::changed_at.ge(restore_cutoff(now)))
        .filter(student_changes::snapshot.is_not_null())
}

fn into_deletion(
    (student_id, deleted_at, snapshot): (i64, NaiveDateTime, Option<String>),
) -> QueryResult<Deletion> {
    let snapshot = from_json(snapshot.as_deref().unwrap_or_default())?;
    Ok(Deletion {
        student_id,
        deleted_at,
        snapshot,
    })
}

fn parse_action(stored: &str) -> QueryResult<Action> {
    Action::ALL
        .into_iter()
        .find(|action| action.as_str() == stored)
        .ok_or_else(|| corrupt(format!("unknown history action {stored:?}")))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> QueryResult<String> {
    serde_json::to_string(value).map_err(|err| DieselError::SerializationError(Box::new(err)))
}

fn from_json<T: for<'de> Deserialize<'de>>(stored: &str) -> QueryResult<T> {
    serde_json::from_str(stored).map_err(|err| corrupt(format!("unreadable history entry: {err}")))
}

fn corrupt(message: String) -> DieselError {
    DieselError::DeserializationError(message.into())
}
