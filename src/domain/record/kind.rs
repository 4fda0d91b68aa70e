//! What kind of value a field holds (`Kind`), its rules as a parser from what a person
//! typed, and the parsed value (`Value`) in its text, JSON and column forms.

use super::texts::Choice;
use crate::domain::fields::{Label, about, optional_long_text, required_text};
use crate::i18n::Message;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::sync::Arc;

/// The kinds of field a record can have, each with its limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// One line of text: trimmed, without control or invisible formatting characters.
    Line { max_chars: usize },
    /// An email address as typed (case kept), with a dotted domain.
    Email { max_chars: usize },
    /// A whole number within a range; Arabic-Indic digits are read as well.
    WholeNumber { min: i64, max: i64 },
    /// Free text over several lines: line breaks and tabs are kept.
    LongText { max_chars: usize },
    /// A calendar day, written `YYYY-MM-DD` (what a date input sends), within a range.
    Date { min: NaiveDate, max: NaiveDate },
    /// Yes or no (or not known: blank).
    YesNo,
    /// One of a list of choices, stored by the choice's key.
    Choice { choices: Arc<[Choice]> },
    /// Any number of a list of choices.
    Choices { choices: Arc<[Choice]> },
}

/// A field's value once it passed its kind's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    Date(NaiveDate),
    YesNo(bool),
    /// A choice's key.
    Choice(String),
    /// The keys of the choices made, in the list's order (never empty).
    Choices(Vec<String>),
}

/// How a list of choices is written as one text (in a form's refill, the history): a
/// line per choice. No choice key holds a line break.
pub const CHOICES_SEPARATOR: char = '\n';

/// The text of a yes/no value, as forms send it and the history records it.
fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

impl Value {
    /// The value as the history records it and a form shows it.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Self::Text(text) | Self::Choice(text) => Cow::Borrowed(text),
            Self::Number(number) => Cow::Owned(number.to_string()),
            Self::Date(date) => Cow::Owned(date.format("%Y-%m-%d").to_string()),
            Self::YesNo(value) => Cow::Borrowed(yes_no(*value)),
            Self::Choices(keys) => Cow::Owned(keys.join(&CHOICES_SEPARATOR.to_string())),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<i64> {
        match self {
            Self::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// The value in a JSON body (the API's, a deletion's snapshot, the stored values).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Self::Text(text) | Self::Choice(text) => text.as_str().into(),
            Self::Number(number) => (*number).into(),
            Self::Date(_) => self.text().into_owned().into(),
            Self::YesNo(value) => (*value).into(),
            Self::Choices(keys) => keys.as_slice().into(),
        }
    }
}

impl Kind {
    /// The longest value the kind takes, in characters, for the kinds bounded so.
    pub fn max_chars(&self) -> Option<usize> {
        match self {
            Self::Line { max_chars } | Self::Email { max_chars } | Self::LongText { max_chars } => {
                Some(*max_chars)
            }
            Self::WholeNumber { .. }
            | Self::Date { .. }
            | Self::YesNo
            | Self::Choice { .. }
            | Self::Choices { .. } => None,
        }
    }

    /// The choices of a choice field.
    pub fn choices(&self) -> &[Choice] {
        match self {
            Self::Choice { choices } | Self::Choices { choices } => choices,
            _ => &[],
        }
    }

    /// Parses what was typed into the field labelled `label`. Blank means "no value":
    /// `Ok(None)`, or "is required" when `required`.
    pub fn parse(
        &self,
        label: impl Label,
        raw: &str,
        required: bool,
    ) -> Result<Option<Value>, Message> {
        let parsed = match self {
            Self::Line { max_chars } => line(label, raw, *max_chars)?.map(Value::Text),
            Self::Email { max_chars } => line(label, raw, *max_chars)?
                .map(|address| email(address).map(Value::Text))
                .transpose()?,
            Self::WholeNumber { min, max } => {
                whole_number(label, raw, *min, *max)?.map(Value::Number)
            }
            Self::LongText { max_chars } => {
                optional_long_text(label, raw, *max_chars)?.map(Value::Text)
            }
            Self::Date { min, max } => date(label, raw, *min, *max)?.map(Value::Date),
            Self::YesNo => yes_or_no(label, raw)?.map(Value::YesNo),
            Self::Choice { choices } => one_choice(label, choices, raw)?.map(Value::Choice),
            Self::Choices { choices } => some_choices(label, choices, raw)?.map(Value::Choices),
        };
        match parsed {
            None if required => Err(about(label, "error-required")),
            parsed => Ok(parsed),
        }
    }

