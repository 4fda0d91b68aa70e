//! The Fields page's form and the API's body for a field the school defines: what an admin
//! typed (`FieldForm`), parsed into a key and a `FieldSpec` with every problem at its
//! input. Whether the key is free, and whether the students' values fit a changed field,
//! is the database's to say (`db::fields`).

use super::fields::{FieldErrors, required_text};
use super::record::{
    Choice, FieldSpec, KEY_MAX_CHARS, LONG_TEXT_MAX_CHARS, NUMBER_LIMIT, SHORT_TEXT_MAX_CHARS,
    SchoolField, SchoolKind, StudentField, Texts, earliest_date, is_key, key_from_label,
    latest_date, slug,
};
use crate::i18n::{Language, Message};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashSet;

/// The longest label or choice text.
pub const LABEL_MAX_CHARS: usize = 60;
/// The longest help text.
pub const HELP_MAX_CHARS: usize = 300;
/// The most choices one field may have.
pub const MAX_CHOICES: usize = 200;

/// Names a field's key may not take: the built-in fields' and the other columns of the
/// export and the API.
const RESERVED_KEYS: [&str; 7] = [
    "id",
    "joined",
    "enrollments",
    "version",
    "created_at",
    "updated_at",
    "fields",
];

/// The field form exactly as submitted (a ticked checkbox is sent, as "on"; an unticked
/// one is not, and reads blank).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct FieldForm {
    #[serde(default)]
    pub label_en: String,
    #[serde(default)]
    pub label_de: String,
    #[serde(default)]
    pub label_es: String,
    #[serde(default)]
    pub label_ar: String,
    #[serde(default)]
    pub key: String,
    #[serde(default)]
    pub help_en: String,
    #[serde(default)]
    pub help_de: String,
    #[serde(default)]
    pub help_es: String,
    #[serde(default)]
    pub help_ar: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub required: String,
    #[serde(default)]
    pub unique: String,
    #[serde(default)]
    pub searchable: String,
    #[serde(default)]
    pub in_list: String,
    #[serde(default)]
    pub max_chars: String,
    #[serde(default)]
    pub min: String,
    #[serde(default)]
    pub max: String,
    /// The texts of the field's choices (the ones it has, then new ones), one per line.
    #[serde(default)]
    pub choices: String,
}

/// A field definition that passed every rule: its key and description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidField {
    pub key: String,
    pub spec: FieldSpec,
}

impl FieldForm {
    /// The form holding `field` as stored.
    pub fn of(field: &SchoolField) -> Self {
        let spec = &field.spec;
        let given = |texts: &Texts, language| texts.given_in(language).to_owned();
        let (max_chars, min, max) = match &spec.kind {
            SchoolKind::ShortText { max_chars } | SchoolKind::LongText { max_chars } => {
                (max_chars.to_string(), String::new(), String::new())
            }
            SchoolKind::WholeNumber { min, max } => (
                String::new(),
                bound(*min, -NUMBER_LIMIT),
                bound(*max, NUMBER_LIMIT),
            ),
            SchoolKind::Date { min, max } => (
                String::new(),
                min.map(|day| day.to_string()).unwrap_or_default(),
                max.map(|day| day.to_string()).unwrap_or_default(),
            ),
            _ => Default::default(),
        };
        let choices: Vec<&str> = spec
            .kind
            .choices()
            .iter()
            .map(|choice| choice.text.first())
            .collect();
        let ticked = |on: bool| if on { "on".to_owned() } else { String::new() };
        Self {
            label_en: given(&spec.label, Language::En),
            label_de: given(&spec.label, Language::De),
            label_es: given(&spec.label, Language::Es),
            label_ar: given(&spec.label, Language::Ar),
            key: field.key.clone(),
            help_en: given(&spec.help, Language::En),
            help_de: given(&spec.help, Language::De),
            help_es: given(&spec.help, Language::Es),
            help_ar: given(&spec.help, Language::Ar),
            kind: spec.kind.name().to_owned(),
            required: ticked(spec.required),
            unique: ticked(spec.unique),
            searchable: ticked(spec.searchable),
            in_list: ticked(spec.in_list),
            max_chars,
            min,
            max,
            choices: choices.join("\n"),
        }
    }

    /// Parses the form; `stored` is the field being changed (its choices keep their keys
    /// when their texts change in place, line by line).
    pub fn parse(&self, stored: Option<&SchoolField>) -> Result<ValidField, FieldErrors> {
        let mut errors = FieldErrors::default();
        let label = self.texts(&mut errors, "label", self.labels(), LABEL_MAX_CHARS);
        if label.as_ref().is_some_and(Texts::is_empty) {
            errors.add("label_en", Message::new("field-error-label"));
        }
        let help = self.texts(&mut errors, "help", self.helps(), HELP_MAX_CHARS);
        let key = self.key(&mut errors, label.as_ref());
        let kind = self.kind(&mut errors, stored);
        let flag = |value: &String| !value.is_empty();
        let (unique, searchable) = (flag(&self.unique), flag(&self.searchable));
        if let Some(kind) = &kind {
            if unique && !kind.can_be_unique() {
                errors.add("unique", Message::new("field-error-unique"));
            }
            if searchable && !kind.can_be_searched() {
                errors.add("searchable", Message::new("field-error-searchable"));
            }
        }
        match (label, help, key, kind) {
            (Some(label), Some(help), Some(key), Some(kind)) if errors.is_empty() => {
                Ok(ValidField {
                    key,
                    spec: FieldSpec {
                        label,
                        help,
                        kind,
                        required: flag(&self.required),
                        unique,
                        searchable,
                        in_list: flag(&self.in_list),
                    },
                })
            }
            _ => Err(errors),
        }
    }

