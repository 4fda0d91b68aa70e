//! The bulk delete's confirmation: who goes, with how many enrollments each, and the
//! button that posts their ids.

use super::Layout;
use super::shown::Shown;
use crate::db::students::StudentSummary;
use crate::domain::ReturnTo;
use crate::format;
use crate::i18n::Message;
use askama::Template;

#[derive(Template)]
#[template(path = "students/bulk_delete.html")]
pub struct BulkDeletePage {
    pub layout: Layout,
    pub students: Vec<Shown<StudentSummary>>,
    pub back: ReturnTo,
}

impl BulkDeletePage {
    fn question(&self) -> String {
        match self.students.as_slice() {
            [one] => self
                .layout
                .t1("student-delete-question", "name", one.full_name()),
            many => self.layout.t1("bulk-delete-question", "count", many.len()),
        }
    }

    fn action(&self) -> String {
        self.back.on("/bulk/delete/")
    }

    fn cancel_href(&self) -> String {
        self.back.href()
    }

    /// " and 12 enrollments", or nothing: what goes with them.
    fn also(&self) -> Message {
        format::and_enrollments(
            self.students
                .iter()
                .map(|student| student.enrollments)
                .sum::<i64>(),
        )
    }
}
