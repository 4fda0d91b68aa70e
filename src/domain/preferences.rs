//! How a person wants their pages: language, time zone and colour theme, as an account
//! stores them and as the preferences form (the switcher on every page, the account page)
//! submits them. Blank means "not chosen": the browser's language, the server's zone, the
//! system's light or dark setting.

use super::fields::FieldErrors;
use crate::i18n::{Language, Message, TimeZone};
use serde::Deserialize;

/// Light or dark pages, or whichever the system prefers (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// As stored and submitted; "" for the system's.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// The stored or submitted value; anything else is the system's.
    pub fn read(raw: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|theme| theme.as_str() == raw.trim())
            .unwrap_or_default()
    }

    pub fn name_id(self) -> &'static str {
        match self {
            Self::System => "theme-system",
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        }
    }
}

/// What an account (or an anonymous visitor's session) chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preferences {
    pub language: Option<Language>,
    pub time_zone: Option<TimeZone>,
    pub theme: Theme,
}

impl Preferences {
    /// The stored columns, read leniently: a value this version does not know (written by
    /// a newer one, or by hand) is "not chosen".
    pub fn read(language: Option<&str>, time_zone: Option<&str>, theme: Option<&str>) -> Self {
        Self {
            language: language.and_then(Language::from_tag),
            time_zone: time_zone.and_then(TimeZone::parse),
            theme: theme.map(Theme::read).unwrap_or_default(),
        }
    }
}

/// The preferences form as submitted. A field left out keeps its value (`None`): the
/// switcher in the page footer sends the language and theme, the account page all three.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct PreferencesForm {
    #[serde(default, deserialize_with = "sent")]
    pub language: Option<String>,
    #[serde(default, deserialize_with = "sent")]
    pub time_zone: Option<String>,
    #[serde(default, deserialize_with = "sent")]
    pub theme: Option<String>,
    /// The page the form was sent from, to go back to.
    #[serde(default)]
    pub back: String,
}

/// A field that was sent, blank or not (a missing one is `None` by `default`): form values
/// are plain strings, which serde's `Option` cannot read by itself.
fn sent<'de, D: serde::Deserializer<'de>>(field: D) -> Result<Option<String>, D::Error> {
    String::deserialize(field).map(Some)
}

impl PreferencesForm {
    /// Where to go back to: a path of this site, else the list. (A form on any page sends
    /// its own address; a crafted one must not send people elsewhere.)
    pub fn back(&self) -> &str {
        let back = self.back.trim();
        let own_path = back.starts_with('/')
            && !back.starts_with("//")
            && !back.chars().any(|c| c.is_control() || c == '\\');
        if own_path { back } else { "/" }
    }
}

impl PreferencesForm {
    /// `current` with the submitted fields applied; an unknown language or zone is an
    /// error at its field.
    pub fn apply_to(&self, current: Preferences) -> Result<Preferences, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut chosen = current;
        if let Some(raw) = self.language.as_deref().map(str::trim) {
            let language = Language::ALL
                .into_iter()
                .find(|language| language.tag() == raw);
            match (raw, language) {
                ("", _) => chosen.language = None,
                (_, Some(language)) => chosen.language = Some(language),
                (_, None) => errors.add("language", Message::new("error-language")),
            }
        }
        if let Some(raw) = self.time_zone.as_deref().map(str::trim) {
            match (raw, TimeZone::parse(raw)) {
                ("", _) => chosen.time_zone = None,
                (_, Some(zone)) => chosen.time_zone = Some(zone),
                (_, None) => errors.add("time_zone", Message::new("error-time-zone")),
            }
        }
        if let Some(raw) = &self.theme {
            chosen.theme = Theme::read(raw);
        }
        if errors.is_empty() {
            Ok(chosen)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_changes_only_what_it_sends() {
        let current = Preferences {
            language: Some(Language::De),
            time_zone: TimeZone::parse("Europe/Vienna"),
            theme: Theme::Dark,
        };
        let switched = PreferencesForm {
            language: Some("ar".into()),
            ..PreferencesForm::default()
        };
        assert_eq!(
            switched.apply_to(current),
            Ok(Preferences {
                language: Some(Language::Ar),
                ..current
            })
        );
        let cleared = PreferencesForm {
            language: Some(String::new()),
            time_zone: Some(String::new()),
            theme: Some(String::new()),
            back: String::new(),
        };
        assert_eq!(cleared.apply_to(current), Ok(Preferences::default()));
        let bad = PreferencesForm {
            language: Some("xx".into()),
            time_zone: Some("Mars/Olympus".into()),
            theme: None,
            back: "//evil.example/".into(),
        };
        assert_eq!(bad.back(), "/");
        let errors = bad.apply_to(current).unwrap_err();
        assert!(errors.get("language").is_some() && errors.get("time_zone").is_some());
    }
}
