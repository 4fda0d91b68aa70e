//! The course pages: the index (searched, a page at a time), a course with its students,
//! the course form, and the delete confirmation.

use super::Layout;
use super::shown::Shown;
use crate::db::courses::{Course, CourseSummary};
use crate::db::enrollments::CourseStudent;
use crate::domain::course::COURSES_PER_PAGE as PER_PAGE;
use crate::domain::{CourseForm, FieldErrors};
use crate::format;
use crate::i18n::Message;
use askama::Template;

#[derive(Template)]
#[template(path = "courses/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub search: Option<String>,
    pub page: u32,
    pub courses: Vec<Shown<CourseSummary>>,
    pub total: i64,
}

impl IndexPage {
    pub fn last_page(&self) -> u32 {
        (self.total.max(1) as u32).div_ceil(PER_PAGE)
    }

    /// The index at another page, keeping the search.
    pub fn page_href(&self, page: u32) -> String {
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
        let total = self.layout.num(self.total);
        let message = if first == last {
            Message::new("pager-one-of").with("at", first)
        } else {
            Message::new("pager-range")
                .with("from", self.layout.num(first))
                .with("to", self.layout.num(last))
        };
        self.layout.show(message.with("total", total))
    }
}

#[derive(Template)]
#[template(path = "courses/show.html")]
pub struct ShowPage {
    pub layout: Layout,
    pub course: Shown<Course>,
    pub students: Vec<Shown<CourseStudent>>,
}

impl ShowPage {
    fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.students.len())
    }
}

#[derive(Template)]
#[template(path = "courses/form.html")]
pub struct FormPage {
    layout: Layout,
    heading: String,
    action: String,
    /// The message id of the submit button.
    submit_label: &'static str,
    cancel_href: String,
    form: CourseForm,
    errors: FieldErrors,
}

impl FormPage {
    pub fn for_new(layout: Layout, form: CourseForm, errors: FieldErrors) -> Self {
        let heading = layout.t("course-add-heading").to_owned();
        Self {
            layout,
            heading,
            action: "/courses/create/".into(),
            submit_label: "course-add",
            cancel_href: "/courses/".into(),
            form,
            errors,
        }
    }

    pub fn for_edit(
        layout: Layout,
        course: &Course,
        form: CourseForm,
        errors: FieldErrors,
    ) -> Self {
        let heading = layout.t1(
            "course-edit-heading",
            "course",
            format::course_label(&course.code, &course.title),
        );
        Self {
            layout,
            heading,
            action: format!("/courses/{}/edit/", course.id),
            submit_label: "form-save-changes",
            cancel_href: format!("/courses/{}/", course.id),
            form,
            errors,
        }
    }
}

/// Asks before a course goes, saying how many enrollments go with it.
#[derive(Template)]
#[template(path = "courses/confirm_delete.html")]
pub struct ConfirmDeletePage {
    pub layout: Layout,
    pub course: Shown<Course>,
    /// How many enrollments go with the course.
    pub enrollments: i64,
}

impl ConfirmDeletePage {
    fn question(&self) -> String {
        self.layout
            .t1("course-delete-question", "course", self.course.label())
    }

    fn action(&self) -> String {
        format!("/courses/{}/delete/", self.course.id)
    }

    fn also(&self) -> Message {
        format::and_enrollments(self.enrollments)
    }

    fn cancel_href(&self) -> String {
        format!("/courses/{}/", self.course.id)
    }
}
