//! A student's fields as text, the way the history records them and the merge compares
//! them: in form order, `None` for no value; and which of them differ between two records.

use super::records::Student;
use crate::domain::{StudentForm, ValidStudent};
use serde::{Deserialize, Serialize};

/// The fields a history entry names, in form order.
pub const FIELDS: [&str; 5] = ["firstname", "lastname", "email", "age", "bio"];

/// A student's recorded fields as text, in `FIELDS` order (`None`: no value).
pub type FieldValues = [Option<String>; 5];

pub fn values_of(student: &Student) -> FieldValues {
    [
        Some(student.firstname.clone()),
        Some(student.lastname.clone()),
        Some(student.email.clone()),
        student.age.map(|age| age.to_string()),
        student.bio.clone(),
    ]
}

/// The fields a valid form would store, for comparing with a stored student.
pub fn values_of_valid(student: &ValidStudent) -> FieldValues {
    [
        Some(student.firstname.as_str().to_owned()),
        Some(student.lastname.as_str().to_owned()),
        Some(student.email.as_str().to_owned()),
        student.age.map(|age| age.get().to_string()),
        student.bio.as_ref().map(|bio| bio.as_str().to_owned()),
    ]
}

/// The form that holds `values` (blank for none).
pub fn form_of(values: &FieldValues) -> StudentForm {
    let text = |index: usize| values[index].clone().unwrap_or_default();
    StudentForm {
        firstname: text(0),
        lastname: text(1),
        email: text(2),
        age: text(3),
        bio: text(4),
    }
}

/// One field's change: `None` on either side is "no value".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The fields that differ between `old` and `new` (either may be a missing record).
pub fn diff(old: Option<&FieldValues>, new: Option<&FieldValues>) -> Vec<FieldChange> {
    FIELDS
        .iter()
        .enumerate()
        .filter_map(|(index, field)| {
            let old = old.and_then(|values| values[index].clone());
            let new = new.and_then(|values| values[index].clone());
            (old != new).then(|| FieldChange {
                field: (*field).to_owned(),
                old,
                new,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(age: Option<&str>) -> FieldValues {
        [
            Some("Ada".into()),
            Some("Lovelace".into()),
            Some("ada@example.com".into()),
            age.map(Into::into),
            None,
        ]
    }

    #[test]
    fn diff_names_only_the_fields_that_changed() {
        let changes = diff(Some(&values(Some("36"))), Some(&values(None)));
        assert_eq!(
            changes,
            vec![FieldChange {
                field: "age".into(),
                old: Some("36".into()),
                new: None
            }]
        );
        assert!(diff(Some(&values(None)), Some(&values(None))).is_empty());
    }

    #[test]
    fn a_creation_lists_every_given_field() {
        let fields: Vec<_> = diff(None, Some(&values(Some("36"))))
            .into_iter()
            .map(|change| change.field)
            .collect();
        assert_eq!(fields, ["firstname", "lastname", "email", "age"]);
    }
}
