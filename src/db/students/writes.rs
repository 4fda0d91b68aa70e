//! The student writes: create, update, delete and restore, each one transaction with its
//! history entry (and, for a deletion, the snapshot a restore brings back).

use super::history::{self, Action, Entry, Snapshot};
use super::merge;
use super::records::{NewStudentRow, Student, StudentChanges, StudentValues, find};
use super::school_values;
use crate::db::outcome::transaction;
use crate::db::{DbConnection, enrollments, now};
use crate::domain::record::{FieldMerge, Record, ThreeWay, diff};
use crate::domain::refusal::TakenField;
use crate::domain::{FieldErrors, Refusal, StudentForm, ValidStudent};
use crate::schema::students;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// Why a write was refused, as opposed to failing.
#[derive(Debug, Clone)]
pub enum SaveError {
    /// A rule refused it: `StudentTaken` (also when a concurrent request won the race:
    /// the unique index decides), or `TakenSinceDeletion` for a restore.
    Refused(Refusal),
    /// The student does not exist (any more), or has no restorable deletion.
    NotFound,
    /// The student was changed since the version the client started from.
    Conflict(Box<Conflict>),
    /// The values computed from the stored student do not pass the rules (`update_from`).
    Invalid(FieldErrors),
}

/// A saved edit: the stored student, and whether any field actually changed (saving an
/// unchanged form writes nothing, so it neither moves the version nor adds history).
#[derive(Debug)]
pub struct Saved {
    pub student: Student,
    pub changed: bool,
}

/// What is stored now, over the version a write started from, and (for a merging edit)
/// how the person's values and the stored ones merge.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub saved: Student,
    pub merge: Option<ThreeWay>,
}

/// An edit saved over a newer version: the fields the colleague had changed and the merge
/// kept, and who they were.
#[derive(Debug)]
pub struct Merged {
    pub saved: Saved,
    pub kept_theirs: Vec<String>,
    pub changed_by: Vec<String>,
}

/// A deleted student and how many enrollments went with them.
#[derive(Debug)]
pub struct Deleted {
    pub student: Student,
    pub enrollments: usize,
}

/// A restored student, with how many of their enrollments came back and how many could
/// not (their course was deleted meanwhile).
#[derive(Debug)]
pub struct Restored {
    pub student: Student,
    pub enrollments: usize,
    pub enrollments_lost: usize,
}

pub(super) type Abort = crate::db::outcome::Abort<SaveError>;

/// A unique violation on a student row refused as `refusal` of the unique field whose
/// index it names (the database decides, so a concurrent write that won the race is
/// refused the same way); `otherwise` for a violation of another key (the id, by a
/// restore). Every write that inserts or changes a row maps its errors so (`batches` too).
pub(super) fn taken(
    record: &Record,
    refusal: fn(Box<TakenField>) -> Refusal,
    otherwise: fn(DieselError) -> Abort,
) -> impl FnOnce(DieselError) -> Abort {
    move |err| {
        let field = match &err {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                let report = format!(
                    "{} {}",
                    info.message(),
                    info.constraint_name().unwrap_or("")
                );
                record
                    .unique()
                    .find(|def| def.is_violated_in(&report))
                    .map(TakenField::of)
            }
            _ => None,
        };
        match field {
            Some(field) => Abort::Refused(SaveError::Refused(refusal(field))),
            None => otherwise(err),
        }
    }
}

/// Writes the rows of `student`'s school values for student `id` (see `school_values`),
/// a taken unique value refused as `refusal` of its field.
pub(super) fn write_values(
    conn: &mut DbConnection,
    id: i64,
    student: &ValidStudent,
    refusal: fn(Box<TakenField>) -> Refusal,
) -> Result<(), Abort> {
    school_values::write(conn, id, student)?
        .map_err(|field| Abort::Refused(SaveError::Refused(refusal(field))))
}

/// A write's error as it is: it failed.
pub(super) fn failed(err: DieselError) -> Abort {
    Abort::Failed(err)
}

/// Reads the student a transaction is about to change, after locking their row with a
/// no-op update: on PostgreSQL and MySQL nobody else can change the row until the
/// transaction ends, so the values recorded as "old" are the ones replaced. (On SQLite the
/// update takes the database's write lock, which does the same.)
pub(super) fn find_for_update(conn: &mut DbConnection, id: i64) -> Result<Student, Abort> {
    diesel::update(students::table.find(id))
        .set(students::version.eq(students::version))
        .execute(conn)?;
    find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))
}

/// Refuses to go on when the client started from another version than the stored one.
fn check_version(current: Student, expected: Option<i32>) -> Result<Student, Abort> {
    match expected {
        Some(version) if version != current.version => Err(conflict(current, None)),
        _ => Ok(current),
    }
}

