//! Importing students from a CSV file: upload → a preview of every row checked by the
//! form's rules (nothing written) → confirm (every good row in one transaction, each with
//! an "imported" history entry) or cancel; and undoing an import as one batch.

use super::students::return_to;
use crate::auth::Staff;
use crate::db::imports::{self, Imported};
use crate::db::students::batches::{self, BatchDone};
use crate::db::students::{SaveError, history};
use crate::db::{Database, fields, uploads};
use crate::domain::enrollment_import::plan_enrollments;
use crate::domain::import::ImportKind;
use crate::domain::student_import::plan_students;
use crate::domain::{FieldErrors, ReturnTo};
use crate::error::AppError;
use crate::form::CsrfOnly;
use crate::format::Moment;
use crate::i18n::Message;
use crate::upload::{CsrfUpload, FILE_FIELD, UPLOAD_LIMIT_BYTES, UploadRefusal};
use crate::views::imports::{PreviewPage, UploadPage};
use crate::views::{Layout, Notice, redirect, render, see_other, see_other_refused};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn new(layout: Layout, request: HttpRequest) -> Result<HttpResponse, AppError> {
    let kind = crate::urlencoded::decode(request.query_string().as_bytes())
        .ok()
        .and_then(|pairs| pairs.into_iter().find(|(name, _)| name == "kind"))
        .map_or(ImportKind::Students, |(_, kind)| ImportKind::parse(&kind));
    let page = UploadPage::new(layout, return_to(&request), kind, FieldErrors::default());
    render(StatusCode::OK, &page)
}

/// Keeps the file for its preview, or explains at the field why it cannot be read.
pub async fn upload(
    db: web::Data<Database>,
    staff: Staff,
    layout: Layout,
    request: HttpRequest,
    upload: CsrfUpload,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let kind = ImportKind::parse(upload.field("kind").unwrap_or_default());
    let refuse = |status, message: Message| {
        let mut errors = FieldErrors::default();
        errors.add(FILE_FIELD, message);
        render(status, &UploadPage::new(layout, back.clone(), kind, errors))
    };
    let file = match upload.file {
        Ok(file) => file,
        Err(UploadRefusal::Missing) => {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                Message::new("import-choose-file"),
            );
        }
        Err(UploadRefusal::TooLarge) => {
            let limit = UPLOAD_LIMIT_BYTES / (1024 * 1024);
            return refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                Message::new("import-too-large").with("limit", limit),
            );
        }
    };
    // A file that cannot be read at all is said at once, before anything is stored.
    let unreadable = match kind {
        ImportKind::Students => plan_students(&db.record().await?, &file.bytes)
            .file_problem()
            .cloned(),
        ImportKind::Enrollments => plan_enrollments(&file.bytes).file_problem().cloned(),
    };
    if let Some(problem) = unreadable {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, problem.message);
    }
    // The plan read it as UTF-8.
    let content =
        String::from_utf8(file.bytes).map_err(|err| AppError::internal(anyhow::Error::new(err)))?;
    let filename: String = file
        .filename
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let account = staff.account.id;
    let id = db
        .write("keeping an uploaded file", move |conn| {
            uploads::save(conn, account, kind, &filename, &content)
        })
        .await?;
    Ok(redirect(&back.on(&format!("/import/{id}/"))))
}

pub async fn preview(
    db: web::Data<Database>,
    staff: Staff,
    layout: Layout,
    id: web::Path<i64>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (id, account) = (*id, staff.account.id);
    let (upload, plan) = db
        .read("planning an import", move |conn| {
            let Some(upload) = uploads::find(conn, id, account)? else {
                return Ok(None);
            };
            let plan = imports::plan(conn, upload.kind, upload.content.as_bytes())?;
            Ok(Some((upload, plan)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let about = (upload.id, upload.filename, Moment(upload.uploaded_at));
    let page = PreviewPage::new(layout, about, plan, return_to(&request));
    render(StatusCode::OK, &page)
}

/// Adds every good row of the file in one transaction, checked again (someone may have
/// taken an email since the preview), and forgets the file.
pub async fn confirm(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let (id, account, by) = (*id, staff.account.id, staff.account.label());
    let imported = db
        .write("importing", move |conn| {
            let Some(upload) = uploads::find(conn, id, account)? else {
                return Ok(None);
            };
            let content = upload.content.as_bytes();
            let done = imports::import(conn, upload.kind, content, Some(&by), &|_| {})?;
            if done.is_ok() {
                uploads::delete(conn, id, account)?;
            }
            Ok(Some((upload.filename, done)))
        })
        .await?;
    match imported.ok_or(AppError::NotFound)? {
        (
            filename,
            Ok(Imported::Students(BatchDone {
                batch, students, ..
            })),
        ) => {
            let notice = Notice::from(
                Message::new("import-done")
                    .with("what", ImportKind::Students.count(students))
                    .with("file", filename),
            );
            let undo = back.on(&format!("/batches/{batch}/undo-import/"));
            Ok(see_other(&back.href(), notice.with_undo(undo)))
        }
        (filename, Ok(Imported::Enrollments(added))) => Ok(see_other(
            &back.href(),
            Message::new("import-done")
                .with("what", ImportKind::Enrollments.count(added))
                .with("file", filename),
        )),
        // A row became impossible between the check and the write: the preview shows it now.
        (_, Err(SaveError::Refused(_))) => Ok(see_other_refused(
            &back.on(&format!("/import/{id}/")),
            Message::new("import-changed-meanwhile"),
        )),
        (_, Err(SaveError::NotFound | SaveError::Conflict(_) | SaveError::Invalid(_))) => {
            Err(AppError::internal(anyhow::anyhow!(
                "an import was refused as if it were an edit"
            )))
        }
    }
}

/// Forgets the file: nothing is added.
pub async fn cancel(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (id, account) = (*id, staff.account.id);
    db.write("forgetting an uploaded file", move |conn| {
        uploads::delete(conn, id, account)
    })
    .await?;
    Ok(see_other(
        &return_to(&request).href(),
        Message::new("import-cancelled"),
    ))
}

/// Undoes an import: its students still there are deleted as one batch (which can itself
/// be restored from "Recently deleted").
pub async fn undo(
    db: web::Data<Database>,
    staff: Staff,
    batch: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let back = ReturnTo::from_query(request.query_string()).unwrap_or_default();
    let (batch, by) = (*batch, staff.account.label());
    let undone = db
        .write("undoing an import", move |conn| {
            let record = fields::record(conn)?;
            batches::undo_import(conn, &record, batch, Some(&by))
        })
        .await?;
    match undone {
        Ok(done) => {
            let notice = Notice::from(
                Message::new("import-undone")
                    .with("count", done.students)
                    .with("days", history::RESTORE_DAYS),
            );
            let restore = back.on(&format!("/batches/{}/restore/", done.batch));
            Ok(see_other(&back.href(), notice.with_undo(restore)))
        }
        Err(SaveError::NotFound) => Ok(see_other_refused(
            &back.href(),
            Message::new("import-undone-already"),
        )),
        Err(SaveError::Refused(_) | SaveError::Conflict(_) | SaveError::Invalid(_)) => Err(
            AppError::internal(anyhow::anyhow!("undoing an import was refused")),
        ),
    }
}
