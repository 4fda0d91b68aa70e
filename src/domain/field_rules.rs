//! The rules of a field definition that depend on its kind — the longest text, the range
//! of numbers or days, the list of choices and their keys — read from the Fields page's
//! form (`FieldForm`, whose other inputs `field_form` reads).

use super::field_form::{FieldForm, LABEL_MAX_CHARS, MAX_CHOICES};
use super::fields::{FieldErrors, required_text};
use super::record::{
    Choice, LONG_TEXT_MAX_CHARS, NUMBER_LIMIT, SHORT_TEXT_MAX_CHARS, SchoolField, SchoolKind,
    Texts, earliest_date, latest_date, slug,
};
use crate::i18n::Message;
use chrono::NaiveDate;
use std::collections::HashSet;

impl FieldForm {
    pub(super) fn kind(
        &self,
        errors: &mut FieldErrors,
        stored: Option<&SchoolField>,
    ) -> Option<SchoolKind> {
        let limit = |default: usize, max: usize, errors: &mut FieldErrors| {
            let raw = self.max_chars.trim();
            if raw.is_empty() {
                return Some(default);
            }
            let parsed = raw.parse::<usize>().ok().filter(|n| (1..=max).contains(n));
            if parsed.is_none() {
                errors.add(
                    "max_chars",
                    Message::new("field-error-max-chars").with("max", max),
                );
            }
            parsed
        };
        match self.kind.as_str() {
            "short_text" => limit(100, SHORT_TEXT_MAX_CHARS, errors)
                .map(|max_chars| SchoolKind::ShortText { max_chars }),
            "long_text" => limit(2_000, LONG_TEXT_MAX_CHARS, errors)
                .map(|max_chars| SchoolKind::LongText { max_chars }),
            "whole_number" => self.number_range(errors),
            "date" => self.date_range(errors),
            "yes_no" => Some(SchoolKind::YesNo),
            "choice" => self
                .choice_list(errors, stored)
                .map(|choices| SchoolKind::Choice { choices }),
            "choices" => self
                .choice_list(errors, stored)
                .map(|choices| SchoolKind::Choices { choices }),
            _ => {
                errors.add("kind", Message::new("field-error-kind"));
                None
            }
        }
    }

    fn number_range(&self, errors: &mut FieldErrors) -> Option<SchoolKind> {
        let read = |raw: &str, input: &'static str, default: i64, errors: &mut FieldErrors| {
            let raw = raw.trim();
            if raw.is_empty() {
                return Some(default);
            }
            let parsed = raw.parse::<i64>().ok().filter(|n| n.abs() <= NUMBER_LIMIT);
            if parsed.is_none() {
                errors.add(
                    input,
                    Message::new("field-error-number").with("max", NUMBER_LIMIT),
                );
            }
            parsed
        };
        let min = read(&self.min, "min", -NUMBER_LIMIT, errors);
        let max = read(&self.max, "max", NUMBER_LIMIT, errors);
        match (min, max) {
            (Some(min), Some(max)) if min <= max => Some(SchoolKind::WholeNumber { min, max }),
            (Some(_), Some(_)) => {
                errors.add("max", Message::new("field-error-range"));
                None
            }
            _ => None,
        }
    }

    fn date_range(&self, errors: &mut FieldErrors) -> Option<SchoolKind> {
        let read = |raw: &str, input: &'static str, errors: &mut FieldErrors| {
            let raw = raw.trim();
            if raw.is_empty() {
                return Some(None);
            }
            let parsed = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                .ok()
                .filter(|day| (earliest_date()..=latest_date()).contains(day));
            if parsed.is_none() {
                errors.add(
                    input,
                    Message::new("field-error-date")
                        .with("min", earliest_date().to_string())
                        .with("max", latest_date().to_string()),
                );
            }
            parsed.map(Some)
        };
        let min = read(&self.min, "min", errors);
        let max = read(&self.max, "max", errors);
        match (min, max) {
            (Some(Some(min)), Some(Some(max))) if min > max => {
                errors.add("max", Message::new("field-error-range"));
                None
            }
            (Some(min), Some(max)) => Some(SchoolKind::Date { min, max }),
            _ => None,
        }
    }

    /// The choices typed, one per line. A line with a stored choice's text is that choice;
    /// a line where a stored choice was whose text is gone is that choice renamed (its
    /// key, and so the students' values, stay); any other line is a new choice, keyed by
    /// its text. A stored choice on no line is removed (refused while students have it:
    /// `db::fields`).
    fn choice_list(
        &self,
        errors: &mut FieldErrors,
        stored: Option<&SchoolField>,
    ) -> Option<Vec<Choice>> {
        let kept = stored.map_or(&[][..], |field| field.spec.kind.choices());
        let lines: Vec<&str> = self
            .choices
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        if lines.is_empty() {
            errors.add("choices", Message::new("field-error-no-choices"));
            return None;
        }
        if lines.len() > MAX_CHOICES {
            errors.add(
                "choices",
                Message::new("field-error-many-choices").with("max", MAX_CHOICES),
            );
            return None;
        }
        let mut texts = HashSet::new();
        let mut keys: HashSet<String> = kept.iter().map(|choice| choice.key.clone()).collect();
        let typed: HashSet<String> = lines.iter().map(|line| line.to_lowercase()).collect();
        let mut used: HashSet<&str> = HashSet::new();
        let mut choices = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            let text = required_text("field-choice", line, LABEL_MAX_CHARS).and_then(|text| {
                match text.contains(';') {
                    true => Err(Message::new("field-error-choice-semicolon")),
                    false => Ok(text),
                }
            });
            let text = match text {
                Ok(text) => text,
                Err(message) => {
                    errors.add("choices", message);
                    return None;
                }
            };
            if !texts.insert(text.to_lowercase()) {
                errors.add(
                    "choices",
                    Message::new("field-error-choice-twice").with("choice", text),
                );
                return None;
            }
            let same = kept.iter().find(|choice| choice.is_named(&text));
            let renamed = kept.get(index).filter(|choice| {
                !choice
                    .text
                    .all()
                    .any(|old| typed.contains(&old.to_lowercase()))
            });
            let key = match same.or(renamed) {
                Some(choice) if used.insert(&choice.key) => choice.key.clone(),
                _ => fresh_key(&text, &mut keys),
            };
            choices.push(Choice {
                key,
                text: Texts::english(&text),
            });
        }
        Some(choices)
    }
}

/// A key for a new choice made from its text, unlike any in `keys` (which it joins).
fn fresh_key(text: &str, keys: &mut HashSet<String>) -> String {
    let base = slug(text).unwrap_or_else(|| "choice".to_owned());
    let mut key = base.clone();
    let mut n = 2;
    while keys.contains(&key) {
        key = format!("{base}_{n}");
        n += 1;
    }
    keys.insert(key.clone());
    key
}
