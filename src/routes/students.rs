//! The student pages: index, show, new/create, edit/update, confirm_delete/delete.
//! Restoring is in `deleted`, enrolling in `enrollments`.

use crate::auth::Staff;
use crate::db::students::history::{self, RESTORE_DAYS};
use crate::db::students::{self as queries, Deleted, SaveError, Saved, Student};
use crate::db::{Database, courses, enrollments};
use crate::domain::{EditForm, EnrollmentForm, FieldErrors, Listing, StudentForm};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::format;
use crate::views::shown::Shown;
use crate::views::student_form::FormPage;
use crate::views::students::{ConfirmDeletePage, IndexPage, ShowPage};
use crate::views::{Layout, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// How much of a bio the table reads (it shows two lines).
const TABLE_BIO_CHARS: u32 = 200;

/// How many changes the student page lists.
const HISTORY_SHOWN: i64 = 50;

pub async fn find_or_404(db: &Database, id: i64) -> Result<Student, AppError> {
    db.read("finding the student", move |conn| queries::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

/// The student page, with their courses, the "Enroll in…" form (with `errors`) and the
/// history.
pub async fn show_page(
    db: &Database,
    layout: Layout,
    student: Student,
    enrollment: EnrollmentForm,
    errors: FieldErrors,
) -> Result<ShowPage, AppError> {
    let id = student.id;
    let (taken, all_courses, history, history_total) = db
        .read("loading the student page", move |conn| {
            Ok((
                enrollments::courses_of(conn, id)?,
                courses::all(conn)?,
                history::of_student(conn, id, HISTORY_SHOWN)?,
                history::count_of_student(conn, id)?,
            ))
        })
        .await?;
    let open_courses = all_courses
        .into_iter()
        .filter(|course| !taken.iter().any(|taken| taken.course_id == course.id))
        .collect();
    Ok(ShowPage {
        layout,
        student: Shown(student),
        courses: Shown::all(taken),
        open_courses,
        enrollment,
        errors,
        history: Shown::all(history),
        history_total,
    })
}

/// After a successful write: back to the index with a notice (POST/redirect/GET).
fn see_index(notice: String) -> HttpResponse {
    see_other("/", notice)
}

fn name_of(student: &Student) -> String {
    format::full_name(&student.firstname, &student.lastname)
}

/// The index: one page of students, searched, filtered and sorted as the query string says.
pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let listing = Listing::from_query(request.query_string());
    let query = listing.clone();
    let (page, courses) = db
        .read_bounded("loading the student list", move |conn| {
            let page = queries::list_page(conn, &query, Some(TABLE_BIO_CHARS))?;
            Ok((page, courses::choices(conn)?))
        })
        .await?;
    render(
        StatusCode::OK,
        &IndexPage::new(layout, listing, page, courses),
    )
}

pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    let page = show_page(
        &db,
        layout,
        student,
        EnrollmentForm::default(),
        FieldErrors::default(),
    )
    .await?;
    render(StatusCode::OK, &page)
}

pub async fn new(layout: Layout) -> Result<HttpResponse, AppError> {
    let page = FormPage::for_new(layout, StudentForm::default(), FieldErrors::default());
    render(StatusCode::OK, &page)
}

pub async fn create(
    db: web::Data<Database>,
    staff: Staff,
    layout: Layout,
    form: CsrfForm<StudentForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let student = match form.parse() {
        Ok(student) => student,
        Err(errors) => {
            let page = FormPage::for_new(layout, form, errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let by = staff.account.label();
    let created = db
        .write("adding a student", move |conn| {
            queries::create(conn, &student, Some(&by))
        })
        .await?;
    match created {
        Ok(stored) => Ok(see_index(format!("Added student {}.", name_of(&stored)))),
        Err(SaveError::Refused(refusal)) => {
            let page = FormPage::for_new(layout, form, refusal.into());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        // A create names no existing student and no version, and its values were parsed.
        Err(SaveError::NotFound | SaveError::Conflict(_) | SaveError::Invalid(_)) => {
            Err(AppError::internal(anyhow::anyhow!(
                "a create was refused as if it were an edit"
            )))
        }
    }
}

pub async fn edit(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    let form = StudentForm::from(&student);
    let page = FormPage::for_edit(
        layout,
        &student,
        student.version,
        form,
        FieldErrors::default(),
    );
    render(StatusCode::OK, &page)
}

pub async fn update(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    layout: Layout,
    form: CsrfForm<EditForm>,
) -> Result<HttpResponse, AppError> {
    let current = find_or_404(&db, *id).await?;
    let form = form.into_inner();
    let version = form.version().ok_or_else(|| {
        AppError::BadRequest(
            "The form does not say which version of the student it changes. Open the edit page again."
                .into(),
        )
    })?;
    let form = form.student;
    let student = match form.parse() {
        Ok(student) => student,
        Err(errors) => {
            let page = FormPage::for_edit(layout, &current, version, form, errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let mine = history::values_of_valid(&student);
    let (id, by) = (current.id, staff.account.label());
    let saved = db
        .write("saving a student", move |conn| {
            queries::update(conn, id, &student, Some(version), Some(&by))
        })
        .await?;
    match saved {
        Ok(Saved {
            student,
            changed: true,
        }) => Ok(see_index(format!(
            "Saved changes to {}.",
            name_of(&student)
        ))),
        Ok(Saved { student, .. }) => Ok(see_index(format!(
            "Nothing to save: {} was already as in the form.",
            name_of(&student)
        ))),
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        Err(SaveError::Refused(refusal)) => {
            let page = FormPage::for_edit(layout, &current, version, form, refusal.into());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(SaveError::Invalid(errors)) => {
            let page = FormPage::for_edit(layout, &current, version, form, errors);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(SaveError::Conflict(saved)) => {
            let page = FormPage::for_conflict(layout, &saved, form, &mine);
            render(StatusCode::CONFLICT, &page)
        }
    }
}

/// The no-JavaScript path to deleting: a page that says who goes, with a button that posts.
pub async fn confirm_delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    let id = student.id;
    let count = db
        .read("counting the student's enrollments", move |conn| {
            enrollments::count_of_student(conn, id)
        })
        .await?;
    let page = ConfirmDeletePage {
        layout,
        student: Shown(student),
        also: format::and_enrollments(count),
    };
    render(StatusCode::OK, &page)
}

pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (*id, staff.account.label());
    let deleted = db
        .write("deleting a student", move |conn| {
            queries::delete(conn, id, None, Some(&by))
        })
        .await?;
    match deleted {
        Ok(Deleted {
            student,
            enrollments,
        }) => Ok(see_index(format!(
            "Deleted student {}{}. It can be restored from Recently deleted for {RESTORE_DAYS} days.",
            name_of(&student),
            format::and_enrollments(enrollments as i64)
        ))),
        // Someone else deleted it first.
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        // No version is named, and a deletion breaks no rule.
        Err(SaveError::Refused(_) | SaveError::Conflict(_) | SaveError::Invalid(_)) => Err(
            AppError::internal(anyhow::anyhow!("an unconditional delete was refused")),
        ),
    }
}