    /// A value read back from storage or a snapshot as text (`Value::text`), as this
    /// kind holds it.
    pub fn stored(&self, text: &str) -> Option<Value> {
        match self {
            Self::WholeNumber { .. } => text.parse().ok().map(Value::Number),
            Self::Line { .. } | Self::Email { .. } | Self::LongText { .. } => {
                Some(Value::Text(text.to_owned()))
            }
            Self::Date { .. } => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .map(Value::Date),
            Self::YesNo => match text {
                "yes" => Some(Value::YesNo(true)),
                "no" => Some(Value::YesNo(false)),
                _ => None,
            },
            Self::Choice { .. } => Some(Value::Choice(text.to_owned())),
            Self::Choices { .. } => Some(Value::Choices(
                text.split(CHOICES_SEPARATOR).map(str::to_owned).collect(),
            )),
        }
    }

    /// A JSON value (an API body, a snapshot, the stored values) as the text a form
    /// would hold, or `None` when its JSON type is not the kind's. `null` is blank.
    pub fn form_text_of_json(&self, json: &serde_json::Value) -> Option<String> {
        use serde_json::Value as Json;
        match (self, json) {
            (_, Json::Null) => Some(String::new()),
            (Self::WholeNumber { .. }, Json::Number(number)) => {
                number.as_i64().map(|number| number.to_string())
            }
            (
                Self::Line { .. }
                | Self::Email { .. }
                | Self::LongText { .. }
                | Self::Date { .. }
                | Self::Choice { .. },
                Json::String(text),
            ) => Some(text.clone()),
            (Self::YesNo, Json::Bool(value)) => Some(yes_no(*value).to_owned()),
            (Self::Choices { .. }, Json::Array(items)) => {
                let keys: Option<Vec<&str>> = items.iter().map(Json::as_str).collect();
                Some(keys?.join(&CHOICES_SEPARATOR.to_string()))
            }
            _ => None,
        }
    }
}

fn line(label: impl Label, raw: &str, max_chars: usize) -> Result<Option<String>, Message> {
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

fn whole_number(label: impl Label, raw: &str, min: i64, max: i64) -> Result<Option<i64>, Message> {
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

fn date(
    label: impl Label,
    raw: &str,
    min: NaiveDate,
    max: NaiveDate,
) -> Result<Option<NaiveDate>, Message> {
    let ascii = ascii_digits(raw);
    let value = ascii.trim();
    if value.is_empty() {
        return Ok(None);
    }
    // Exactly four-digit years: chrono alone would read "12345-01-01" or "+2011-…".
    let shaped = value.len() == 10 && value.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let day = shaped
        .then(|| NaiveDate::parse_from_str(value, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| about(label, "error-date"))?;
    if (min..=max).contains(&day) {
        Ok(Some(day))
    } else {
        Err(about(label, "error-between")
            .with("min", min.format("%Y-%m-%d").to_string())
            .with("max", max.format("%Y-%m-%d").to_string()))
    }
}

/// The words read as yes and as no: the forms' own values, what spreadsheets write, and
/// the app's languages' words for them.
fn yes_or_no(label: impl Label, raw: &str) -> Result<Option<bool>, Message> {
    let value = raw.trim().to_lowercase();
    match value.as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "1" | "ja" | "sí" | "si" | "نعم" => Ok(Some(true)),
        "no" | "n" | "false" | "0" | "nein" | "لا" => Ok(Some(false)),
        _ => Err(about(label, "error-yes-no")),
    }
}

/// The choice `raw` names: by its key, or by its text in any language (ignoring case).
fn choice_named<'a>(choices: &'a [Choice], raw: &str) -> Option<&'a Choice> {
    choices.iter().find(|choice| choice.is_named(raw))
}

fn one_choice(label: impl Label, choices: &[Choice], raw: &str) -> Result<Option<String>, Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    choice_named(choices, value)
        .map(|choice| Some(choice.key.clone()))
        .ok_or_else(|| about(label, "error-choice"))
}

/// Several choices: one per line (a form's ticked boxes) or separated by semicolons (a
/// spreadsheet's cell), kept in the list's order, each once.
fn some_choices(
    label: impl Label,
    choices: &[Choice],
    raw: &str,
) -> Result<Option<Vec<String>>, Message> {
    let mut chosen = vec![false; choices.len()];
    for name in raw.split([CHOICES_SEPARATOR, ';']).map(str::trim) {
        if name.is_empty() {
            continue;
        }
        let index = choices
            .iter()
            .position(|choice| choice.is_named(name))
            .ok_or_else(|| about(label, "error-choice"))?;
        chosen[index] = true;
    }
    let keys: Vec<String> = choices
        .iter()
        .zip(chosen)
        .filter(|(_, chosen)| *chosen)
        .map(|(choice, _)| choice.key.clone())
        .collect();
    Ok((!keys.is_empty()).then_some(keys))
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
