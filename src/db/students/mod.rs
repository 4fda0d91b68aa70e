//! Queries on the `students` table, and its row types. The index's listing queries are
//! in `listing`.

mod listing;

pub use listing::{COUNT_CAP, StudentPage, Total, list_page};

use super::DbConnection;
use crate::domain::{StudentForm, ValidStudent};
use crate::html::Moment;
use crate::schema::students;
use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

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
    email_key: String,
    name_key: String,
    search_text: String,
}

/// Why a write was refused, as opposed to failing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// Another student has this email (ignoring case): a field error for the form.
    EmailTaken,
    /// The student to update does not exist (any more).
    NotFound,
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

/// Inserts the student and returns its id.
pub fn create(
    conn: &mut DbConnection,
    student: &ValidStudent,
) -> QueryResult<Result<i64, SaveError>> {
    let row = NewStudentRow::new(student, now());
    // Read the id back by the unique email inside the same transaction: unlike
    // `RETURNING`, this works the same on every database Diesel supports.
    let inserted = conn.transaction(|conn| {
        diesel::insert_into(students::table)
            .values(&row)
            .execute(conn)?;
        students::table
            .filter(students::email_key.eq(&row.email_key))
            .select(students::id)
            .first(conn)
    });
    refused_if_email_taken(inserted)
}

/// Replaces the student's fields; `updated_at` moves, `created_at` stays.
pub fn update(
    conn: &mut DbConnection,
    id: i64,
    student: &ValidStudent,
) -> QueryResult<Result<i64, SaveError>> {
    let changes = StudentChanges {
        firstname: student.firstname.as_str(),
        lastname: student.lastname.as_str(),
        email: student.email.as_str(),
        age: student.age.map(|age| age.get()),
        bio: student.bio.as_ref().map(|bio| bio.as_str()),
        updated_at: now(),
        email_key: student.email.key(),
        name_key: student.name_key(),
        search_text: student.search_text(),
    };
    let updated = diesel::update(students::table.find(id))
        .set(&changes)
        .execute(conn);
    Ok(match refused_if_email_taken(updated)? {
        Ok(0) => Err(SaveError::NotFound),
        Ok(_) => Ok(id),
        Err(refusal) => Err(refusal),
    })
}

/// Deletes the student, and with them (by the foreign keys) their enrollments; returns how
/// many enrollments went, or `None` when the student did not exist.
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<Option<i64>> {
    conn.transaction(|conn| {
        let enrolled = super::courses::enrollment_count_of_student(conn, id)?;
        let deleted = diesel::delete(students::table.find(id)).execute(conn)?;
        Ok((deleted > 0).then_some(enrolled))
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

/// The only unique key besides the id is the email, so a unique violation means
/// "email taken" — also when a concurrent request won the race after our checks.
fn refused_if_email_taken<T>(result: QueryResult<T>) -> QueryResult<Result<T, SaveError>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
            Ok(Err(SaveError::EmailTaken))
        }
        Err(err) => Err(err),
    }
}
