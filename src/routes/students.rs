//! The student pages: index, show, new/create, edit/update, confirm_delete/delete.

use crate::db::Database;
use crate::db::students::{self as queries, SaveError, Student, StudentPage, Total};
use crate::domain::listing::{PER_PAGE_CHOICES, PageRequest, Sort};
use crate::domain::{FieldErrors, Listing, StudentForm};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::html::{Layout, render};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use actix_web_flash_messages::FlashMessage;
use askama::Template;

#[derive(Template)]
#[template(path = "students/index.html")]
struct IndexPage {
    layout: Layout,
    listing: Listing,
    page: StudentPage,
}

impl IndexPage {
    fn per_page_choices(&self) -> [u32; 5] {
        PER_PAGE_CHOICES
    }

    /// "1–25 of 12 345", "26–50 of 5 000+", "7 of 7", or "25 shown of 12 345" when the
    /// position is unknown (a hand-edited link).
    fn range(&self) -> String {
        let total = match self.page.total {
            Total::Exact(n) => group_digits(n),
            Total::AtLeast(n) => format!("{}+", group_digits(n)),
        };
        let shown = self.page.students.len() as u64;
        match self.page.first_position {
            Some(first) if shown == 1 => format!("{} of {total}", group_digits(first)),
            Some(first) => format!(
                "{}–{} of {total}",
                group_digits(first),
                group_digits(first + shown - 1)
            ),
            None => format!("{shown} shown of {total}"),
        }
    }

    fn first_href(&self) -> String {
        self.listing.at(PageRequest::First).href()
    }

    fn previous_href(&self) -> String {
        self.listing
            .at(self.page.previous_page(&self.listing))
            .href()
    }

    fn next_href(&self) -> String {
        self.listing.at(self.page.next_page()).href()
    }

    fn last_href(&self) -> String {
        self.listing.at(PageRequest::Last).href()
    }

    fn clear_href(&self) -> String {
        Listing {
            sort: self.listing.sort,
            direction: self.listing.direction,
            per_page: self.listing.per_page,
            ..Listing::default()
        }
        .href()
    }
}

/// How much of a bio the table reads (it shows two lines).
const TABLE_BIO_CHARS: u32 = 200;

/// 12345 → "12 345" (a narrow no-break space between groups of three).
fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('\u{202F}');
        }
        grouped.push(digit);
    }
    grouped
}

#[derive(Template)]
#[template(path = "students/show.html")]
struct ShowPage {
    layout: Layout,
    student: Student,
}

/// The create and the edit page: one form, two purposes.
#[derive(Template)]
#[template(path = "students/form.html")]
struct FormPage {
    layout: Layout,
    heading: String,
    action: String,
    submit_label: &'static str,
    cancel_href: String,
    form: StudentForm,
    errors: FieldErrors,
}

impl FormPage {
    fn for_new(layout: Layout, form: StudentForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: "Add a new student".into(),
            action: "/create/".into(),
            submit_label: "Add student",
            cancel_href: "/".into(),
            form,
            errors,
        }
    }

    fn for_edit(layout: Layout, student: &Student, form: StudentForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: format!("Edit {}", student.full_name()),
            action: format!("/{}/edit/", student.id),
            submit_label: "Save changes",
            cancel_href: format!("/{}/", student.id),
            form,
            errors,
        }
    }

    fn email_taken() -> FieldErrors {
        let mut errors = FieldErrors::default();
        errors.add("email", "A student with this email already exists.");
        errors
    }
}

#[derive(Template)]
#[template(path = "students/confirm_delete.html")]
struct ConfirmDeletePage {
    layout: Layout,
    student: Student,
}

/// After a successful write: back to the index with a notice (POST/redirect/GET).
fn see_index(notice: String) -> HttpResponse {
    FlashMessage::success(notice).send();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/"))
        .finish()
}

async fn find_or_404(db: &Database, id: i64) -> Result<Student, AppError> {
    db.read(move |conn| queries::find(conn, id))
        .await?
        .ok_or(AppError::NotFound)
}

/// The index: one page of students, searched, filtered and sorted as the query string says.
pub async fn index(
    db: web::Data<Database>,
    layout: Layout,
    request: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let listing = Listing::from_query(request.query_string());
    let query = listing.clone();
    let page = db
        .read(move |conn| queries::list_page(conn, &query, Some(TABLE_BIO_CHARS)))
        .await?;
    render(
        StatusCode::OK,
        &IndexPage {
            layout,
            listing,
            page,
        },
    )
}

pub async fn show(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    render(StatusCode::OK, &ShowPage { layout, student })
}

pub async fn new(layout: Layout) -> Result<HttpResponse, AppError> {
    let page = FormPage::for_new(layout, StudentForm::default(), FieldErrors::default());
    render(StatusCode::OK, &page)
}

pub async fn create(
    db: web::Data<Database>,
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
    let name = student.full_name();
    match db
        .write(move |conn| queries::create(conn, &student))
        .await?
    {
        Ok(_) => Ok(see_index(format!("Added student {name}."))),
        Err(_) => {
            let page = FormPage::for_new(layout, form, FormPage::email_taken());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
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
    let page = FormPage::for_edit(layout, &student, form, FieldErrors::default());
    render(StatusCode::OK, &page)
}

pub async fn update(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
    form: CsrfForm<StudentForm>,
) -> Result<HttpResponse, AppError> {
    let current = find_or_404(&db, *id).await?;
    let form = form.into_inner();
    let student = match form.parse() {
        Ok(student) => student,
        Err(errors) => {
            let page = FormPage::for_edit(layout, &current, form, errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let name = student.full_name();
    let id = current.id;
    match db
        .write(move |conn| queries::update(conn, id, &student))
        .await?
    {
        Ok(_) => Ok(see_index(format!("Saved changes to {name}."))),
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        Err(SaveError::EmailTaken) => {
            let page = FormPage::for_edit(layout, &current, form, FormPage::email_taken());
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
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
    render(StatusCode::OK, &ConfirmDeletePage { layout, student })
}

pub async fn delete(
    db: web::Data<Database>,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    let id = student.id;
    if db.write(move |conn| queries::delete(conn, id)).await? {
        Ok(see_index(format!(
            "Deleted student {}.",
            student.full_name()
        )))
    } else {
        // Someone else deleted it between our read and our delete.
        Err(AppError::NotFound)
    }
}
