//! The record's fields as the list and the student's page show them, read from their
//! descriptions: which make up the name, which are the facts and the sections, and how
//! each value reads ("23 years old", a `mailto:` link, the text itself).

use crate::db::students::StudentValues;
use crate::domain::StudentField;
use crate::domain::listing::Sort;
use crate::domain::record::{Place, ReadsAs};
use crate::i18n::Message;
use std::borrow::Cow;

/// A column of the list, or a heading of the student's page.
pub struct FieldColumn {
    pub key: &'static str,
    /// The message id of its label.
    pub label: &'static str,
    pub sort: Option<Sort>,
}

/// The list's columns of the fields shown at `place`, in form order.
pub fn columns(place: Place) -> Vec<FieldColumn> {
    StudentField::defs()
        .filter(|def| def.place == place)
        .map(|def| FieldColumn {
            key: def.key(),
            label: def.label,
            sort: def.sort,
        })
        .collect()
}

/// One field of one student, as it reads (borrowing the row's text).
pub struct FieldShown<'a> {
    pub key: &'static str,
    /// The message ids of its label, and of what the student's page says for no value.
    pub label: &'static str,
    pub none: Option<&'static str>,
    reading: Option<Reading<'a>>,
}

enum Reading<'a> {
    Text(Cow<'a, str>),
    Email(Cow<'a, str>),
    Count(Message),
}

impl<'a> FieldShown<'a> {
    fn of(row: &'a impl StudentValues, field: StudentField) -> Self {
        let def = field.def();
        let reading = match def.reads_as {
            ReadsAs::Text => row.value(field).map(Reading::Text),
            ReadsAs::Email => row.value(field).map(Reading::Email),
            ReadsAs::Count(id) => row
                .number(field)
                .map(|count| Reading::Count(Message::new(id).with("count", count))),
        };
        Self {
            key: def.key(),
            label: def.label,
            none: def.none,
            reading,
        }
    }

    /// The value as text, unless it reads as a message.
    pub fn text(&self) -> Option<&str> {
        match &self.reading {
            Some(Reading::Text(text) | Reading::Email(text)) => Some(text),
            Some(Reading::Count(_)) | None => None,
        }
    }

    /// The address, for a field that reads as one.
    pub fn email(&self) -> Option<&str> {
        match &self.reading {
            Some(Reading::Email(address)) => Some(address),
            _ => None,
        }
    }

    /// The message the value reads as ("23 years old").
    pub fn message(&self) -> Option<&Message> {
        match &self.reading {
            Some(Reading::Count(message)) => Some(message),
            _ => None,
        }
    }
}

/// The fields of `row` shown at `place`, in form order.
pub fn shown_at(row: &impl StudentValues, place: Place) -> Vec<FieldShown<'_>> {
    StudentField::all()
        .filter(|field| field.def().place == place)
        .map(|field| FieldShown::of(row, field))
        .collect()
}
