//! The Fields page's form and the API's body for a field the school defines: what an admin
//! typed (`FieldForm`), parsed into a key and a `FieldSpec` with every problem at its
//! input. Whether the key is free, and whether the students' values fit a changed field,
//! is the database's to say (`db::fields`).

use super::fields::{FieldErrors, required_text};
use super::record::{
    FieldSpec, KEY_MAX_CHARS, NUMBER_LIMIT, SchoolField, SchoolKind, StudentField, Texts, is_key,
    key_from_label,
};
use crate::i18n::{Language, Message};
use serde::Deserialize;

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
}

/// A bound as the form shows it: blank for the widest.
fn bound(value: i64, widest: i64) -> String {
    if value == widest {
        String::new()
    } else {
        value.to_string()
    }
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
