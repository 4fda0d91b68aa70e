//! Queries on the `students` table, and its row types. The index's listing queries are
//! in `listing`.

pub mod history;
mod listing;

pub use listing::{COUNT_CAP, StudentPage, Total, list_page};

use super::DbConnection;
use crate::domain::{StudentForm, ValidStudent};
use crate::html::Moment;
use crate::schema::students;
use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use history::{Action, Snapshot};

/// A stored student, as read back.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = students)]
pub struct Student {
    pub id: i64,
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    pub age: Option<i32>,
    pub bio: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Counts saved changes; a save applies only over the version it started from.
    pub version: i32,
}

impl Student {
    pub fn full_name(&self) -> String {
        full_name(&self.firstname, &self.lastname)
    }

    pub fn age_label(&self) -> Option<String> {
        age_label(self.age)
    }

    pub fn joined(&self) -> Moment {
        Moment(self.created_at)
    }

    pub fn updated(&self) -> Moment {
        Moment(self.updated_at)
    }
}

/// A student as a list shows them: no update time, and the bio possibly cut to what the
/// page shows (a page of long bios would otherwise be read and thrown away).
#[derive(Debug, Clone, Queryable)]
pub struct StudentSummary {
    pub id: i64,
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    pub age: Option<i32>,
    pub bio: Option<String>,
    pub created_at: NaiveDateTime,
    /// How many courses the student is enrolled in.
    pub enrollments: i64,
}

impl StudentSummary {
    /// " and 2 enrollments" for the delete confirmation.
    pub fn and_enrollments(&self) -> String {
        super::courses::and_enrollments(self.enrollments)
    }

    pub fn full_name(&self) -> String {
        full_name(&self.firstname, &self.lastname)
    }

    pub fn age_label(&self) -> Option<String> {
        age_label(self.age)
    }

    pub fn joined(&self) -> Moment {
        Moment(self.created_at)
    }
}

fn full_name(firstname: &str, lastname: &str) -> String {
    format!("{firstname} {lastname}")
}

/// "23 years old", or nothing when no age was given.
fn age_label(age: Option<i32>) -> Option<String> {
    age.map(|age| match age {
        1 => "1 year old".to_owned(),
        n => format!("{n} years old"),
    })
}

/// Prefills the edit form with what is stored.
impl From<&Student> for StudentForm {
    fn from(student: &Student) -> Self {
        Self {
            firstname: student.firstname.clone(),
            lastname: student.lastname.clone(),
            email: student.email.clone(),
            age: student.age.map(|age| age.to_string()).unwrap_or_default(),
            bio: student.bio.clone().unwrap_or_default(),
        }
    }
}

/// A row to insert. Timestamps are set here, never taken from a form; the derived keys
/// come from the validated student.
#[derive(Debug, Insertable)]
#[diesel(table_name = students, treat_none_as_default_value = false)]
pub struct NewStudentRow<'a> {
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
    age: Option<i32>,
    bio: Option<&'a str>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    email_key: String,
    name_key: String,
    search_text: String,
}

impl<'a> NewStudentRow<'a> {
    pub fn new(student: &'a ValidStudent, created_at: NaiveDateTime) -> Self {
        Self {
            firstname: student.firstname.as_str(),
            lastname: student.lastname.as_str(),
            email: student.email.as_str(),
            age: student.age.map(|age| age.get()),
            bio: student.bio.as_ref().map(|bio| bio.as_str()),
            created_at,
            updated_at: created_at,
            email_key: student.email.key(),
            name_key: student.name_key(),
            search_text: student.search_text(),
        }
    }
}

/// The columns an edit replaces (a `None` clears the column).
#[derive(Debug, AsChangeset)]
#[diesel(table_name = students, treat_none_as_null = true)]
struct StudentChanges<'a> {
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
    age: Option<i32>,
    bio: Option<&'a str>,
    updated_at: NaiveDateTime,
    version: i32,
    email_key: String,
    name_key: String,
    search_text: String,
}

/// Why a write was refused, as opposed to failing.
#[derive(Debug, Clone)]
pub enum SaveError {
    /// Another student has this email (ignoring case): a field error for the form.
    EmailTaken,
    /// The student does not exist (any more), or has no restorable deletion.
    NotFound,
    /// The student was changed since the version the client started from: what is
    /// stored now, for the person to compare with their own values.
    Conflict(Box<Student>),
}

