//! A student as submitted (`StudentForm`, raw strings) and as accepted (`ValidStudent`).

use super::fields::{FieldErrors, about, at_most_as_sent, optional_long_text, required_text};
use crate::i18n::Message;
use serde::Deserialize;

pub const NAME_MAX_CHARS: usize = 100;
pub const EMAIL_MAX_CHARS: usize = 80;
pub const AGE_MIN: i32 = 0;
pub const AGE_MAX: i32 = 150;
pub const BIO_MAX_CHARS: usize = 10_000;

/// A first or last name: trimmed, non-empty, at most 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(label: &'static str, raw: &str) -> Result<Self, Message> {
        required_text(label, raw, NAME_MAX_CHARS).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address as typed (case kept), trimmed, syntactically valid, at most 80 characters.
/// Uniqueness ignoring case is the database's job (a unique index on `key()`): only the
/// database can see a concurrent insert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Message> {
        let value = required_text("field-email", raw, EMAIL_MAX_CHARS)?;
        // A school's addresses have a dotted domain; display names ("Ann <a@b.c>") and
        // IP literals are valid RFC 5322 but never what a person means in this field.
        let options = email_address::Options::default()
            .with_required_tld()
            .without_display_text()
            .without_domain_literal();
        email_address::EmailAddress::parse_with_options(&value, options)
            .map(|_| Self(value))
            .map_err(|_| Message::new("error-email"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address with its case folded: two emails are the same student's when their keys
    /// are equal. Folded here, not by SQL `lower()`, so every backend agrees on non-ASCII.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

/// An age in whole years, 0 to 150.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age(i32);

impl Age {
    /// A blank field means "no age given".
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, Message> {
        // Arabic pages write numbers in Arabic-Indic digits, and people type them too.
        let ascii = ascii_digits(raw);
        let value = ascii.trim();
        if value.is_empty() {
            return Ok(None);
        }
        let out_of_range = || {
            about("field-age", "error-between")
                .with("min", AGE_MIN)
                .with("max", AGE_MAX)
        };
        // Parse as i128 so "99999999999" is reported as out of range, not as "not a number".
        let number: i128 = value.parse().map_err(|_| Message::new("error-age-whole"))?;
        let age = i32::try_from(number).map_err(|_| out_of_range())?;
        if (AGE_MIN..=AGE_MAX).contains(&age) {
            Ok(Some(Self(age)))
        } else {
            Err(out_of_range())
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

/// `raw` with Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits as ASCII.
fn ascii_digits(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}

/// Free text about the student, at most 10 000 characters. Line breaks and tabs are
/// fine; other control characters (NUL above all, which PostgreSQL cannot store) are not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bio(String);

impl Bio {
    /// Blank (or whitespace only) means "no bio".
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, Message> {
        optional_long_text("field-bio", raw, BIO_MAX_CHARS).map(|bio| bio.map(Self))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The student form exactly as submitted. Every field is a string (a blank age is not a
/// number, so it cannot be deserialized as one) and a missing field reads as blank.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct StudentForm {
    pub firstname: String,
    pub lastname: String,
    pub email: String,
    pub age: String,
    pub bio: String,
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

/// A student that passed every rule and may be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidStudent {
    pub firstname: PersonName,
    pub lastname: PersonName,
    pub email: Email,
    pub age: Option<Age>,
    pub bio: Option<Bio>,
}

impl ValidStudent {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.firstname.as_str(), self.lastname.as_str())
    }

    /// What sorting by name compares: "lastname firstname", case folded.
    pub fn name_key(&self) -> String {
        format!("{} {}", self.lastname.as_str(), self.firstname.as_str()).to_lowercase()
    }

    /// What a search looks in: "firstname lastname email", case folded, so that a search
    /// for "john doe" or "doe" or "@example" finds the student.
    pub fn search_text(&self) -> String {
        format!("{} {}", self.full_name(), self.email.as_str()).to_lowercase()
    }
}

impl StudentForm {
    /// `parse`, for a JSON body: each value also at most its length as sent.
    pub fn parse_sent(&self) -> Result<ValidStudent, FieldErrors> {
        let mut errors = FieldErrors::default();
        for (field, label, raw, max) in [
            (
                "firstname",
                "field-firstname",
                &self.firstname,
                NAME_MAX_CHARS,
            ),
            ("lastname", "field-lastname", &self.lastname, NAME_MAX_CHARS),
            ("email", "field-email", &self.email, EMAIL_MAX_CHARS),
            ("bio", "field-bio", &self.bio, BIO_MAX_CHARS),
        ] {
            errors.check(field, at_most_as_sent(label, raw, max));
        }
        match self.parse() {
            Ok(valid) if errors.is_empty() => Ok(valid),
            Ok(_) => Err(errors),
            Err(more) => {
                for (field, message) in more.iter() {
                    errors.add(field, message.clone());
                }
                Err(errors)
            }
        }
    }

    /// Parses every field, reporting all the bad ones at once.
    pub fn parse(&self) -> Result<ValidStudent, FieldErrors> {
        let mut errors = FieldErrors::default();
        let firstname = errors.check(
            "firstname",
            PersonName::parse("field-firstname", &self.firstname),
        );
        let lastname = errors.check(
            "lastname",
            PersonName::parse("field-lastname", &self.lastname),
        );
        let email = errors.check("email", Email::parse(&self.email));
        let age = errors.check("age", Age::parse_optional(&self.age));
        let bio = errors.check("bio", Bio::parse_optional(&self.bio));
        match (firstname, lastname, email, age, bio) {
            (Some(firstname), Some(lastname), Some(email), Some(age), Some(bio)) => {
                Ok(ValidStudent {
                    firstname,
                    lastname,
                    email,
                    age,
                    bio,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(errors: &FieldErrors, field: &str) -> Option<String> {
        errors.get(field).map(ToString::to_string)
    }

    #[test]
    fn names_refuse_invisible_formatting_characters() {
        for spoof in [
            "Ada\u{202E}ecalevoL",
            "Ada\u{200B}",
            "\u{2067}Ada",
            "\u{FEFF}Ada",
        ] {
            let refused = PersonName::parse("field-firstname", spoof)
                .unwrap_err()
                .to_string();
            assert!(
                refused.contains("invisible formatting"),
                "{spoof:?}: {refused}"
            );
        }
        // Joiners are letters' business in some scripts.
        assert!(PersonName::parse("field-firstname", "\u{0645}\u{200C}\u{0631}").is_ok());
    }

    fn form() -> StudentForm {
        StudentForm {
            firstname: "john".into(),
            lastname: "doe".into(),
            email: "jd@example.com".into(),
            age: "23".into(),
            bio: "Biology student".into(),
        }
    }

    #[test]
    fn a_complete_form_parses_and_trims() {
        let student = StudentForm {
            firstname: "  john ".into(),
            ..form()
        }
        .parse()
        .unwrap();
        assert_eq!(student.firstname.as_str(), "john");
        assert_eq!(student.age, Some(Age(23)));
        assert_eq!(student.full_name(), "john doe");
        assert_eq!(student.name_key(), "doe john");
        assert_eq!(student.search_text(), "john doe jd@example.com");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let errors = StudentForm::default().parse().unwrap_err();
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
    fn names_count_characters_not_bytes() {
        assert!(PersonName::parse("field-firstname", &"é".repeat(100)).is_ok());
        let too_long = PersonName::parse("field-firstname", &"é".repeat(101))
            .unwrap_err()
            .to_string();
        assert!(too_long.contains("at most 100"), "{too_long}");
    }

    #[test]
    fn names_reject_control_characters() {
        for raw in ["jo\0hn", "jo\nhn", "jo\u{1b}hn"] {
            assert!(
                PersonName::parse("field-firstname", raw).is_err(),
                "{raw:?}"
            );
        }
        assert!(PersonName::parse("field-firstname", "   ").is_err());
    }

    #[test]
    fn emails_are_checked_for_shape_length_and_control_characters() {
        assert!(Email::parse("Sammy.Shark+tag@example.co.uk").is_ok());
        for bad in [
            "plainaddress",
            "a@b",
            "@example.com",
            "jd@",
            "Ann <ann@example.com>",
            "a\0@example.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        // 20 + 1 + 59 = 80 characters (a local part may have at most 64).
        let domain = format!("{}.com", "b".repeat(55));
        assert!(Email::parse(&format!("{}@{domain}", "a".repeat(20))).is_ok());
        let too_long = Email::parse(&format!("{}@{domain}", "a".repeat(21)))
            .unwrap_err()
            .to_string();
        assert!(too_long.contains("at most 80"), "{too_long}");
    }

    #[test]
    fn age_is_optional_whole_and_bounded() {
        assert_eq!(Age::parse_optional(""), Ok(None));
        assert_eq!(Age::parse_optional("  "), Ok(None));
        assert_eq!(Age::parse_optional("0"), Ok(Some(Age(0))));
        assert_eq!(Age::parse_optional(" 150 "), Ok(Some(Age(150))));
        assert_eq!(
            Age::parse_optional("٢١"),
            Ok(Some(Age(21))),
            "Arabic-Indic digits"
        );
        assert_eq!(
            Age::parse_optional("۳۶"),
            Ok(Some(Age(36))),
            "Eastern Arabic-Indic"
        );
        for bad in ["-1", "151", "99999999999999999999999"] {
            assert_eq!(
                Age::parse_optional(bad).unwrap_err().to_string(),
                "Age must be between 0 and 150.",
                "{bad}"
            );
        }
        for bad in ["abc", "12.5", "1e3", "twenty"] {
            assert!(
                Age::parse_optional(bad)
                    .unwrap_err()
                    .to_string()
                    .contains("whole number"),
                "{bad}"
            );
        }
    }

    #[test]
    fn bio_keeps_line_breaks_and_enforces_its_limit() {
        let bio = Bio::parse_optional("line one\r\n\tline two")
            .unwrap()
            .unwrap();
        assert_eq!(bio.as_str(), "line one\n\tline two");
        assert_eq!(Bio::parse_optional("  "), Ok(None));
        assert!(Bio::parse_optional(&"b".repeat(BIO_MAX_CHARS)).is_ok());
        assert!(Bio::parse_optional(&"b".repeat(BIO_MAX_CHARS + 1)).is_err());
        assert!(Bio::parse_optional("nul\0inside").is_err());
    }
}
