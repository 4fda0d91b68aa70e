//! `/api/students`: the student records as JSON, with the index's pagination, search,
//! sort and filters, and the forms' validation (the same `StudentForm::parse`).

use super::problem::{BodyProblems, CrossSiteProblem, NotFoundProblem, PreconditionProblem};
use super::{ApiError, ApiJson};
use crate::auth::Staff;
use crate::db::Database;
use crate::db::students::{
    self as queries, SaveError, Saved, Student, StudentPage, StudentSummary, Total,
};
use crate::domain::listing::PageRequest;
use crate::domain::{FieldErrors, Listing, StudentForm, ValidStudent};
use actix_web::http::header::{self, EntityTag, Header, IfMatch, IfNoneMatch};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, web};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::{IntoParams, ToSchema};

const COLLECTION: &str = "/api/students";

/// A stored student.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentRecord {
    id: i64,
    firstname: String,
    lastname: String,
    email: String,
    age: Option<i32>,
    bio: Option<String>,
    /// When the record was created (UTC).
    #[schema(format = DateTime)]
    created_at: String,
    /// When the record was last changed (UTC).
    #[schema(format = DateTime)]
    updated_at: String,
    /// Counts the record's saved changes; the `ETag` header carries it (`"3"`).
    version: i32,
}

impl From<Student> for StudentRecord {
    fn from(student: Student) -> Self {
        Self {
            created_at: student.joined().iso(),
            updated_at: student.updated().iso(),
            version: student.version,
            id: student.id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            age: student.age,
            bio: student.bio,
        }
    }
}

/// A student in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentListItem {
    id: i64,
    firstname: String,
    lastname: String,
    email: String,
    age: Option<i32>,
    bio: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
    /// How many courses the student is enrolled in.
    enrollments: i64,
}

impl From<StudentSummary> for StudentListItem {
    fn from(student: StudentSummary) -> Self {
        Self {
            created_at: student.joined().iso(),
            id: student.id,
            firstname: student.firstname,
            lastname: student.lastname,
            email: student.email,
            age: student.age,
            bio: student.bio,
            enrollments: student.enrollments,
        }
    }
}

/// One page of students.
#[derive(Debug, Serialize, ToSchema)]
pub struct StudentList {
    students: Vec<StudentListItem>,
    /// How many students match; with `total_is_exact` false, at least this many.
    total: u64,
    total_is_exact: bool,
    /// 1-based position of the first student of this page, when known.
    first_position: Option<u64>,
    links: PageLinks,
}

/// The same listing on other pages (paths with query strings).
#[derive(Debug, Serialize, ToSchema)]
pub struct PageLinks {
    first: String,
    previous: Option<String>,
    next: Option<String>,
    last: String,
}

impl StudentList {
    fn new(listing: &Listing, page: StudentPage) -> Self {
        let at = |request| listing.at(request).href_from(COLLECTION);
        let links = PageLinks {
            first: at(PageRequest::First),
            previous: page.has_previous.then(|| at(page.previous_page(listing))),
            next: page.has_next.then(|| at(page.next_page())),
            last: at(PageRequest::Last),
        };
        let (total, total_is_exact) = match page.total {
            Total::Exact(n) => (n, true),
            Total::AtLeast(n) => (n, false),
        };
        Self {
            students: page.students.into_iter().map(Into::into).collect(),
            total,
            total_is_exact,
            first_position: page.first_position,
            links,
        }
    }
}

/// The query string of `GET /api/students`: the index page's own. Bad values fall back
/// to defaults rather than failing.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // documents the parameters; `Listing::from_query` reads them
struct ListParams {
    /// Search text: part of a first name, last name or email (one or two characters:
    /// the start of a last name or email).
    q: Option<String>,
    /// Youngest age to include.
    #[param(minimum = 0, maximum = 150)]
    age_min: Option<i32>,
    /// Oldest age to include.
    #[param(minimum = 0, maximum = 150)]
    age_max: Option<i32>,
    /// `name`, `email`, `age` or `joined` (the default).
    sort: Option<String>,
    /// `asc` or `desc`.
    dir: Option<String>,
    /// Students per page (default 25).
    #[param(minimum = 1, maximum = 200)]
    per_page: Option<u32>,
    /// The page after this student id (follow `links.next`).
    after: Option<i64>,
    /// The page before this student id (follow `links.previous`).
    before: Option<i64>,
    /// `1` for the last page.
    last: Option<u8>,
    /// Position of the page's first student, for `first_position`.
    pos: Option<u64>,
}

/// A new student, or every field of one for `PUT`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStudent {
    #[schema(min_length = 1, max_length = 100)]
    firstname: String,
    #[schema(min_length = 1, max_length = 100)]
    lastname: String,
    /// Unique, ignoring case.
    #[schema(min_length = 3, max_length = 80, format = Email)]
    email: String,
    #[serde(default)]
    #[schema(minimum = 0, maximum = 150)]
    age: Option<i64>,
    #[serde(default)]
    #[schema(max_length = 10000)]
    bio: Option<String>,
}

