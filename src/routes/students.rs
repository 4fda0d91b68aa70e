//! The student pages: index, show, new/create, edit/update, confirm_delete/delete.

use crate::auth::Staff;
use crate::db::Database;
use crate::db::courses::{self, Course, CourseChoice, EnrollError, StudentCourse, and_enrollments};
use crate::db::students::history::{self, Change, Deletion, FieldValues, RESTORE_DAYS};
use crate::db::students::{
    self as queries, Deleted, SaveError, Saved, Student, StudentPage, Total,
};
use crate::domain::listing::{PER_PAGE_CHOICES, PageRequest, Sort};
use crate::domain::{EditForm, EnrollmentForm};
use crate::domain::{FieldErrors, Listing, StudentForm};
use crate::error::AppError;
use crate::form::{CsrfForm, CsrfOnly};
use crate::html::{Layout, Moment, render};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

#[derive(Template)]
#[template(path = "students/index.html")]
struct IndexPage {
    layout: Layout,
    listing: Listing,
    page: StudentPage,
    /// The course the list is narrowed to, if any.
    course: Option<CourseChoice>,
    /// Every course, for the filter.
    courses: Vec<CourseChoice>,
}

impl IndexPage {
    fn per_page_choices(&self) -> [u32; 5] {
        PER_PAGE_CHOICES
    }

    fn is_filtered_course(&self, course: &CourseChoice) -> bool {
        self.listing.course == Some(course.id)
    }

    fn without_course_href(&self) -> String {
        Listing {
            course: None,
            page: PageRequest::First,
            ..self.listing.clone()
        }
        .href()
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
    courses: Vec<StudentCourse>,
    /// The courses the student could still enroll in.
    open_courses: Vec<Course>,
    enrollment: EnrollmentForm,
    errors: FieldErrors,
    /// The newest changes, newest first, and how many there are in all.
    history: Vec<Change>,
    history_total: i64,
}

/// How many changes the student page lists.
const HISTORY_SHOWN: i64 = 50;

impl ShowPage {
    fn and_enrollments(&self) -> String {
        and_enrollments(self.courses.len() as i64)
    }

    fn is_chosen(&self, course: &Course) -> bool {
        self.enrollment.course_id == course.id.to_string()
    }
}

/// The student page, with their courses and the "Enroll in…" form (with `errors`).
async fn show_page(
    db: &Database,
    layout: Layout,
    student: Student,
    enrollment: EnrollmentForm,
    errors: FieldErrors,
) -> Result<ShowPage, AppError> {
    let id = student.id;
    let (courses, all_courses, history, history_total) = db
        .read(move |conn| {
            Ok((
                courses::courses_of(conn, id)?,
                courses::all(conn)?,
                history::of_student(conn, id, HISTORY_SHOWN)?,
                history::count_of_student(conn, id)?,
            ))
        })
        .await?;
    let open_courses = all_courses
        .into_iter()
        .filter(|course| !courses.iter().any(|taken| taken.course_id == course.id))
        .collect();
    Ok(ShowPage {
        layout,
        student,
        courses,
        open_courses,
        enrollment,
        errors,
        history,
        history_total,
    })
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
    cancel_label: &'static str,
    form: StudentForm,
    errors: FieldErrors,
    /// The edit form's hidden field: the version of the record being edited.
    version: Option<i32>,
    /// After a save over a newer version: the person's values beside the saved ones.
    conflict: Option<Conflict>,
}

/// The conflict page's comparison: what the person sent and what someone else saved.
struct Conflict {
    saved_at: Moment,
    rows: Vec<ConflictRow>,
}

struct ConflictRow {
    label: &'static str,
    mine: String,
    saved: String,
    differs: bool,
}

impl Conflict {
    fn new(saved: &Student, mine: &FieldValues) -> Self {
        let shown = |value: &Option<String>| value.clone().unwrap_or_else(|| "—".into());
        let saved_values = history::values_of(saved);
        let rows = history::side_by_side(mine, &saved_values)
            .map(|(label, mine, saved)| ConflictRow {
                label,
                mine: shown(mine),
                saved: shown(saved),
                differs: mine != saved,
            })
            .collect();
        Self {
            saved_at: saved.updated(),
            rows,
        }
    }
}

impl FormPage {
    fn for_new(layout: Layout, form: StudentForm, errors: FieldErrors) -> Self {
        Self {
            layout,
            heading: "Add a new student".into(),
            action: "/create/".into(),
            submit_label: "Add student",
            cancel_href: "/".into(),
            cancel_label: "Cancel",
            form,
            errors,
            version: None,
            conflict: None,
        }
    }

