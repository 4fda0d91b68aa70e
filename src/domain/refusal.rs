//! The writes the rules refuse after a form or body has parsed — a taken email, a taken
//! course code, an enrollment that exists — each with its one message and the field it
//! belongs to. Pages put the message next to that field, the API into its `errors` map,
//! and a later CSV import into its row report: the same words everywhere.

use super::fields::FieldErrors;
use super::record::StudentField;
use crate::i18n::Message;

/// Why a valid write was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Another student has this value of a unique field (ignoring case).
    StudentTaken(StudentField),
    /// A deleted student cannot come back: another student has their value of this
    /// unique field now.
    TakenSinceDeletion(StudentField),
    /// Another course has this code (codes are stored in capitals).
    CourseCodeTaken,
    /// A deleted course cannot come back: another course has its code now.
    CodeTakenSinceDeletion,
    /// The student is enrolled in this course already.
    AlreadyEnrolled,
    /// The course chosen from the page's list was deleted meanwhile.
    CourseDeleted,
    /// The course id sent names no course.
    UnknownCourse,
    /// Another account has this email.
    AccountEmailTaken,
    /// The change would leave no admin.
    LastAdmin,
    /// An admin tried to remove their own account.
    OwnAccount,
    /// A password change named the wrong current password.
    WrongCurrentPassword,
}

/// How a refusal answers: which status an API client sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// A unique value is taken (409).
    Taken,
    /// A value is not acceptable (422).
    Invalid,
    /// The action is not allowed at all (403).
    Forbidden,
}

impl Refusal {
    /// The form field (and API `errors` key) the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            Self::StudentTaken(field) | Self::TakenSinceDeletion(field) => field.key(),
            Self::AccountEmailTaken => "email",
            Self::CourseCodeTaken | Self::CodeTakenSinceDeletion => "code",
            Self::AlreadyEnrolled | Self::CourseDeleted | Self::UnknownCourse => "course_id",
            Self::LastAdmin => "role",
            Self::OwnAccount => "account",
            Self::WrongCurrentPassword => "current_password",
        }
    }

    /// The message id saying why (`src/locales/*/errors.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::StudentTaken(field) => field.def().unique.map_or("", |unique| unique.taken),
            Self::TakenSinceDeletion(field) => field
                .def()
                .unique
                .map_or("", |unique| unique.taken_since_deletion),
            Self::CourseCodeTaken => "refused-course-code-taken",
            Self::CodeTakenSinceDeletion => "refused-code-taken-since",
            Self::AlreadyEnrolled => "refused-already-enrolled",
            Self::CourseDeleted => "refused-course-deleted",
            Self::UnknownCourse => "refused-unknown-course",
            Self::AccountEmailTaken => "refused-account-email-taken",
            Self::LastAdmin => "refused-last-admin",
            Self::OwnAccount => "refused-own-account",
            Self::WrongCurrentPassword => "refused-wrong-password",
        }
    }

    pub fn message(self) -> Message {
        Message::new(self.message_id())
    }

    pub fn kind(self) -> RefusalKind {
        match self {
            Self::StudentTaken(_)
            | Self::TakenSinceDeletion(_)
            | Self::CourseCodeTaken
            | Self::CodeTakenSinceDeletion
            | Self::AlreadyEnrolled
            | Self::AccountEmailTaken => RefusalKind::Taken,
            Self::CourseDeleted | Self::UnknownCourse | Self::WrongCurrentPassword => {
                RefusalKind::Invalid
            }
            Self::LastAdmin | Self::OwnAccount => RefusalKind::Forbidden,
        }
    }
}

/// The refusal as the one error of its field: what a re-rendered form shows.
impl From<Refusal> for FieldErrors {
    fn from(refusal: Refusal) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(refusal.field(), refusal.message());
        errors
    }
}

/// Why an attempt at a password was not even checked: too many recent failures, and how
/// many minutes (or seconds, under one) to wait.
pub fn too_many_attempts(wait: chrono::TimeDelta) -> Message {
    let seconds = wait.num_seconds().max(1);
    if seconds < 60 {
        Message::new("refused-too-many-attempts-seconds").with("count", seconds)
    } else {
        Message::new("refused-too-many-attempts-minutes").with("count", (seconds + 59) / 60)
    }
}
