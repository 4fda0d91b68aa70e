//! A student as submitted (`StudentForm`: each field's text by its name) and as accepted
//! (`ValidStudent`: each field's value by its name), both read through the record's
//! description (`record`).

use super::fields::{FieldErrors, parse_sent};
use super::record::{
    CHOICES_SEPARATOR, FieldDef, FieldValues, Kind, Record, StudentField, Value, unique_key,
};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

pub use super::record::{AGE_MAX, AGE_MIN, BIO_MAX_CHARS, EMAIL_MAX_CHARS, NAME_MAX_CHARS};
use crate::format::full_name;

/// The student form exactly as submitted: what was sent for each name, as text (a blank
/// age is not a number, so every value is a string), a name sent more than once (the
/// ticked boxes of a field of several choices) with each value. Which names are the
/// record's fields is the parser's to say (`parse`), as the school's fields are known
/// only then; a missing field reads as blank.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct StudentForm(BTreeMap<String, Vec<String>>);

impl StudentForm {
    /// What was typed into the field named `key` (blank when nothing; the first value
    /// when it was sent more than once).
    pub fn get(&self, key: &str) -> &str {
        self.0
            .get(key)
            .and_then(|values| values.first())
            .map_or("", String::as_str)
    }

    /// Whether `value` is among what was sent for the field named `key` (a ticked box).
    pub fn has(&self, key: &str, value: &str) -> bool {
        self.0.get(key).is_some_and(|values| {
            values
                .iter()
                .any(|sent| sent.split(CHOICES_SEPARATOR).any(|item| item == value))
        })
    }

    pub fn set(&mut self, key: &str, raw: String) {
        self.0.insert(key.to_owned(), vec![raw]);
    }

    pub fn with(mut self, key: &str, raw: impl Into<String>) -> Self {
        self.set(key, raw.into());
        self
    }

    /// The form that holds `values` (blank for none).
    pub fn of(record: &Record, values: &FieldValues) -> Self {
        let mut form = Self::default();
        for def in record.fields() {
            if let Some(value) = values.get(def.key()) {
                form.set(def.key(), value.to_owned());
            }
        }
        form
    }

    /// What was sent for `def` as one text: a field of several choices has each value
    /// on a line; any other field sent twice is refused, as no single value could be
    /// meant.
    fn raw(&self, def: &FieldDef) -> Result<Cow<'_, str>, crate::i18n::Message> {
        match self.0.get(def.key()).map(Vec::as_slice) {
            None | Some([]) => Ok(Cow::Borrowed("")),
            Some([one]) => Ok(Cow::Borrowed(one)),
            Some(many) if matches!(def.kind, Kind::Choices { .. }) => {
                Ok(Cow::Owned(many.join(&CHOICES_SEPARATOR.to_string())))
            }
            Some(_) => {
                Err(crate::i18n::Message::new("error-sent-twice").with("field", def.label.clone()))
            }
        }
    }

    /// `parse`, for a JSON body: each value also at most its length as sent.
    pub fn parse_sent(&self, record: &Record) -> Result<ValidStudent, FieldErrors> {
        let bounds = record.fields().filter_map(|def| {
            let max = def.kind.max_chars()?;
            Some((def.key.clone(), &def.label, self.get(def.key()), max))
        });
        parse_sent(bounds, self.parse(record))
    }

    /// Parses every field of `record`, reporting all the bad ones at once.
    pub fn parse(&self, record: &Record) -> Result<ValidStudent, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut values = BTreeMap::new();
        for def in record.fields() {
            let parsed = self.raw(def).and_then(|raw| def.parse(&raw));
            if let Some(Some(value)) = errors.check(def.key.clone(), parsed) {
                values.insert(def.key.clone(), value);
            }
        }
        if errors.is_empty() {
            Ok(ValidStudent {
                record: record.clone(),
                values,
            })
        } else {
            Err(errors)
        }
    }
}

/// Reads the posted fields as a map, every name with each value sent for it.
impl<'de> Deserialize<'de> for StudentForm {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;

        impl<'de> Visitor<'de> for Fields {
            type Value = StudentForm;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("the student's fields")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StudentForm, A::Error> {
                let mut form = StudentForm::default();
                while let Some((key, value)) = map.next_entry::<String, String>()? {
                    form.0.entry(key).or_default().push(value);
                }
                Ok(form)
            }
        }

        deserializer.deserialize_map(Fields)
    }
}

/// The create form as posted: the student's fields, and which submit button was pressed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct CreateForm {
    #[serde(flatten)]
    pub student: StudentForm,
    /// `ADD_ANOTHER` for "Save and add another"; blank for "Add student".
    #[serde(default)]
    pub then: String,
}

impl CreateForm {
    pub const ADD_ANOTHER: &'static str = "add_another";
}

/// The edit form as posted: the student's fields, and the version of the record the
/// person started editing (a hidden field), so that a save over someone else's newer
/// change is caught instead of silently replacing it.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct EditForm {
    #[serde(flatten)]
    pub student: StudentForm,
    #[serde(default)]
    pub version: String,
}

impl EditForm {
    /// The version edited from; `None` when the field is missing or garbled.
    pub fn version(&self) -> Option<i32> {
        self.version
            .trim()
            .parse()
            .ok()
            .filter(|version| *version > 0)
    }
}

