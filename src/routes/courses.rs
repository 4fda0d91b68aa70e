//! The course pages: index, show, new/create, edit/update, confirm_delete/delete.

use super::download;
use crate::auth::Staff;
use crate::db::courses::{self as queries, Course, CourseSummary};
use crate::db::outcome::WriteError;
use crate::db::students::history::RESTORE_DAYS;
use crate::db::{Database, course_deletions, enrollments};
use crate::domain::course::COURSES_PER_PAGE as PER_PAGE;
use crate::domain::{CourseForm, CourseQuery, FieldErrors};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::format;
use crate::i18n::Message;
use crate::views::courses::{ConfirmDeletePage, FormPage, IndexPage, ShowPage};
use crate::views::csv;
use crate::views::shown::Shown;
use crate::views::{Layout, Notice, redirect, render, see_other, see_other_refused};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

fn see_courses(notice: Message) -> HttpResponse {
    see_other("/courses/", notice)
}

async fn find_or_404(db: &Database, id: i64) -> Result<Course, AppError> {
    db.read("finding the course", move |conn| queries::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

fn label_of(course: &Course) -> String {
    format::course_label(&course.code, &course.title)
}

/// Every course as CSV, by code, with how many students each has.
pub async fn export(
    db: web::Data<Database>,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let bom = download::wants_bom(request.query_string());
    download::csv(
        db,
        "courses",
        bom,
        "exporting courses",
        |conn, _: Option<()>| {
            let (courses, _) = queries::list(conn, None, 1, u32::MAX)?;
            Ok((csv::courses(&courses), None))
        },
    )
    .await
}

/// The courses, by code, a page at a time, searched in code and title (`?q=`, `?page=`).
pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let CourseQuery {
        search,
        page: requested,
    } = CourseQuery::from_query(request.query_string());
    let query = search.clone();
    let (courses, total) = db
        .read("loading the course list", move |conn| {
            queries::list(conn, query.as_deref(), requested, PER_PAGE)
        })
        .await?;
    let page = IndexPage {
        layout,
        search,
        page: requested,
        courses: Shown::<CourseSummary>::all(courses),
        total,
    };
    if page.courses.is_empty() && requested > page.last_page() {
        // Past the end (a stale link): the last page.
        return Ok(redirect(&page.page_href(page.last_page())));
    }
    render(StatusCode::OK, &page)
}

pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    // Both reads in one trip to the database (one connection, one thread hop).
    let (course, students) = db
        .read("loading the course page", move |conn| {
            let Some(course) = queries::find(conn, id)? else {
                return Ok(None);
            };
            Ok(Some((course, enrollments::students_of(conn, id)?)))
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let page = ShowPage {
        layout,
        course: Shown(course),
        students: Shown::all(students),
    };
    render(StatusCode::OK, &page)
}

pub async fn new(layout: Layout) -> Result<HttpResponse, AppError> {
    let page = FormPage::for_new(layout, CourseForm::default(), FieldErrors::default());
    render(StatusCode::OK, &page)
}

pub async fn create(
    db: web::Data<Database>,
    layout: Layout,
    form: CsrfForm<CourseForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let course = match form.parse() {
        Ok(course) => course,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage::for_new(layout, form, errors),
            );
        }
    };
    let label = format::course_label(&course.code, &course.title);
    let created = db
        .write("adding a course", move |conn| {
            queries::create(conn, &course)
        })
        .await?;
    match created {
        Ok(_) => Ok(see_courses(
            Message::new("course-added").with("course", label),
        )),
        Err(refusal) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FormPage::for_new(layout, form, refusal.into()),
        ),
    }
}

pub async fn edit(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let course = find_or_404(&db, *id).await?;
    let form = CourseForm::from(&course);
    let page = FormPage::for_edit(layout, &course, form, FieldErrors::default());
    render(StatusCode::OK, &page)
}

pub async fn update(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
    form: CsrfForm<CourseForm>,
) -> Result<HttpResponse, AppError> {
    let current = find_or_404(&db, *id).await?;
    let form = form.into_inner();
    let course = match form.parse() {
        Ok(course) => course,
        Err(errors) => {
            let page = FormPage::for_edit(layout, &current, form, errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let label = format::course_label(&course.code, &course.title);
    let id = current.id;
    let saved = db
        .write("saving a course", move |conn| {
            queries::update(conn, id, &course)
        })
        .await?;
    match saved {
        Ok(()) => Ok(see_courses(
            Message::new("course-saved").with("course", label),
        )),
        Err(WriteError::NotFound) => Err(AppError::NotFound),
        Err(WriteError::Refused(refusal)) => {
            let page = FormPage::for_edit(layout, &current, form, refusal.into());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// Says how many enrollments go with the course before anything is deleted.
pub async fn confirm_delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let course = find_or_404(&db, *id).await?;
    let course_id = course.id;
    let count = db
        .read("counting the course's enrollments", move |conn| {
            enrollments::count_of_course(conn, course_id)
        })
        .await?;
    let page = ConfirmDeletePage {
        layout,
        course: Shown(course),
        enrollments: count,
    };
    render(StatusCode::OK, &page)
}

pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let course = find_or_404(&db, *id).await?;
    let (id, by) = (course.id, staff.account.label());
    let deleted = db
        .write("deleting a course", move |conn| {
            course_deletions::delete(conn, id, Some(&by))
        })
        .await?;
    match deleted {
        Some(count) => {
            let notice = Notice::from(
                Message::new("course-deleted")
                    .with("course", label_of(&course))
                    .with("also", format::and_enrollments(count))
                    .with("days", RESTORE_DAYS),
            );
            let undo = format!("/courses/{id}/restore/");
            Ok(see_other("/courses/", notice.with_undo(undo)))
        }
        None => Err(AppError::NotFound),
    }
}

/// Brings a deleted course back with the enrollments whose student still exists: to the
/// course's page.
pub async fn restore(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let restored = db
        .write("restoring a course", move |conn| {
            course_deletions::restore(conn, id)
        })
        .await?;
    match restored {
        Ok(Some(restored)) => {
            let label = format::course_label(&restored.code, &restored.title);
            let text = Message::new("course-restored")
                .with("course", &label)
                .with("also", format::and_enrollments(restored.enrollments))
                .with("lost", restored.enrollments_lost);
            let href = format!("/courses/{id}/");
            Ok(see_other(&href, Notice::linked(text, label, href.clone())))
        }
        // Restored already (a second click), or never deleted: a 404 unless it is here.
        Ok(None) => {
            let course = find_or_404(&db, id).await?;
            Ok(see_other(
                &format!("/courses/{id}/"),
                Message::new("restored-already").with("name", label_of(&course)),
            ))
        }
        Err(refusal) => Ok(see_other_refused("/deleted/", refusal.message())),
    }
}
