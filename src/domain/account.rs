//! Staff accounts as submitted and as accepted: roles, passwords and the account forms
//! (login, first-run setup, an admin's add/edit form, a password change, a token's name).
//!
//! No type here that holds a password derives `Debug`: a logged form must not show it.

use super::fields::{FieldErrors, required_text};
use super::person::{Email, PersonName};
use crate::i18n::Message;
use serde::Deserialize;
use std::fmt;

pub const PASSWORD_MIN_CHARS: usize = 10;
/// Argon2 takes any length; the bound keeps one request from hashing megabytes.
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const TOKEN_NAME_MAX_CHARS: usize = 100;

/// What an account may do. Ordered: each role may do everything the one before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Reads records.
    Viewer,
    /// Also creates, edits and deletes records.
    Editor,
    /// Also manages accounts.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Editor, Role::Viewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Editor => "editor",
            Self::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Message> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == raw.trim())
            .ok_or(Message::new("error-role"))
    }

    /// The message naming the role ("editor").
    pub fn name_id(self) -> &'static str {
        match self {
            Self::Viewer => "role-viewer",
            Self::Editor => "role-editor",
            Self::Admin => "role-admin",
        }
    }

    /// The message saying what the role may do, for the role picker and the account page.
    pub fn description_id(self) -> &'static str {
        match self {
            Self::Viewer => "role-viewer-may",
            Self::Editor => "role-editor-may",
            Self::Admin => "role-admin-may",
        }
    }

    pub fn can_edit(self) -> bool {
        self >= Self::Editor
    }

    pub fn can_manage_accounts(self) -> bool {
        self == Self::Admin
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A new password that meets the rules: 10 to 256 characters, typed the same twice, not
/// only spaces, not the account's email, and not easy to guess (zxcvbn's estimate of at
/// least 10^8 guesses: its score 3 of 4). Only ever hashed; `Debug` hides it.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(password: &str, confirmation: &str, email: Option<&str>) -> Result<Self, Message> {
        let length = password.chars().count();
        if length < PASSWORD_MIN_CHARS {
            return Err(Message::new("error-password-short").with("min", PASSWORD_MIN_CHARS));
        }
        if length > PASSWORD_MAX_CHARS {
            return Err(Message::new("error-password-long").with("max", PASSWORD_MAX_CHARS));
        }
        if password.trim().is_empty() {
            return Err(Message::new("error-password-spaces"));
        }
        if email.is_some_and(|email| password.trim().eq_ignore_ascii_case(email)) {
            return Err(Message::new("error-password-email"));
        }
        let user_inputs: Vec<&str> = email.into_iter().collect();
        let estimate = zxcvbn::zxcvbn(password, &user_inputs);
        if estimate.score() < zxcvbn::Score::Three {
            let why = estimate
                .feedback()
                .and_then(|feedback| feedback.warning())
                .map_or("none", weakness);
            return Err(Message::new("error-password-weak").with("why", why));
        }
        if password != confirmation {
            return Err(Message::new("error-password-differ"));
        }
        Ok(Self(password.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// zxcvbn's reason a password is weak, as the `why` of the message that says so (its own
/// sentences are English only).
fn weakness(warning: zxcvbn::feedback::Warning) -> &'static str {
    use zxcvbn::feedback::Warning;
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => "key-rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "key-patterns",
        Warning::RepeatsLikeAaaAreEasyToGuess => "repeats",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "repeated-groups",
        Warning::ThisIsATop10Password => "top-10",
        Warning::ThisIsATop100Password => "top-100",
        Warning::ThisIsACommonPassword => "common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "similar",
        Warning::SequencesLikeAbcAreEasyToGuess => "sequences",
        Warning::RecentYearsAreEasyToGuess => "years",
        Warning::AWordByItselfIsEasyToGuess => "word",
        Warning::DatesAreOftenEasyToGuess => "dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => "names",
        Warning::CommonNamesAndSurnamesAreEasyToGuess => "common-names",
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

/// The login form. `next` is where the person was going (checked by `safe_next`).
#[derive(Deserialize, Default)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

/// Where to go after logging in: only a path on this site. Anything else (another host,
/// `//host`, `/\host` which browsers read as `//host`, a scheme, control characters)
/// falls back to the index, so a crafted login link cannot send people elsewhere.
pub fn safe_next(next: &str) -> Option<&str> {
    let is_own_path = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\');
    let is_auth_page = next.starts_with("/login/") || next.starts_with("/logout/");
    (is_own_path && !is_auth_page).then_some(next)
}

/// An account's email, name and role as an admin (or the first-run setup) submits them,
/// with a password for a new account, or optionally a new one for an existing account.
#[derive(Deserialize, Default)]
pub struct AccountForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirmation: String,
}

/// An accepted `AccountForm`.
#[derive(Debug)]
pub struct ValidAccount {
    pub email: Email,
    pub display_name: PersonName,
    pub role: Role,
    /// Required for a new account; for an existing one, `None` keeps the password.
    pub password: Option<NewPassword>,
}

/// Whether the form creates an account (a password is required) or edits one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountFormKind {
    New,
    Existing,
}

impl AccountForm {
    pub fn parse(&self, kind: AccountFormKind) -> Result<ValidAccount, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = errors.check("email", Email::parse(&self.email));
        let display_name = errors.check(
            "display_name",
            PersonName::parse("field-display-name", &self.display_name),
        );
        let role = errors.check("role", Role::parse(&self.role));
        let password = if kind == AccountFormKind::Existing && self.password.is_empty() {
            Some(None)
        } else {
            let email = email.as_ref().map(Email::as_str);
            errors
                .check(
                    "password",
                    NewPassword::parse(&self.password, &self.password_confirmation, email),
                )
                .map(Some)
        };
        match (email, display_name, role, password) {
            (Some(email), Some(display_name), Some(role), Some(password)) if errors.is_empty() => {
                Ok(ValidAccount {
                    email,
                    display_name,
                    role,
                    password,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A person changing their own password.
#[derive(Deserialize, Default)]
pub struct PasswordChangeForm {
    #[serde(default)]
    pub current_password: String,
    #[serde(default)]
    pub new_password: String,
    #[serde(default)]
    pub new_password_confirmation: String,
}

/// Naming a new API token ("grading script"), confirmed with the current password: a
/// session left open must not be enough to mint a lasting credential.
#[derive(Deserialize, Default)]
pub struct TokenForm {
    #[serde(default)]
    pub name: String,
    /// The current password (named apart from the password change form's field on the same
    /// page).
    #[serde(default)]
    pub password: String,
}

impl TokenForm {
    pub fn parse(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::default();
        match errors.check(
            "name",
            required_text("field-token-name", &self.name, TOKEN_NAME_MAX_CHARS),
        ) {
            Some(name) => Ok(name),
            None => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_by_what_they_allow() {
        assert!(Role::Admin.can_edit() && Role::Admin.can_manage_accounts());
        assert!(Role::Editor.can_edit() && !Role::Editor.can_manage_accounts());
        assert!(!Role::Viewer.can_edit());
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("root").is_err());
    }

    #[test]
    fn passwords_follow_the_rules() {
        assert!(NewPassword::parse("short", "short", None).is_err());
        assert!(NewPassword::parse("long enough pw", "long enough pW", None).is_err());
        assert!(
            NewPassword::parse(
                "ann@example.com",
                "ann@example.com",
                Some("ann@example.com")
            )
            .is_err()
        );
        let password = NewPassword::parse("long enough pw", "long enough pw", None).unwrap();
        assert_eq!(format!("{password:?}"), "NewPassword(***)");
    }

    #[test]
    fn passwords_easy_to_guess_are_refused_with_a_reason() {
        for weak in [
            "          ",
            "aaaaaaaaaa",
            "1234567890",
            "password12",
            "qwertyuiop",
        ] {
            let refused = NewPassword::parse(weak, weak, None)
                .unwrap_err()
                .to_string();
            assert!(refused.contains("easy to guess"), "{weak:?}: {refused}");
        }
        for strong in [
            "a long test password",
            "an even longer password",
            "correct horse battery staple",
        ] {
            assert!(
                NewPassword::parse(strong, strong, None).is_ok(),
                "{strong:?}"
            );
        }
    }

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/42/edit/?x=1"), Some("/42/edit/?x=1"));
        for hostile in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "evil.example",
            "javascript:alert(1)",
            "/\t/evil.example",
            "/login/",
            "",
        ] {
            assert_eq!(safe_next(hostile), None, "{hostile:?}");
        }
    }
}
