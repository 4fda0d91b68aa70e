//! The student pages: index, export (the list as CSV), show, new/create, edit/update,
//! confirm_delete/delete. Restoring is in `deleted`, enrolling in `enrollments`, the bulk
//! actions in `bulk`, importing in `imports`.

use super::download;
use crate::auth::Staff;
use crate::db::students::export::{self, Selection};
use crate::db::students::history::{self, RESTORE_DAYS};
use crate::db::students::{
    self as queries, Deleted, Merged, SaveError, Student, StudentValues, Total,
};
use crate::db::{Database, courses, enrollments, fields};
use crate::domain::record::{Record, ThreeWay};
use crate::domain::{
    CreateForm, EditForm, EnrollmentForm, FieldErrors, Listing, ReturnTo, StudentForm,
};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::format;
use crate::i18n::{Arg, Message};
use crate::views::csv;
use crate::views::shown::Shown;
use crate::views::student_confirm::ConfirmDeletePage;
use crate::views::student_form::FormPage;
use crate::views::students::{Counted, IndexPage, ShowPage};
use crate::views::{Layout, Notice, locale, render, see_other};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

/// How much of a bio the table reads (it shows two lines).
const TABLE_BIO_CHARS: u32 = 200;

/// How many changes the student page lists.
const HISTORY_SHOWN: i64 = 50;

/// Student `id`, and the fields students have now.
pub async fn find_or_404(db: &Database, id: i64) -> Result<(Student, Record), AppError> {
    let (student, record) = db
        .read("finding the student", move |conn| {
            Ok((queries::find(conn, id)?, fields::record(conn)?))
        })
        .await?;
    Ok((student.ok_or(AppError::NotFound)?, record))
}

/// Student `id`'s page, with their courses, the "Enroll in…" form (with `errors`) and the
/// history: every read in one trip to the database (one connection, one thread hop).
pub async fn show_page(
    db: &Database,
    layout: Layout,
    id: i64,
    enrollment: EnrollmentForm,
    errors: FieldErrors,
) -> Result<ShowPage, AppError> {
    let (student, taken, all_courses, history, history_total, record) = db
        .read("loading the student page", move |conn| {
            let Some(student) = queries::find(conn, id)? else {
                return Ok(None);
            };
            Ok(Some((
                student,
                enrollments::courses_of(conn, id)?,
                courses::all(conn)?,
                history::of_student(conn, id, HISTORY_SHOWN)?,
                history::count_of_student(conn, id)?,
                fields::record(conn)?,
            )))
        })
        .await?
        .ok_or(AppError::NotFound)?;
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
        record,
    })
}

fn name_of(student: &Student) -> String {
    format::full_name(&student.firstname, &student.lastname)
}

/// A notice about `student` in which their name links to their page.
fn about(student: &Student, id: &'static str) -> Notice {
    let name = name_of(student);
    let text = Message::new(id).with("name", &name);
    Notice::linked(text, name, format!("/{}/", student.id))
}

/// Where the request's `?back=` says to return after a write: the plain list without one.
pub fn return_to(request: &HttpRequest) -> ReturnTo {
    ReturnTo::from_query(request.query_string()).unwrap_or_default()
}

/// The index: one page of students, searched, filtered and sorted as the query string says.
pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let listing = Listing {
        zone: layout.clock.zone,
        ..Listing::from_query(request.query_string())
    };
    let flag = |wanted: &str| request.query_string().split('&').any(|pair| pair == wanted);
    let query = listing.clone();
    let (mut page, courses) = db
        .read_list(&listing, "loading the student list", move |conn| {
            let page =
                queries::list_page(conn, &query, Some(TABLE_BIO_CHARS), queries::Scope::Bounded)?;
            Ok((page, courses::choices(conn)?))
        })
        .await?;
    // "Count exactly" on a total shown as "5 000+": its own query, within the same budget;
    // past it the page still shows, saying so.
    let mut count = Counted::AsShown;
    if flag("count=exact") && matches!(page.total, Total::AtLeast(_)) {
        let query = listing.clone();
        match db
            .read_bounded("counting the student list", move |conn| {
                export::count_all(conn, &query)
            })
            .await
        {
            Ok(total) => {
                page.total = Total::Exact(total);
                count = Counted::Exactly;
            }
            Err(AppError::TooSlow) => count = Counted::TooSlow,
            Err(other) => return Err(other),
        }
    }
    let page = IndexPage::new(layout, listing, page, courses, flag("select=page"), count);
    render(StatusCode::OK, &page)
}

/// The list as CSV, as it is searched, filtered and sorted (every page), streamed.
pub async fn export(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let query = request.query_string();
    let listing = Listing {
        zone: locale::zone_of(&request),
        ..Listing::from_query(query)
    };
    let selection = Selection { listing, ids: None };
    export_selection(db, selection, download::wants_bom(query)).await
}

/// The students of `selection` as a CSV download.
pub async fn export_selection(
    db: web::Data<Database>,
    selection: Selection,
    bom: bool,
) -> Result<HttpResponse, AppError> {
    download::csv(
        db,
        "students",
        bom,
        "exporting students",
        move |conn, cursor| {
            let header = cursor.is_none();
            let record = fields::record(conn)?;
            let (rows, next) = export::batch(conn, &selection, cursor.as_ref(), download::BATCH)?;
            Ok((csv::students(&record, &rows, header), next))
        },
    )
    .await
}

pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let page = show_page(
        &db,
        layout,
        *id,
        EnrollmentForm::default(),
        FieldErrors::default(),
    )
    .await?;
    render(StatusCode::OK, &page)
}

