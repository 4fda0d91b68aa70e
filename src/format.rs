//! Plain formatting that is the same in every language: a person's and a course's name,
//! a moment as ISO 8601 (for `<time datetime>`, the API and CSV files), and the small
//! messages many pages build ("and 3 enrollments"). Words and dates in the reader's
//! language are `i18n`'s.
//!
//! Layer: foundations. Imports `i18n` only; every layer above may use it.

use crate::i18n::{Arg, Message};
use chrono::{Datelike, NaiveDateTime, Timelike};

/// A stored moment (UTC). Pages write it with `Layout::date` and its kin, in the reader's
/// language and time zone; `iso` is for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment(pub NaiveDateTime);

impl AsRef<Moment> for Moment {
    fn as_ref(&self) -> &Moment {
        self
    }
}

impl Moment {
    /// "2026-11-21T06:13:00Z", for `<time datetime>` and the API. Written by hand: a page
    /// of students writes dozens, and `format!`'s padding costs ten times as much.
    pub fn iso(&self) -> String {
        let at = self.0;
        let mut iso = String::with_capacity(20);
        let mut push = |number: u32, digits: u32, then: char| {
            for place in (0..digits).rev() {
                let digit = number / 10u32.pow(place) % 10;
                iso.push(char::from(b'0' + digit as u8));
            }
            iso.push(then);
        };
        push(at.year().clamp(0, 9999) as u32, 4, '-');
        push(at.month(), 2, '-');
        push(at.day(), 2, 'T');
        push(at.hour(), 2, ':');
        push(at.minute(), 2, ':');
        push(at.second(), 2, 'Z');
        iso
    }
}

/// "Ada Lovelace".
pub fn full_name(firstname: &str, lastname: &str) -> String {
    format!("{firstname} {lastname}")
}

/// "BIO-101 Biology", the way people name a course.
pub fn course_label(code: &str, title: &str) -> String {
    format!("{code} {title}")
}

/// "" / " and 1 enrollment" / " and 3 enrollments": what else a delete removes.
pub fn and_enrollments(count: impl Into<Arg>) -> Message {
    Message::new("and-enrollments").with("count", count)
}

/// "1 enrollment", "3 enrollments".
pub fn enrollments(count: impl Into<Arg>) -> Message {
    Message::new("count-enrollments").with("count", count)
}

/// "1 student", "3 students".
pub fn students(count: usize) -> Message {
    Message::new("count-students").with("count", count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn moments_are_written_for_machines_in_iso_8601() {
        let at = NaiveDate::from_ymd_opt(2026, 3, 5)
            .and_then(|date| date.and_hms_opt(7, 4, 9))
            .map(Moment)
            .unwrap();
        assert_eq!(at.iso(), "2026-03-05T07:04:09Z");
    }

    #[test]
    fn counts_read_as_phrases() {
        assert_eq!(and_enrollments(0).to_string(), "");
        assert_eq!(and_enrollments(1).to_string(), " and 1 enrollment");
        assert_eq!(and_enrollments(3).to_string(), " and 3 enrollments");
        assert_eq!(students(1_234).to_string(), "1,234 students");
    }
}