fn conflict(saved: Student, merge: Option<ThreeWay>) -> Abort {
    Abort::Refused(SaveError::Conflict(Box::new(Conflict { saved, merge })))
}

/// Inserts the student, records the creation, and returns the stored student.
pub fn create(
    conn: &mut DbConnection,
    student: &ValidStudent,
    by: Option<&str>,
) -> QueryResult<Result<Student, SaveError>> {
    let row = NewStudentRow::new(student, now());
    let record = student.record();
    transaction(conn, |conn| {
        diesel::insert_into(students::table)
            .values(&row)
            .execute(conn)
            .map_err(taken(record, Refusal::StudentTaken, failed))?;
        // Read back by the unique email inside the same transaction: unlike `RETURNING`,
        // this works the same on every database Diesel supports.
        let stored: Student = students::table
            .filter(students::email_key.eq(row.email_key()))
            .select(Student::as_select())
            .first(conn)?;
        write_values(conn, stored.id, student, Refusal::StudentTaken)?;
        let changes = diff(record.fields(), None, Some(&stored.values(record)));
        history::record(
            conn,
            stored.id,
            Entry::new(Action::Created, stored.version, &changes, by),
        )?;
        Ok(stored)
    })
}

/// Replaces the student's fields, if `expected_version` (when given) is still the stored
/// version; `updated_at` moves, `created_at` stays, and the change is recorded.
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    student: &ValidStudent,
    expected_version: Option<i32>,
    by: Option<&str>,
) -> QueryResult<Result<Saved, SaveError>> {
    transaction(conn, |conn| {
        let current = find_for_update(conn, id)?;
        // Nothing to write, whatever the version: also when two people made the same edit.
        let Some(changes) = changes_to(&current, student) else {
            return Ok(unchanged(current));
        };
        let current = check_version(current, expected_version)?;
        replace(conn, &current, student, &changes, (by, None))
    })
}

/// The edit form's save: `student` as edited from `version`. Over a newer version, it is
/// merged three ways (see `merge`): saved when no field was changed differently by both,
/// a conflict holding the merge otherwise.
pub fn update_merging(
    conn: &mut DbConnection,
    id: i64,
    student: &ValidStudent,
    version: i32,
    by: Option<&str>,
) -> QueryResult<Result<Merged, SaveError>> {
    transaction(conn, |conn| {
        let current = find_for_update(conn, id)?;
        if version == current.version {
            return Ok(Merged {
                saved: save(conn, current, student, by)?,
                kept_theirs: Vec::new(),
                changed_by: Vec::new(),
            });
        }
        let record = student.record();
        let merge = merge::three_way(conn, record, &current, version, student.values())?;
        if merge.has_conflicts() {
            return Err(conflict(current, Some(merge)));
        }
        let merged = StudentForm::of(record, &merge.merged())
            .parse(record)
            .map_err(|errors| Abort::Refused(SaveError::Invalid(errors)))?;
        Ok(Merged {
            saved: save(conn, current, &merged, by)?,
            kept_theirs: merge.fields_with(FieldMerge::Theirs),
            changed_by: merge.changed_by,
        })
    })
}

/// Like `update`, with the new values computed from the stored student after their row is
/// locked: a PATCH keeps the fields it leaves out as they are at that moment, so it never
/// undoes a concurrent change and never needs to retry. `edit` may find the result invalid;
/// then `allowed` says whether the stored version may be changed at all (a conflict
/// otherwise).
pub fn update_from(
    conn: &mut DbConnection,
    id: i64,
    allowed: impl FnOnce(&Student) -> bool,
    edit: impl FnOnce(&Student) -> Result<ValidStudent, FieldErrors>,
    by: Option<&str>,
) -> QueryResult<Result<Saved, SaveError>> {
    transaction(conn, |conn| {
        let current = find_for_update(conn, id)?;
        // The values' problems first, as for a whole replacement: then the version.
        let student =
            edit(&current).map_err(|errors| Abort::Refused(SaveError::Invalid(errors)))?;
        if !allowed(&current) {
            return Err(conflict(current, None));
        }
        save(conn, current, &student, by)
    })
}

/// Writes `student` over `current` when it changes anything.
fn save(
    conn: &mut DbConnection,
    current: Student,
    student: &ValidStudent,
    by: Option<&str>,
) -> Result<Saved, Abort> {
    match changes_to(&current, student) {
        Some(changes) => replace(conn, &current, student, &changes, (by, None)),
        None => Ok(unchanged(current)),
    }
}

/// The fields `student` would change in `current`; `None` when it changes nothing.
pub(super) fn changes_to(
    current: &Student,
    student: &ValidStudent,
) -> Option<Vec<history::FieldChange>> {
    let record = student.record();
    let changes = diff(
        record.fields(),
        Some(&current.values(record)),
        Some(&student.values()),
    );
    (!changes.is_empty()).then_some(changes)
}

