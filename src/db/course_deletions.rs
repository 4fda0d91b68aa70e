//! Deleted courses, restorable like students for `RESTORE_DAYS`: a deletion keeps the
//! course and its enrollments, a restore brings the course back under its id with the
//! enrollments whose student still exists. After the 30 days the snapshot is erased.

use super::outcome::{Abort, is_unique_violation, transaction};
use super::students::history::restore_cutoff;
use super::{DbConnection, now};
use crate::domain::Refusal;
use crate::schema::{course_deletions, courses, enrollments, students};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use serde::{Deserialize, Serialize};

/// What a course's deletion keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CourseSnapshot {
    pub code: String,
    pub title: String,
    pub description: Option<String>,
    pub created_at: NaiveDateTime,
    pub enrollments: Vec<KeptEnrollment>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeptEnrollment {
    pub student_id: i64,
    pub enrolled_at: NaiveDateTime,
    pub grade: Option<String>,
}

/// A course deleted within `RESTORE_DAYS`, for "Recently deleted".
#[derive(Debug, Clone)]
pub struct DeletedCourse {
    pub course_id: i64,
    pub deleted_at: NaiveDateTime,
    pub deleted_by: Option<String>,
    pub snapshot: CourseSnapshot,
}

/// A restored course: how many enrollments came back, and how many could not (their
/// student was deleted meanwhile).
#[derive(Debug, Clone)]
pub struct RestoredCourse {
    pub code: String,
    pub title: String,
    pub enrollments: usize,
    pub enrollments_lost: usize,
}

/// Deletes course `id` with its enrollments, keeping both for a restore; how many
/// enrollments went, or `None` when there was no such course.
pub fn delete(conn: &mut DbConnection, id: i64, by: Option<&str>) -> QueryResult<Option<i64>> {
    conn.transaction(|conn| {
        let now = now();
        diesel::delete(
            course_deletions::table.filter(course_deletions::deleted_at.lt(restore_cutoff(now))),
        )
        .execute(conn)?;
        let course: Option<(String, String, Option<String>, NaiveDateTime)> = courses::table
            .find(id)
            .select((
                courses::code,
                courses::title,
                courses::description,
                courses::created_at,
            ))
            .first(conn)
            .optional()?;
        let Some((code, title, description, created_at)) = course else {
            return Ok(None);
        };
        let kept: Vec<(i64, NaiveDateTime, Option<String>)> = enrollments::table
            .filter(enrollments::course_id.eq(id))
            .order(enrollments::student_id)
            .select((
                enrollments::student_id,
                enrollments::enrolled_at,
                enrollments::grade,
            ))
            .load(conn)?;
        let snapshot = CourseSnapshot {
            code,
            title,
            description,
            created_at,
            enrollments: kept
                .into_iter()
                .map(|(student_id, enrolled_at, grade)| KeptEnrollment {
                    student_id,
                    enrolled_at,
                    grade,
                })
                .collect(),
        };
        let json = serde_json::to_string(&snapshot)
            .map_err(|err| DieselError::SerializationError(Box::new(err)))?;
        diesel::insert_into(course_deletions::table)
            .values((
                course_deletions::course_id.eq(id),
                course_deletions::deleted_at.eq(now),
                course_deletions::deleted_by.eq(by),
                course_deletions::snapshot.eq(json),
            ))
            .execute(conn)?;
        // The enrollments go with it, by the foreign keys.
        diesel::delete(courses::table.find(id)).execute(conn)?;
        Ok(Some(snapshot.enrollments.len() as i64))
    })
}

/// Courses deleted within `RESTORE_DAYS`, most recently deleted first (at most `limit`).
pub fn recently_deleted(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<DeletedCourse>> {
    let rows: Vec<(i64, NaiveDateTime, Option<String>, String)> = course_deletions::table
        .filter(course_deletions::deleted_at.ge(restore_cutoff(now())))
        .order(course_deletions::id.desc())
        .limit(limit)
        .select((
            course_deletions::course_id,
            course_deletions::deleted_at,
            course_deletions::deleted_by,
            course_deletions::snapshot,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(course_id, deleted_at, deleted_by, snapshot)| {
            Ok(DeletedCourse {
                course_id,
                deleted_at,
                deleted_by,
                snapshot: read(&snapshot)?,
            })
        })
        .collect()
}

/// Puts course `id` back, if it was deleted within `RESTORE_DAYS`: `Ok(None)` when it was
/// not (or is back already); refused when its code was taken since.
pub fn restore(
    conn: &mut DbConnection,
    id: i64,
) -> QueryResult<Result<Option<RestoredCourse>, Refusal>> {
    let cutoff = restore_cutoff(now());
    transaction(conn, |conn| {
        let found: Option<(i64, String)> = course_deletions::table
            .filter(course_deletions::course_id.eq(id))
            .filter(course_deletions::deleted_at.ge(cutoff))
            .order(course_deletions::id.desc())
            .select((course_deletions::id, course_deletions::snapshot))
            .first(conn)
            .optional()?;
        let Some((deletion, snapshot)) = found else {
            return Ok(None);
        };
        let snapshot = read(&snapshot)?;
        let search_text = format!("{} {}", snapshot.code, snapshot.title).to_lowercase();
        diesel::insert_into(courses::table)
            .values((
                courses::id.eq(id),
                courses::code.eq(&snapshot.code),
                courses::title.eq(&snapshot.title),
                courses::description.eq(&snapshot.description),
                courses::created_at.eq(snapshot.created_at),
                courses::updated_at.eq(now()),
                courses::search_text.eq(search_text),
            ))
            .execute(conn)
            .map_err(|err| {
                if is_unique_violation(&err) {
                    Abort::Refused(Refusal::CodeTakenSinceDeletion)
                } else {
                    Abort::Failed(err)
                }
            })?;
        let mut restored = 0;
        for kept in &snapshot.enrollments {
            let student = students::table.find(kept.student_id).select(students::id);
            if student.first::<i64>(conn).optional()?.is_none() {
                continue;
            }
            diesel::insert_into(enrollments::table)
                .values((
                    enrollments::student_id.eq(kept.student_id),
                    enrollments::course_id.eq(id),
                    enrollments::enrolled_at.eq(kept.enrolled_at),
                    enrollments::grade.eq(&kept.grade),
                ))
                .execute(conn)?;
            restored += 1;
        }
        diesel::delete(course_deletions::table.find(deletion)).execute(conn)?;
        Ok(Some(RestoredCourse {
            enrollments_lost: snapshot.enrollments.len() - restored,
            code: snapshot.code,
            title: snapshot.title,
            enrollments: restored,
        }))
    })
}

fn read(snapshot: &str) -> QueryResult<CourseSnapshot> {
    serde_json::from_str(snapshot).map_err(|err| {
        DieselError::DeserializationError(format!("unreadable course snapshot: {err}").into())
    })
}
