//! Notices: the one-time message at the top of the page after a write (POST/redirect/GET),
//! kept in the session cookie as a `Message` until the next page shows it in its language,
//! with its subject linked and an Undo button where there is one.

use crate::i18n::{Language, Message};
use serde::{Deserialize, Serialize};

/// A one-time notice as the page shows it: its text in the reader's language, split
/// around the part that links (a student's name), and where an Undo button posts.
#[derive(Debug, Clone)]
pub struct Flash {
    pub before: String,
    pub link: Option<NoticeLink>,
    pub after: String,
    pub undo: Option<String>,
    /// Errors interrupt screen readers (`role="alert"`); everything else waits (`role="status"`).
    pub is_error: bool,
}

/// A notice's text, where its subject (a student's name) may link to their page, and an
/// Undo button may follow (a form that posts to `undo`). Kept in the session cookie as JSON
/// until the next page shows it, in that page's language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Notice {
    pub text: Message,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<NoticeLink>,
    /// Where the Undo button posts (with its return target), if the notice has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo: Option<String>,
}

/// The part of a notice's text that links, and where to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoticeLink {
    pub label: String,
    pub href: String,
}

impl From<Message> for Notice {
    fn from(text: Message) -> Self {
        Self {
            text,
            link: None,
            undo: None,
        }
    }
}

impl Notice {
    /// `text` with (the first) `label` in it linking to `href`.
    pub fn linked(text: Message, label: String, href: String) -> Self {
        Self {
            text,
            link: Some(NoticeLink { label, href }),
            undo: None,
        }
    }

    pub fn with_undo(self, action: String) -> Self {
        Self {
            undo: Some(action),
            ..self
        }
    }

    /// The notice as `language` shows it, split at the link: without one, or when the
    /// label is not in the text, all of the text comes before.
    pub(super) fn shown(self, language: Language, is_error: bool) -> Flash {
        let text = language.message(&self.text);
        let at = self
            .link
            .as_ref()
            .and_then(|link| Some((text.find(&link.label)?, link.label.len())));
        let (before, link, after) = match (at, self.link) {
            (Some((at, length)), Some(link)) => (
                text[..at].to_owned(),
                Some(link),
                text[at + length..].to_owned(),
            ),
            _ => (text, None, String::new()),
        };
        Flash {
            before,
            link,
            after,
            undo: self.undo,
            is_error,
        }
    }

    /// A stored notice, or a bare message (what `auth` leaves for the login page).
    pub(super) fn read(stored: &str) -> Option<Self> {
        serde_json::from_str(stored)
            .ok()
            .or_else(|| serde_json::from_str::<Message>(stored).ok().map(Self::from))
    }
}