impl NewStudent {
    fn into_form(self) -> StudentForm {
        StudentForm {
            firstname: self.firstname,
            lastname: self.lastname,
            email: self.email,
            age: self.age.map(|age| age.to_string()).unwrap_or_default(),
            bio: self.bio.unwrap_or_default(),
        }
    }
}

/// Some fields of a student: those left out keep their value; `null` clears `age` or `bio`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StudentPatch {
    #[schema(min_length = 1, max_length = 100)]
    firstname: Option<String>,
    #[schema(min_length = 1, max_length = 100)]
    lastname: Option<String>,
    #[schema(min_length = 3, max_length = 80, format = Email)]
    email: Option<String>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 150)]
    age: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 10000)]
    bio: Option<Option<String>>,
}

/// A field that is present, possibly `null` (absent fields take the serde default, `None`).
pub(super) fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

impl StudentPatch {
    fn apply_to(self, mut form: StudentForm) -> StudentForm {
        if let Some(firstname) = self.firstname {
            form.firstname = firstname;
        }
        if let Some(lastname) = self.lastname {
            form.lastname = lastname;
        }
        if let Some(email) = self.email {
            form.email = email;
        }
        if let Some(age) = self.age {
            form.age = age.map(|age| age.to_string()).unwrap_or_default();
        }
        if let Some(bio) = self.bio {
            form.bio = bio.unwrap_or_default();
        }
        form
    }
}

fn email_taken() -> ApiError {
    let mut errors = FieldErrors::default();
    errors.add("email", "A student with this email already exists.");
    ApiError::Conflict(errors)
}

async fn find(db: &Database, id: i64) -> Result<Student, ApiError> {
    db.read(move |conn| queries::find(conn, id))
        .await?
        .ok_or(ApiError::NotFound)
}

/// A student's entity tag: their version, as a strong validator.
fn etag_of(student: &Student) -> EntityTag {
    EntityTag::new_strong(student.version.to_string())
}

/// The student as JSON, with their `ETag`.
fn record(response: &mut HttpResponseBuilder, student: Student) -> HttpResponse {
    response
        .insert_header(header::ETag(etag_of(&student)))
        .json(StudentRecord::from(student))
}

/// The version a write may apply over, from the request's `If-Match` and the student as
/// just read: `Ok(None)` without the header (or with `*`), the stored version when a tag
/// matches it, and 412 when none does (a malformed header matches nothing).
fn if_match(request: &HttpRequest, current: &Student) -> Result<Option<i32>, ApiError> {
    if !request.headers().contains_key(header::IF_MATCH) {
        return Ok(None);
    }
    let current_tag = etag_of(current);
    match IfMatch::parse(request) {
        Ok(IfMatch::Any) => Ok(None),
        Ok(IfMatch::Items(tags)) if tags.iter().any(|tag| tag.strong_eq(&current_tag)) => {
            Ok(Some(current.version))
        }
        _ => Err(ApiError::PreconditionFailed),
    }
}

/// Saves `student` over student `id`, applying only over `expected_version` when given.
async fn save(
    db: &Database,
    staff: &Staff,
    id: i64,
    student: ValidStudent,
    expected_version: Option<i32>,
) -> Result<Result<Student, SaveError>, ApiError> {
    let by = staff.account.label();
    let saved = db
        .write(move |conn| queries::update(conn, id, &student, expected_version, Some(&by)))
        .await?;
    Ok(saved.map(|Saved { student, .. }| student))
}

fn refused(refusal: SaveError) -> ApiError {
    match refusal {
        SaveError::NotFound => ApiError::NotFound,
        SaveError::EmailTaken => email_taken(),
        SaveError::Conflict(_) => ApiError::PreconditionFailed,
    }
}

/// List students a page at a time.
#[utoipa::path(
    get,
    path = "/api/students",
    tag = "students",
    operation_id = "listStudents",
    params(ListParams),
    responses((status = 200, description = "A page of students", body = StudentList))
)]
pub async fn index(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let listing = Listing::from_query(request.query_string());
    let query = listing.clone();
    let page = db
        .read(move |conn| queries::list_page(conn, &query, None))
        .await?;
    Ok(HttpResponse::Ok().json(StudentList::new(&listing, page)))
}

/// One student.
#[utoipa::path(
    get,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "getStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag held: 304 while it is current")
    ),
    responses(
        (status = 200, description = "The student", body = StudentRecord,
            headers(("ETag" = String, description = "The version, for If-Match on writes"))),
        (status = 304, description = "Not modified since the ETag in If-None-Match"),
        NotFoundProblem
    )
)]
pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    request: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let student = find(&db, *id).await?;
    let current_tag = etag_of(&student);
    let unchanged = match IfNoneMatch::parse(&request) {
        Ok(IfNoneMatch::Any) => true,
        Ok(IfNoneMatch::Items(tags)) => tags.iter().any(|tag| tag.weak_eq(&current_tag)),
        Err(_) => false,
    };
    if unchanged {
        return Ok(HttpResponse::NotModified()
            .insert_header(header::ETag(current_tag))
            .finish());
    }
    Ok(record(&mut HttpResponse::Ok(), student))
}

