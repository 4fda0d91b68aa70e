//! `/api/students/{id}/enrollments`: a student's courses as JSON, enrolling (the same
//! `EnrollmentForm::parse` as the "Enroll in…" form) and removing an enrollment.

use super::docs::{BodyProblems, CrossSiteProblem, NotFoundProblem};
use crate::db::enrollments::{self, StudentCourse};
use crate::db::{Database, students};
use crate::domain::EnrollmentForm;
use crate::error::AppError;
use crate::format::Moment;
use crate::json::{ApiJson, Integer};
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One of a student's courses.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentRecord {
    course_id: i64,
    code: String,
    title: String,
    grade: Option<String>,
    #[schema(format = DateTime)]
    enrolled_at: String,
}

impl From<StudentCourse> for EnrollmentRecord {
    fn from(enrollment: StudentCourse) -> Self {
        Self {
            enrolled_at: Moment(enrollment.enrolled_at).iso(),
            course_id: enrollment.course_id,
            code: enrollment.code,
            title: enrollment.title,
            grade: enrollment.grade,
        }
    }
}

/// Enroll a student in a course.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEnrollment {
    #[schema(value_type = i64, minimum = 1)]
    course_id: Integer,
    /// A grade or status, e.g. "A" or "In progress" (blank: none).
    #[serde(default)]
    #[schema(
        max_length = 20,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?)?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    grade: Option<String>,
}

async fn student_exists(db: &Database, id: i64) -> Result<i64, AppError> {
    db.read("finding the student", move |conn| students::find(conn, id))
        .await?
        .map(|student| student.id)
        .ok_or(AppError::NotFound)
}

/// A student's courses, by code.
#[utoipa::path(get, path = "/api/students/{id}/enrollments", tag = "enrollments", operation_id = "listEnrollments",
    params(("id" = i64, Path, description = "Student id")),
    responses((status = 200, description = "The student's courses", body = Vec<EnrollmentRecord>), NotFoundProblem))]
pub async fn index(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let student_id = student_exists(&db, *id).await?;
    let courses = db
        .read("loading the student's courses", move |conn| {
            enrollments::courses_of(conn, student_id)
        })
        .await?;
    let records: Vec<EnrollmentRecord> = courses.into_iter().map(Into::into).collect();
    Ok(HttpResponse::Ok().json(records))
}

/// Enroll a student in a course.
#[utoipa::path(post, path = "/api/students/{id}/enrollments", tag = "enrollments", operation_id = "enroll",
    params(("id" = i64, Path, description = "Student id")),
    request_body = NewEnrollment,
    responses((status = 201, description = "Enrolled", body = EnrollmentRecord), NotFoundProblem, CrossSiteProblem, BodyProblems))]
pub async fn enroll(
    db: web::Data<Database>,
    id: web::Path<i64>,
    body: ApiJson<NewEnrollment>,
) -> Result<HttpResponse, AppError> {
    let student_id = student_exists(&db, *id).await?;
    let form = EnrollmentForm {
        course_id: body.0.course_id.0.to_string(),
        grade: body.0.grade.unwrap_or_default(),
    };
    let enrollment = form.parse_sent().map_err(AppError::Invalid)?;
    let course_id = enrollment.course_id;
    db.write("enrolling a student", move |conn| {
        enrollments::enroll(conn, student_id, &enrollment)
    })
    .await??;
    let courses = db
        .read("loading the student's courses", move |conn| {
            enrollments::courses_of(conn, student_id)
        })
        .await?;
    let record = courses
        .into_iter()
        .find(|course| course.course_id == course_id)
        .map(EnrollmentRecord::from)
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Created()
        .insert_header((
            header::LOCATION,
            format!("/api/students/{student_id}/enrollments"),
        ))
        .json(record))
}

/// Remove a student from a course.
#[utoipa::path(delete, path = "/api/students/{id}/enrollments/{course_id}", tag = "enrollments", operation_id = "unenroll",
    params(("id" = i64, Path, description = "Student id"), ("course_id" = i64, Path, description = "Course id")),
    responses((status = 204, description = "Removed"), NotFoundProblem, CrossSiteProblem))]
pub async fn unenroll(
    db: web::Data<Database>,
    ids: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (student_id, course_id) = ids.into_inner();
    let removed = db
        .write("removing an enrollment", move |conn| {
            enrollments::unenroll(conn, student_id, course_id)
        })
        .await?;
    if removed {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(AppError::NotFound)
    }
}