/// A saved edit: the stored student, and whether any field actually changed (saving an
/// unchanged form writes nothing, so it neither moves the version nor adds history).
#[derive(Debug)]
pub struct Saved {
    pub student: Student,
    pub changed: bool,
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

/// How a write transaction ends early: a refusal rolls back and becomes the outcome; a
/// database error rolls back and fails.
enum Abort {
    Refused(SaveError),
    Failed(DieselError),
}

impl From<DieselError> for Abort {
    /// The only unique key of `students` besides the id is the email, so a unique
    /// violation means "email taken", also when a concurrent request won the race.
    fn from(err: DieselError) -> Self {
        match err {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                Self::Refused(SaveError::EmailTaken)
            }
            err => Self::Failed(err),
        }
    }
}

fn transaction<T>(
    conn: &mut DbConnection,
    writes: impl FnOnce(&mut DbConnection) -> Result<T, Abort>,
) -> QueryResult<Result<T, SaveError>> {
    match conn.transaction(writes) {
        Ok(done) => Ok(Ok(done)),
        Err(Abort::Refused(refusal)) => Ok(Err(refusal)),
        Err(Abort::Failed(err)) => Err(err),
    }
}

/// Whole seconds, UTC: the precision every supported database keeps.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(0)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Student>> {
    students::table
        .find(id)
        .select(Student::as_select())
        .first(conn)
        .optional()
}

/// Reads the student a transaction is about to change, after locking their row with a
/// no-op update: on PostgreSQL and MySQL nobody else can change the row until the
/// transaction ends, so the values recorded as "old" are the ones replaced. (On SQLite the
/// update takes the database's write lock, which does the same.)
fn find_for_update(conn: &mut DbConnection, id: i64) -> Result<Student, Abort> {
    diesel::update(students::table.find(id))
        .set(students::version.eq(students::version))
        .execute(conn)?;
    find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))
}

/// Refuses to go on when the client started from another version than the stored one.
fn check_version(current: Student, expected: Option<i32>) -> Result<Student, Abort> {
    match expected {
        Some(version) if version != current.version => {
            Err(Abort::Refused(SaveError::Conflict(Box::new(current))))
        }
        _ => Ok(current),
    }
}

/// Inserts the student, records the creation, and returns the stored student.
pub fn create(
    conn: &mut DbConnection,
    student: &ValidStudent,
    by: Option<&str>,
) -> QueryResult<Result<Student, SaveError>> {
    let row = NewStudentRow::new(student, now());
    transaction(conn, |conn| {
        diesel::insert_into(students::table)
            .values(&row)
            .execute(conn)?;
        // Read back by the unique email inside the same transaction: unlike `RETURNING`,
        // this works the same on every database Diesel supports.
        let stored: Student = students::table
            .filter(students::email_key.eq(&row.email_key))
            .select(Student::as_select())
            .first(conn)?;
        let changes = history::diff(None, Some(&history::values_of(&stored)));
        history::record(
            conn,
            stored.id,
            Action::Created,
            stored.version,
            &changes,
            None,
            by,
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
        let proposed = history::values_of_valid(student);
        let changes = history::diff(Some(&history::values_of(&current)), Some(&proposed));
        // Nothing to write, whatever the version: also when two people made the same edit.
        if changes.is_empty() {
            return Ok(Saved {
                student: current,
                changed: false,
            });
        }
        let current = check_version(current, expected_version)?;
        let row = StudentChanges {
            firstname: student.firstname.as_str(),
            lastname: student.lastname.as_str(),
            email: student.email.as_str(),
            age: student.age.map(|age| age.get()),
            bio: student.bio.as_ref().map(|bio| bio.as_str()),
            updated_at: now(),
            version: current.version + 1,
            email_key: student.email.key(),
            name_key: student.name_key(),
            search_text: student.search_text(),
        };
        diesel::update(students::table.find(id))
            .set(&row)
            .execute(conn)?;
        history::record(conn, id, Action::Updated, row.version, &changes, None, by)?;
        let stored = find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))?;
        Ok(Saved {
            student: stored,
            changed: true,
        })
    })
}

