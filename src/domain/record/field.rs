//! `FieldDef`: everything about one field of the record, in one place.

use super::kind::{Kind, Value};
use crate::domain::sort::Sort;
use crate::i18n::Message;
use std::borrow::Cow;

/// Where the list and the student's page show a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Part of the student's name: the list's name column, the page's heading.
    Name,
    /// A column of the list before "Joined", a fact at the top of the page.
    Fact,
    /// A column of the list after "Joined" (cut to a few lines), a section of the page
    /// under its label.
    Section,
}

/// How a field's value reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadsAs {
    /// As it is.
    Text,
    /// As an address to write to (a `mailto:` link on the student's page).
    Email,
    /// As the message with this id, its `count` the value ("23 years old").
    Count(&'static str),
}

/// One field of the student record: what every part of the app needs to know of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDef {
    /// The field's name: the form input's, the API property's, the CSV column's and the
    /// history's (stable: stored history entries and snapshots name fields by it).
    pub key: Cow<'static, str>,
    /// The message id of the field's name ("First name"), for errors, history and the
    /// import's reports.
    pub label: &'static str,
    /// The message id of the form's label, which says when the field may stay blank.
    pub form_label: &'static str,
    /// The message id of the hint under the form's input.
    pub hint: Option<&'static str>,
    /// The form sets it beside the next field (a first name beside the last name).
    pub half_width: bool,
    pub kind: Kind,
    /// A blank value is refused.
    pub required: bool,
    /// No two students share a value (ignoring letter case): the database's unique index
    /// on the value's key decides, and its violation is this field's refusal.
    pub unique: bool,
    /// A search looks in it.
    pub searchable: bool,
    pub place: Place,
    pub reads_as: ReadsAs,
    /// The message id the student's page shows for no value ("No bio yet.").
    pub none: Option<&'static str>,
    /// The list's order by this field, when it can be sorted by it.
    pub sort: Option<Sort>,
    /// What the OpenAPI document says of it beside its type and limits.
    pub api_note: Option<&'static str>,
    /// The column headings a CSV import reads as this field, its key first: compared in
    /// lower case without spaces, hyphens or underscores.
    pub import_names: &'static [&'static str],
    /// A value every rule accepts (the tests' round trip, the OpenAPI example).
    pub example: &'static str,
}

impl FieldDef {
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Parses what was typed into the field, by its kind and whether it is required.
    pub fn parse(&self, raw: &str) -> Result<Option<Value>, Message> {
        self.kind.parse(self.label, raw, self.required)
    }
}
