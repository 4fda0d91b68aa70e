//! What kind of value a field holds (`Kind`), its rules as a parser from what a person
//! typed, and the parsed value (`Value`) in its text, JSON and column forms.

use crate::domain::fields::{about, optional_long_text, required_text};
use crate::i18n::Message;
use std::borrow::Cow;

/// The kinds of field a record can have, each with its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text: trimmed, without control or invisible formatting characters.
    Line { max_chars: usize },
    /// An email address as typed (case kept), with a dotted domain.
    Email { max_chars: usize },
    /// A whole number within a range; Arabic-Indic digits are read as well.
    WholeNumber { min: i64, max: i64 },
    /// Free text over several lines: line breaks and tabs are kept.
    LongText { max_chars: usize },
}

/// A field's value once it passed its kind's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
}

impl Value {
    /// The value as the history records it and a form shows it.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Self::Text(text) => Cow::Borrowed(text),
            Self::Number(number) => Cow::Owned(number.to_string()),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(text),
            Self::Number(_) => None,
        }
    }

    pub fn as_number(&self) -> Option<i64> {
        match self {
            Self::Number(number) => Some(*number),
            Self::Text(_) => None,
        }
    }

    /// The value in a JSON body (the API's, a deletion's snapshot).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Self::Text(text) => text.as_str().into(),
            Self::Number(number) => (*number).into(),
        }
    }
}

impl Kind {
    /// The longest value the kind takes, in characters, for the kinds bounded so.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            Self::Line { max_chars } | Self::Email { max_chars } | Self::LongText { max_chars } => {
                Some(max_chars)
            }
            Self::WholeNumber { .. } => None,
        }
    }

    /// Parses what was typed into the field labelled `label` (a message id). Blank means
    /// "no value": `Ok(None)`, or "is required" when `required`.
    pub fn parse(
        self,
        label: &'static str,
        raw: &str,
        required: bool,
    ) -> Result<Option<Value>, Message> {
        let parsed = match self {
            Self::Line { max_chars } => line(label, raw, max_chars)?.map(Value::Text),
            Self::Email { max_chars } => line(label, raw, max_chars)?
                .map(|address| email(address).map(Value::Text))
                .transpose()?,
            Self::WholeNumber { min, max } => {
                whole_number(label, raw, min, max)?.map(Value::Number)
            }
            Self::LongText { max_chars } => {
                optional_long_text(label, raw, max_chars)?.map(Value::Text)
            }
        };
        match parsed {
            None if required => Err(about(label, "error-required")),
            parsed => Ok(parsed),
        }
    }

    /// A value read back from storage or a snapshot as text, as this kind holds it.
    pub fn stored(self, text: &str) -> Option<Value> {
        match self {
            Self::WholeNumber { .. } => text.parse().ok().map(Value::Number),
            Self::Line { .. } | Self::Email { .. } | Self::LongText { .. } => {
                Some(Value::Text(text.to_owned()))
            }
        }
    }

    /// A JSON value (an API body, a snapshot) as the text a form would hold, or `None`
    /// when its JSON type is not the kind's. `null` is blank.
    pub fn form_text_of_json(self, json: &serde_json::Value) -> Option<String> {
        match (self, json) {
            (_, serde_json::Value::Null) => Some(String::new()),
            (Self::WholeNumber { .. }, serde_json::Value::Number(number)) => {
                number.as_i64().map(|number| number.to_string())
            }
            (
                Self::Line { .. } | Self::Email { .. } | Self::LongText { .. },
                serde_json::Value::String(text),
            ) => Some(text.clone()),
            _ => None,
        }
    }
}

fn line(label: &'static str, raw: &str, max_chars: usize) -> Result<Option<String>, Message> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    required_text(label, raw, max_chars).map(Some)
}

/// A unique field's value as the database compares it: its case folded, here rather than
/// by SQL `lower()`, so that every backend agrees on non-ASCII letters.
pub fn unique_key(value: &str) -> String {
    value.to_lowercase()
}

/// `address` when it is one a school means: display names ("Ann <a@b.c>") and IP
/// literals are valid RFC 5322 but never what a person means in this field.
pub(in crate::domain) fn email(address: String) -> Result<String, Message> {
    let options = email_address::Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    email_address::EmailAddress::parse_with_options(&address, options)
        .map(|_| address)
        .map_err(|_| Message::new("error-email"))
}

fn whole_number(
    label: &'static str,
    raw: &str,
    min: i64,
    max: i64,
) -> Result<Option<i64>, Message> {
    // Arabic pages write numbers in Arabic-Indic digits, and people type them too.
    let ascii = ascii_digits(raw);
    let value = ascii.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let out_of_range = || {
        about(label, "error-between")
            .with("min", min)
            .with("max", max)
    };
    // Parse as i128 so "99999999999" is reported as out of range, not as "not a number".
    let number: i128 = value
        .parse()
        .map_err(|_| about(label, "error-whole-number"))?;
    let number = i64::try_from(number).map_err(|_| out_of_range())?;
    if (min..=max).contains(&number) {
        Ok(Some(number))
    } else {
        Err(out_of_range())
    }
}

/// `raw` with Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits as ASCII.
fn ascii_digits(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}
