//! The `students` rows: what is read back, what is inserted and changed, and the plain
//! reads by id or email. This is where the record's built-in fields meet their columns:
//! `Student::value` and `StudentSummary::value` read them (matching every `StudentField`,
//! so a new one fails the build here), the insert and the changes write them.

use super::school_values::SchoolValues;
use crate::db::fixed_sql::FixedSql;
use crate::db::{DbConnection, Stamp};
use crate::domain::record::{FieldDef, FieldValues, Record, Source, unique_key};
use crate::domain::{StudentField, ValidStudent};
use crate::schema::students;
use chrono::NaiveDateTime;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Nullable, Text};
use std::borrow::Cow;

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
    #[diesel(deserialize_as = SchoolValues)]
    pub fields: SchoolValues,
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
    #[diesel(deserialize_as = SchoolValues)]
    pub fields: SchoolValues,
}

diesel::define_sql_function! {
    /// The `length` characters from position `start` (1-based), on every backend.
    fn substr(text: Nullable<Text>, start: Integer, length: Integer) -> Nullable<Text>;
}

/// How many courses the row's student is enrolled in (a seek in the enrollments key per
/// row), for the delete confirmations that say how many enrollments go too.
pub(super) const ENROLLMENT_COUNT: FixedSql<BigInt> =
    FixedSql::new("(SELECT count(*) FROM enrollments WHERE enrollments.student_id = students.id)");

/// The select list of a `StudentSummary`, with at most `$bio_chars` of the bio and the
/// statement kept prepared when `$kept` (the list and the export read the same columns).
macro_rules! summary_columns {
    ($bio_chars:expr, $kept:expr) => {
        (
            students::id,
            students::firstname,
            students::lastname,
            students::email,
            students::age,
            super::records::substr(students::bio, 1, $bio_chars),
            students::created_at,
            super::records::ENROLLMENT_COUNT.kept($kept),
            students::fields,
        )
    };
}
pub(super) use summary_columns;

/// A row that holds a student's values: each built-in field's read from its column (the
/// one place a field meets its column on the way out; a match on every `StudentField`,
/// so a new field fails the build here until it is read), the school's from the row's
/// `SchoolValues`.
pub trait StudentValues {
    fn builtin(&self, field: StudentField) -> Option<Cow<'_, str>>;

    /// The stored value of a whole-number `field` as a number (`None` for any other).
    fn number(&self, field: StudentField) -> Option<i64>;

    /// When the student joined.
    fn joined_at(&self) -> NaiveDateTime;

    /// The values of the school's fields, as stored.
    fn school(&self) -> &SchoolValues;

    /// The value of the field `def`, as text.
    fn value(&self, def: &FieldDef) -> Option<Cow<'_, str>> {
        match def.source {
            Source::Builtin(field) => self.builtin(field),
            Source::School(_) => self.school().text(def).map(Cow::Owned),
        }
    }

    /// Every value of `record`'s fields, as the history records them.
    fn values(&self, record: &Record) -> FieldValues {
        let mut values = FieldValues::default();
        for def in record.fields() {
            values.set(def.key.clone(), self.value(def).map(Cow::into_owned));
        }
        values
    }
}

/// The built-in fields' columns of a row type, read by field.
macro_rules! student_values {
    ($($row:ty),+) => {$(
        impl StudentValues for $row {
            fn builtin(&self, field: StudentField) -> Option<Cow<'_, str>> {
                match field {
                    StudentField::Firstname => Some(Cow::Borrowed(&self.firstname)),
                    StudentField::Lastname => Some(Cow::Borrowed(&self.lastname)),
                    StudentField::Email => Some(Cow::Borrowed(&self.email)),
                    StudentField::Age => self.age.map(|age| Cow::Owned(age.to_string())),
                    StudentField::Bio => self.bio.as_deref().map(Cow::Borrowed),
                }
            }

            fn number(&self, field: StudentField) -> Option<i64> {
                match field {
                    StudentField::Age => self.age.map(i64::from),
                    StudentField::Firstname
                    | StudentField::Lastname
                    | StudentField::Email
                    | StudentField::Bio => None,
                }
            }

            fn joined_at(&self) -> NaiveDateTime {
                self.created_at
            }

            fn school(&self) -> &SchoolValues {
                &self.fields
            }
        }
    )+};
}

// The summary's bio may be cut to what the list shows.
student_values!(Student, StudentSummary);

