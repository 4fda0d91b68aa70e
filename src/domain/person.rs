//! The values the student and account forms share: a person's name (`PersonName`), an
//! email address (`Email`) and an age (`Age`), each by the record's own rules.

use super::fields::required_text;
use super::record::{EMAIL_MAX_CHARS, NAME_MAX_CHARS, StudentField, email, unique_key};
use crate::i18n::Message;

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
        email(value).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address with its case folded: two emails are the same person's when their
    /// keys are equal.
    pub fn key(&self) -> String {
        unique_key(&self.0)
    }
}

/// An age in whole years, 0 to 150: the student form's own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age(i32);

impl Age {
    /// A blank field means "no age given".
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, Message> {
        Ok(StudentField::Age
            .def()
            .parse(raw)?
            .and_then(|value| value.as_number())
            .and_then(|age| i32::try_from(age).ok())
            .map(Self))
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
