//! The confirmations a student's removal asks first: deleting the student (and how many
//! enrollments go with them), and taking them out of a course.

use super::Layout;
use super::shown::Shown;
use crate::db::courses::Course;
use crate::db::students::Student;
use crate::domain::{Listing, ReturnTo};
use crate::format;
use crate::i18n::Message;
use askama::Template;

/// Asks before a student is deleted, saying how many enrollments go too.
#[derive(Template)]
#[template(path = "students/confirm_delete.html")]
pub struct ConfirmDeletePage {
    pub layout: Layout,
    pub student: Shown<Student>,
    /// How many enrollments go with the student.
    pub enrollments: i64,
    /// Where the delete (or cancelling it) returns to.
    pub back: ReturnTo,
}

impl ConfirmDeletePage {
    fn question(&self) -> String {
        self.layout
            .t1("student-delete-question", "name", self.student.full_name())
    }

    /// "This removes <strong>Ada Lovelace</strong> (ada@example.com) and 2 enrollments…"
    fn explanation(&self) -> Message {
        Message::new("student-delete-explanation")
            .with("name", self.student.full_name())
            .with("email", &self.student.email)
            .with("also", format::and_enrollments(self.enrollments))
    }

    fn action(&self) -> String {
        self.back.on(&format!("/{}/delete/", self.student.id))
    }

    fn cancel_href(&self) -> String {
        match &self.back {
            ReturnTo::List(listing) if *listing == Listing::default() => {
                format!("/{}/", self.student.id)
            }
            back => back.href(),
        }
    }
}

#[derive(Template)]
#[template(path = "students/confirm_unenroll.html")]
pub struct ConfirmUnenrollPage {
    pub layout: Layout,
    pub student: Shown<Student>,
    pub course: Shown<Course>,
}

impl ConfirmUnenrollPage {
    fn question(&self) -> String {
        self.layout.t2(
            "enrollment-remove-question",
            &("name", self.student.full_name()),
            &("course", self.course.label()),
        )
    }

    fn action(&self) -> String {
        format!(
            "/{}/enrollments/{}/delete/",
            self.student.id, self.course.id
        )
    }

    fn cancel_href(&self) -> String {
        format!("/{}/", self.student.id)
    }
}