/// The built-in fields' columns of a valid student, as the insert and the changes write
/// them, with the keys derived from them.
struct Columns<'a> {
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
    age: Option<i32>,
    bio: Option<&'a str>,
    email_key: String,
    name_key: String,
    search_text: String,
    fields: Option<String>,
}

impl<'a> Columns<'a> {
    /// The columns of `student`, over the school's values `kept` (of a stored student).
    fn of(student: &'a ValidStudent, kept: &SchoolValues) -> Self {
        let text = |field| student.text(field).unwrap_or_default();
        Self {
            firstname: text(StudentField::Firstname),
            lastname: text(StudentField::Lastname),
            email: text(StudentField::Email),
            age: student
                .number(StudentField::Age)
                .and_then(|age| i32::try_from(age).ok()),
            bio: student.text(StudentField::Bio),
            email_key: student.email_key(),
            name_key: student.name_key(),
            search_text: student.search_text(),
            fields: kept.with(student),
        }
    }
}

/// A row to insert. Timestamps are set here, never taken from a form. (Flat rather than
/// embedding the columns: Diesel writes an embedding insert's SQL anew on every run.)
#[derive(Debug, Insertable)]
#[diesel(table_name = students, treat_none_as_default_value = false)]
pub struct NewStudentRow<'a> {
    firstname: &'a str,
    lastname: &'a str,
    email: &'a str,
    age: Option<i32>,
    bio: Option<&'a str>,
    email_key: String,
    name_key: String,
    search_text: String,
    fields: Option<String>,
    created_at: NaiveDateTime,
    pub(super) updated_at: NaiveDateTime,
}

impl<'a> NewStudentRow<'a> {
    pub fn new(student: &'a ValidStudent, created_at: NaiveDateTime) -> Self {
        Self::over(student, &SchoolValues::default(), created_at)
    }

    /// A new row of `student`, keeping the values `kept` of retired fields (a restore).
    pub(super) fn over(
        student: &'a ValidStudent,
        kept: &SchoolValues,
        created_at: NaiveDateTime,
    ) -> Self {
        let columns = Columns::of(student, kept);
        Self {
            firstname: columns.firstname,
            lastname: columns.lastname,
            email: columns.email,
            age: columns.age,
            bio: columns.bio,
            email_key: columns.email_key,
            name_key: columns.name_key,
            search_text: columns.search_text,
            fields: columns.fields,
            created_at,
            updated_at: created_at,
        }
    }

    /// The unique key of the row's email, to read the row back by.
    pub(super) fn email_key(&self) -> &str {
        &self.email_key
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
    email_key: String,
    name_key: String,
    search_text: String,
    fields: Option<String>,
    updated_at: NaiveDateTime,
    pub(super) version: i32,
}

impl<'a> StudentChanges<'a> {
    /// `student` over the stored `current`, whose retired fields' values stay.
    pub(super) fn new(
        student: &'a ValidStudent,
        current: &Student,
        updated_at: NaiveDateTime,
    ) -> Self {
        let columns = Columns::of(student, &current.fields);
        let version = current.version + 1;
        Self {
            firstname: columns.firstname,
            lastname: columns.lastname,
            email: columns.email,
            age: columns.age,
            bio: columns.bio,
            email_key: columns.email_key,
            name_key: columns.name_key,
            search_text: columns.search_text,
            fields: columns.fields,
            updated_at,
            version,
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
    crate::natively!(conn, |native| insert.execute(native))
}

/// The id of the student with this email (ignoring case).
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<i64>> {
    students::table
        .filter(students::email_key.eq(unique_key(email)))
        .select(students::id)
        .first(conn)
        .optional()
}

/// Which of the keys `keys` of the unique field `def`'s values other students have
/// already.
pub fn taken(conn: &mut DbConnection, def: &FieldDef, keys: &[String]) -> QueryResult<Vec<String>> {
    if def.school_id().is_some() {
        return super::school_values::taken(conn, def, keys);
    }
    let Some(column) = def.key_column() else {
        return Ok(Vec::new());
    };
    // The column's name comes from the field's description, never from a request.
    let column = sql::<Text>(&format!("students.{column}"));
    let mut taken = Vec::new();
    // A few hundred at a time: every backend takes that many bound values.
    for chunk in keys.chunks(500) {
        taken.extend(
            students::table
                .filter(column.clone().eq_any(chunk))
                .select(column.clone())
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
