//! `/api/students`: the student records as JSON, with the index's pagination, search,
//! sort and filters, and the forms' validation (the same `StudentForm::parse`). Their
//! bodies are in `student_json`.

use super::docs::{
    BodyProblems, CrossSiteProblem, HeaderProblem, NotFoundProblem, PreconditionProblem,
    QueryProblem,
};
use super::student_body::{NewStudent, StudentPatch};
use super::student_json::{COLLECTION, ListParams, StudentList, StudentRecord};
use crate::auth::Staff;
use crate::db::students::{self as queries, SaveError, Saved, Student, StudentValues};
use crate::db::{Database, fields};
use crate::domain::record::Record;
use crate::domain::{StudentForm, ValidStudent, api_query};
use crate::error::AppError;
use crate::http;
use crate::i18n::Message;
use crate::json::ApiJson;
use actix_web::http::header::{self, EntityTag, Header, IfNoneMatch};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, web};

/// Student `id`, and the fields students have now.
async fn find(db: &Database, id: i64) -> Result<(Student, Record), AppError> {
    let (student, fields) = db
        .read("finding the student", move |conn| {
            Ok((queries::find(conn, id)?, fields::record(conn)?))
        })
        .await?;
    Ok((student.ok_or(AppError::NotFound)?, fields))
}

/// A student's entity tag: their version, as a strong validator.
fn etag_of(student: &Student) -> EntityTag {
    EntityTag::new_strong(student.version.to_string())
}

/// The student as JSON, with their `ETag`.
fn record(response: &mut HttpResponseBuilder, fields: &Record, student: Student) -> HttpResponse {
    response
        .insert_header(header::ETag(etag_of(&student)))
        .json(StudentRecord::new(fields, student))
}

/// What a request's `If-Match` asks of the stored version.
enum Precondition {
    /// No header, or `*`: any version.
    Any,
    /// One of these tags (compared strongly: a weak tag matches nothing).
    Tags(Vec<EntityTag>),
}

impl Precondition {
    /// Reads `If-Match` per RFC 9110: `*`, or a list of entity tags (`"3"`, `W/"3"`); a
    /// value of another form is a 400.
    fn of(request: &HttpRequest) -> Result<Self, AppError> {
        let Some(value) = request.headers().get(header::IF_MATCH) else {
            return Ok(Self::Any);
        };
        let malformed = || {
            AppError::BadRequest(Message::verbatim(
                "If-Match must be `*` or entity tags such as `\"3\"` (from an ETag).",
            ))
        };
        let tags = http::entity_tags(value.as_bytes()).ok_or_else(malformed)?;
        if tags.is_empty() {
            return Ok(Self::Any);
        }
        Ok(Self::Tags(tags))
    }

    fn allows(&self, current: &Student) -> bool {
        match self {
            Self::Any => true,
            Self::Tags(tags) => tags.iter().any(|tag| tag.strong_eq(&etag_of(current))),
        }
    }
}

/// The version a write may apply over, from the request's `If-Match` and the student as
/// just read: `Ok(None)` without a condition, the stored version when a tag matches it,
/// and 412 when none does.
fn if_match(request: &HttpRequest, current: &Student) -> Result<Option<i32>, AppError> {
    match Precondition::of(request)? {
        Precondition::Any => Ok(None),
        condition if condition.allows(current) => Ok(Some(current.version)),
        Precondition::Tags(_) => Err(AppError::PreconditionFailed),
    }
}

/// Saves `student` over student `id`, applying only over `expected_version` when given.
async fn save(
    db: &Database,
    staff: &Staff,
    id: i64,
    student: ValidStudent,
    expected_version: Option<i32>,
) -> Result<Result<Student, SaveError>, AppError> {
    let by = staff.account.label();
    let saved = db
        .write("saving a student", move |conn| {
            queries::update(conn, id, &student, expected_version, Some(&by))
        })
        .await?;
    Ok(saved.map(|Saved { student, .. }| student))
}

fn refused(refusal: SaveError) -> AppError {
    match refusal {
        SaveError::NotFound => AppError::NotFound,
        SaveError::Refused(refusal) => refusal.into(),
        SaveError::Conflict(_) => AppError::PreconditionFailed,
        SaveError::Invalid(errors) => AppError::Invalid(errors),
    }
}

