//! `/api/courses` and enrollments as JSON: the same rules as the course pages and the
//! "Enroll in…" form (`CourseForm::parse`, `EnrollmentForm::parse`).

use super::problem::{BodyProblems, CrossSiteProblem, NotFoundProblem};
use super::{ApiError, ApiJson};
use crate::db::Database;
use crate::db::courses::{
    self as queries, Course, CourseSaveError, CourseStudent, EnrollError, StudentCourse,
};
use crate::db::students as student_queries;
use crate::domain::{CourseForm, CourseQuery, EnrollmentForm, FieldErrors, ValidCourse};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

const PER_PAGE: u32 = 25;

/// A stored course.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseRecord {
    id: i64,
    /// Upper-case, unique.
    code: String,
    title: String,
    description: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
    #[schema(format = DateTime)]
    updated_at: String,
}

impl From<Course> for CourseRecord {
    fn from(course: Course) -> Self {
        Self {
            created_at: crate::html::Moment(course.created_at).iso(),
            updated_at: crate::html::Moment(course.updated_at).iso(),
            id: course.id,
            code: course.code,
            title: course.title,
            description: course.description,
        }
    }
}

/// A course in a list, with how many students it has.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseListItem {
    #[serde(flatten)]
    course: CourseRecord,
    enrolled: i64,
}

/// One page of courses, by code.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseList {
    courses: Vec<CourseListItem>,
    total: i64,
    page: u32,
    per_page: u32,
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; the handler reads them leniently
struct CourseListParams {
    /// Part of a code or title.
    q: Option<String>,
    /// Page number (25 courses a page).
    #[param(minimum = 1)]
    page: Option<u32>,
}

/// A new course, or every field of one for `PUT`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCourse {
    /// 2–20 letters, digits, dashes, dots or spaces, like BIO-101 (stored upper-case).
    #[schema(min_length = 2, max_length = 20)]
    code: String,
    #[schema(min_length = 1, max_length = 200)]
    title: String,
    #[serde(default)]
    #[schema(max_length = 5000)]
    description: Option<String>,
}

impl NewCourse {
    fn parse(self) -> Result<ValidCourse, ApiError> {
        CourseForm {
            code: self.code,
            title: self.title,
            description: self.description.unwrap_or_default(),
        }
        .parse()
        .map_err(ApiError::Invalid)
    }
}

/// Some fields of a course; `null` clears the description.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CoursePatch {
    #[schema(min_length = 2, max_length = 20)]
    code: Option<String>,
    #[schema(min_length = 1, max_length = 200)]
    title: Option<String>,
    #[serde(default, deserialize_with = "super::students::present")]
    #[schema(value_type = Option<String>, max_length = 5000)]
    description: Option<Option<String>>,
}

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
            enrolled_at: enrollment.enrolled().iso(),
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
    course_id: i64,
    /// A grade or status, e.g. "A" or "In progress".
    #[serde(default)]
    #[schema(max_length = 20)]
    grade: Option<String>,
}

/// One of a course's students.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseStudentRecord {
    student_id: i64,
    firstname: String,
    lastname: String,
    email: String,
    grade: Option<String>,
    #[schema(format = DateTime)]
    enrolled_at: String,
}

impl From<CourseStudent> for CourseStudentRecord {
    fn from(student: CourseStudent) -> Self {
        Self {
            enrolled_at: student.enrolled().iso(),
            student_id: student.student_id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            grade: student.grade,
        }
    }
}

async fn find(db: &Database, id: i64) -> Result<Course, ApiError> {
    db.read(move |conn| queries::find(conn, id))
        .await?
        .ok_or(ApiError::NotFound)
}

async fn save(db: &Database, id: i64, course: ValidCourse) -> Result<HttpResponse, ApiError> {
    match db
        .write(move |conn| queries::update(conn, id, &course))
        .await?
    {
        Ok(()) => Ok(HttpResponse::Ok().json(CourseRecord::from(find(db, id).await?))),
        Err(CourseSaveError::NotFound) => Err(ApiError::NotFound),
        Err(CourseSaveError::CodeTaken) => Err(code_taken()),
    }
}

fn code_taken() -> ApiError {
    let mut errors = FieldErrors::default();
    errors.add("code", "Another course has this code.");
    ApiError::Conflict(errors)
}

/// List courses, by code.
#[utoipa::path(get, path = "/api/courses", tag = "courses", operation_id = "listCourses",
    params(CourseListParams),
    responses((status = 200, description = "A page of courses", body = CourseList)))]
pub async fn index(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let CourseQuery { search, page } = CourseQuery::from_query(request.query_string());
    let (courses, total) = db
        .read(move |conn| queries::list(conn, search.as_deref(), page, PER_PAGE))
        .await?;
    let courses = courses
        .into_iter()
        .map(|summary| CourseListItem {
            course: summary.course.into(),
            enrolled: summary.enrolled,
        })
        .collect();
    Ok(HttpResponse::Ok().json(CourseList {
        courses,
        total,
        page,
        per_page: PER_PAGE,
    }))
}

/// One course.
#[utoipa::path(get, path = "/api/courses/{id}", tag = "courses", operation_id = "getCourse",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course", body = CourseRecord), NotFoundProblem))]
pub async fn show(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(CourseRecord::from(find(&db, *id).await?)))
}

/// Add a course.
#[utoipa::path(post, path = "/api/courses", tag = "courses", operation_id = "createCourse",
    request_body = NewCourse,
    responses(
        (status = 201, description = "Stored", body = CourseRecord,
            headers(("Location" = String, description = "The new course's URL")),
            links(
                ("GetCourse" = (operation_id = "getCourse", parameters(("id" = "$response.body#/id")))),
                ("CourseStudents" = (operation_id = "listCourseStudents", parameters(("id" = "$response.body#/id")))),
                ("DeleteCourse" = (operation_id = "deleteCourse", parameters(("id" = "$response.body#/id"))))
            )),
        CrossSiteProblem, BodyProblems))]