    /// The edit form of `student`, as edited from `version`.
    fn for_edit(
        layout: Layout,
        student: &Student,
        version: i32,
        form: StudentForm,
        errors: FieldErrors,
    ) -> Self {
        Self {
            layout,
            heading: format!("Edit {}", student.full_name()),
            action: format!("/{}/edit/", student.id),
            submit_label: "Save changes",
            cancel_href: format!("/{}/", student.id),
            cancel_label: "Cancel",
            form,
            errors,
            version: Some(version),
            conflict: None,
        }
    }

    /// The conflict page: the person's values in the form, now over the saved version,
    /// so that saving again keeps theirs and leaving keeps the saved ones.
    fn for_conflict(
        layout: Layout,
        saved: &Student,
        form: StudentForm,
        mine: &FieldValues,
    ) -> Self {
        Self {
            submit_label: "Save my version",
            cancel_label: "Discard my changes",
            conflict: Some(Conflict::new(saved, mine)),
            ..Self::for_edit(layout, saved, saved.version, form, FieldErrors::default())
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
    /// " and 3 enrollments", or nothing.
    also: String,
}

#[derive(Template)]
#[template(path = "students/confirm_unenroll.html")]
struct ConfirmUnenrollPage {
    layout: Layout,
    student: Student,
    course: Course,
}

/// After a successful write: back to the index with a notice (POST/redirect/GET).
fn see_index(notice: String) -> HttpResponse {
    super::see_other("/", notice)
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
    let (page, course, courses) = db
        .read(move |conn| {
            let page = queries::list_page(conn, &query, Some(TABLE_BIO_CHARS))?;
            let all_courses = courses::choices(conn)?;
            let course = query
                .course
                .and_then(|id| all_courses.iter().find(|course| course.id == id).cloned());
            Ok((page, course, all_courses))
        })
        .await?;
    render(
        StatusCode::OK,
        &IndexPage {
            layout,
            listing,
            page,
            course,
            courses,
        },
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
    let name = student.full_name();
    match db
        .write(move |conn| queries::create(conn, &student, Some(&staff.account.label())))
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
    let version = form.version().ok_or(AppError::BadRequest(
        "The form does not say which version of the student it changes. Open the edit page again.",
    ))?;
    let form = form.student;
    let student = match form.parse() {
        Ok(student) => student,
        Err(errors) => {
            let page = FormPage::for_edit(layout, &current, version, form, errors);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let mine = history::values_of_valid(&student);
    let id = current.id;
    match db
        .write(move |conn| {
            queries::update(
                conn,
                id,
                &student,
                Some(version),
                Some(&staff.account.label()),
            )
        })
        .await?
    {
        Ok(Saved {
            student,
            changed: true,
        }) => Ok(see_index(format!(
            "Saved changes to {}.",
            student.full_name()
        ))),
        Ok(Saved { student, .. }) => Ok(see_index(format!(
            "Nothing to save: {} was already as in the form.",
            student.full_name()
        ))),
        Err(SaveError::NotFound) => Err(AppError::NotFound),
        Err(SaveError::EmailTaken) => {
            let page = FormPage::for_edit(layout, &current, version, form, FormPage::email_taken());
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
        .read(move |conn| courses::enrollment_count_of_student(conn, id))
        .await?;
    let also = and_enrollments(count);
    render(
        StatusCode::OK,
        &ConfirmDeletePage {
            layout,
            student,
            also,
        },
    )
}

pub async fn delete(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    match db
        .write(move |conn| queries::delete(conn, id, None, Some(&staff.account.label())))
        .await?
    {
        Ok(Deleted {
            student,
            enrollments,
        }) => Ok(see_index(format!(
            "Deleted student {}{}. It can be restored from Recently deleted for {RESTORE_DAYS} days.",
            student.full_name(),
            and_enrollments(enrollments as i64)
        ))),
        // Someone else deleted it first.
        Err(_) => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "students/deleted.html")]
struct DeletedPage {
    layout: Layout,
    deletions: Vec<Deletion>,
    /// How many can be restored in all (the page shows the newest `DELETED_SHOWN`).
    total: i64,
    /// Why a restore was refused.
    refusal: Option<String>,
}

impl DeletedPage {
    fn restore_days(&self) -> i64 {
        RESTORE_DAYS
    }
}

/// How many deleted students the "recently deleted" page lists.
const DELETED_SHOWN: i64 = 200;

async fn deleted_page(
    db: &Database,
    layout: Layout,
    refusal: Option<String>,
) -> Result<DeletedPage, AppError> {
    let now = queries::now();
    let (deletions, total) = db
        .read(move |conn| {
            Ok((
                history::recently_deleted(conn, now, DELETED_SHOWN)?,
                history::recently_deleted_count(conn, now)?,
            ))
        })
        .await?;
    Ok(DeletedPage {
        layout,
        deletions,
        total,
        refusal,
    })
}

/// "Recently deleted": the students deleted in the last `RESTORE_DAYS` days.
pub async fn deleted(db: web::Data<Database>, layout: Layout) -> Result<HttpResponse, AppError> {
    let page = deleted_page(&db, layout, None).await?;
    render(StatusCode::OK, &page)
}

/// Brings a deleted student back, to their page.
pub async fn restore(
    db: web::Data<Database>,
    staff: Staff,
    id: web::Path<i64>,
    layout: Layout,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let id = *id;
    let refusal = match db
        .write(move |conn| queries::restore(conn, id, Some(&staff.account.label())))
        .await?
    {
        Ok(restored) => {
            let mut notice = format!(
                "Restored student {}{}.",
                restored.student.full_name(),
                and_enrollments(restored.enrollments as i64)
            );
            if restored.enrollments_lost > 0 {
                notice.push_str(&format!(
                    " {} could not come back: the course was deleted.",
                    courses::enrollments(restored.enrollments_lost as i64)
                ));
            }
            return Ok(super::see_other(&format!("/{id}/"), notice));
        }
        Err(SaveError::EmailTaken) => {
            "Not restored: another student has their email now. Change that student's email first, then restore again."
        }
        // Restored already (say, a second click), or no restorable deletion at all.
        Err(_) => {
            let student = find_or_404(&db, id).await?;
            let notice = format!("{} is already restored.", student.full_name());
            return Ok(super::see_other(&format!("/{id}/"), notice));
        }
    };
    let page = deleted_page(&db, layout, Some(refusal.to_owned())).await?;
    render(StatusCode::CONFLICT, &page)
}

/// "Enroll in…": adds the student to a course, back to the student's page.
pub async fn enroll(
    db: web::Data<Database>,
    id: web::Path<i64>,
    layout: Layout,
    form: CsrfForm<EnrollmentForm>,
) -> Result<HttpResponse, AppError> {
    let student = find_or_404(&db, *id).await?;
    let form = form.into_inner();
    let enrollment = match form.parse() {
        Ok(enrollment) => enrollment,
        Err(errors) => {
            let page = show_page(&db, layout, student, form, errors).await?;
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let (student_id, course_id) = (student.id, enrollment.course_id);
    let outcome = db
        .write(move |conn| {
            let course = courses::find(conn, course_id)?;
            let enrolled = courses::enroll(conn, student_id, &enrollment)?;
            Ok((course, enrolled))
        })
        .await?;
    let refusal = match outcome {
        (Some(course), Ok(())) => {
            let notice = format!("Enrolled {} in {}.", student.full_name(), course.label());
            return Ok(super::see_other(&format!("/{student_id}/"), notice));
        }
        (_, Err(EnrollError::AlreadyEnrolled)) => "Already enrolled in this course.",
        (None, _) | (_, Err(EnrollError::Gone)) => "That course no longer exists.",
    };
    let mut errors = FieldErrors::default();
    errors.add("course_id", refusal);
    let page = show_page(&db, layout, student, form, errors).await?;
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

async fn enrollment_or_404(
    db: &Database,
    student_id: i64,
    course_id: i64,
) -> Result<(Student, Course), AppError> {
    let student = find_or_404(db, student_id).await?;
    let course = db
        .read(move |conn| {
            let enrolled = courses::courses_of(conn, student_id)?
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
    render(
        StatusCode::OK,
        &ConfirmUnenrollPage {
            layout,
            student,
            course,
        },
    )
}

pub async fn unenroll(
    db: web::Data<Database>,
    ids: web::Path<(i64, i64)>,
    _confirmed: CsrfOnly,
) -> Result<HttpResponse, AppError> {
    let (student, course) = enrollment_or_404(&db, ids.0, ids.1).await?;
    let (student_id, course_id) = (student.id, course.id);
    if db
        .write(move |conn| courses::unenroll(conn, student_id, course_id))
        .await?
    {
        let notice = format!("Removed {} from {}.", student.full_name(), course.label());
        Ok(super::see_other(&format!("/{student_id}/"), notice))
    } else {
        Err(AppError::NotFound)
    }
}
