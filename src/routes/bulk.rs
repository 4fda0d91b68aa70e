//! Bulk actions on the student list: delete (after a page listing who goes), enroll in a
//! course and export the students ticked or all that the list matches; and restoring a
//! deletion batch with one Restore. Every one returns to the list as it was.

use super::students::{export_selection, return_to};
use crate::auth::Staff;
use crate::db::students::batches::{self, BatchDone, NotRestored};
use crate::db::students::export::{self, Selection};
use crate::db::students::{SaveError, edits};
use crate::db::{Database, courses, enrollments, fields};
use crate::domain::bulk::{BulkAction, BulkRequest, Chosen, MAX_BULK, too_many_message};
use crate::domain::{Listing, Refusal, ReturnTo};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::format;
use crate::i18n::Message;
use crate::views::bulk::BulkDeletePage;
use crate::views::shown::Shown;
use crate::views::{Layout, Notice, render, see_other, see_other_refused};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

type Fields = CsrfForm<Vec<(String, String)>>;

/// The bulk form's buttons: Export streams the file, Enroll enrolls, Delete asks first.
pub async fn act(
    db: web::Data<Database>,
    staff: Staff,
    layout: Layout,
    request: HttpRequest,
    form: Fields,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let bulk = match BulkRequest::from_pairs(&form.into_inner()) {
        Ok(bulk) => bulk,
        Err(why) => return Ok(see_other_refused(&back.href(), why)),
    };
    let selection = match bulk.chosen {
        Chosen::Ids(ids) if ids.len() > MAX_BULK => {
            return Ok(see_other_refused(&back.href(), too_many_message()));
        }
        Chosen::Ids(ids) => Selection {
            listing: Listing::default(),
            ids: Some(ids),
        },
        Chosen::AllMatching(listing) => Selection {
            listing: Listing {
                zone: layout.clock.zone,
                ..listing
            },
            ids: None,
        },
    };
    if bulk.action == BulkAction::Export {
        return export_selection(db, selection, bulk.bom).await;
    }
    // Counting "all matching" of a broad search is bounded like a list page: a 503 page
    // saying to narrow it, rather than a long wait.
    let chosen = db
        .read_bounded("reading the selected students", move |conn| {
            if export::count_up_to(conn, &selection, MAX_BULK as i64)? > MAX_BULK {
                return Ok(None);
            }
            let (students, _) = export::batch(conn, &selection, None, MAX_BULK as i64)?;
            Ok(Some(students))
        })
        .await?;
    let students = match chosen {
        None => return Ok(see_other_refused(&back.href(), too_many_message())),
        Some(students) if students.is_empty() => {
            return Ok(see_other_refused(
                &back.href(),
                Message::new("bulk-none-left"),
            ));
        }
        Some(students) => students,
    };
    match (bulk.action, bulk.course) {
        (BulkAction::Set, _) => {
            let ids: Vec<i64> = students.iter().map(|student| student.id).collect();
            let (key, raw) = bulk.set.unwrap_or_default();
            set(db, staff, back, ids, key, raw).await
        }
        (BulkAction::Enroll, Some(course)) => {
            let ids: Vec<i64> = students.iter().map(|student| student.id).collect();
            enroll(db, back, ids, course).await
        }
        (BulkAction::Delete, _) => {
            let page = BulkDeletePage {
                layout,
                students: Shown::all(students),
                back,
            };
            render(StatusCode::OK, &page)
        }
        // `from_pairs` asks for a course to enroll in, and exports are done above.
        (BulkAction::Enroll | BulkAction::Export, _) => {
            Err(AppError::BadRequest(Message::new("bulk-error-course")))
        }
    }
}

/// Sets the field named `key` to `raw` for the students `ids`, as one batch with Undo.
async fn set(
    db: web::Data<Database>,
    staff: Staff,
    back: ReturnTo,
    ids: Vec<i64>,
    key: String,
    raw: String,
) -> Result<HttpResponse, AppError> {
    let by = staff.account.label();
    let done = db
        .write("setting a field of the selected students", move |conn| {
            let record = fields::record(conn)?;
            // One value for many: a unique field cannot take it, and a bad value is said
            // once, not for each student.
            let label = match record.named(&key) {
                None => return Ok(Err(Message::new("bulk-error-field"))),
                Some(def) if def.unique.is_some() => {
                    let why = Message::new("bulk-error-field-unique");
                    return Ok(Err(why.with("field", def.label.clone())));
                }
                Some(def) => match def.parse(&raw) {
                    Ok(_) => def.label.clone(),
                    Err(why) => return Ok(Err(why)),
                },
            };
            let edited = edits::set_field(conn, &record, &ids, (&key, &raw), Some(&by))?;
            Ok(Ok((edited, label)))
        })
        .await?;
    let (edited, label) = match done {
        Ok((Ok(edited), label)) => (edited, label),
        Ok((Err(refused), _)) => return Ok(see_other_refused(&back.href(), refused_edit(refused))),
        Err(why) => return Ok(see_other_refused(&back.href(), why)),
    };
    let notice = Notice::from(
        Message::new("bulk-set-done")
            .with("field", label)
            .with("count", edited.changed),
    );
    let undo = back.on(&format!("/batches/{}/undo-edit/", edited.batch));
    Ok(see_other(&back.href(), notice.with_undo(undo)))
}

