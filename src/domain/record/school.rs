//! The fields a school defines (`SchoolField`): how one is described and stored
//! (`FieldSpec`, the JSON of `student_fields.spec`), and the `FieldDef` it makes, so that
//! it flows through every part of the app as the built-in fields do.

use super::field::{FieldDef, Place, ReadsAs, Source, Unique};
use super::kind::Kind;
use super::texts::{Choice, Texts};
use crate::i18n::Message;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The longest value a short-text field may be given (its unique key is indexed).
pub const SHORT_TEXT_MAX_CHARS: usize = 200;
/// The longest value a long-text field may be given.
pub const LONG_TEXT_MAX_CHARS: usize = 10_000;
/// The widest range a whole-number field may be given: what every backend's BIGINT and
/// a JSON number in any client hold exactly.
pub const NUMBER_LIMIT: i64 = 9_007_199_254_740_991;

/// The earliest and latest day a date field takes unless its rules narrow it.
pub fn earliest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN)
}

pub fn latest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The kinds of field a school can define, with the rules that fit each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SchoolKind {
    ShortText {
        max_chars: usize,
    },
    LongText {
        max_chars: usize,
    },
    WholeNumber {
        min: i64,
        max: i64,
    },
    Date {
        #[serde(default)]
        min: Option<NaiveDate>,
        #[serde(default)]
        max: Option<NaiveDate>,
    },
    YesNo,
    Choice {
        choices: Vec<Choice>,
    },
    Choices {
        choices: Vec<Choice>,
    },
}

impl SchoolKind {
    /// The kind's name, as the Fields page and the API write it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::ShortText { .. } => "short_text",
            Self::LongText { .. } => "long_text",
            Self::WholeNumber { .. } => "whole_number",
            Self::Date { .. } => "date",
            Self::YesNo => "yes_no",
            Self::Choice { .. } => "choice",
            Self::Choices { .. } => "choices",
        }
    }

    /// Every kind's name, in the order the Fields page offers them.
    pub const NAMES: [&'static str; 7] = [
        "short_text",
        "long_text",
        "whole_number",
        "date",
        "yes_no",
        "choice",
        "choices",
    ];

    /// The kinds whose values can be unique: no two students share one.
    pub fn can_be_unique(&self) -> bool {
        matches!(self, Self::ShortText { .. } | Self::WholeNumber { .. })
    }

    /// The kinds a search can look in.
    pub fn can_be_searched(&self) -> bool {
        matches!(self, Self::ShortText { .. })
    }

    pub fn choices(&self) -> &[Choice] {
        match self {
            Self::Choice { choices } | Self::Choices { choices } => choices,
            _ => &[],
        }
    }

    fn kind(&self) -> Kind {
        match self {
            Self::ShortText { max_chars } => Kind::Line {
                max_chars: *max_chars,
            },
            Self::LongText { max_chars } => Kind::LongText {
                max_chars: *max_chars,
            },
            Self::WholeNumber { min, max } => Kind::WholeNumber {
                min: *min,
                max: *max,
            },
            Self::Date { min, max } => Kind::Date {
                min: min.unwrap_or_else(earliest_date),
                max: max.unwrap_or_else(latest_date),
            },
            Self::YesNo => Kind::YesNo,
            Self::Choice { choices } => Kind::Choice {
                choices: choices.clone().into(),
            },
            Self::Choices { choices } => Kind::Choices {
                choices: choices.clone().into(),
            },
        }
    }

    /// A value the kind's rules accept.
    fn example(&self) -> String {
        match self {
            Self::ShortText { .. } | Self::LongText { .. } => "Example".to_owned(),
            Self::WholeNumber { min, max } => (*min).max((*max).min(1)).to_string(),
            Self::Date { min, max } => {
                let day = NaiveDate::from_ymd_opt(2011, 4, 2).unwrap_or_else(earliest_date);
                let day = day.max(min.unwrap_or(day)).min(max.unwrap_or(day));
                day.format("%Y-%m-%d").to_string()
            }
            Self::YesNo => "yes".to_owned(),
            Self::Choice { choices } | Self::Choices { choices } => choices
                .first()
                .map(|choice| choice.key.clone())
                .unwrap_or_default(),
        }
    }
}

/// How a school's field is described: `student_fields.spec`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSpec {
    pub label: Texts,
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub help: Texts,
    #[serde(flatten)]
    pub kind: SchoolKind,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub unique: bool,
    #[serde(default)]
    pub searchable: bool,
    #[serde(default)]
    pub in_list: bool,
}