fn unchanged(student: Student) -> Saved {
    Saved {
        student,
        changed: false,
    }
}

/// Writes `student` over `current` (locked by the caller's transaction) as its next
/// version, with its history entry (part of `batch`, when given).
pub(super) fn replace(
    conn: &mut DbConnection,
    current: &Student,
    student: &ValidStudent,
    changes: &[history::FieldChange],
    (by, batch): (Option<&str>, Option<i64>),
) -> Result<Saved, Abort> {
    let id = current.id;
    let row = StudentChanges::new(student, current, now());
    diesel::update(students::table.find(id))
        .set(&row)
        .execute(conn)
        .map_err(taken(student.record(), Refusal::StudentTaken, failed))?;
    write_values(conn, id, student, Refusal::StudentTaken)?;
    let entry = Entry {
        batch,
        ..Entry::new(Action::Updated, row.version, changes, by)
    };
    history::record(conn, id, entry)?;
    let stored = find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))?;
    Ok(Saved {
        student: stored,
        changed: true,
    })
}

/// Deletes the student, if `expected_version` (when given) is still the stored version;
/// their enrollments go with them (by the foreign keys). The deletion is recorded with a
/// snapshot that `restore` can bring back for `RESTORE_DAYS`.
pub fn delete(
    conn: &mut DbConnection,
    record: &Record,
    id: i64,
    expected_version: Option<i32>,
    by: Option<&str>,
) -> QueryResult<Result<Deleted, SaveError>> {
    transaction(conn, |conn| {
        history::purge_expired(conn, now())?;
        delete_one(conn, record, id, expected_version, by, None)
    })
}

/// `delete` inside the caller's transaction, as part of `batch` when given.
pub(super) fn delete_one(
    conn: &mut DbConnection,
    record: &Record,
    id: i64,
    expected_version: Option<i32>,
    by: Option<&str>,
    batch: Option<i64>,
) -> Result<Deleted, Abort> {
    let current = check_version(find_for_update(conn, id)?, expected_version)?;
    let snapshot = Snapshot::of(&current, enrollments::kept_of(conn, id)?);
    diesel::delete(students::table.find(id)).execute(conn)?;
    let changes = diff(record.fields(), Some(&current.values(record)), None);
    let entry = Entry {
        snapshot: Some(&snapshot),
        batch,
        ..Entry::new(Action::Deleted, current.version, &changes, by)
    };
    history::record(conn, id, entry)?;
    Ok(Deleted {
        enrollments: snapshot.enrollments.len(),
        student: current,
    })
}

/// Puts a student deleted within `RESTORE_DAYS` back, under their old id, with the
/// enrollments whose course still exists. Refused when their email has been taken since.
pub fn restore(
    conn: &mut DbConnection,
    record: &Record,
    id: i64,
    by: Option<&str>,
) -> QueryResult<Result<Restored, SaveError>> {
    let now = now();
    transaction(conn, |conn| {
        let (change_id, deletion) =
            history::deletion_of(conn, id, now)?.ok_or(Abort::Refused(SaveError::NotFound))?;
        let snapshot = deletion.snapshot;
        // It was valid when deleted; only a rule tightened since could refuse it.
        let student = StudentForm::of(record, &snapshot.values(record))
            .parse(record)
            .map_err(|errors| {
                Abort::Failed(DieselError::DeserializationError(
                    format!("the deleted student no longer passes validation: {errors:?}").into(),
                ))
            })?;
        let mut row = NewStudentRow::over(&student, &snapshot.fields, snapshot.created_at);
        row.updated_at = now;
        let version = snapshot.version + 1;
        diesel::insert_into(students::table)
            .values((&row, students::id.eq(id), students::version.eq(version)))
            .execute(conn)
            // The id taken: restored meanwhile.
            .map_err(taken(record, Refusal::TakenSinceDeletion, |_| {
                Abort::Refused(SaveError::NotFound)
            }))?;
        write_values(conn, id, &student, Refusal::TakenSinceDeletion)?;
        let mut enrollments = 0;
        for enrollment in &snapshot.enrollments {
            if enrollments::restore(conn, id, enrollment)? {
                enrollments += 1;
            }
        }
        history::forget_snapshot(conn, change_id)?;
        let stored = find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))?;
        let changes = diff(record.fields(), None, Some(&stored.values(record)));
        history::record(
            conn,
            id,
            Entry::new(Action::Restored, version, &changes, by),
        )?;
        Ok(Restored {
            student: stored,
            enrollments,
            enrollments_lost: snapshot.enrollments.len() - enrollments,
        })
    })
}