/// Why a batch edit was refused, in words: a student's record no longer passes its rules.
fn refused_edit(refused: SaveError) -> Message {
    match refused {
        SaveError::Invalid(errors) => errors
            .iter()
            .next()
            .map_or(Message::new("bulk-none-left"), |(_, why)| why.clone()),
        SaveError::Refused(refusal) => refusal.message(),
        SaveError::NotFound | SaveError::Conflict(_) => Message::new("bulk-none-left"),
    }
}

/// The Undo of a batch edit: every value it replaced put back, unless changed since.
pub async fn undo_edit(
    db: web::Data<Database>,
    staff: Staff,
    batch: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let (batch, by) = (*batch, staff.account.label());
    let undone = db
        .write("undoing a batch edit", move |conn| {
            let record = fields::record(conn)?;
            edits::undo(conn, &record, batch, Some(&by))
        })
        .await?;
    match undone {
        Ok(edited) => Ok(see_other(
            &back.href(),
            Message::new("bulk-set-undone")
                .with("count", edited.changed)
                .with("kept", edited.kept),
        )),
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        Err(refused) => Ok(see_other_refused(&back.href(), refused_edit(refused))),
    }
}

async fn enroll(
    db: web::Data<Database>,
    back: ReturnTo,
    ids: Vec<i64>,
    course: i64,
) -> Result<HttpResponse, AppError> {
    let done = db
        .write("enrolling the selected students", move |conn| {
            let enrolled = enrollments::enroll_many(conn, &ids, course)?;
            Ok((enrolled, courses::find(conn, course)?))
        })
        .await?;
    let (enrolled, course) = match done {
        (Ok(enrolled), Some(course)) => (enrolled, course),
        (Err(refusal), _) => return Ok(see_other_refused(&back.href(), refusal.message())),
        (Ok(_), None) => {
            return Ok(see_other_refused(
                &back.href(),
                Refusal::UnknownCourse.message(),
            ));
        }
    };
    let label = format::course_label(&course.code, &course.title);
    let text = Message::new("bulk-enrolled")
        .with("count", enrolled.added)
        .with("course", &label)
        .with("already", enrolled.already)
        .with("gone", enrolled.gone);
    let notice = Notice::linked(text, label, format!("/courses/{}/", course.id));
    Ok(see_other(&back.href(), notice))
}

/// The confirmation's button: deletes the students as one batch, restorable as one.
pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    request: HttpRequest,
    form: Fields,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let ids = match BulkRequest::from_pairs(&form.into_inner()).map(|bulk| bulk.chosen) {
        Ok(Chosen::Ids(ids)) if ids.len() <= MAX_BULK => ids,
        Ok(Chosen::Ids(_)) => return Ok(see_other_refused(&back.href(), too_many_message())),
        Ok(Chosen::AllMatching(_)) | Err(_) => {
            return Ok(see_other_refused(
                &back.href(),
                Message::new("bulk-error-none"),
            ));
        }
    };
    let by = staff.account.label();
    let deleted = db
        .write("deleting the selected students", move |conn| {
            let record = fields::record(conn)?;
            batches::delete_many(conn, &record, &ids, Some(&by))
        })
        .await?;
    match deleted {
        Ok(done) => {
            let notice = Notice::from(
                Message::new("bulk-deleted")
                    .with("count", done.students)
                    .with("also", format::and_enrollments(done.enrollments))
                    .with("days", crate::db::students::history::RESTORE_DAYS),
            );
            let undo = back.on(&format!("/batches/{}/restore/", done.batch));
            Ok(see_other(&back.href(), notice.with_undo(undo)))
        }
        Err(SaveError::NotFound) => Ok(see_other_refused(
            &back.href(),
            Message::new("bulk-deleted-already"),
        )),
        // Deleting names no version and breaks no rule.
        Err(SaveError::Refused(_) | SaveError::Conflict(_) | SaveError::Invalid(_)) => Err(
            AppError::internal(anyhow::anyhow!("an unconditional bulk delete was refused")),
        ),
    }
}

/// Restores a deletion batch (the Undo of a bulk delete, or "Restore all" on Recently
/// deleted): all of its students that can be, or none.
pub async fn restore(
    db: web::Data<Database>,
    staff: Staff,
    batch: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let back = ReturnTo::from_query(request.query_string()).unwrap_or(ReturnTo::Deleted);
    let (batch, by) = (*batch, staff.account.label());
    let restored = db
        .write("restoring deleted students", move |conn| {
            let record = fields::record(conn)?;
            batches::restore_many(conn, &record, batch, Some(&by))
        })
        .await?;
    match restored {
        Ok(BatchDone {
            students,
            enrollments,
            ..
        }) => Ok(see_other(
            &back.href(),
            Message::new("bulk-restored")
                .with("count", students)
                .with("also", format::and_enrollments(enrollments)),
        )),
        Err(NotRestored::Taken { name, field }) => {
            let why = Message::new(field.unique.batch_taken)
                .with("name", name)
                .with("field", field.label);
            Ok(see_other_refused(&back.href(), why))
        }
        Err(NotRestored::Nothing) => Ok(see_other_refused(
            &back.href(),
            Message::new("bulk-restored-already"),
        )),
    }
}