/// A field the school defined, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolField {
    pub id: i64,
    /// The field's name in forms, the API, CSV files and the history: made from its first
    /// label, stable once students have values.
    pub key: String,
    pub position: i32,
    /// Hidden from forms and lists, its values kept, until it is brought back.
    pub retired: bool,
    pub spec: FieldSpec,
    pub version: i32,
}

/// The refusals of a unique field the school defined: they name it by its label.
const SCHOOL_UNIQUE: Unique = Unique {
    taken: "refused-field-taken",
    taken_since_deletion: "refused-field-taken-since",
    batch_taken: "bulk-restore-field-taken",
    same_in_file: "import-same-value",
};

impl SchoolField {
    /// The field as every part of the app reads a field.
    pub fn def(&self) -> FieldDef {
        let spec = &self.spec;
        let label = spec.label.message();
        let form_label = if spec.required {
            label.clone()
        } else {
            Message::new("field-optional").with("field", label.clone())
        };
        FieldDef {
            key: Cow::Owned(self.key.clone()),
            source: Source::School(self.id),
            label,
            form_label,
            hint: (!spec.help.is_empty()).then(|| spec.help.message()),
            half_width: false,
            kind: spec.kind.kind(),
            required: spec.required,
            unique: (spec.unique && spec.kind.can_be_unique()).then_some(SCHOOL_UNIQUE),
            searchable: spec.searchable && spec.kind.can_be_searched(),
            place: match spec.kind {
                SchoolKind::LongText { .. } => Place::Section,
                _ => Place::Fact,
            },
            in_list: spec.in_list,
            reads_as: ReadsAs::Text,
            none: None,
            sort: None,
            api_note: None,
            import_names: &[],
            example: Cow::Owned(spec.kind.example()),
        }
    }
}

/// A key made from a label: lower-case ASCII letters, digits and underscores, starting
/// with a letter ("Date of birth" → `date_of_birth`, "Größe" → `grosse`), or `None` when
/// nothing of the label can be written so.
pub fn key_from_label(label: &str) -> Option<String> {
    let slug = slug(label)?;
    let key = slug.trim_start_matches(|c: char| c.is_ascii_digit() || c == '_');
    (!key.is_empty()).then(|| key.to_owned())
}

/// `text` in lower-case ASCII letters, digits and underscores ("6 B" → `6_b`), at most
/// `KEY_MAX_CHARS` long: a choice's key. `None` when nothing of it can be written so.
pub fn slug(text: &str) -> Option<String> {
    let mut key = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let spelled: &str = match c {
            'a'..='z' | '0'..='9' => {
                key.push(c);
                continue;
            }
            'ä' | 'æ' => "ae",
            'ö' | 'ø' | 'œ' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'à' | 'á' | 'â' | 'ã' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' => "o",
            'ù' | 'ú' | 'û' => "u",
            'ý' | 'ÿ' => "y",
            _ => "_",
        };
        if spelled == "_" {
            if !key.is_empty() && !key.ends_with('_') {
                key.push('_');
            }
        } else {
            key.push_str(spelled);
        }
    }
    let key = key.trim_matches('_');
    let key: String = key.chars().take(KEY_MAX_CHARS).collect();
    let key = key.trim_end_matches('_');
    (!key.is_empty()).then(|| key.to_owned())
}

/// The longest key a field may have.
pub const KEY_MAX_CHARS: usize = 40;

/// Whether `key` is written as a key must be: what `key_from_label` makes.
pub fn is_key(key: &str) -> bool {
    key.len() <= KEY_MAX_CHARS
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !key.ends_with('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_from_labels() {
        assert_eq!(
            key_from_label("Date of birth").as_deref(),
            Some("date_of_birth")
        );
        assert_eq!(key_from_label("Größe (cm)").as_deref(), Some("groesse_cm"));
        assert_eq!(key_from_label("  7th grade?").as_deref(), Some("th_grade"));
        assert_eq!(key_from_label("الصف"), None);
        for label in ["Date of birth", "Größe (cm)", "Student number"] {
            assert!(is_key(&key_from_label(label).unwrap()), "{label}");
        }
        assert!(!is_key("Class"));
        assert!(!is_key("1st"));
    }

    #[test]
    fn a_spec_reads_back_as_stored() {
        let spec = FieldSpec {
            label: Texts::english("Class"),
            help: Texts::default(),
            kind: SchoolKind::Choice {
                choices: vec![Choice {
                    key: "6b".into(),
                    text: Texts::english("6B"),
                }],
            },
            required: true,
            unique: false,
            searchable: false,
            in_list: true,
        };
        let json = serde_json::to_string(&spec).unwrap();
        assert!(json.contains(r#""kind":"choice""#), "{json}");
        assert_eq!(serde_json::from_str::<FieldSpec>(&json).unwrap(), spec);
    }
}
