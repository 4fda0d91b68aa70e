//! The field-by-field outcome of parsing a form: `FieldErrors`, and the text rules that
//! several forms share (required text, optional long text, no control characters).
//!
//! A rule's message is a `Message` (`src/locales/*/validation.ftl`); a field's label is
//! passed as the id of its own message ("field-firstname"), so the reader's language names
//! the field too.

use crate::i18n::Message;
use std::borrow::Cow;

/// A field's name as the rules' messages say it: the id of a message (a built-in field's,
/// "field-firstname"), or a label itself (a school's own field, in its languages).
pub trait Label: Copy {
    fn message(self) -> Message;
}

impl Label for &'static str {
    fn message(self) -> Message {
        Message::new(self)
    }
}

impl Label for &Message {
    fn message(self) -> Message {
        self.clone()
    }
}

/// Messages for the fields that failed to parse, keyed by form field name, in form order
/// (the order the parser checked them), one message per field.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(Vec<(Cow<'static, str>, Message)>);

impl FieldErrors {
    pub fn add(&mut self, field: impl Into<Cow<'static, str>>, message: Message) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, message));
        }
    }

    /// The message for `field`, if it has one (templates call this beside each input).
    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, message)| message)
    }

    /// Every (field, message) pair, for the summary above the form.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Message)> {
        self.0
            .iter()
            .map(|(name, message)| (name.as_ref(), message))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Runs a field parser and keeps its error, so one pass reports every bad field.
    pub fn check<T>(
        &mut self,
        field: impl Into<Cow<'static, str>>,
        parsed: Result<T, Message>,
    ) -> Option<T> {
        parsed.map_err(|message| self.add(field, message)).ok()
    }
}

/// Rejects the characters no name or address should carry (NUL, escape codes, newlines…).
pub(super) fn reject_control_chars(label: impl Label, value: &str) -> Result<(), Message> {
    if value.chars().any(char::is_control) {
        Err(about(label, "error-control-characters"))
    } else {
        Ok(())
    }
}

/// Invisible characters that change how text around them reads: bidirectional overrides
/// and isolates (U+202E makes "txt.exe" show as "exe.txt"), marks, zero-width spaces, the
/// word joiner and the byte-order mark. Joiners (U+200C, U+200D) stay: some scripts and
/// emoji need them.
fn is_format_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
}

/// Rejects the invisible formatting characters a name or label could be spoofed with.
pub(super) fn reject_format_controls(label: impl Label, value: &str) -> Result<(), Message> {
    if value.chars().any(is_format_control) {
        Err(about(label, "error-format-characters"))
    } else {
        Ok(())
    }
}

/// The API's bound on a value as sent, before any trimming: its document says `maxLength`
/// of the value itself (the forms' rule counts the trimmed value).
pub(super) fn at_most_as_sent(label: impl Label, raw: &str, max: usize) -> Result<(), Message> {
    at_most(label, raw, max)
}

/// A form's `parse` result for a JSON body: also refused where a value as sent is longer
/// than its bound (`bounds`: each field's name, label, value as sent and maximum), with
/// those problems first and the form's own after them.
pub(super) fn parse_sent<'a, T, F: Into<Cow<'static, str>>, L: Label>(
    bounds: impl IntoIterator<Item = (F, L, &'a str, usize)>,
    parsed: Result<T, FieldErrors>,
) -> Result<T, FieldErrors> {
    let mut errors = FieldErrors::default();
    for (field, label, raw, max) in bounds {
        errors.check(field, at_most_as_sent(label, raw, max));
    }
    match parsed {
        Ok(valid) if errors.is_empty() => Ok(valid),
        Ok(_) => Err(errors),
        Err(more) => {
            for (field, message) in more.0 {
                errors.add(field, message);
            }
            Err(errors)
        }
    }
}

/// The message "{field} must be at most {max} characters (it has {length})." when
/// `value` is longer than `max` characters.
pub(super) fn at_most(label: impl Label, value: &str, max: usize) -> Result<(), Message> {
    let length = value.chars().count();
    if length > max {
        return Err(about(label, "error-too-long")
            .with("max", max)
            .with("length", length));
    }
    Ok(())
}

/// Message `id` about the field labelled `label`.
pub(super) fn about(label: impl Label, id: &'static str) -> Message {
    Message::new(id).with("field", label.message())
}

/// Trims `raw` and checks it is present and at most `max` characters (not bytes).
pub(super) fn required_text(label: impl Label, raw: &str, max: usize) -> Result<String, Message> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(about(label, "error-required"));
    }
    reject_control_chars(label, value)?;
    reject_format_controls(label, value)?;
    at_most(label, value, max)?;
    Ok(value.to_owned())
}

/// Free text that may span lines: blank means none; line breaks (stored as `\n`) and tabs
/// are fine, other control characters (NUL above all, which PostgreSQL cannot store) not.
pub(super) fn optional_long_text(
    label: impl Label,
    raw: &str,
    max: usize,
) -> Result<Option<String>, Message> {
    // Browsers submit textarea line breaks as CRLF; store one kind of line break.
    let value = raw.trim().replace("\r\n", "\n");
    if value.is_empty() {
        return Ok(None);
    }
    let without_layout: String = value
        .chars()
        .filter(|c| !matches!(c, '\n' | '\t'))
        .collect();
    reject_control_chars(label, &without_layout)?;
    at_most(label, &value, max)?;
    Ok(Some(value))
}