/// List students a page at a time.
#[utoipa::path(
    get,
    path = "/api/students",
    tag = "students",
    operation_id = "listStudents",
    params(ListParams),
    responses(
        (status = 200, description = "A page of students", body = StudentList),
        QueryProblem
    )
)]
pub async fn index(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let listing = api_query::listing(request.query_string())
        .map_err(|why| AppError::BadRequest(Message::verbatim(why)))?;
    let query = listing.clone();
    let page = db
        .read_list(&listing, "loading a page of students", move |conn| {
            queries::list_page(conn, &query, None, queries::Scope::Every)
        })
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
) -> Result<HttpResponse, AppError> {
    let (student, fields) = find(&db, *id).await?;
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
    Ok(record(&mut HttpResponse::Ok(), &fields, student))
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
) -> Result<HttpResponse, AppError> {
    let fields = db.record().await?;
    let student = body
        .0
        .into_form(&fields)?
        .parse_sent(&fields)
        .map_err(AppError::Invalid)?;
    let by = staff.account.label();
    let stored = db
        .write("adding a student", move |conn| {
            queries::create(conn, &student, Some(&by))
        })
        .await?
        .map_err(refused)?;
    let location = format!("{COLLECTION}/{}", stored.id);
    Ok(record(
        HttpResponse::Created().insert_header((header::LOCATION, location)),
        &fields,
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
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag the change is based on: 412 if the student has changed since", pattern = r#"^[ \t]*(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)[ \t]*$"#)
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
) -> Result<HttpResponse, AppError> {
    // The body's problems first: a bad body is a 422 whatever version it names.
    let fields = db.record().await?;
    let student = body
        .0
        .into_form(&fields)?
        .parse_sent(&fields)
        .map_err(AppError::Invalid)?;
    let (current, _) = find(&db, *id).await?;
    let expected_version = if_match(&request, &current)?;
    let stored = save(&db, &staff, current.id, student, expected_version)
        .await?
        .map_err(refused)?;
    Ok(record(&mut HttpResponse::Ok(), &fields, stored))
}

/// Change some fields of a student.
#[utoipa::path(
    patch,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "updateStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag the change is based on: 412 if the student has changed since", pattern = r#"^[ \t]*(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)[ \t]*$"#)
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
) -> Result<HttpResponse, AppError> {
    let fields = db.record().await?;
    let (patch, condition) = (body.0.read(&fields)?, Precondition::of(&request)?);
    let (id, by) = (*id, staff.account.label());
    let record_of = fields.clone();
    // Applied to the stored student under its row lock: the fields left out keep their
    // values as they are at that moment, with or without a version named.
    let saved = db
        .write("changing some fields of a student", move |conn| {
            queries::update_from(
                conn,
                id,
                |current| condition.allows(current),
                |current| {
                    let stored = StudentForm::of(&record_of, &current.values(&record_of));
                    patch.apply_to(stored).parse_sent(&record_of)
                },
                Some(&by),
            )
        })
        .await?
        .map_err(refused)?;
    Ok(record(&mut HttpResponse::Ok(), &fields, saved.student))
}

/// Delete a student. For 30 days they can be restored from the "Recently deleted" page.
#[utoipa::path(
    delete,
    path = "/api/students/{id}",
    tag = "students",
    operation_id = "deleteStudent",
    params(
        ("id" = i64, Path, description = "Student id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag the deletion is based on: 412 if the student has changed since", pattern = r#"^[ \t]*(\*|(W/)?"[!#-~]*"([ \t]*,[ \t]*(W/)?"[!#-~]*")*)[ \t]*$"#)
    ),
    responses(
        (status = 204, description = "Deleted"),
        NotFoundProblem,
        CrossSiteProblem,
        PreconditionProblem,
        HeaderProblem
    )
)]
pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (current, fields) = find(&db, *id).await?;
    let expected_version = if_match(&request, &current)?;
    let id = current.id;
    let by = staff.account.label();
    db.write("deleting a student", move |conn| {
        queries::delete(conn, &fields, id, expected_version, Some(&by))
    })
    .await?
    .map_err(refused)?;
    Ok(HttpResponse::NoContent().finish())
}
