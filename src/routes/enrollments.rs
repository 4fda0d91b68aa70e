//! Enrollments: every one as CSV, and a student's from their page: "Enroll in…", and removing one (with a
//! confirmation page for browsers without JavaScript).

use super::download;
use super::students::{find_or_404, show_page};
use crate::db::courses::{self, Course};
use crate::db::students::Student;
use crate::db::{Database, enrollments};
use crate::domain::{EnrollmentForm, Refusal};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::format;
use crate::i18n::Message;
use crate::views::csv;
use crate::views::shown::Shown;
use crate::views::student_confirm::ConfirmUnenrollPage;
use crate::views::{Layout, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// Every enrollment as CSV, by course then student, streamed.
pub async fn export(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    export_of(db, None, download::wants_bom(request.query_string())).await
}

/// A course's class list as CSV: its enrollments, the same columns.
pub async fn class_list(
    db: web::Data<Database>,
    id: web::Path<i64>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let found = db
        .read("finding the course", move |conn| courses::find(conn, id))
        .await?;
    if found.is_none() {
        return Err(AppError::NotFound);
    }
    export_of(db, Some(id), download::wants_bom(request.query_string())).await
}

async fn export_of(
    db: web::Data<Database>,
    course: Option<i64>,
    bom: bool,
) -> Result<HttpResponse, AppError> {
    let name = if course.is_some() {
        "class-list"
    } else {
        "enrollments"
    };
    download::csv(
        db,
        name,
        bom,
        "exporting enrollments",
        move |conn, after| {
            let rows = enrollments::export_batch(conn, course, after, download::BATCH)?;
            let next = (rows.len() as i64 == download::BATCH)
                .then(|| rows.last().map(|row| (row.course_id, row.student_id)))
                .flatten();
            Ok((csv::enrollments(&rows, after.is_none()), next))
        },
    )
    .await
}

/// "Enroll in…": adds the student to a course, back to the student's page.
pub async fn enroll(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
    form: CsrfForm<EnrollmentForm>,
) -> Result<HttpResponse, AppError> {
    let (student, _) = find_or_404(&db, *id).await?;
    let form = form.into_inner();
    let enrollment = match form.parse() {
        Ok(enrollment) => enrollment,
        Err(errors) => {
            let page = show_page(&db, layout, student.id, form, errors).await?;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let (student_id, course_id) = (student.id, enrollment.course_id);
    let outcome = db
        .write("enrolling a student", move |conn| {
            let course = courses::find(conn, course_id)?;
            let enrolled = enrollments::enroll(conn, student_id, &enrollment)?;
            Ok((course, enrolled))
        })
        .await?;
    let refusal = match outcome {
        (Some(course), Ok(())) => {
            let notice = Message::new("enrollment-added")
                .with(
                    "name",
                    format::full_name(&student.firstname, &student.lastname),
                )
                .with("course", format::course_label(&course.code, &course.title));
            return Ok(see_other(&format!("/{student_id}/"), notice));
        }
        // The page offers only existing courses: one missing now was deleted meanwhile.
        (None, _) | (_, Err(Refusal::UnknownCourse)) => Refusal::CourseDeleted,
        (_, Err(refusal)) => refusal,
    };
    let page = show_page(&db, layout, student.id, form, refusal.into()).await?;
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The student and the course of an enrollment that exists, or 404.
async fn enrollment_or_404(
    db: &Database,
    student_id: i64,
    course_id: i64,
) -> Result<(Student, Course), AppError> {
    let (student, _) = find_or_404(db, student_id).await?;
    let course = db
        .read("finding the enrollment", move |conn| {
            let enrolled = enrollments::courses_of(conn, student_id)?
                .iter()
                .any(|taken| taken.course_id == course_id);
            Ok(if enrolled {
                courses::find(conn, course_id)?
            } else {
                None
            })
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((student, course))
}

/// The no-JavaScript path to removing an enrollment.
pub async fn confirm_unenroll(
    db: web::Data<Database>,
    ids: web::Path<(i64, i64)>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let (student, course) = enrollment_or_404(&db, ids.0, ids.1).await?;
    let page = ConfirmUnenrollPage {
        layout,
        student: Shown(student),
        course: Shown(course),
    };
    render(StatusCode::OK, &page)
}

pub async fn unenroll(
    db: web::Data<Database>,
    ids: web::Path<(i64, i64)>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (student, course) = enrollment_or_404(&db, ids.0, ids.1).await?;
    let (student_id, course_id) = (student.id, course.id);
    let removed = db
        .write("removing an enrollment", move |conn| {
            enrollments::unenroll(conn, student_id, course_id)
        })
        .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    let notice = Message::new("enrollment-removed")
        .with(
            "name",
            format::full_name(&student.firstname, &student.lastname),
        )
        .with("course", format::course_label(&course.code, &course.title));
    Ok(see_other(&format!("/{student_id}/"), notice))
}
