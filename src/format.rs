//! Plain formatting: dates, counts and the short phrases built from them ("3 enrollments",
//! "23 years old", "Ada Lovelace"), as every page, notice and the API write them.
//!
//! Layer: foundations. Imports nothing of the crate; every layer above may use it.

use chrono::{Datelike, NaiveDateTime, TimeDelta, Timelike};

/// A moment as the pages write it. Formatted by hand: chrono's `format` parses its pattern
/// on every call, and a page of students writes dozens of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment(pub NaiveDateTime);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Moment {
    /// "November 21, 2026"
    pub fn long(&self) -> String {
        let at = self.0;
        format!(
            "{} {}, {}",
            MONTHS[at.month0() as usize],
            at.day(),
            at.year()
        )
    }

    /// "Nov 21, 2026"
    pub fn short(&self) -> String {
        let at = self.0;
        let month = &MONTHS[at.month0() as usize][..3];
        format!("{month} {}, {}", at.day(), at.year())
    }

    /// "November 21, 2026 at 06:13 UTC"
    pub fn long_with_time(&self) -> String {
        format!(
            "{} at {:02}:{:02} UTC",
            self.long(),
            self.0.hour(),
            self.0.minute()
        )
    }

    /// "2026-11-21T06:13:00Z", for `<time datetime>` and the API.
    pub fn iso(&self) -> String {
        let at = self.0;
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        )
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

/// "23 years old", or nothing when no age was given.
pub fn age_label(age: Option<i32>) -> Option<String> {
    age.map(|age| match age {
        1 => "1 year old".to_owned(),
        n => format!("{n} years old"),
    })
}

/// "1 enrollment", "3 enrollments".
pub fn enrollments(count: i64) -> String {
    match count {
        1 => "1 enrollment".to_owned(),
        n => format!("{n} enrollments"),
    }
}

/// "" / " and 1 enrollment" / " and 3 enrollments": what else a delete removes.
pub fn and_enrollments(count: i64) -> String {
    match count {
        0 => String::new(),
        n => format!(" and {}", enrollments(n)),
    }
}

/// "1 student", "3 students".
pub fn students(count: usize) -> String {
    match count {
        1 => "1 student".to_owned(),
        n => format!("{} students", group_digits(n as u64)),
    }
}

/// "1 was", "3 were".
pub fn were(count: usize) -> String {
    match count {
        1 => "1 was".to_owned(),
        n => format!("{} were", group_digits(n as u64)),
    }
}

/// "" / " and 1 API token revoked" / " and 3 API tokens revoked": what a new password ends.
pub fn and_revoked_tokens(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => " and 1 API token revoked".to_owned(),
        n => format!(" and {n} API tokens revoked"),
    }
}

/// "A", "A and B", "A, B and C".
pub fn list(items: &[impl AsRef<str>]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// 12345 → "12 345" (a narrow no-break space between groups of three).
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('\u{202F}');
        }
        grouped.push(digit);
    }
    grouped
}

/// "3 minutes", "1 minute", "40 seconds": how long to wait.
pub fn duration(wait: TimeDelta) -> String {
    let seconds = wait.num_seconds().max(1);
    if seconds < 60 {
        return format!("{seconds} second{}", if seconds == 1 { "" } else { "s" });
    }
    let minutes = (seconds + 59) / 60;
    format!("{minutes} minute{}", if minutes == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn moments_read_like_dates() {
        let at = NaiveDate::from_ymd_opt(2026, 3, 5)
            .and_then(|date| date.and_hms_opt(7, 4, 9))
            .map(Moment)
            .unwrap();
        assert_eq!(at.long(), "March 5, 2026");
        assert_eq!(at.short(), "Mar 5, 2026");
        assert_eq!(at.long_with_time(), "March 5, 2026 at 07:04 UTC");
        assert_eq!(at.iso(), "2026-03-05T07:04:09Z");
    }

    #[test]
    fn counts_read_as_phrases() {
        assert_eq!(and_enrollments(0), "");
        assert_eq!(and_enrollments(1), " and 1 enrollment");
        assert_eq!(and_enrollments(3), " and 3 enrollments");
        assert_eq!(age_label(Some(1)).as_deref(), Some("1 year old"));
        assert_eq!(group_digits(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(duration(TimeDelta::seconds(61)), "2 minutes");
        assert_eq!(duration(TimeDelta::seconds(1)), "1 second");
    }
}
