//! Students written together, each batch one transaction whose history entries name it:
//! deleted together (and restored with one Restore), imported together (and undone as
//! one). Kept in `batches` so that "Recently deleted" and the import's notice can name them.

use super::history::{self, Action, Entry, NewChange, restore_cutoff};
use super::records::{NewStudentRow, insert_batch};
use super::school_values;
use super::writes::{Abort, Deleted, SaveError, delete_one, failed, restore, taken};
use crate::db::outcome::Abort as AbortWith;
use crate::db::outcome::{last_insert_id, transaction};
use crate::db::{DbConnection, now};
use crate::domain::record::{Record, diff};
use crate::domain::refusal::TakenField;
use crate::domain::{Refusal, ValidStudent};
use crate::schema::{batches, student_changes, students};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchKind {
    Deleted,
    Imported,
    /// One field set for many students (`edits`).
    Edited,
}

impl BatchKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Deleted => "deleted",
            Self::Imported => "imported",
            Self::Edited => "edited",
        }
    }
}

/// Students deleted together, as "Recently deleted" lists them.
#[derive(Debug, Clone)]
pub struct DeletedBatch {
    pub id: i64,
    pub deleted_at: NaiveDateTime,
    pub deleted_by: Option<String>,
    /// How many of its students can still be restored.
    pub restorable: i64,
}

/// What a batch write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchDone {
    pub batch: i64,
    pub students: usize,
    /// Enrollments deleted with the students, or brought back with them.
    pub enrollments: usize,
}

/// Rows per multi-row insert: well under every backend's limit of bound values.
const INSERT_CHUNK: usize = 500;

/// Starts a batch of `kind` (its size is set once known) and returns its id.
pub(super) fn start(
    conn: &mut DbConnection,
    kind: BatchKind,
    by: Option<&str>,
) -> QueryResult<i64> {
    let insert = diesel::insert_into(batches::table).values((
        batches::kind.eq(kind.as_str()),
        batches::created_at.eq(now()),
        batches::created_by.eq(by),
        batches::size.eq(0),
    ));
    insert.execute(conn)?;
    last_insert_id(conn)
}

pub(super) fn finish(conn: &mut DbConnection, batch: i64, size: usize) -> QueryResult<()> {
    diesel::update(batches::table.find(batch))
        .set(batches::size.eq(i32::try_from(size).unwrap_or(i32::MAX)))
        .execute(conn)
        .map(drop)
}

/// Deletes the students `ids` as one batch (those deleted meanwhile are skipped);
/// `NotFound` when none was left to delete.
pub fn delete_many(
    conn: &mut DbConnection,
    record: &Record,
    ids: &[i64],
    by: Option<&str>,
) -> QueryResult<Result<BatchDone, SaveError>> {
    transaction(conn, |conn| {
        history::purge_expired(conn, now())?;
        let batch = start(conn, BatchKind::Deleted, by)?;
        let (mut students, mut enrollments) = (0, 0);
        for id in ids {
            match delete_one(conn, record, *id, None, by, Some(batch)) {
                Ok(Deleted { enrollments: n, .. }) => {
                    students += 1;
                    enrollments += n;
                }
                Err(Abort::Refused(SaveError::NotFound)) => {}
                Err(other) => return Err(other),
            }
        }
        if students == 0 {
            return Err(Abort::Refused(SaveError::NotFound));
        }
        finish(conn, batch, students)?;
        Ok(BatchDone {
            batch,
            students,
            enrollments,
        })
    })
}

/// Why a deletion batch was not restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRestored {
    /// Nothing of it can be restored any more (restored already, or past the 30 days).
    Nothing,
    /// This student's (their full name here) value of the unique `field` belongs to
    /// another student now.
    Taken {
        name: String,
        field: Box<TakenField>,
    },
}

/// Restores every student of deletion batch `batch` that can still be restored, or none:
/// one whose email (or other unique value) was taken since refuses the whole batch, naming them (each of the
/// others can still be restored alone from "Recently deleted").
pub fn restore_many(
    conn: &mut DbConnection,
    record: &Record,
    batch: i64,
    by: Option<&str>,
) -> QueryResult<Result<BatchDone, NotRestored>> {
    let cutoff = restore_cutoff(now());
    transaction(conn, |conn| {
        let ids: Vec<i64> = student_changes::table
            .filter(student_changes::batch_id.eq(batch))
            .filter(student_changes::action.eq(Action::Deleted.as_str()))
            .filter(student_changes::snapshot.is_not_null())
            .filter(student_changes::changed_at.ge(cutoff))
            .select(student_changes::student_id)
            .load(conn)?;
        if ids.is_empty() {
            return Err(AbortWith::Refused(NotRestored::Nothing));
        }
        let (mut students, mut enrollments) = (0, 0);
        for id in &ids {
            // Each restore is a savepoint inside this transaction: a refusal rolls back all.
            match restore(conn, record, *id, by)? {
                Ok(restored) => {
                    students += 1;
                    enrollments += restored.enrollments;
                }
                Err(SaveError::Refused(Refusal::TakenSinceDeletion(field))) => {
                    let name = history::deletion_of(conn, *id, now())?
                        .map(|(_, deletion)| deletion.snapshot.full_name())
                        .unwrap_or_default();
                    return Err(AbortWith::Refused(NotRestored::Taken { name, field }));
                }
                Err(SaveError::Refused(other)) => {
                    return Err(AbortWith::Failed(diesel::result::Error::QueryBuilderError(
                        format!("a restore was refused: {other:?}").into(),
                    )));
                }
                // Restored alone meanwhile.
                Err(SaveError::NotFound) => {}
                Err(SaveError::Invalid(errors)) => {
                    return Err(AbortWith::Failed(diesel::result::Error::DeserializationError(
                        format!("student {id} of batch {batch} no longer passes validation: {errors:?}").into(),
                    )));
                }
                Err(SaveError::Conflict(_)) => {
                    return Err(AbortWith::Failed(diesel::result::Error::QueryBuilderError(
                        "a restore was refused as a conflict".into(),
                    )));
                }
            }
        }
        if students == 0 {
            return Err(AbortWith::Refused(NotRestored::Nothing));
        }
        Ok(BatchDone {
            batch,
            students,
            enrollments,
        })
    })
}