/// Add a student.
#[utoipa::path(
    post,
    path = "/api/students",
    tag = "students",
    operation_id = "createStudent",
    request_body = NewStudent,
    responses(
        (status = 201, description = "Stored", body = StudentRecord,
            headers(
                ("Location" = String, description = "The new student's URL"),
                ("ETag" = String, description = "The version, for If-Match on writes")
            ),
            links(
                ("GetStudent" = (operation_id = "getStudent", parameters(("id" = "$response.body#/id")))),
                ("ReplaceStudent" = (operation_id = "replaceStudent", parameters(("id" = "$response.body#/id")))),
                ("UpdateStudent" = (operation_id = "updateStudent", parameters(("id" = "$response.body#/id")))),
                ("DeleteStudent" = (operation_id = "deleteStudent", parameters(("id" = "$response.body#/id"))))
            )),
        CrossSiteProblem,
        BodyProblems
    )
)]
pub async fn create(
    db: web::Data<Database>,
    staff: Staff,
    body: ApiJson<NewStudent>,
) -> Result<HttpResponse, ApiError> {
    let student = body.0.into_form().parse().map_err(ApiError::Invalid)?;
    let stored = db
        .write(move |conn| queries::create(conn, &student, Some(&staff.account.label())))
        .await?
        .map_err(refused)?;
    let location = format!("{COLLECTION}/{}", stored.id);
    Ok(record(
        HttpResponse::Created().insert_header((header::LOCATION, location)),
        stored,
    ))
}

/// Replace every field of a student.
#[utoipa::path(
    put,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "replaceStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-Match" = Option<String>, Header, description = "The ETag the change is based on: 412 if the student has changed since")
    ),
    request_body = NewStudent,
    responses(
        (status = 200, description = "Stored", body = StudentRecord,
            headers(("ETag" = String, description = "The new version"))),
        NotFoundProblem,
        CrossSiteProblem,
        PreconditionProblem,
        BodyProblems
    )
)]
pub async fn replace(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
    body: ApiJson<NewStudent>,
) -> Result<HttpResponse, ApiError> {
    let current = find(&db, *id).await?;
    let expected_version = if_match(&request, &current)?;
    let student = body.0.into_form().parse().map_err(ApiError::Invalid)?;
    let stored = save(&db, &staff, current.id, student, expected_version)
        .await?
        .map_err(refused)?;
    Ok(record(&mut HttpResponse::Ok(), stored))
}

/// How often a `PATCH` without `If-Match` reapplies itself when another change lands
/// between its read and its write.
const PATCH_ATTEMPTS: usize = 3;

/// Change some fields of a student.
#[utoipa::path(
    patch,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "updateStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-Match" = Option<String>, Header, description = "The ETag the change is based on: 412 if the student has changed since")
    ),
    request_body = StudentPatch,
    responses(
        (status = 200, description = "Stored", body = StudentRecord,
            headers(("ETag" = String, description = "The new version"))),
        NotFoundProblem,
        CrossSiteProblem,
        PreconditionProblem,
        BodyProblems
    )
)]
pub async fn update(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
    body: ApiJson<StudentPatch>,
) -> Result<HttpResponse, ApiError> {
    let patch = body.0;
    let mut attempt = 1;
    loop {
        let current = find(&db, *id).await?;
        let precondition = if_match(&request, &current)?;
        let form = patch.clone().apply_to(StudentForm::from(&current));
        let student = form.parse().map_err(ApiError::Invalid)?;
        // The fields left out keep the values just read, so the write must apply over
        // exactly that version, whether or not the client named one.
        match save(&db, &staff, current.id, student, Some(current.version)).await? {
            Ok(stored) => return Ok(record(&mut HttpResponse::Ok(), stored)),
            Err(SaveError::Conflict(_)) if precondition.is_none() && attempt < PATCH_ATTEMPTS => {
                attempt += 1;
            }
            Err(refusal) => return Err(refused(refusal)),
        }
    }
}

/// Delete a student. For 30 days they can be restored from the "Recently deleted" page.
#[utoipa::path(
    delete,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "deleteStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-Match" = Option<String>, Header, description = "The ETag the deletion is based on: 412 if the student has changed since")
    ),
    responses(
        (status = 204, description = "Deleted"),
        NotFoundProblem,
        CrossSiteProblem,
        PreconditionProblem
    )
)]
pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let current = find(&db, *id).await?;
    let expected_version = if_match(&request, &current)?;
    let id = current.id;
    let by = staff.account.label();
    db.write(move |conn| queries::delete(conn, id, expected_version, Some(&by)))
        .await?
        .map_err(refused)?;
    Ok(HttpResponse::NoContent().finish())
}
