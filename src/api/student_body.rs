//! The JSON bodies `/api/students` takes: a whole student (`NewStudent`) or some fields
//! (`StudentPatch`), each member checked against the record's fields as they are now and
//! read into the same `StudentForm` the pages parse.

use crate::domain::StudentForm;
use crate::domain::record::{FieldDef, Kind, Record};
use crate::error::AppError;
use crate::json::Integer;
use serde::Deserialize;

/// A new student, or every field of one for `PUT`: each field of the record by its name,
/// the required ones present, nothing else (checked against the record as it is now:
/// `into_form`).
#[derive(Debug, Deserialize)]
pub struct NewStudent(serde_json::Map<String, serde_json::Value>);

/// Some fields of a student: those left out keep their value; `null` clears an optional
/// one (and leaves a required one as it is).
#[derive(Debug, Clone, Deserialize)]
pub struct StudentPatch(serde_json::Map<String, serde_json::Value>);

/// A body that does not fit the record: a 422 in serde's words, as for any JSON of the
/// wrong shape (`ApiJson`).
fn unreadable(why: impl std::fmt::Display) -> AppError {
    AppError::WrongShape(why.to_string())
}

impl NewStudent {
    /// The body as the form of `record` it stands for.
    pub fn into_form(self, record: &Record) -> Result<StudentForm, AppError> {
        let mut form = StudentForm::default();
        let mut given = Vec::new();
        for (def, text) in members(record, self.0)? {
            if def.required && text.is_none() {
                return Err(unreadable(format!(
                    "invalid type: null, expected a string for `{}`",
                    def.key()
                )));
            }
            form.set(def.key(), text.unwrap_or_default());
            given.push(def.key());
        }
        match record
            .fields()
            .find(|def| def.required && !given.contains(&def.key()))
        {
            Some(missing) => Err(unreadable(format!("missing field `{}`", missing.key()))),
            None => Ok(form),
        }
    }
}

impl StudentPatch {
    /// Checks the body against `record` (a 400 for a member no field has, or of the
    /// wrong type), ready to apply.
    pub fn read(self, record: &Record) -> Result<Patch, AppError> {
        let members = members(record, self.0)?
            .into_iter()
            .map(|(def, text)| (def.key().to_owned(), def.required, text))
            .collect();
        Ok(Patch(members))
    }
}

/// A checked patch: each field's key, whether it is required, and its new text.
#[derive(Debug, Clone)]
pub struct Patch(Vec<(String, bool, Option<String>)>);

impl Patch {
    pub fn apply_to(self, mut form: StudentForm) -> StudentForm {
        for (key, required, raw) in self.0 {
            match raw {
                Some(raw) => form.set(&key, raw),
                None if !required => form.set(&key, String::new()),
                None => {}
            }
        }
        form
    }
}

/// A body's members as the text a form would hold (`None` for `null`), each checked
/// against `record`'s fields: a name no field has, or a value of the wrong JSON type,
/// is refused in serde's words.
fn members(
    record: &Record,
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<Vec<(&FieldDef, Option<String>)>, AppError> {
    object
        .into_iter()
        .map(|(key, value)| {
            let def = record.named(&key).ok_or_else(|| {
                let names: Vec<String> = record
                    .fields()
                    .map(|def| format!("`{}`", def.key()))
                    .collect();
                unreadable(format!(
                    "unknown field `{key}`, expected one of {}",
                    names.join(", ")
                ))
            })?;
            Ok((def, form_text(def, value).map_err(unreadable)?))
        })
        .collect()
}

/// A member's value as the text a form would hold; `None` for `null`.
fn form_text(def: &FieldDef, value: serde_json::Value) -> Result<Option<String>, String> {
    let in_serde_words = |err: serde_json::Error| err.to_string();
    match def.kind {
        Kind::WholeNumber { .. } => {
            return Option::<Integer>::deserialize(value)
                .map(|number| number.map(|number| number.0.to_string()))
                .map_err(in_serde_words);
        }
        Kind::Line { .. } | Kind::Email { .. } | Kind::LongText { .. } => {
            return Option::<String>::deserialize(value).map_err(in_serde_words);
        }
        // A date is `YYYY-MM-DD`, as its schema's format says; none is `null`.
        Kind::Date { .. } => {
            let text = Option::<String>::deserialize(value).map_err(in_serde_words)?;
            if text.as_deref().is_some_and(|text| text.trim().is_empty()) {
                return Err(format!(
                    "invalid date `` for `{}`, expected YYYY-MM-DD or null",
                    def.key()
                ));
            }
            return Ok(text);
        }
        Kind::YesNo | Kind::Choice { .. } | Kind::Choices { .. } => {}
    }
    if value.is_null() {
        return Ok(None);
    }
    // The API names a choice by its key only (a form or a file may use its text too).
    let keys: Vec<&str> = match &value {
        serde_json::Value::String(key) => vec![key.as_str()],
        serde_json::Value::Array(items) => items.iter().filter_map(|item| item.as_str()).collect(),
        _ => Vec::new(),
    };
    let choices = def.kind.choices();
    if let Some(unknown) = keys
        .iter()
        .find(|key| !choices.is_empty() && !choices.iter().any(|choice| choice.key == **key))
    {
        let known: Vec<String> = choices
            .iter()
            .map(|choice| format!("`{}`", choice.key))
            .collect();
        return Err(format!(
            "unknown choice `{unknown}` for `{}`, expected one of {}",
            def.key(),
            known.join(", ")
        ));
    }
    def.kind
        .form_text_of_json(&value)
        .map(Some)
        .ok_or_else(|| format!("invalid type for `{}`: {}", def.key(), kind_of(&value)))
}

/// How serde names a JSON value's type ("a string", "an integer"…).
fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a sequence",
        serde_json::Value::Object(_) => "a map",
    }
}
