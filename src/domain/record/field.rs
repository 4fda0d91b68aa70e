//! `FieldDef`: everything about one field of the record, in one place; and where a
//! field comes from (`Source`: built in, `StudentField`, or defined by the school).

use super::kind::{Kind, Value};
use crate::domain::sort::Sort;
use crate::i18n::Message;
use std::borrow::Cow;

/// A field every student has, in the order forms, lists and history show them (their
/// descriptions are `builtin`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum StudentField {
    Firstname,
    Lastname,
    Email,
    Age,
    Bio,
}

/// Where a field and its values live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A column of its own in `students`.
    Builtin(StudentField),
    /// A field the school defined: `student_fields` row `id`, its values stored under
    /// that id (`students.fields`, `student_values`).
    School(i64),
}

/// A unique field: its value's case-folded key (`unique_key`) is stored in the column
/// `{key}_key` under the unique index `students_{key}_key` (a school's field: in
/// `student_values.unique_key`), so a violation names the field; and the message ids of
/// its refusals, each told the field's label as `field`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unique {
    /// "A student with this email already exists."
    pub taken: &'static str,
    /// A restore refused: another student has the deleted one's value now.
    pub taken_since_deletion: &'static str,
    /// A batch restore refused for the student named `name`.
    pub batch_taken: &'static str,
    /// An import's row with the value of an earlier `row` of the same file.
    pub same_in_file: &'static str,
}

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
    pub source: Source,
    /// The field's name ("First name"), for errors, history and the import's reports.
    pub label: Message,
    /// The form's label, which says when the field may stay blank.
    pub form_label: Message,
    /// The hint under the form's input.
    pub hint: Option<Message>,
    /// The form sets it beside the next field (a first name beside the last name).
    pub half_width: bool,
    pub kind: Kind,
    /// A blank value is refused.
    pub required: bool,
    /// No two students share a value (ignoring letter case), and what is said when one
    /// would: the database's unique index decides (`Unique`).
    pub unique: Option<Unique>,
    /// A search looks in it.
    pub searchable: bool,
    pub place: Place,
    /// The list has a column for it.
    pub in_list: bool,
    pub reads_as: ReadsAs,
    /// The message id the student's page shows for no value ("No bio yet.").
    pub none: Option<&'static str>,
    /// The list's order by this field, when it can be sorted by it.
    pub sort: Option<Sort>,
    /// What the OpenAPI document says of it beside its type and limits.
    pub api_note: Option<&'static str>,
    /// The column headings a CSV import reads as this field, its key among them: compared
    /// in lower case without spaces, hyphens or underscores.
    pub import_names: &'static [&'static str],
    /// A value every rule accepts (the tests walk it through every part of the app).
    pub example: Cow<'static, str>,
}

impl FieldDef {
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Parses what was typed into the field, by its kind and whether it is required.
    pub fn parse(&self, raw: &str) -> Result<Option<Value>, Message> {
        self.kind.parse(&self.label, raw, self.required)
    }

    /// The built-in field this is, if it is one.
    pub fn builtin(&self) -> Option<StudentField> {
        match self.source {
            Source::Builtin(field) => Some(field),
            Source::School(_) => None,
        }
    }

    /// The id of the school's field this is, if it is one.
    pub fn school_id(&self) -> Option<i64> {
        match self.source {
            Source::School(id) => Some(id),
            Source::Builtin(_) => None,
        }
    }

    /// Whether a CSV column headed `heading` is this field's: one of its import names,
    /// its key or (a school's field) its label in any language, compared without case,
    /// spaces, hyphens or underscores.
    pub fn is_headed(&self, heading: &str) -> bool {
        let heading = normalized(heading);
        self.import_names.contains(&heading.as_str())
            || normalized(&self.key) == heading
            || self
                .label
                .given_texts()
                .any(|text| normalized(text) == heading)
    }

    /// The column holding the unique key of a unique built-in field's value.
    pub fn key_column(&self) -> Option<String> {
        match self.source {
            Source::Builtin(_) => self.unique.map(|_| format!("{}_key", self.key)),
            Source::School(_) => None,
        }
    }

    /// Whether a database's report of a unique violation (its message, or the
    /// constraint's name) is about this field's index: SQLite names the column
    /// (`students.email_key`), PostgreSQL and MySQL the index (`students_email_key`).
    pub fn is_violated_in(&self, report: &str) -> bool {
        self.key_column().is_some_and(|column| {
            report.contains(&format!("students.{column}"))
                || report.contains(&format!("students_{column}"))
        })
    }
}

/// A heading as the import compares it: lower case, without spaces, hyphens or
/// underscores.
pub fn normalized(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}
