//! The writes the rules refuse after a form or body has parsed — a taken email, a taken
//! course code, an enrollment that exists — each with its one message and the field it
//! belongs to. Pages put the message next to that field, the API into its `errors` map,
//! and a later CSV import into its row report: the same words everywhere.

use super::fields::FieldErrors;
use super::record::{FieldDef, Unique};
use crate::i18n::Message;
use std::borrow::Cow;

/// A unique field whose value is taken: its key, label and refusals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakenField {
    pub key: Cow<'static, str>,
    pub label: Message,
    pub unique: Unique,
}

impl TakenField {
    /// The field `def` (a unique one: another has no refusals, and says nothing), boxed
    /// as a `Refusal` holds it.
    pub fn of(def: &FieldDef) -> Box<Self> {
        Box::new(Self {
            key: def.key.clone(),
            label: def.label.clone(),
            unique: def.unique.unwrap_or(Unique {
                taken: "",
                taken_since_deletion: "",
                batch_taken: "",
                same_in_file: "",
            }),
        })
    }
}

/// Why a valid write was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Another student has this value of a unique field (ignoring case).
    StudentTaken(Box<TakenField>),
    /// A deleted student cannot come back: another student has their value of this
    /// unique field now.
    TakenSinceDeletion(Box<TakenField>),
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
    /// Another of the school's fields has this key.
    FieldKeyTaken,
    /// A field's key cannot change while `count` students have a value of it (stored
    /// files, scripts and the history name it so).
    FieldKeyFixed { count: i64 },
    /// A field's kind cannot change while `count` students have a value of it.
    FieldKindFixed { count: i64 },
    /// The change of the rule at input `rule` would break `count` students' values.
    FieldRuleBreaks { rule: &'static str, count: i64 },
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
    pub fn field(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Self::StudentTaken(field) | Self::TakenSinceDeletion(field) => {
                return field.key.clone();
            }
            Self::AccountEmailTaken => "email",
            Self::CourseCodeTaken | Self::CodeTakenSinceDeletion => "code",
            Self::AlreadyEnrolled | Self::CourseDeleted | Self::UnknownCourse => "course_id",
            Self::LastAdmin => "role",
            Self::OwnAccount => "account",
            Self::WrongCurrentPassword => "current_password",
            Self::FieldKeyTaken | Self::FieldKeyFixed { .. } => "key",
            Self::FieldKindFixed { .. } => "kind",
            Self::FieldRuleBreaks { rule, .. } => rule,
        })
    }

    /// The message id saying why (`src/locales/*/errors.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::StudentTaken(field) => field.unique.taken,
            Self::TakenSinceDeletion(field) => field.unique.taken_since_deletion,
            Self::CourseCodeTaken => "refused-course-code-taken",
            Self::CodeTakenSinceDeletion => "refused-code-taken-since",
            Self::AlreadyEnrolled => "refused-already-enrolled",
            Self::CourseDeleted => "refused-course-deleted",
            Self::UnknownCourse => "refused-unknown-course",
            Self::AccountEmailTaken => "refused-account-email-taken",
            Self::LastAdmin => "refused-last-admin",
            Self::OwnAccount => "refused-own-account",
            Self::WrongCurrentPassword => "refused-wrong-password",
            Self::FieldKeyTaken => "field-error-key-taken",
            Self::FieldKeyFixed { .. } => "field-error-key-fixed",
            Self::FieldKindFixed { .. } => "field-error-kind-fixed",
            Self::FieldRuleBreaks {
                rule: "required", ..
            } => "field-error-missing",
            Self::FieldRuleBreaks { .. } => "field-error-breaks",
        }
    }

    /// Why, in words (a unique field's refusal told the field's label).
    pub fn message(&self) -> Message {
        let message = Message::new(self.message_id());
        match self {
            Self::StudentTaken(field) | Self::TakenSinceDeletion(field) => {
                message.with("field", field.label.clone())
            }
            Self::FieldKeyFixed { count }
            | Self::FieldKindFixed { count }
            | Self::FieldRuleBreaks { count, .. } => message.with("count", *count),
            _ => message,
        }
    }

    pub fn kind(&self) -> RefusalKind {
        match self {
            Self::StudentTaken(_)
            | Self::TakenSinceDeletion(_)
            | Self::CourseCodeTaken
            | Self::CodeTakenSinceDeletion
            | Self::AlreadyEnrolled
            | Self::AccountEmailTaken
            | Self::FieldKeyTaken => RefusalKind::Taken,
            Self::CourseDeleted
            | Self::UnknownCourse
            | Self::WrongCurrentPassword
            | Self::FieldKeyFixed { .. }
            | Self::FieldKindFixed { .. }
            | Self::FieldRuleBreaks { .. } => RefusalKind::Invalid,
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