    fn labels(&self) -> [(Language, &str); 4] {
        [
            (Language::En, self.label_en.as_str()),
            (Language::De, &self.label_de),
            (Language::Es, &self.label_es),
            (Language::Ar, &self.label_ar),
        ]
    }

    fn helps(&self) -> [(Language, &str); 4] {
        [
            (Language::En, self.help_en.as_str()),
            (Language::De, &self.help_de),
            (Language::Es, &self.help_es),
            (Language::Ar, &self.help_ar),
        ]
    }

    /// Texts in each language, each checked as one line of at most `max` characters
    /// (blank ones left out); errors at `{name}_{language}`.
    fn texts(
        &self,
        errors: &mut FieldErrors,
        name: &'static str,
        texts: [(Language, &str); 4],
        max: usize,
    ) -> Option<Texts> {
        let mut ok = true;
        for (language, text) in texts {
            if text.trim().is_empty() {
                continue;
            }
            let input = format!("{name}_{}", language.tag());
            let label = if name == "label" {
                "field-label"
            } else {
                "field-help"
            };
            ok &= errors
                .check(input, required_text(label, text, max))
                .is_some();
        }
        ok.then(|| Texts::new(texts))
    }

    fn key(&self, errors: &mut FieldErrors, label: Option<&Texts>) -> Option<String> {
        let typed = self.key.trim();
        let key = if typed.is_empty() {
            match label.map(|label| key_from_label(label.first())) {
                Some(Some(key)) => key,
                // A label of another script: the key must be typed.
                Some(None) => {
                    errors.add("key", Message::new("field-error-key-needed"));
                    return None;
                }
                None => return None,
            }
        } else {
            typed.to_owned()
        };
        if !is_key(&key) {
            errors.add(
                "key",
                Message::new("field-error-key").with("max", KEY_MAX_CHARS),
            );
            return None;
        }
        if StudentField::named(&key).is_some() || RESERVED_KEYS.contains(&key.as_str()) {
            errors.add(
                "key",
                Message::new("field-error-key-reserved").with("key", key),
            );
            return None;
        }
        Some(key)
    }

    fn kind(&self, errors: &mut FieldErrors, stored: Option<&SchoolField>) -> Option<SchoolKind> {
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

/// A bound as the form shows it: blank for the widest.
fn bound(value: i64, widest: i64) -> String {
    if value == widest {
        String::new()
    } else {
        value.to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn form(kind: &str) -> FieldForm {
        FieldForm {
            label_en: "Class".into(),
            kind: kind.into(),
            choices: "6A\n6B".into(),
            ..FieldForm::default()
        }
    }

    #[test]
    fn a_key_is_made_from_the_label_and_checked() {
        let valid = form("choice").parse(None).unwrap();
        assert_eq!(valid.key, "class");
        let keys: Vec<&str> = valid
            .spec
            .kind
            .choices()
            .iter()
            .map(|choice| choice.key.as_str())
            .collect();
        assert_eq!(keys, ["6a", "6b"]);
        let taken = FieldForm {
            key: "email".into(),
            ..form("yes_no")
        };
        assert!(taken.parse(None).unwrap_err().get("key").is_some());
        let arabic = FieldForm {
            label_en: String::new(),
            label_ar: "الصف".into(),
            ..form("yes_no")
        };
        assert!(arabic.parse(None).unwrap_err().get("key").is_some());
    }

    #[test]
    fn rules_must_fit_the_kind() {
        let unique_date = FieldForm {
            unique: "on".into(),
            ..form("date")
        };
        assert!(unique_date.parse(None).unwrap_err().get("unique").is_some());
        let backwards = FieldForm {
            min: "10".into(),
            max: "1".into(),
            ..form("whole_number")
        };
        assert!(backwards.parse(None).unwrap_err().get("max").is_some());
        let twice = FieldForm {
            choices: "6A\n6a".into(),
            ..form("choices")
        };
        assert!(twice.parse(None).unwrap_err().get("choices").is_some());
        assert!(
            form("colour")
                .parse(None)
                .unwrap_err()
                .get("kind")
                .is_some()
        );
    }

    #[test]
    fn a_renamed_choice_keeps_its_key() {
        let stored = SchoolField {
            id: 1,
            key: "class".into(),
            position: 1,
            retired: false,
            spec: form("choice").parse(None).unwrap().spec,
            version: 1,
        };
        let renamed = FieldForm {
            choices: "6B\n6 A\n7A".into(),
            ..form("choice")
        };
        let spec = renamed.parse(Some(&stored)).unwrap().spec;
        let keys: Vec<&str> = spec
            .kind
            .choices()
            .iter()
            .map(|choice| choice.key.as_str())
            .collect();
        assert_eq!(keys, ["6b", "6_a", "7a"], "moved, and a new one after it");
        let in_place = FieldForm {
            choices: "6 A\n6B".into(),
            ..form("choice")
        };
        let spec = in_place.parse(Some(&stored)).unwrap().spec;
        assert_eq!(spec.kind.choices()[0].key, "6a");
        assert_eq!(spec.kind.choices()[0].text.first(), "6 A");
    }
}
