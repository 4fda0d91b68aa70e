//! CSV imports against the database: a file's plan completed with what only the database
//! knows (emails taken, students and courses that exist, enrollments that do), and the
//! writes of a confirmed plan, checked again inside their transaction.

use super::outcome::{Abort, transaction};
use super::students::batches::{self, BatchDone};
use super::students::{SaveError, taken};
use super::{DbConnection, enrollments, fields};
use crate::domain::enrollment_import::{EnrollmentPlan, Known, plan_enrollments, refuse_unknown};
use crate::domain::import::ImportKind;
use crate::domain::record::Record;
use crate::domain::student_import::{StudentPlan, plan_students, refuse_taken};
use crate::domain::{Refusal, ValidEnrollment};
use crate::schema::{courses, enrollments as enrollments_table, students};
use diesel::prelude::*;

/// A file's plan, of either kind.
pub enum Plan {
    Students(StudentPlan),
    Enrollments(EnrollmentPlan),
}

/// What a confirmed import wrote.
pub enum Imported {
    /// Students, as one batch (its Undo deletes them).
    Students(BatchDone),
    Enrollments(usize),
}

/// Values bound per query: every backend takes that many.
const CHUNK: usize = 500;

pub fn plan(conn: &mut DbConnection, kind: ImportKind, bytes: &[u8]) -> QueryResult<Plan> {
    Ok(match kind {
        ImportKind::Students => Plan::Students(students_plan(conn, bytes)?),
        ImportKind::Enrollments => Plan::Enrollments(enrollments_plan(conn, bytes)?),
    })
}

/// The students `bytes` would add by the record's fields as they are now.
pub fn students_plan(conn: &mut DbConnection, bytes: &[u8]) -> QueryResult<StudentPlan> {
    let record = fields::record(conn)?;
    let mut plan = plan_students(&record, bytes);
    for def in record.unique() {
        let keys: Vec<String> = plan
            .rows
            .iter()
            .filter_map(|row| row.value.key_of(def.key()))
            .collect();
        refuse_taken(&mut plan, def, &taken(conn, def, &keys)?);
    }
    Ok(plan)
}

fn enrollments_plan(conn: &mut DbConnection, bytes: &[u8]) -> QueryResult<EnrollmentPlan> {
    let mut plan = plan_enrollments(bytes);
    let mut keys: Vec<String> = plan
        .rows
        .iter()
        .map(|row| row.value.email_key.clone())
        .collect();
    let mut codes: Vec<String> = plan.rows.iter().map(|row| row.value.code.clone()).collect();
    keys.sort();
    keys.dedup();
    codes.sort();
    codes.dedup();
    let mut known = Known {
        students: Default::default(),
        courses: Default::default(),
        enrolled: Default::default(),
    };
    for chunk in keys.chunks(CHUNK) {
        let found: Vec<(String, i64)> = students::table
            .filter(students::email_key.eq_any(chunk))
            .select((students::email_key, students::id))
            .load(conn)?;
        known.students.extend(found);
    }
    for chunk in codes.chunks(CHUNK) {
        let found: Vec<(String, i64)> = courses::table
            .filter(courses::code.eq_any(chunk))
            .select((courses::code, courses::id))
            .load(conn)?;
        known.courses.extend(found);
    }
    let ids: Vec<i64> = known.students.values().copied().collect();
    for chunk in ids.chunks(CHUNK) {
        let found: Vec<(i64, i64)> = enrollments_table::table
            .filter(enrollments_table::student_id.eq_any(chunk))
            .select((enrollments_table::student_id, enrollments_table::course_id))
            .load(conn)?;
        known.enrolled.extend(found);
    }
    refuse_unknown(&mut plan, &known);
    Ok(plan)
}

/// Writes the good rows of `bytes`, planned again now: students as one batch, or
/// enrollments in one transaction. All or nothing: a row that became impossible since the
/// preview (an email taken, a course deleted) refuses the whole import.
pub fn import(
    conn: &mut DbConnection,
    kind: ImportKind,
    bytes: &[u8],
    by: Option<&str>,
    progress: &dyn Fn(usize),
) -> QueryResult<Result<Imported, SaveError>> {
    match kind {
        ImportKind::Students => {
            let plan = students_plan(conn, bytes)?;
            let students: Vec<_> = plan.rows.into_iter().map(|row| row.value).collect();
            let record = students
                .first()
                .map_or_else(Record::builtin, |student| student.record().clone());
            Ok(batches::import(conn, &record, &students, by, progress)?.map(Imported::Students))
        }
        ImportKind::Enrollments => transaction(conn, |conn| {
            let plan = enrollments_plan(conn, bytes)?;
            let mut added = 0;
            for row in &plan.rows {
                let line = &row.value;
                let ids = students::table
                    .filter(students::email_key.eq(&line.email_key))
                    .select(students::id)
                    .first::<i64>(conn)
                    .optional()?
                    .zip(
                        courses::table
                            .filter(courses::code.eq(&line.code))
                            .select(courses::id)
                            .first::<i64>(conn)
                            .optional()?,
                    );
                let Some((student, course)) = ids else {
                    return Err(Abort::Refused(SaveError::Refused(Refusal::UnknownCourse)));
                };
                let enrollment = ValidEnrollment {
                    course_id: course,
                    grade: line.grade.clone(),
                };
                enrollments::enroll(conn, student, &enrollment)?
                    .map_err(|refusal| Abort::Refused(SaveError::Refused(refusal)))?;
                added += 1;
                progress(1);
            }
            Ok(Imported::Enrollments(added))
        }),
    }
}
