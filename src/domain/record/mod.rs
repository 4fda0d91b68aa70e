//! The student record, described once. Each field's name, labels, kind, rules and roles
//! (required, unique, searchable, its CSV names) are one `FieldDef`; the built-in fields
//! are `StudentField`'s, the school's own are `SchoolField`s; `Record` is the fields a
//! student has now, and a record's values are held by field name (`FieldValues`), never
//! by position. The form, its parser, the CSV import and export, the API and its OpenAPI
//! document, the history, the three-way merge, restore and seeding walk a `Record`
//! instead of listing the fields themselves, so a field is added here (or by a school,
//! at run time) and everything else follows.

mod builtin;
mod described;
mod field;
mod kind;
mod merge;
mod school;
mod texts;
mod values;

pub use builtin::{AGE_MAX, AGE_MIN, BIO_MAX_CHARS, EMAIL_MAX_CHARS, NAME_MAX_CHARS};
pub use described::Record;
pub use field::{FieldDef, Place, ReadsAs, Source, StudentField, Unique, normalized};
pub(super) use kind::email;
pub use kind::{CHOICES_SEPARATOR, Kind, Value, unique_key};
pub use merge::{FieldMerge, ThreeWay};
pub use school::{
    FieldSpec, KEY_MAX_CHARS, LONG_TEXT_MAX_CHARS, NUMBER_LIMIT, SHORT_TEXT_MAX_CHARS, SchoolField,
    SchoolKind, earliest_date, is_key, key_from_label, latest_date, slug,
};
pub use texts::{Choice, Texts};
#[cfg(test)]
pub(crate) use values::sammy;
pub use values::{FieldChange, FieldValues, diff};
