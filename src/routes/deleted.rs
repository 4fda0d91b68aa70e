//! "Recently deleted": the students (one by one and in batches) and the courses deleted in
//! the last `RESTORE_DAYS` days, and restoring a student (same id, with the enrollments
//! whose course still exists). Courses are restored in `courses`, batches in `bulk`.

use super::students::find_or_404;
use crate::auth::Staff;
use crate::db::students::{self as queries, SaveError, batches, history};
use crate::db::{Database, course_deletions, fields, now};
use crate::domain::{Refusal, ReturnTo};
use crate::error::AppError;
use crate::form::CsrfOnly;
use crate::format;
use crate::i18n::Message;
use crate::views::deleted::DeletedPage;
use crate::views::shown::Shown;
use crate::views::{Layout, Notice, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// How many deleted students the page lists.
const DELETED_SHOWN: i64 = 200;

/// How many batches of students deleted together, and how many courses, it lists.
const BATCHES_SHOWN: i64 = 20;

async fn deleted_page(
    db: &Database,
    layout: Layout,
    refusal: Option<Refusal>,
) -> Result<DeletedPage, AppError> {
    let now = now();
    let (deletions, total, batches, courses) = db
        .read("loading recently deleted students", move |conn| {
            Ok((
                history::recently_deleted(conn, now, DELETED_SHOWN)?,
                history::recently_deleted_count(conn, now)?,
                batches::recently_deleted(conn, BATCHES_SHOWN)?,
                course_deletions::recently_deleted(conn, BATCHES_SHOWN)?,
            ))
        })
        .await?;
    Ok(DeletedPage {
        layout,
        deletions: Shown::all(deletions),
        batches: Shown::all(batches),
        courses: Shown::all(courses),
        total,
        refusal: refusal.as_ref().map(Refusal::message),
    })
}

pub async fn index(db: web::Data<Database>, layout: Layout) -> Result<HttpResponse, AppError> {
    let page = deleted_page(&db, layout, None).await?;
    render(StatusCode::OK, &page)
}

/// Brings a deleted student back: to their page, or where `?back=` says (the list an Undo
/// was pressed on).
pub async fn restore(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    layout: Layout,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (*id, staff.account.label());
    let back = ReturnTo::from_query(request.query_string()).unwrap_or(ReturnTo::Student(id));
    let restored = db
        .write("restoring a student", move |conn| {
            let record = fields::record(conn)?;
            queries::restore(conn, &record, id, Some(&by))
        })
        .await?;
    let refusal = match restored {
        Ok(restored) => {
            let student = &restored.student;
            let name = format::full_name(&student.firstname, &student.lastname);
            let text = Message::new("student-restored")
                .with("name", &name)
                .with("also", format::and_enrollments(restored.enrollments))
                .with("lost", restored.enrollments_lost);
            let notice = Notice::linked(text, name, format!("/{id}/"));
            return Ok(see_other(&back.href(), notice));
        }
        Err(SaveError::Refused(refusal)) => refusal,
        // The snapshot was valid when the student was deleted; a rule tightened since.
        Err(SaveError::Invalid(errors)) => {
            return Err(AppError::internal(anyhow::anyhow!(
                "student {id} cannot be restored: {errors:?}"
            )));
        }
        // Restored already (say, a second click), or no restorable deletion at all.
        Err(SaveError::NotFound | SaveError::Conflict(_)) => {
            let (student, _) = find_or_404(&db, id).await?;
            let notice = Message::new("restored-already").with(
                "name",
                format::full_name(&student.firstname, &student.lastname),
            );
            return Ok(see_other(&back.href(), notice));
        }
    };
    let page = deleted_page(&db, layout, Some(refusal)).await?;
    render(StatusCode::CONFLICT, &page)
}
