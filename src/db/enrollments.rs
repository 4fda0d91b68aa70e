//! Queries on `enrollments`: a student in a course (one row per pair) with its date and an
//! optional grade, read from either side; and the copies a student's deletion keeps.

use super::outcome::{Abort, is_unique_violation, transaction};
use super::{DbConnection, Stamp, now};
use crate::domain::{Refusal, ValidEnrollment};
use crate::schema::{courses, enrollments, students};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::{Deserialize, Serialize};

/// An enrollment as a student's deletion keeps it, so that a restore can put it back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnrollmentSnapshot {
    pub course_id: i64,
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

/// One of a student's courses.
#[derive(Debug, Clone, Queryable)]
pub struct StudentCourse {
    pub course_id: i64,
    pub code: String,
    pub title: String,
    #[diesel(deserialize_as = Stamp)]
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

/// One of a course's students.
#[derive(Debug, Clone, Queryable)]
pub struct CourseStudent {
    pub student_id: i64,
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    #[diesel(deserialize_as = Stamp)]
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

/// An enrollment as the CSV export writes it: the course, the student, the date and grade.
#[derive(Debug, Clone, Queryable)]
pub struct EnrollmentRow {
    pub course_id: i64,
    pub code: String,
    pub title: String,
    pub student_id: i64,
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    #[diesel(deserialize_as = Stamp)]
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

/// Up to `limit` enrollments after the (course, student) pair `after`, by course then
/// student: batches of the export, each a seek in the course index.
pub fn export_batch(
    conn: &mut DbConnection,
    course: Option<i64>,
    after: Option<(i64, i64)>,
    limit: i64,
) -> QueryResult<Vec<EnrollmentRow>> {
    let mut query = enrollments::table
        .inner_join(courses::table)
        .inner_join(students::table)
        .into_boxed();
    if let Some(course) = course {
        query = query.filter(enrollments::course_id.eq(course));
    }
    if let Some((course, student)) = after {
        query = query.filter(
            enrollments::course_id.gt(course).or(enrollments::course_id
                .eq(course)
                .and(enrollments::student_id.gt(student))),
        );
    }
    query
        .order((enrollments::course_id.asc(), enrollments::student_id.asc()))
        .select((
            enrollments::course_id,
            courses::code,
            courses::title,
            enrollments::student_id,
            students::firstname,
            students::lastname,
            students::email,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .limit(limit)
        .load(conn)
}

pub fn count_of_student(conn: &mut DbConnection, id: i64) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::student_id.eq(id))
        .count()
        .get_result(conn)
}

/// A student's courses, by code.
pub fn courses_of(conn: &mut DbConnection, student_id: i64) -> QueryResult<Vec<StudentCourse>> {
    enrollments::table
        .inner_join(courses::table)
        .filter(enrollments::student_id.eq(student_id))
        .order(courses::code.asc())
        .select((
            courses::id,
            courses::code,
            courses::title,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load(conn)
}

/// A course's students, by name.
pub fn students_of(conn: &mut DbConnection, course_id: i64) -> QueryResult<Vec<CourseStudent>> {
    enrollments::table
        .inner_join(students::table)
        .filter(enrollments::course_id.eq(course_id))
        .order((students::name_key.asc(), students::id.asc()))
        .select((
            students::id,
            students::firstname,
            students::lastname,
            students::email,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load(conn)
}

/// Enrolls the student. The foreign keys, not a check beforehand, decide whether the
/// student and the course still exist: a concurrent delete cannot leave an orphan.
/// Refused with `AlreadyEnrolled`, or `UnknownCourse` when the course is gone.
pub fn enroll(
    conn: &mut DbConnection,
    student_id: i64,
    enrollment: &ValidEnrollment,
) -> QueryResult<Result<(), Refusal>> {
    let inserted = diesel::insert_into(enrollments::table)
        .values((
            enrollments::student_id.eq(student_id),
            enrollments::course_id.eq(enrollment.course_id),
            enrollments::enrolled_at.eq(now()),
            enrollments::grade.eq(enrollment.grade.as_deref()),
        ))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(Ok(())),
        Err(err) if is_unique_violation(&err) => Ok(Err(Refusal::AlreadyEnrolled)),
        Err(DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _)) => {
            Ok(Err(Refusal::UnknownCourse))
        }
        Err(err) => Err(err),
    }
}

/// How a bulk enrollment went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enrolled {
    pub added: usize,
    pub already: usize,
    /// Students deleted meanwhile.
    pub gone: usize,
}

/// Enrolls every student of `ids` in the course, in one transaction; those enrolled
/// already are counted, not refused. `UnknownCourse` when the course is gone.
pub fn enroll_many(
    conn: &mut DbConnection,
    ids: &[i64],
    course_id: i64,
) -> QueryResult<Result<Enrolled, Refusal>> {
    let enrollment = ValidEnrollment {
        course_id,
        grade: None,
    };
    transaction(conn, |conn| {
        let course = courses::table
            .find(course_id)
            .select(courses::id)
            .first::<i64>(conn);
        if course.optional()?.is_none() {
            return Err(Abort::Refused(Refusal::UnknownCourse));
        }
        let mut done = Enrolled {
            added: 0,
            already: 0,
            gone: 0,
        };
        for id in ids {
            // A savepoint each: on PostgreSQL a refused insert would end the transaction.
            let one = transaction(conn, |conn| {
                enroll(conn, *id, &enrollment)?.map_err(Abort::Refused)
            })?;
            match one {
                Ok(()) => done.added += 1,
                Err(Refusal::AlreadyEnrolled) => done.already += 1,
                Err(_) => done.gone += 1,
            }
        }
        Ok(done)
    })
}

/// A student's enrollments as a deletion keeps them (for `students::restore`).
pub fn kept_of(conn: &mut DbConnection, student_id: i64) -> QueryResult<Vec<EnrollmentSnapshot>> {
    enrollments::table
        .filter(enrollments::student_id.eq(student_id))
        .order(enrollments::course_id)
        .select((
            enrollments::course_id,
            enrollments::enrolled_at,
            enrollments::grade,
        ))
        .load::<(i64, NaiveDateTime, Option<String>)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(course_id, enrolled_at, grade)| EnrollmentSnapshot {
                    course_id,
                    enrolled_at,
                    grade,
                })
                .collect()
        })
}

/// Puts back an enrollment of a restored student, unless its course has been deleted
/// since; returns whether it came back.
pub fn restore(
    conn: &mut DbConnection,
    student_id: i64,
    enrollment: &EnrollmentSnapshot,
) -> QueryResult<bool> {
    // Checked first: a failed foreign key would abort a PostgreSQL transaction.
    let course_exists: bool = diesel::select(diesel::dsl::exists(
        courses::table.find(enrollment.course_id),
    ))
    .get_result(conn)?;
    if !course_exists {
        return Ok(false);
    }
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::student_id.eq(student_id),
            enrollments::course_id.eq(enrollment.course_id),
            enrollments::enrolled_at.eq(enrollment.enrolled_at),
            enrollments::grade.eq(enrollment.grade.as_deref()),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Removes the student from the course; returns whether they were enrolled.
pub fn unenroll(conn: &mut DbConnection, student_id: i64, course_id: i64) -> QueryResult<bool> {
    let removed = diesel::delete(enrollments::table.find((student_id, course_id))).execute(conn)?;
    Ok(removed > 0)
}

pub fn count_of_course(conn: &mut DbConnection, id: i64) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::course_id.eq(id))
        .count()
        .get_result(conn)
}

/// How many students each of these courses has (courses without any are left out).
pub fn counts_of_courses(
    conn: &mut DbConnection,
    course_ids: Vec<i64>,
) -> QueryResult<Vec<(i64, i64)>> {
    enrollments::table
        .filter(enrollments::course_id.eq_any(course_ids))
        .group_by(enrollments::course_id)
        .select((enrollments::course_id, diesel::dsl::count_star()))
        .load(conn)
}
