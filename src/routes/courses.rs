//! The course pages: index, show, new/create, edit/update, confirm_delete/delete.

use crate::db::Database;
use crate::db::courses::{
    self as queries, Course, CourseSaveError, CourseStudent, CourseSummary, and_enrollments,
};
use crate::domain::{CourseForm, CourseQuery, FieldErrors};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::html::{Layout, render};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

const PER_PAGE: u32 = 25;

#[derive(Template)]
#[template(path = "courses/index.html")]
struct IndexPage {
    layout: Layout,
    search: Option<String>,
    page: u32,
    courses: Vec<CourseSummary>,
    total: i64,
}

impl IndexPage {
    fn last_page(&self) -> u32 {
        (self.total.max(1) as u32).div_ceil(PER_PAGE)
    }

    /// The index at another page, keeping the search.
    fn page_href(&self, page: u32) -> String {
        let mut query = Vec::new();
        if let Some(search) = &self.search {
            let encoded: String =
                percent_encoding::utf8_percent_encode(search, percent_encoding::NON_ALPHANUMERIC)
                    .to_string();
            query.push(format!("q={encoded}"));
        }
        if page > 1 {
            query.push(format!("page={page}"));
        }
        if query.is_empty() {
            "/courses/".to_owned()
        } else {
            format!("/courses/?{}", query.join("&"))
        }
    }

    fn range(&self) -> String {
        let first = u64::from(self.page - 1) * u64::from(PER_PAGE) + 1;
        let last = first + self.courses.len() as u64 - 1;
        if first == last {
            format!("{first} of {}", self.total)
        } else {
            format!("{first}–{last} of {}", self.total)
        }
    }
}

#[derive(Template)]
#[template(path = "courses/show.html")]
struct ShowPage {
    layout: Layout,
    course: Course,
    students: Vec<CourseStudent>,
}

impl ShowPage {
    fn and_enrollments(&self) -> String {
        and_enrollments(self.students.len() as i64)
    }
}

#[derive(Template)]
#[template(path = "courses/form.html")]
struct FormPage {
    layout: Layout,
    heading: String,
    action: String,
    submit_label: &'static str,
    cancel_href: String,
    form: CourseForm,
    errors: FieldErrors,
}

impl FormPage {
    fn for_new(layout: Layout, form: CourseForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: "Add a course".into(),
            action: "/courses/create/".into(),
            submit_label: "Add course",
            cancel_href: "/courses/".into(),
            form,
            errors,
        }
    }

    fn for_edit(layout: Layout, course: &Course, form: CourseForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: format!("Edit {}", course.label()),
            action: format!("/courses/{}/edit/", course.id),
            submit_label: "Save changes",
            cancel_href: format!("/courses/{}/", course.id),
            form,
            errors,
        }
    }

    fn code_taken() -> FieldErrors {
        let mut errors = FieldErrors::default();
        errors.add("code", "Another course has this code.");
        errors
    }
}

#[derive(Template)]
#[template(path = "courses/confirm_delete.html")]
struct ConfirmDeletePage {
    layout: Layout,
    course: Course,
    /// " and 3 enrollments", or nothing.
    also: String,
}

fn see_courses(notice: String) -> HttpResponse {
    super::see_other("/courses/", notice)
}

async fn find_or_404(db: &Database, id: i64) -> Result<Course, AppError> {
    db.read(move |conn| queries::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
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
        .read(move |conn| queries::list(conn, query.as_deref(), requested, PER_PAGE))
        .await?;
    let page = IndexPage {
        layout,
        search,
        page: requested,
        courses,
        total,
    };
    if page.courses.is_empty() && requested > page.last_page() {
        // Past the end (a stale link): the last page.
        return Ok(HttpResponse::SeeOther()
            .insert_header(("Location", page.page_href(page.last_page())))
            .finish());
    }
    render(StatusCode::OK, &page)
}

pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let course = find_or_404(&db, *id).await?;
    let course_id = course.id;
    let students = db
        .read(move |conn| queries::students_of(conn, course_id))
        .await?;
    render(
        StatusCode::OK,
        &ShowPage {
            layout,
            course,
            students,
        },
    )
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
    let label = format!("{} {}", course.code, course.title);
    match db.write(move |conn| queries::create(conn, &course)).await? {
        Ok(_) => Ok(see_courses(format!("Added course {label}."))),
        Err(_) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FormPage::for_new(layout, form, FormPage::code_taken()),
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
    let label = format!("{} {}", course.code, course.title);
    let id = current.id;
    match db
        .write(move |conn| queries::update(conn, id, &course))
        .await?
    {
        Ok(()) => Ok(see_courses(format!("Saved changes to {label}."))),
        Err(CourseSaveError::NotFound) => Err(AppError::NotFound),
        Err(CourseSaveError::CodeTaken) => {
            let page = FormPage::for_edit(layout, &current, form, FormPage::code_taken());
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
        .read(move |conn| queries::enrollment_count_of_course(conn, course_id))
        .await?;
    let also = and_enrollments(count);
    render(
        StatusCode::OK,
        &ConfirmDeletePage {
            layout,
            course,
            also,
        },
    )
}

pub async fn delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let course = find_or_404(&db, *id).await?;
    let id = course.id;
    match db.write(move |conn| queries::delete(conn, id)).await? {
        Some(count) => Ok(see_courses(format!(
            "Deleted course {}{}.",
            course.label(),
            and_enrollments(count)
        ))),
        None => Err(AppError::NotFound),
    }
}
