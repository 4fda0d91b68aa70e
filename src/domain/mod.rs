//! Validated domain values: what a form or a JSON body becomes once it has been parsed,
//! and the rules a write must pass with their one message each (`refusal`). Handlers and
//! queries only ever see these types, never raw strings.
//!
//! Layer: domain. Imports only the foundations (and its own modules).

pub mod account;
pub mod api_query;
pub mod bulk;
pub mod course;
pub mod enrollment_import;
pub mod field_filter;
pub mod field_form;
mod field_rules;
pub mod fields;
pub mod import;
pub mod listing;
pub mod person;
pub mod preferences;
pub mod record;
pub mod refusal;
pub mod return_to;
pub mod sort;
pub mod student;
pub mod student_import;

pub use account::Role;
pub use course::{CourseForm, CourseQuery, EnrollmentForm, ValidCourse, ValidEnrollment};
pub use fields::FieldErrors;
pub use listing::Listing;
pub use person::{Age, Email, PersonName};
pub use preferences::{Preferences, PreferencesForm, Theme};
pub use record::StudentField;
pub use refusal::Refusal;
pub use return_to::ReturnTo;
pub use student::{CreateForm, EditForm, StudentForm, ValidStudent};
