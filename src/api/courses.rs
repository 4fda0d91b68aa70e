//! `/api/courses` as JSON: the same rules as the course pages (`CourseForm::parse`), and
//! each course's students.

use super::docs::{BodyProblems, CrossSiteProblem, NotFoundProblem, QueryProblem};
use crate::auth::Staff;
use crate::db::courses::{self as queries, Course};
use crate::db::enrollments::{self, CourseStudent};
use crate::db::outcome::WriteError;
use crate::db::{Database, course_deletions};
use crate::domain::course::COURSES_PER_PAGE as PER_PAGE;
use crate::domain::{CourseForm, ValidCourse, api_query};
use crate::error::AppError;
use crate::format::Moment;
use crate::i18n::Message;
use crate::json::{ApiJson, present};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

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
            created_at: Moment(course.created_at).iso(),
            updated_at: Moment(course.updated_at).iso(),
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
    #[param(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    q: Option<String>,
    /// Page number (25 courses a page).
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u32>,
}

/// A new course, or every field of one for `PUT`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCourse {
    /// 2–20 letters, digits, dashes, dots or spaces, like BIO-101 (stored upper-case).
    #[schema(
        min_length = 2,
        max_length = 20,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[A-Za-z0-9][A-Za-z0-9._ -]*[A-Za-z0-9._-][\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    code: String,
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    title: String,
    #[serde(default)]
    #[schema(
        max_length = 5000,
        pattern = r"^([^\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r\n)*$"
    )]
    description: Option<String>,
}

impl NewCourse {
    fn parse(self) -> Result<ValidCourse, AppError> {
        CourseForm {
            code: self.code,
            title: self.title,
            description: self.description.unwrap_or_default(),
        }
        .parse_sent()
        .map_err(AppError::Invalid)
    }
}

/// Some fields of a course; `null` clears the description.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CoursePatch {
    #[schema(
        min_length = 2,
        max_length = 20,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[A-Za-z0-9][A-Za-z0-9._ -]*[A-Za-z0-9._-][\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    code: Option<String>,
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]([^\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF])?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    title: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 5000, pattern = r"^([^\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\r\n)*$")]
    description: Option<Option<String>>,
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
            enrolled_at: Moment(student.enrolled_at).iso(),
            student_id: student.student_id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            grade: student.grade,
        }
    }
}

async fn find(db: &Database, id: i64) -> Result<Course, AppError> {
    db.read("finding the course", move |conn| queries::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

async fn save(db: &Database, id: i64, course: ValidCourse) -> Result<HttpResponse, AppError> {
    let saved = db
        .write("saving a course", move |conn| {
            queries::update(conn, id, &course)
        })
        .await?;
    match saved {
        Ok(()) => Ok(HttpResponse::Ok().json(CourseRecord::from(find(db, id).await?))),
        Err(WriteError::NotFound) => Err(AppError::NotFound),
        Err(WriteError::Refused(refusal)) => Err(refusal.into()),
    }
}

/// List courses, by code.
#[utoipa::path(get, path = "/api/courses", tag = "courses", operation_id = "listCourses",
    params(CourseListParams),
    responses((status = 200, description = "A page of courses", body = CourseList), QueryProblem))]
pub async fn index(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (search, page) = api_query::course_list(request.query_string())
        .map_err(|why| AppError::BadRequest(Message::verbatim(why)))?;
    let (courses, total) = db
        .read("loading a page of courses", move |conn| {
            queries::list(conn, search.as_deref(), page, PER_PAGE)
        })
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
pub async fn show(db: web::Data<Database>, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
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
) -> Result<HttpResponse, AppError> {
    let course = body.0.parse()?;
    let id = db
        .write("adding a course", move |conn| {
            queries::create(conn, &course)
        })
        .await??;
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
) -> Result<HttpResponse, AppError> {
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
) -> Result<HttpResponse, AppError> {
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
    let course = form.parse_sent().map_err(AppError::Invalid)?;
    save(&db, current.id, course).await
}

/// Delete a course and its enrollments (restorable for 30 days from Recently deleted).
#[utoipa::path(delete, path = "/api/courses/{id}", tag = "courses", operation_id = "deleteCourse",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 204, description = "Deleted, with its enrollments"), NotFoundProblem, CrossSiteProblem))]
pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (*id, staff.account.label());
    let deleted = db
        .write("deleting a course", move |conn| {
            course_deletions::delete(conn, id, Some(&by))
        })
        .await?;
    match deleted {
        Some(_) => Ok(HttpResponse::NoContent().finish()),
        None => Err(AppError::NotFound),
    }
}

/// A course's students, by name.
#[utoipa::path(get, path = "/api/courses/{id}/students", tag = "courses", operation_id = "listCourseStudents",
    params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, description = "The course's students", body = Vec<CourseStudentRecord>), NotFoundProblem))]
pub async fn students(
    db: web::Data<Database>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let course = find(&db, *id).await?;
    let course_id = course.id;
    let students = db
        .read("loading the course's students", move |conn| {
            enrollments::students_of(conn, course_id)
        })
        .await?;
    let records: Vec<CourseStudentRecord> = students.into_iter().map(Into::into).collect();
    Ok(HttpResponse::Ok().json(records))
}
