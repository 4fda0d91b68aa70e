//! A record's values as text, by field name (`FieldValues`): what the history records,
//! the three-way merge compares and a form is refilled from; and which fields differ
//! between two records (`diff`).

use super::field::FieldDef;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A record's values as text, by field name; a field without a value is absent. (A
/// built-in field's name is borrowed, a school's own one owned.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldValues(BTreeMap<Cow<'static, str>, String>);

impl FieldValues {
    /// The value of the field named `key`, if it has one.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Sets (or, with `None`, clears) the value of the field named `key`.
    pub fn set(&mut self, key: impl Into<Cow<'static, str>>, value: Option<String>) {
        let key = key.into();
        match value {
            Some(value) => self.0.insert(key, value),
            None => self.0.remove(&key),
        };
    }

    pub fn with(mut self, key: &'static str, value: Option<String>) -> Self {
        self.set(key, value);
        self
    }
}

/// One field's change: `None` on either side is "no value". A school's field's change
/// keeps its label as it was then, so the history still names a field renamed or deleted
/// since (a built-in field's label is the translations').
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Message>,
}

/// The fields of `fields` that differ between `old` and `new` (either may be a missing
/// record), in the order of `fields`.
pub fn diff<'a>(
    fields: impl IntoIterator<Item = &'a FieldDef>,
    old: Option<&FieldValues>,
    new: Option<&FieldValues>,
) -> Vec<FieldChange> {
    let value = |values: Option<&FieldValues>, key: &str| {
        values.and_then(|values| values.get(key)).map(str::to_owned)
    };
    fields
        .into_iter()
        .filter_map(|def| {
            let (old, new) = (value(old, def.key()), value(new, def.key()));
            (old != new).then(|| FieldChange {
                field: def.key().to_owned(),
                old,
                new,
                label: def.school_id().map(|_| def.label.clone()),
            })
        })
        .collect()
}

/// A student's values for the merge tests: Sammy, with this last name, age and bio.
#[cfg(test)]
pub(crate) fn sammy(last: &str, age: &str, bio: &str) -> FieldValues {
    FieldValues::default()
        .with("firstname", Some("Sammy".into()))
        .with("lastname", Some(last.into()))
        .with("email", Some("sammy@example.com".into()))
        .with("age", Some(age.into()))
        .with("bio", Some(bio.into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::StudentField;

    fn values(age: Option<&str>) -> FieldValues {
        FieldValues::default()
            .with("firstname", Some("Ada".into()))
            .with("lastname", Some("Lovelace".into()))
            .with("email", Some("ada@example.com".into()))
            .with("age", age.map(Into::into))
    }

    #[test]
    fn diff_names_only_the_fields_that_changed() {
        let changes = diff(
            StudentField::defs(),
            Some(&values(Some("36"))),
            Some(&values(None)),
        );
        assert_eq!(
            changes,
            vec![FieldChange {
                field: "age".into(),
                old: Some("36".into()),
                new: None,
                label: None,
            }]
        );
        assert!(
            diff(
                StudentField::defs(),
                Some(&values(None)),
                Some(&values(None))
            )
            .is_empty()
        );
    }

    #[test]
    fn a_creation_lists_every_given_field_in_form_order() {
        let fields: Vec<_> = diff(StudentField::defs(), None, Some(&values(Some("36"))))
            .into_iter()
            .map(|change| change.field)
            .collect();
        assert_eq!(fields, ["firstname", "lastname", "email", "age"]);
    }
}
