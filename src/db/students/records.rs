//! The `students` rows: what is read back, what is inserted and changed, and the plain
//! reads by id or email.

use crate::db::{DbConnection, Stamp};
use crate::domain::{StudentForm, ValidStudent};
use crate::schema::students;
use chrono::NaiveDateTime;
use diesel::prelude::*;

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
    #[diesel(deserialize_as = Stamp)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Stamp)]
    pub updated_at: NaiveDateTime,
    /// Counts saved changes; a save applies only over the version it started from.
    pub version: i32,
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
    #[diesel(deserialize_as = Stamp)]
    pub created_at: NaiveDateTime,
    /// How many courses the student is enrolled in.
    pub enrollments: i64,
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
    pub(super) updated_at: NaiveDateTime,
    pub(super) email_key: String,
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
pub(super) struct StudentChanges<'a> {
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
    age: Option<i32>,
    bio: Option<&'a str>,
    updated_at: NaiveDateTime,
    pub(super) version: i32,
    email_key: String,
    name_key: String,
    search_text: String,
}

impl<'a> StudentChanges<'a> {
    pub(super) fn new(student: &'a ValidStudent, version: i32, updated_at: NaiveDateTime) -> Self {
        Self {
            firstname: student.firstname.as_str(),
            lastname: student.lastname.as_str(),
            email: student.email.as_str(),
            age: student.age.map(|age| age.get()),
            bio: student.bio.as_ref().map(|bio| bio.as_str()),
            updated_at,
            version,
            email_key: student.email.key(),
            name_key: student.name_key(),
            search_text: student.search_text(),
        }
    }
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Student>> {
    students::table
        .find(id)
        .select(Student::as_select())
        .first(conn)
        .optional()
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

/// Which of the case-folded emails `keys` other students have already.
pub fn taken_emails(conn: &mut DbConnection, keys: &[String]) -> QueryResult<Vec<String>> {
    let mut taken = Vec::new();
    // A few hundred at a time: every backend takes that many bound values.
    for chunk in keys.chunks(500) {
        taken.extend(
            students::table
                .filter(students::email_key.eq_any(chunk))
                .select(students::email_key)
                .load::<String>(conn)?,
        );
    }
    Ok(taken)
}

pub fn max_id(conn: &mut DbConnection) -> QueryResult<i64> {
    students::table
        .select(diesel::dsl::max(students::id))
        .first::<Option<i64>>(conn)
        .map(Option::unwrap_or_default)
}