/// Adds `students` as one import batch, each with an "imported" history entry, all or
/// none: an email taken since the preview refuses the whole import. `progress` hears how
/// many are written so far.
pub fn import(
    conn: &mut DbConnection,
    record: &Record,
    students: &[ValidStudent],
    by: Option<&str>,
    progress: &dyn Fn(usize),
) -> QueryResult<Result<BatchDone, SaveError>> {
    let joined = now();
    transaction(conn, |conn| {
        let batch = start(conn, BatchKind::Imported, by)?;
        for chunk in students.chunks(INSERT_CHUNK) {
            let rows: Vec<NewStudentRow> = chunk
                .iter()
                .map(|student| NewStudentRow::new(student, joined))
                .collect();
            insert_batch(conn, &rows).map_err(taken(record, Refusal::StudentTaken, failed))?;
            let keys: Vec<String> = chunk.iter().map(ValidStudent::email_key).collect();
            let ids: HashMap<String, i64> = students::table
                .filter(students::email_key.eq_any(&keys))
                .select((students::email_key, students::id))
                .load::<(String, i64)>(conn)?
                .into_iter()
                .collect();
            let all_changes: Vec<Vec<history::FieldChange>> = chunk
                .iter()
                .map(|student| diff(record.fields(), None, Some(&student.values())))
                .collect();
            let mut entries = Vec::with_capacity(chunk.len());
            let mut added = Vec::with_capacity(chunk.len());
            for ((key, changes), student) in keys.iter().zip(&all_changes).zip(chunk) {
                let id = *ids.get(key).ok_or(diesel::result::Error::NotFound)?;
                added.push((id, student));
                let entry = Entry {
                    batch: Some(batch),
                    ..Entry::new(Action::Imported, 1, changes, by)
                };
                entries.push(NewChange::new(id, entry)?);
            }
            insert_changes(conn, &entries)?;
            school_values::insert_new(conn, &added)?.map_err(|field| {
                Abort::Refused(SaveError::Refused(Refusal::StudentTaken(field)))
            })?;
            progress(chunk.len());
        }
        finish(conn, batch, students.len())?;
        Ok(BatchDone {
            batch,
            students: students.len(),
            enrollments: 0,
        })
    })
}

/// Deletes what import `batch` added and is still there, as one deletion batch (itself
/// restorable); `NotFound` when nothing of it is left.
pub fn undo_import(
    conn: &mut DbConnection,
    record: &Record,
    batch: i64,
    by: Option<&str>,
) -> QueryResult<Result<BatchDone, SaveError>> {
    let ids: Vec<i64> = student_changes::table
        .filter(student_changes::batch_id.eq(batch))
        .filter(student_changes::action.eq(Action::Imported.as_str()))
        .select(student_changes::student_id)
        .load(conn)?;
    delete_many(conn, record, &ids, by)
}

/// Deletion batches with students that can still be restored, newest first.
pub fn recently_deleted(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<DeletedBatch>> {
    let cutoff = restore_cutoff(now());
    let rows: Vec<(i64, NaiveDateTime, Option<String>)> = batches::table
        .filter(batches::kind.eq(BatchKind::Deleted.as_str()))
        .filter(batches::created_at.ge(cutoff))
        .filter(batches::size.gt(1))
        .order(batches::id.desc())
        .limit(limit)
        .select((batches::id, batches::created_at, batches::created_by))
        .load(conn)?;
    let mut found = Vec::with_capacity(rows.len());
    for (id, deleted_at, deleted_by) in rows {
        let restorable: i64 = student_changes::table
            .filter(student_changes::batch_id.eq(id))
            .filter(student_changes::snapshot.is_not_null())
            .count()
            .get_result(conn)?;
        if restorable > 0 {
            found.push(DeletedBatch {
                id,
                deleted_at,
                deleted_by,
                restorable,
            });
        }
    }
    Ok(found)
}

/// Inserts history entries many at a time (multi-row inserts name each backend).
fn insert_changes(conn: &mut DbConnection, rows: &[NewChange]) -> QueryResult<usize> {
    let insert = diesel::insert_into(student_changes::table).values(rows);
    crate::natively!(conn, |native| insert.execute(native))
}