pub async fn create(
    db: web::Data<Database>,
    body: ApiJson<NewCourse>,
) -> Result<HttpResponse, ApiError> {
    let course = body.0.parse()?;
    let id = match db.write(move |conn| queries::create(conn, &course)).await? {
        Ok(id) => id,
        Err(_) => return Err(code_taken()),
    };
    let stored = find(&db, id).await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/courses/{id}")))
        .json(CourseRecord::from(stored)))
}

/// Replace every field of a course.
#[utoipa::path(put, path = "/api/courses/{id}", tag = "courses", operation_id = "replaceCourse",
    params(("id" = i64, Path, description = "Course id")),
    request_body = NewCourse,
    responses((status = 200, description = "Stored", body = CourseRecord), NotFoundProblem, CrossSiteProblem, BodyProblems))]
pub async fn replace(
    db: web::Data<Database>,
    id: web::Path<i64>,
    body: ApiJson<NewCourse>,
) -> Result<HttpResponse, ApiError> {
    let current = find(&db, *id).await?;
    let course = body.0.parse()?;
    save(&db, current.id, course).await
}

/// Change some fields of a course.
#[utoipa::path(patch, path = "/api/courses/{id}", tag = "courses", operation_id = "updateCourse",
    params(("id" = i64, Path, description = "Course id")),
    request_body = CoursePatch,
    responses((status = 200, description = "Stored", body = CourseRecord), NotFoundProblem, CrossSiteProblem, BodyProblems))]
pub async fn update(
    db: web::Data<Database>,
    id: web::Path<i64>,
    body: ApiJson<CoursePatch>,
) -> Result<HttpResponse, ApiError> {
    let current = find(&db, *id).await?;
    let patch = body.0;
    let mut form = CourseForm::from(&current);
    if let Some(code) = patch.code {
        form.code = code;
    }
    if let Some(title) = patch.title {
        form.title = title;
    }
    if let Some(description) = patch.description {
        form.description = description.unwrap_or_default();
    }
    let course = form.parse().map_err(ApiError::Invalid)?;
    save(&db, current.id, course).await
}

/// Delete a course and its enrollments.
#[utoipa::path(delete, path = "/api/courses/{id}", tag = "courses", operation_id = "deleteCourse",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 204, description = "Deleted, with its enrollments"), NotFoundProblem, CrossSiteProblem))]
pub async fn delete(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, ApiError> {
    let id = *id;
    match db.write(move |conn| queries::delete(conn, id)).await? {
        Some(_) => Ok(HttpResponse::NoContent().finish()),
        None => Err(ApiError::NotFound),
    }
}

/// A course's students, by name.
#[utoipa::path(get, path = "/api/courses/{id}/students", tag = "courses", operation_id = "listCourseStudents",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course's students", body = Vec<CourseStudentRecord>), NotFoundProblem))]
pub async fn students(
    db: web::Data<Database>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let course = find(&db, *id).await?;
    let course_id = course.id;
    let students = db
        .read(move |conn| queries::students_of(conn, course_id))
        .await?;
    let records: Vec<CourseStudentRecord> = students.into_iter().map(Into::into).collect();
    Ok(HttpResponse::Ok().json(records))
}

async fn student_exists(db: &Database, id: i64) -> Result<i64, ApiError> {
    db.read(move |conn| student_queries::find(conn, id))
        .await?
        .map(|student| student.id)
        .ok_or(ApiError::NotFound)
}

/// A student's courses, by code.
#[utoipa::path(get, path = "/api/students/{id}/enrollments", tag = "enrollments", operation_id = "listEnrollments",
    params(("id" = i64, Path, description = "Student id")),
    responses((status = 200, description = "The student's courses", body = Vec<EnrollmentRecord>), NotFoundProblem))]
pub async fn enrollments(
    db: web::Data<Database>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let student_id = student_exists(&db, *id).await?;
    let courses = db
        .read(move |conn| queries::courses_of(conn, student_id))
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
) -> Result<HttpResponse, ApiError> {
    let student_id = student_exists(&db, *id).await?;
    let form = EnrollmentForm {
        course_id: body.0.course_id.to_string(),
        grade: body.0.grade.unwrap_or_default(),
    };
    let enrollment = form.parse().map_err(ApiError::Invalid)?;
    let course_id = enrollment.course_id;
    let enrolled = db
        .write(move |conn| queries::enroll(conn, student_id, &enrollment))
        .await?;
    let mut errors = FieldErrors::default();
    match enrolled {
        Ok(()) => {}
        Err(EnrollError::AlreadyEnrolled) => {
            errors.add("course_id", "Already enrolled in this course.");
            return Err(ApiError::Conflict(errors));
        }
        Err(EnrollError::Gone) => {
            errors.add("course_id", "There is no course with this id.");
            return Err(ApiError::Invalid(errors));
        }
    }
    let courses = db
        .read(move |conn| queries::courses_of(conn, student_id))
        .await?;
    let record = courses
        .into_iter()
        .find(|course| course.course_id == course_id)
        .map(EnrollmentRecord::from)
        .ok_or(ApiError::NotFound)?;
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
) -> Result<HttpResponse, ApiError> {
    let (student_id, course_id) = ids.into_inner();
    if db
        .write(move |conn| queries::unenroll(conn, student_id, course_id))
        .await?
    {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::NotFound)
    }
}
