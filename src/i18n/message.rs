//! A text to show, not yet in any language: a message id and its arguments.

use super::Language;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A message id and its named arguments. The domain and the handlers build these; a page
/// shows one in the reader's language (`Language::message`), the API in English. A notice
/// waits in the session cookie as one (serialised), to be shown in the next page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// A message argument: text as it is (a name, an email), a number (which also picks the
/// plural form), another message shown in the same language (a field's label), or a list
/// of these, joined the language's way ("A, B and C").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Message),
    List(Vec<Arg>),
}

impl Arg {
    /// A list of texts or messages.
    pub fn list<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Self {
        Self::List(items.into_iter().map(Into::into).collect())
    }
}

/// The id of a message given as texts rather than by the translations (`Message::given`).
const GIVEN: &str = "given";

impl Message {
    pub const fn new(id: &'static str) -> Self {
        Self {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// A text given in several languages by people rather than by the translations (a
    /// school's label for its own field): `texts` are (language tag, text) pairs, the
    /// first one given shown where the reader's language has none.
    pub fn given(texts: impl IntoIterator<Item = (String, String)>) -> Self {
        Self {
            id: Cow::Borrowed(GIVEN),
            args: texts
                .into_iter()
                .map(|(language, text)| (Cow::Owned(language), Arg::Text(text)))
                .collect(),
        }
    }

    /// The text of a `given` message in the language tagged `language`, or its first.
    pub fn given_in(&self, language: &str) -> Option<&str> {
        if self.id != GIVEN {
            return None;
        }
        let found = self
            .args
            .iter()
            .find(|(tag, _)| tag == language)
            .or_else(|| self.args.first());
        match found {
            Some((_, Arg::Text(text))) => Some(text),
            _ => Some(""),
        }
    }

    /// The texts of a `given` message, in every language (none for another message).
    pub fn given_texts(&self) -> impl Iterator<Item = &str> {
        let given = self.id == GIVEN;
        self.args
            .iter()
            .filter(move |_| given)
            .filter_map(|(_, arg)| match arg {
                Arg::Text(text) => Some(text.as_str()),
                _ => None,
            })
    }

    /// Text that is not translated: an API-only detail (the API speaks English), or a
    /// library's own report quoted inside a translated message.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self::new("verbatim").with("text", text.into())
    }

    /// Adds `name = value`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn args(&self) -> &[(Cow<'static, str>, Arg)] {
        &self.args
    }

    /// The message with `escape` applied to every text argument (in lists and inner
    /// messages too): for translations that hold markup.
    pub fn escaped(&self, escape: fn(&str) -> String) -> Self {
        fn arg(value: &Arg, escape: fn(&str) -> String) -> Arg {
            match value {
                Arg::Text(text) => Arg::Text(escape(text)),
                Arg::Number(number) => Arg::Number(*number),
                Arg::Message(inner) => Arg::Message(inner.escaped(escape)),
                Arg::List(items) => Arg::List(items.iter().map(|item| arg(item, escape)).collect()),
            }
        }
        Self {
            id: self.id.clone(),
            args: self
                .args
                .iter()
                .map(|(name, value)| (name.clone(), arg(value, escape)))
                .collect(),
        }
    }
}

impl AsRef<Message> for Message {
    fn as_ref(&self) -> &Message {
        self
    }
}

/// A value a template hands a message, however many references deep (templates pass
/// their arguments by reference).
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}

impl ToArg for str {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_owned())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl ToArg for Message {
    fn to_arg(&self) -> Arg {
        Arg::Message(self.clone())
    }
}

macro_rules! number_to_args {
    ($($kind:ty),*) => {$(
        impl ToArg for $kind {
            fn to_arg(&self) -> Arg {
                Arg::from(*self)
            }
        }
    )*};
}

number_to_args!(u16, i32, i64, u32, u64, usize);

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&&str> for Arg {
    fn from(text: &&str) -> Self {
        Self::Text((*text).to_owned())
    }
}

impl From<&Message> for Arg {
    fn from(message: &Message) -> Self {
        Self::Message(message.clone())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Self::Message(message)
    }
}

macro_rules! number_args {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(number: $kind) -> Self {
                Self::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
        impl From<&$kind> for Arg {
            fn from(number: &$kind) -> Self {
                Self::from(*number)
            }
        }
    )*};
}

number_args!(u16, i32, i64, u32, u64, usize);

/// In English: the API's, the command line's and the log's language.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Language::En.message(self))
    }
}