pub async fn new(
    db: web::Data<Database>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let page = FormPage::for_new(
        layout,
        db.record().await?,
        return_to(&request),
        StudentForm::default(),
        FieldErrors::default(),
    );
    render(StatusCode::OK, &page)
}

pub async fn create(
    db: web::Data<Database>,
    staff: Staff,
    layout: Layout,
    request: HttpRequest,
    form: CsrfForm<CreateForm>,
) -> Result<HttpResponse, AppError> {
    let back = return_to(&request);
    let CreateForm {
        student: form,
        then,
    } = form.into_inner();
    let record = db.record().await?;
    let student = match form.parse(&record) {
        Ok(student) => student,
        Err(errors) => {
            let page = FormPage::for_new(layout, record, back, form, errors);
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
        Ok(stored) => {
            let notice = about(&stored, "student-added");
            let next = match then.as_str() {
                CreateForm::ADD_ANOTHER => back.on("/create/"),
                _ => back.href(),
            };
            Ok(see_other(&next, notice))
        }
        Err(SaveError::Refused(refusal)) => {
            let page = FormPage::for_new(layout, record, back, form, refusal.into());
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
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (student, record) = find_or_404(&db, *id).await?;
    let form = StudentForm::of(&record, &student.values(&record));
    let back = return_to(&request);
    let page = FormPage::for_edit(layout, record, back, &student, student.version, form);
    render(StatusCode::OK, &page)
}

/// Saves an edit. Over a newer version it is merged with the colleague's changes (see
/// `merge`); only fields both changed differently come back as a conflict page.
pub async fn update(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    layout: Layout,
    request: HttpRequest,
    form: CsrfForm<EditForm>,
) -> Result<HttpResponse, AppError> {
    let (current, record) = find_or_404(&db, *id).await?;
    let back = return_to(&request);
    let form = form.into_inner();
    let version = form
        .version()
        .ok_or_else(|| AppError::BadRequest(Message::new("error-form-no-version")))?;
    let form = form.student;
    let student = match form.parse(&record) {
        Ok(student) => student,
        Err(errors) => {
            let page =
                FormPage::for_edit(layout, record, back, &current, version, form).with(errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let mine = student.values();
    let (id, by) = (current.id, staff.account.label());
    let saved = db
        .write("saving a student", move |conn| {
            queries::update_merging(conn, id, &student, version, Some(&by))
        })
        .await?;
    let refused = match saved {
        Ok(merged) => return Ok(see_other(&back.href(), saved_notice(&record, &merged))),
        Err(SaveError::NotFound) => return Err(AppError::NotFound),
        Err(SaveError::Refused(refusal)) => refusal.into(),
        Err(SaveError::Invalid(errors)) => errors,
        Err(SaveError::Conflict(conflict)) => {
            let merge = conflict.merge.unwrap_or_else(|| {
                let theirs = conflict.saved.values(&record);
                ThreeWay::new(record.fields(), None, theirs, mine)
            });
            let page = FormPage::for_conflict(layout, record, back, &conflict.saved, &merge);
            return render(StatusCode::CONFLICT, &page);
        }
    };
    let page = FormPage::for_edit(layout, record, back, &current, version, form).with(refused);
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// "Saved changes to Ada Lovelace. Kept Grace Hopper's newer change to Last name."
fn saved_notice(record: &Record, merged: &Merged) -> Notice {
    let Merged {
        saved,
        kept_theirs,
        changed_by,
    } = merged;
    if !saved.changed {
        return about(&saved.student, "student-unchanged");
    }
    if kept_theirs.is_empty() {
        return about(&saved.student, "student-saved");
    }
    let mut notice = about(&saved.student, "student-saved-kept");
    let labels = kept_theirs.iter().map(|field| record.label_of(field));
    notice.text = notice
        .text
        .with("people", changed_by.len())
        .with("who", Arg::list(changed_by.iter().map(String::as_str)))
        .with("count", kept_theirs.len())
        .with("fields", Arg::list(labels));
    notice
}

/// The no-JavaScript path to deleting: a page that says who goes, with a button that posts.
pub async fn confirm_delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (student, _) = find_or_404(&db, *id).await?;
    let id = student.id;
    let count = db
        .read("counting the student's enrollments", move |conn| {
            enrollments::count_of_student(conn, id)
        })
        .await?;
    let page = ConfirmDeletePage {
        layout,
        student: Shown(student),
        enrollments: count,
        back: return_to(&request),
    };
    render(StatusCode::OK, &page)
}

pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    request: HttpRequest,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (id, by) = (*id, staff.account.label());
    let back = return_to(&request).without_student(id);
    let record = db.record().await?;
    let deleted = db
        .write("deleting a student", move |conn| {
            queries::delete(conn, &record, id, None, Some(&by))
        })
        .await?;
    match deleted {
        Ok(Deleted {
            student,
            enrollments,
        }) => {
            let notice = Notice::from(
                Message::new("student-deleted")
                    .with("name", name_of(&student))
                    .with("also", format::and_enrollments(enrollments))
                    .with("days", RESTORE_DAYS),
            );
            let undo = back.on(&format!("/{id}/restore/"));
            Ok(see_other(&back.href(), notice.with_undo(undo)))
        }
        // Someone else deleted it first.
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        // No version is named, and a deletion breaks no rule.
        Err(SaveError::Refused(_) | SaveError::Conflict(_) | SaveError::Invalid(_)) => Err(
            AppError::internal(anyhow::anyhow!("an unconditional delete was refused")),
        ),
    }
}
