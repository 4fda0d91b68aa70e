//! The fields every student has, built into the app: `StudentField`'s descriptions. The
//! list of them is the enum's (`StudentField::iter`), so a match on a field is
//! exhaustive and a new variant cannot be left out of one.

use super::field::{FieldDef, Place, ReadsAs, Source, StudentField, StudentFieldIter, Unique};
use super::kind::Kind;
use crate::domain::sort::Sort;
use crate::i18n::Message;
use std::borrow::Cow;
use strum::IntoEnumIterator;

pub const NAME_MAX_CHARS: usize = 100;
pub const EMAIL_MAX_CHARS: usize = 80;
pub const AGE_MIN: i32 = 0;
pub const AGE_MAX: i32 = 150;
pub const BIO_MAX_CHARS: usize = 10_000;

/// A first or last name.
const fn name(
    field: StudentField,
    key: &'static str,
    label: &'static str,
    import_names: &'static [&'static str],
    api_note: Option<&'static str>,
    example: &'static str,
) -> FieldDef {
    FieldDef {
        key: Cow::Borrowed(key),
        source: Source::Builtin(field),
        label: Message::new(label),
        form_label: Message::new(label),
        hint: None,
        half_width: true,
        kind: Kind::Line {
            max_chars: NAME_MAX_CHARS,
        },
        required: true,
        unique: None,
        searchable: true,
        place: Place::Name,
        in_list: true,
        reads_as: ReadsAs::Text,
        none: None,
        sort: None,
        api_note,
        import_names,
        example: Cow::Borrowed(example),
    }
}

static FIRSTNAME: FieldDef = name(
    StudentField::Firstname,
    "firstname",
    "field-firstname",
    &["firstname", "first", "givenname", "forename"],
    Some("Surrounding spaces are trimmed; no control or invisible formatting characters."),
    "Ada",
);

static LASTNAME: FieldDef = name(
    StudentField::Lastname,
    "lastname",
    "field-lastname",
    &["lastname", "last", "surname", "familyname"],
    None,
    "Lovelace",
);

static EMAIL: FieldDef = FieldDef {
    key: Cow::Borrowed("email"),
    source: Source::Builtin(StudentField::Email),
    label: Message::new("field-email"),
    form_label: Message::new("field-email"),
    hint: Some(Message::new("student-email-hint")),
    half_width: false,
    kind: Kind::Email {
        max_chars: EMAIL_MAX_CHARS,
    },
    required: true,
    unique: Some(Unique {
        taken: "refused-student-email-taken",
        taken_since_deletion: "refused-email-taken-since",
        batch_taken: "bulk-restore-email-taken",
        same_in_file: "import-same-email",
    }),
    searchable: true,
    place: Place::Fact,
    in_list: true,
    reads_as: ReadsAs::Email,
    none: None,
    sort: Some(Sort::Email),
    api_note: Some("Unique, ignoring case."),
    import_names: &["email", "emailaddress", "mail"],
    example: Cow::Borrowed("ada@example.com"),
};

static AGE: FieldDef = FieldDef {
    key: Cow::Borrowed("age"),
    source: Source::Builtin(StudentField::Age),
    label: Message::new("field-age"),
    form_label: Message::new("student-age-optional"),
    hint: Some(Message::new("student-age-hint")),
    half_width: false,
    kind: Kind::WholeNumber {
        min: AGE_MIN as i64,
        max: AGE_MAX as i64,
    },
    required: false,
    unique: None,
    searchable: false,
    place: Place::Fact,
    in_list: true,
    reads_as: ReadsAs::Count("student-age"),
    none: Some("student-age-none"),
    sort: Some(Sort::Age),
    api_note: None,
    import_names: &["age"],
    example: Cow::Borrowed("36"),
};

static BIO: FieldDef = FieldDef {
    key: Cow::Borrowed("bio"),
    source: Source::Builtin(StudentField::Bio),
    label: Message::new("field-bio"),
    form_label: Message::new("student-bio-optional"),
    hint: None,
    half_width: false,
    kind: Kind::LongText {
        max_chars: BIO_MAX_CHARS,
    },
    required: false,
    unique: None,
    searchable: false,
    place: Place::Section,
    in_list: true,
    reads_as: ReadsAs::Text,
    none: Some("student-bio-none"),
    sort: None,
    api_note: Some("Line breaks and tabs are kept; other control characters are refused."),
    import_names: &["bio", "biography", "about", "notes"],
    example: Cow::Borrowed("Writes the first program.\nLikes engines."),
};

impl StudentField {
    /// Every built-in field, in form order.
    pub fn all() -> StudentFieldIter {
        Self::iter()
    }

    pub fn def(self) -> &'static FieldDef {
        match self {
            Self::Firstname => &FIRSTNAME,
            Self::Lastname => &LASTNAME,
            Self::Email => &EMAIL,
            Self::Age => &AGE,
            Self::Bio => &BIO,
        }
    }

    /// The built-in descriptions, in form order.
    pub fn defs() -> impl Iterator<Item = &'static FieldDef> {
        Self::iter().map(Self::def)
    }

    /// The field's name (`def().key`).
    pub fn key(self) -> &'static str {
        self.def().key()
    }

    /// The built-in field named `key`.
    pub fn named(key: &str) -> Option<Self> {
        Self::iter().find(|field| field.key() == key)
    }

    /// The fields no two students share a value of.
    pub fn unique() -> impl Iterator<Item = Self> {
        Self::iter().filter(|field| field.def().unique.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_every_example_passes_its_rules() {
        let keys: std::collections::HashSet<&str> =
            StudentField::all().map(StudentField::key).collect();
        assert_eq!(keys.len(), StudentField::all().count());
        for def in StudentField::defs() {
            assert!(def.parse(&def.example).unwrap().is_some(), "{}", def.key);
            assert!(def.is_headed(def.key()), "{}", def.key);
        }
    }

    #[test]
    fn a_unique_violation_names_its_field_on_every_backend() {
        let email = StudentField::Email.def();
        for report in [
            "UNIQUE constraint failed: students.email_key",
            "duplicate key value violates unique constraint \"students_email_key\"",
            "Duplicate entry 'ada@example.com' for key 'students.students_email_key'",
            "Duplicate entry 'ada@example.com' for key 'students_email_key'",
        ] {
            assert!(email.is_violated_in(report), "{report}");
        }
        assert!(!email.is_violated_in("UNIQUE constraint failed: students.id"));
        assert!(!StudentField::Age.def().is_violated_in("students.age_key"));
    }
}