/// A student that passed every rule of a record and may be written: each field's value
/// by its name (a field without a value is absent), and the record it was read by. Only
/// `StudentForm::parse` makes one.
#[derive(Debug, Clone)]
pub struct ValidStudent {
    record: Record,
    values: BTreeMap<Cow<'static, str>, Value>,
}

impl PartialEq for ValidStudent {
    fn eq(&self, other: &Self) -> bool {
        self.values == other.values
    }
}

impl ValidStudent {
    /// The record the student was read by.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// The value of the field named `key`.
    pub fn value(&self, key: &str) -> Option<&Value> {
        self.values.get(key)
    }

    pub fn text(&self, field: StudentField) -> Option<&str> {
        self.value(field.key()).and_then(Value::as_str)
    }

    pub fn number(&self, field: StudentField) -> Option<i64> {
        self.value(field.key()).and_then(Value::as_number)
    }

    /// The values as text, as the history records them.
    pub fn values(&self) -> FieldValues {
        let mut values = FieldValues::default();
        for (key, value) in &self.values {
            values.set(key.clone(), Some(value.text().into_owned()));
        }
        values
    }

    /// The values of the school's fields, with each field.
    pub fn school_values(&self) -> impl Iterator<Item = (&FieldDef, &Value)> {
        self.record
            .school()
            .filter_map(|def| Some((def, self.value(def.key())?)))
    }

    /// The email as typed (it is required, so every valid student has one).
    pub fn email(&self) -> &str {
        self.text(StudentField::Email).unwrap_or_default()
    }

    /// The email with its case folded: the unique key the database compares.
    pub fn email_key(&self) -> String {
        unique_key(self.email())
    }

    /// The unique key of the value of the field named `key`, when it has one.
    pub fn key_of(&self, key: &str) -> Option<String> {
        self.value(key).map(|value| unique_key(&value.text()))
    }

    pub fn full_name(&self) -> String {
        full_name(
            self.text(StudentField::Firstname).unwrap_or_default(),
            self.text(StudentField::Lastname).unwrap_or_default(),
        )
    }

    /// What sorting by name compares: "lastname firstname", case folded.
    pub fn name_key(&self) -> String {
        format!(
            "{} {}",
            self.text(StudentField::Lastname).unwrap_or_default(),
            self.text(StudentField::Firstname).unwrap_or_default()
        )
        .to_lowercase()
    }

    /// What a search looks in: the searchable fields' values in form order ("firstname
    /// lastname email", then a school's student number), case folded, so that a search
    /// for "john doe" or "doe" or "@example" finds the student.
    pub fn search_text(&self) -> String {
        let parts: Vec<&str> = self
            .record
            .fields()
            .filter(|def| def.searchable)
            .filter_map(|def| self.value(def.key()).and_then(Value::as_str))
            .collect();
        parts.join(" ").to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> StudentForm {
        StudentForm::default()
            .with("firstname", "john")
            .with("lastname", "doe")
            .with("email", "jd@example.com")
            .with("age", "23")
            .with("bio", "Biology student")
    }

    fn shown(errors: &FieldErrors, field: &str) -> Option<String> {
        errors.get(field).map(ToString::to_string)
    }

    #[test]
    fn a_complete_form_parses_and_trims() {
        let student = form()
            .with("firstname", "  john ")
            .parse(&Record::builtin())
            .unwrap();
        assert_eq!(student.text(StudentField::Firstname), Some("john"));
        assert_eq!(student.number(StudentField::Age), Some(23));
        assert_eq!(student.full_name(), "john doe");
        assert_eq!(student.name_key(), "doe john");
        assert_eq!(student.search_text(), "john doe jd@example.com");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let errors = StudentForm::default()
            .parse(&Record::builtin())
            .unwrap_err();
        assert_eq!(
            shown(&errors, "firstname").as_deref(),
            Some("First name is required.")
        );
        assert_eq!(
            shown(&errors, "lastname").as_deref(),
            Some("Last name is required.")
        );
        assert_eq!(
            shown(&errors, "email").as_deref(),
            Some("Email is required.")
        );
        assert_eq!(shown(&errors, "age"), None, "a blank age is allowed");
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn bio_keeps_line_breaks_and_enforces_its_limit() {
        let bio = |raw: &str| form().with("bio", raw).parse(&Record::builtin());
        let student = bio("line one\r\n\tline two").unwrap();
        assert_eq!(
            student.text(StudentField::Bio),
            Some("line one\n\tline two")
        );
        assert_eq!(bio("  ").unwrap().text(StudentField::Bio), None);
        assert!(bio(&"b".repeat(10_000)).is_ok());
        assert!(bio(&"b".repeat(10_001)).is_err());
        assert!(bio("nul\0inside").is_err());
    }

    #[test]
    fn a_field_sent_twice_is_refused_at_the_field() {
        let read = |pairs: &[(&str, &str)]| {
            let pairs = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string()));
            StudentForm::deserialize(serde::de::value::MapDeserializer::<
                _,
                serde::de::value::Error,
            >::new(pairs))
            .unwrap()
        };
        let mut pairs = vec![("role", "admin"), ("firstname", "a"), ("firstname", "b")];
        pairs.extend([("lastname", "Doe"), ("email", "a@example.com")]);
        let errors = read(&pairs).parse(&Record::builtin()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors.get("firstname").is_some());
    }
}