/// Deletes the student, if `expected_version` (when given) is still the stored version;
/// their enrollments go with them (by the foreign keys). The deletion is recorded with a
/// snapshot that `restore` can bring back for `RESTORE_DAYS`.
pub fn delete(
    conn: &mut DbConnection,
    id: i64,
    expected_version: Option<i32>,
    by: Option<&str>,
) -> QueryResult<Result<Deleted, SaveError>> {
    let now = now();
    transaction(conn, |conn| {
        let current = check_version(find_for_update(conn, id)?, expected_version)?;
        let snapshot = Snapshot::of(&current, super::courses::enrollments_of(conn, id)?);
        diesel::delete(students::table.find(id)).execute(conn)?;
        let changes = history::diff(Some(&history::values_of(&current)), None);
        history::purge_expired(conn, now)?;
        history::record(
            conn,
            id,
            Action::Deleted,
            current.version,
            &changes,
            Some(&snapshot),
            by,
        )?;
        Ok(Deleted {
            enrollments: snapshot.enrollments.len(),
            student: current,
        })
    })
}

/// Puts a student deleted within `RESTORE_DAYS` back, under their old id, with the
/// enrollments whose course still exists. Refused when their email has been taken since.
pub fn restore(
    conn: &mut DbConnection,
    id: i64,
    by: Option<&str>,
) -> QueryResult<Result<Restored, SaveError>> {
    let now = now();
    transaction(conn, |conn| {
        let (change_id, deletion) =
            history::deletion_of(conn, id, now)?.ok_or(Abort::Refused(SaveError::NotFound))?;
        let snapshot = deletion.snapshot;
        let form = StudentForm {
            firstname: snapshot.firstname.clone(),
            lastname: snapshot.lastname.clone(),
            email: snapshot.email.clone(),
            age: snapshot.age.map(|age| age.to_string()).unwrap_or_default(),
            bio: snapshot.bio.clone().unwrap_or_default(),
        };
        // It was valid when deleted; only a rule tightened since could refuse it.
        let student = form.parse().map_err(|errors| {
            Abort::Failed(DieselError::DeserializationError(
                format!("the deleted student no longer passes validation: {errors:?}").into(),
            ))
        })?;
        let mut row = NewStudentRow::new(&student, snapshot.created_at);
        row.updated_at = now;
        let version = snapshot.version + 1;
        diesel::insert_into(students::table)
            .values((&row, students::id.eq(id), students::version.eq(version)))
            .execute(conn)?;
        let mut enrollments = 0;
        for enrollment in &snapshot.enrollments {
            if super::courses::restore_enrollment(conn, id, enrollment)? {
                enrollments += 1;
            }
        }
        history::forget_snapshot(conn, change_id)?;
        let stored = find(conn, id)?.ok_or(Abort::Refused(SaveError::NotFound))?;
        let changes = history::diff(None, Some(&history::values_of(&stored)));
        history::record(conn, id, Action::Restored, version, &changes, None, by)?;
        Ok(Restored {
            student: stored,
            enrollments,
            enrollments_lost: snapshot.enrollments.len() - enrollments,
        })
    })
}

/// Inserts many rows in one statement (the seed command). Multi-row inserts are
/// dialect-specific, so this one query names each backend.
pub fn insert_batch(conn: &mut DbConnection, rows: &[NewStudentRow]) -> QueryResult<usize> {
    let insert = diesel::insert_into(students::table).values(rows);
    match conn {
        DbConnection::Sqlite(conn) => insert.execute(conn),
        #[cfg(feature = "postgres")]
        DbConnection::Postgres(conn) => insert.execute(conn),
        #[cfg(feature = "mysql")]
        DbConnection::Mysql(conn) => insert.execute(conn),
    }
}

/// The id of the student with this email (ignoring case).
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<i64>> {
    students::table
        .filter(students::email_key.eq(email.to_lowercase()))
        .select(students::id)
        .first(conn)
        .optional()
}

pub fn max_id(conn: &mut DbConnection) -> QueryResult<i64> {
    students::table
        .select(diesel::dsl::max(students::id))
        .first::<Option<i64>>(conn)
        .map(Option::unwrap_or_default)
}
