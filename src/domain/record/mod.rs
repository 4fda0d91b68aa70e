//! The student record, described once. Each field's name, labels, kind, rules and roles
//! (required, unique, searchable, its CSV names) are one `FieldDef`; the built-in fields
//! are `StudentField`'s; a record's values are held by field name (`FieldValues`), never
//! by position. The form, its parser, the CSV import and export, the API and its OpenAPI
//! document, the history, the three-way merge, restore and seeding walk these
//! descriptions instead of listing the fields themselves, so a field is added here (and
//! in its column, `db::students::records`) and everything else follows.
//!
//! Built-in fields are `&'static` descriptions; a field a school defines at run time is a
//! `FieldDef` too (its key an owned `Cow`), and flows through the same functions.

mod builtin;
mod field;
mod kind;
mod merge;
mod values;

pub use builtin::{AGE_MAX, AGE_MIN, BIO_MAX_CHARS, EMAIL_MAX_CHARS, NAME_MAX_CHARS, StudentField};
pub use field::{FieldDef, Place, ReadsAs, Unique};
pub(super) use kind::email;
pub use kind::{Kind, Value, unique_key};
pub use merge::{FieldMerge, ThreeWay};
#[cfg(test)]
pub(crate) use values::sammy;
pub use values::{FieldChange, FieldValues, diff};
