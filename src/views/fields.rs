//! The record's fields as the list and the student's page show them, read from their
//! descriptions: which make up the name, which are the facts and the sections, and how
//! each value reads ("23 years old", a `mailto:` link, a choice's text, the text itself).

use crate::db::students::StudentValues;
use crate::domain::field_filter::{FieldFilters, FieldTest};
use crate::domain::listing::Sort;
use crate::domain::record::{CHOICES_SEPARATOR, FieldDef, Kind, Place, ReadsAs, Record};
use crate::i18n::{Arg, Message};
use std::borrow::Cow;

/// A column of the list, or a heading of the student's page.
pub struct FieldColumn<'a> {
    pub key: &'a str,
    pub label: &'a Message,
    pub sort: Option<Sort>,
}

/// The list's columns of `record`'s fields shown at `place`, in form order.
pub fn columns(record: &Record, place: Place) -> Vec<FieldColumn<'_>> {
    record
        .fields()
        .filter(|def| def.place == place && def.in_list)
        .map(|def| FieldColumn {
            key: def.key(),
            label: &def.label,
            sort: def.sort,
        })
        .collect()
}

/// One field of one student, as it reads (borrowing the row's text).
pub struct FieldShown<'a> {
    pub key: &'a str,
    /// Its label, and the message id of what the student's page says for no value.
    pub label: &'a Message,
    pub none: Option<&'static str>,
    reading: Option<Reading<'a>>,
}

enum Reading<'a> {
    Text(Cow<'a, str>),
    Email(Cow<'a, str>),
    Message(Message),
}

/// How the value `text` of the field `def` reads, when not as it is: a choice by its
/// text, yes or no in words.
pub fn in_words(def: &FieldDef, text: &str) -> Option<Message> {
    let choice = |key: &str| {
        def.kind
            .choices()
            .iter()
            .find(|choice| choice.key == key)
            .map_or_else(|| Message::verbatim(key), |choice| choice.text.message())
    };
    match &def.kind {
        Kind::YesNo => Some(Message::new(if text == "yes" {
            "field-yes"
        } else {
            "field-no"
        })),
        Kind::Choice { .. } => Some(choice(text)),
        Kind::Choices { .. } => {
            let chosen = text.split(CHOICES_SEPARATOR).map(choice);
            Some(Message::new("field-list").with("items", Arg::list(chosen)))
        }
        _ => None,
    }
}

impl<'a> FieldShown<'a> {
    fn of(row: &'a impl StudentValues, def: &'a FieldDef) -> Self {
        let reading = match (def.reads_as, def.builtin()) {
            (ReadsAs::Count(id), Some(field)) => row
                .number(field)
                .map(|count| Reading::Message(Message::new(id).with("count", count))),
            (ReadsAs::Email, _) => row.value(def).map(Reading::Email),
            _ => row.value(def).map(|text| match in_words(def, &text) {
                Some(words) => Reading::Message(words),
                None => Reading::Text(text),
            }),
        };
        Self {
            key: def.key(),
            label: &def.label,
            none: def.none,
            reading,
        }
    }

    /// The value as text, unless it reads as a message.
    pub fn text(&self) -> Option<&str> {
        match &self.reading {
            Some(Reading::Text(text) | Reading::Email(text)) => Some(text),
            Some(Reading::Message(_)) | None => None,
        }
    }

    /// The address, for a field that reads as one.
    pub fn email(&self) -> Option<&str> {
        match &self.reading {
            Some(Reading::Email(address)) => Some(address),
            _ => None,
        }
    }

    /// The message the value reads as ("23 years old", "6B", "Yes").
    pub fn message(&self) -> Option<&Message> {
        match &self.reading {
            Some(Reading::Message(message)) => Some(message),
            _ => None,
        }
    }
}

/// The fields of `row` shown at `place`, in form order: on the list (`listed`) only those
/// it has columns for.
pub fn shown_at<'a>(
    row: &'a impl StudentValues,
    record: &'a Record,
    place: Place,
    listed: bool,
) -> Vec<FieldShown<'a>> {
    record
        .fields()
        .filter(|def| def.place == place && (def.in_list || !listed))
        .map(|def| FieldShown::of(row, def))
        .collect()
}

/// A filter of the list by one of the school's fields, as its form shows it.
pub struct FilterControl<'a> {
    pub key: &'a str,
    pub label: &'a Message,
    /// "select" (one of `options`), "date" or "number" (a range: `from`–`to`).
    pub input: &'static str,
    pub options: Vec<(String, Message)>,
    /// What the listing filters by now (blank for nothing).
    pub is: String,
    pub from: String,
    pub to: String,
}

/// The list's filters by `record`'s fields that can be filtered by: a choice, several
/// choices or yes/no by a value, a date or a whole number by a range.
pub fn filter_controls<'a>(record: &'a Record, filters: &FieldFilters) -> Vec<FilterControl<'a>> {
    record
        .school()
        .filter_map(|def| {
            let (input, options) = match &def.kind {
                Kind::Choice { choices } | Kind::Choices { choices } => (
                    "select",
                    choices
                        .iter()
                        .map(|choice| (choice.key.clone(), choice.text.message()))
                        .collect(),
                ),
                Kind::YesNo => (
                    "select",
                    vec![
                        ("yes".to_owned(), Message::new("field-yes")),
                        ("no".to_owned(), Message::new("field-no")),
                    ],
                ),
                Kind::Date { .. } => ("date", Vec::new()),
                Kind::WholeNumber { .. } => ("number", Vec::new()),
                Kind::Line { .. } | Kind::Email { .. } | Kind::LongText { .. } => return None,
            };
            let test = filters.get(def.key());
            let given = |part: fn(&FieldTest) -> &Option<String>| {
                test.and_then(|test| part(test).clone()).unwrap_or_default()
            };
            Some(FilterControl {
                key: def.key(),
                label: &def.label,
                input,
                options,
                is: given(|test| &test.is),
                from: given(|test| &test.from),
                to: given(|test| &test.to),
            })
        })
        .collect()
}
