//! How the records read on a page. `Shown<T>` wraps a row type and adds its wording — full
//! names, ages, dates, labels — so the rows themselves carry data only. It dereferences to
//! the row, so templates read `student.email` and `student.full_name()` alike.

use super::fields::{FieldShown, in_words, shown_at};
use crate::db::accounts::Account;
use crate::db::api_tokens::ApiToken;
use crate::db::course_deletions::DeletedCourse;
use crate::db::courses::{Course, CourseChoice, CourseSummary};
use crate::db::enrollments::{CourseStudent, StudentCourse};
use crate::db::students::batches::DeletedBatch;
use crate::db::students::history::{Action, Change, Deletion, FieldChange};
use crate::db::students::{Student, StudentSummary, StudentValues};
use crate::domain::StudentField;
use crate::domain::record::{Place, Record};
use crate::format::{self, Moment};
use crate::i18n::Message;
use std::ops::Deref;

/// A row as a page shows it.
#[derive(Debug, Clone)]
pub struct Shown<T>(pub T);

impl<T> Deref for Shown<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shown<T> {
    pub fn all(rows: Vec<T>) -> Vec<Self> {
        rows.into_iter().map(Self).collect()
    }
}

/// What the list and the student's page show of a student, the same for a stored
/// student and a list's summary of one.
impl<T: StudentValues> Shown<T> {
    pub fn full_name(&self) -> String {
        let name = |field| self.builtin(field).unwrap_or_default();
        format::full_name(
            &name(StudentField::Firstname),
            &name(StudentField::Lastname),
        )
    }

    /// `record`'s fields shown as facts (at the top of the student's page).
    pub fn facts<'a>(&'a self, record: &'a Record) -> Vec<FieldShown<'a>> {
        shown_at(&self.0, record, Place::Fact, false)
    }

    /// `record`'s fields shown as sections (under their labels on the student's page).
    pub fn sections<'a>(&'a self, record: &'a Record) -> Vec<FieldShown<'a>> {
        shown_at(&self.0, record, Place::Section, false)
    }

    /// The list's columns before "Joined" (`facts` the list has columns for).
    pub fn listed_facts<'a>(&'a self, record: &'a Record) -> Vec<FieldShown<'a>> {
        shown_at(&self.0, record, Place::Fact, true)
    }

    /// The list's columns after "Joined".
    pub fn listed_sections<'a>(&'a self, record: &'a Record) -> Vec<FieldShown<'a>> {
        shown_at(&self.0, record, Place::Section, true)
    }

    pub fn joined(&self) -> Moment {
        Moment(self.joined_at())
    }
}

impl Shown<Student> {
    pub fn updated(&self) -> Moment {
        Moment(self.updated_at)
    }
}

impl Shown<StudentSummary> {
    /// " and 2 enrollments", for the delete confirmation.
    pub fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.enrollments)
    }
}

impl Shown<DeletedBatch> {
    pub fn when(&self) -> Moment {
        Moment(self.deleted_at)
    }

    /// "12 students"
    pub fn size(&self) -> Message {
        format::students(self.restorable as usize)
    }
}

impl Shown<DeletedCourse> {
    pub fn when(&self) -> Moment {
        Moment(self.deleted_at)
    }

    pub fn label(&self) -> String {
        format::course_label(&self.snapshot.code, &self.snapshot.title)
    }

    /// " and 3 enrollments", or nothing.
    pub fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.snapshot.enrollments.len())
    }
}

impl Shown<Course> {
    pub fn label(&self) -> String {
        format::course_label(&self.code, &self.title)
    }
}

impl Shown<CourseSummary> {
    pub fn label(&self) -> String {
        format::course_label(&self.course.code, &self.course.title)
    }

    /// " and 3 enrollments", for the delete confirmation.
    pub fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.enrolled)
    }
}

impl Shown<CourseChoice> {
    pub fn label(&self) -> String {
        format::course_label(&self.code, &self.title)
    }
}

impl Shown<StudentCourse> {
    pub fn enrolled(&self) -> Moment {
        Moment(self.enrolled_at)
    }
}

impl Shown<CourseStudent> {
    pub fn full_name(&self) -> String {
        format::full_name(&self.firstname, &self.lastname)
    }

    pub fn enrolled(&self) -> Moment {
        Moment(self.enrolled_at)
    }
}

impl Shown<Account> {
    pub fn created(&self) -> Moment {
        Moment(self.created_at)
    }
}

impl Shown<ApiToken> {
    pub fn created(&self) -> Moment {
        Moment(self.created_at)
    }

    pub fn last_used(&self) -> Option<Moment> {
        self.last_used_at.map(Moment)
    }
}

impl Shown<Change> {
    pub fn when(&self) -> Moment {
        Moment(self.changed_at)
    }

    /// The message id of "Created", "Edited"… as the history shows it.
    pub fn action_label(&self) -> &'static str {
        match self.action {
            Action::Created => "history-created",
            Action::Updated => "history-edited",
            Action::Deleted => "history-deleted",
            Action::Restored => "history-restored",
            Action::Imported => "history-imported",
        }
    }

    pub fn fields(&self, record: &Record) -> Vec<ShownField> {
        self.changes
            .iter()
            .map(|change| ShownField::of(record, change))
            .collect()
    }
}

impl Shown<Deletion> {
    pub fn full_name(&self) -> String {
        self.snapshot.full_name()
    }

    pub fn email(&self) -> String {
        self.snapshot.value(StudentField::Email).unwrap_or_default()
    }

    pub fn when(&self) -> Moment {
        Moment(self.deleted_at)
    }

    /// " and 2 enrollments", or nothing.
    pub fn and_enrollments(&self) -> Message {
        format::and_enrollments(self.snapshot.enrollments.len())
    }
}

/// How many characters of a value the history shows (a bio can have 10 000).
const SHOWN_CHARS: usize = 200;

/// A value as the history and the conflict page show it: "—" for none, a long one cut
/// short.
pub fn value(value: Option<&str>) -> String {
    match value {
        None => "—".to_owned(),
        Some(value) if value.chars().count() > SHOWN_CHARS => {
            format!("{}…", value.chars().take(SHOWN_CHARS).collect::<String>())
        }
        Some(value) => value.to_owned(),
    }
}

/// One field of a history entry: its label, and the value before and after.
pub struct ShownField {
    pub label: Message,
    pub old: Message,
    pub new: Message,
}

impl ShownField {
    fn of(record: &Record, change: &FieldChange) -> Self {
        let def = record.named(&change.field);
        let shown = |text: Option<&str>| {
            def.zip(text)
                .and_then(|(def, text)| in_words(def, text))
                .unwrap_or_else(|| Message::verbatim(value(text)))
        };
        Self {
            label: change
                .label
                .clone()
                .unwrap_or_else(|| record.label_of(&change.field)),
            old: shown(change.old.as_deref()),
            new: shown(change.new.as_deref()),
        }
    }
}
