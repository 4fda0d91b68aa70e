//! Texts a school gives in its own languages (`Texts`: a field's label and help, a
//! choice's text), and the choices of a choice field (`Choice`).

use crate::i18n::{Language, Message};
use serde::{Deserialize, Serialize};

/// One text in each of the languages it was given in, the first one given first: it is
/// shown where the reader's language has none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// The texts given (blank ones left out), by language, in the order given.
    pub fn new<'a>(texts: impl IntoIterator<Item = (Language, &'a str)>) -> Self {
        Self(
            texts
                .into_iter()
                .map(|(language, text)| (language.tag().to_owned(), text.trim().to_owned()))
                .filter(|(_, text)| !text.is_empty())
                .collect(),
        )
    }

    /// One text, in English.
    pub fn english(text: &str) -> Self {
        Self::new([(Language::En, text)])
    }

    /// The first text given (blank when none was).
    pub fn first(&self) -> &str {
        self.0.first().map_or("", |(_, text)| text)
    }

    /// The text given in `language` (blank when none was).
    pub fn given_in(&self, language: Language) -> &str {
        self.0
            .iter()
            .find(|(tag, _)| tag == language.tag())
            .map_or("", |(_, text)| text)
    }

    /// Every text given, in every language.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, text)| text.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The texts as a message, shown in the reader's language.
    pub fn message(&self) -> Message {
        Message::given(self.0.iter().cloned())
    }
}

/// One choice of a choice field: its key (what is stored, and what the API and a form
/// send), stable when its text changes, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub key: String,
    pub text: Texts,
}

impl Choice {
    /// Whether `name` names this choice: its key, or its text in any language, ignoring
    /// letter case.
    pub fn is_named(&self, name: &str) -> bool {
        let name = name.trim();
        let folded = name.to_lowercase();
        self.key == name || self.text.all().any(|text| text.to_lowercase() == folded)
    }
}
