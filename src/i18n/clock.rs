//! Moments as a reader sees them: in their time zone (stored times are UTC) and written
//! their language's way ("December 1, 2026", "1. Dezember 2026", "1 de diciembre de
//! 2026", "١ ديسمبر ٢٠٢٦"), or relative ("3 minutes ago") where that reads better. The
//! month names are chrono's (its CLDR-derived locale data); the zones are `chrono-tz`'s.

use super::{Language, Message, numbers};
use chrono::{
    DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone as _, Timelike,
    Utc,
};
use chrono_tz::Tz;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// An IANA time zone ("Europe/Vienna", "UTC").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeZone(Tz);

impl TimeZone {
    /// The zone of an IANA name, exactly as the database spells it.
    pub fn parse(name: &str) -> Option<Self> {
        Tz::from_str(name.trim()).ok().map(Self)
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// When `day` begins in this zone, as a stored (UTC) time: where a "joined between"
    /// filter starts and ends. A day that begins inside a daylight-saving gap begins at the
    /// first moment that exists.
    pub fn start_of(self, day: NaiveDate) -> NaiveDateTime {
        let midnight = day.and_time(NaiveTime::MIN);
        let local = self.0.from_local_datetime(&midnight);
        let start = local.earliest().or_else(|| {
            self.0
                .from_local_datetime(&(midnight + TimeDelta::hours(1)))
                .earliest()
        });
        start.map_or(midnight, |start| start.naive_utc())
    }

    /// Every zone, in the database's order, for the settings' choice.
    pub fn all() -> impl Iterator<Item = Self> {
        chrono_tz::TZ_VARIANTS.iter().copied().map(Self)
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The month names of `language`, long (`%B`) and short (`%b`), read from chrono once.
fn month_names(language: Language) -> &'static [[String; 12]; 2] {
    static NAMES: LazyLock<[[[String; 12]; 2]; 4]> = LazyLock::new(|| {
        Language::ALL.map(|language| {
            let locale = Clock::new(language, TimeZone::default()).chrono_locale();
            ["%B", "%b"].map(|pattern| {
                std::array::from_fn(|index| {
                    NaiveDate::from_ymd_opt(2026, index as u32 + 1, 1)
                        .map(|first| first.format_localized(pattern, locale).to_string())
                        .unwrap_or_default()
                })
            })
        })
    });
    &NAMES[language as usize]
}

/// A reader's language and time zone: how every moment on their pages is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    pub language: Language,
    pub zone: TimeZone,
}

impl Clock {
    pub fn new(language: Language, zone: TimeZone) -> Self {
        Self { language, zone }
    }

    fn local(&self, utc: NaiveDateTime) -> DateTime<Tz> {
        utc.and_utc().with_timezone(&self.zone.0)
    }

    /// `utc` in the reader's zone, written by `pattern`. The patterns here use few of
    /// strftime's directives; those are written directly (chrono's formatter walks its
    /// items and its locale tables on every call, and a page writes dozens of dates), any
    /// other (`%Z`) by chrono.
    fn write(&self, utc: NaiveDateTime, pattern: &'static str) -> String {
        let local = self.local(utc);
        let written = self
            .write_fields(local.date_naive(), Some(local.time()), pattern)
            .unwrap_or_else(|| {
                local
                    .format_localized(pattern, self.chrono_locale())
                    .to_string()
            });
        match self.language {
            Language::Ar => numbers::digits(self.language, &written),
            Language::En | Language::De | Language::Es => written,
        }
    }

    /// `pattern` written for `day` (and `time`), or `None` if it has a directive this
    /// does not write.
    fn write_fields(
        &self,
        day: NaiveDate,
        time: Option<NaiveTime>,
        pattern: &str,
    ) -> Option<String> {
        use std::fmt::Write as _;
        let [long, short] = month_names(self.language);
        let month = day.month0() as usize;
        let mut out = String::with_capacity(pattern.len() + 16);
        let mut rest = pattern;
        while let Some(at) = rest.find('%') {
            out.push_str(&rest[..at]);
            let directive = &rest[at + 1..];
            let (written, taken) = match directive.as_bytes() {
                [b'-', b'd', ..] => (write!(out, "{}", day.day()), 2),
                [b'd', ..] => (write!(out, "{:02}", day.day()), 1),
                [b'm', ..] => (write!(out, "{:02}", day.month()), 1),
                [b'Y', ..] => (write!(out, "{}", day.year()), 1),
                [b'B', ..] => (out.write_str(&long[month]), 1),
                [b'b', ..] => (out.write_str(&short[month]), 1),
                [b'H', ..] => (write!(out, "{:02}", time?.hour()), 1),
                [b'M', ..] => (write!(out, "{:02}", time?.minute()), 1),
                _ => return None,
            };
            written.ok()?;
            rest = &directive[taken..];
        }
        out.push_str(rest);
        Some(out)
    }

    fn chrono_locale(&self) -> chrono::Locale {
        match self.language {
            Language::En => chrono::Locale::en_US,
            Language::De => chrono::Locale::de_DE,
            Language::Es => chrono::Locale::es_ES,
            Language::Ar => chrono::Locale::ar_EG,
        }
    }

    /// The day, in full: "December 1, 2026".
    pub fn date(&self, utc: NaiveDateTime) -> String {
        self.write(
            utc,
            match self.language {
                Language::En => "%B %-d, %Y",
                Language::De => "%-d. %B %Y",
                Language::Es => "%-d de %B de %Y",
                Language::Ar => "%-d %B %Y",
            },
        )
    }

    /// The day, short, for tables: "Dec 1, 2026", "01.12.2026".
    pub fn short_date(&self, utc: NaiveDateTime) -> String {
        self.write(
            utc,
            match self.language {
                Language::En => "%b %-d, %Y",
                Language::De => "%d.%m.%Y",
                Language::Es => "%-d %b %Y",
                Language::Ar => "%-d %B %Y",
            },
        )
    }

    /// A month, short, for a chart's axis: "Dec 2026", "dic 2026".
    pub fn month_short(&self, first: NaiveDate) -> String {
        let pattern = match self.language {
            Language::Ar => "%B %Y",
            Language::En | Language::De | Language::Es => "%b %Y",
        };
        self.write_day(first, pattern)
    }

    /// A month in full: "December 2026", "diciembre de 2026".
    pub fn month_long(&self, first: NaiveDate) -> String {
        let pattern = match self.language {
            Language::Es => "%B de %Y",
            Language::En | Language::De | Language::Ar => "%B %Y",
        };
        self.write_day(first, pattern)
    }

    fn write_day(&self, day: NaiveDate, pattern: &str) -> String {
        let written = self.write_fields(day, None, pattern).unwrap_or_else(|| {
            day.format_localized(pattern, self.chrono_locale())
                .to_string()
        });
        numbers::digits(self.language, &written)
    }

    /// The day and the time with its zone: "December 1, 2026 at 05:39 UTC".
    pub fn date_time(&self, utc: NaiveDateTime) -> String {
        let message = Message::new("moment-date-time")
            .with("date", self.date(utc))
            .with("time", self.write(utc, "%H:%M"))
            .with("zone", self.write(utc, "%Z"));
        self.language.message(&message)
    }

    /// How long ago, for recent moments ("just now", "3 minutes ago", "2 hours ago"); the
    /// date and time for anything older than a day.
    pub fn ago(&self, utc: NaiveDateTime, now: NaiveDateTime) -> String {
        let since = now - utc;
        let message = if since < TimeDelta::minutes(1) {
            Message::new("moment-just-now")
        } else if since < TimeDelta::hours(1) {
            Message::new("moment-minutes-ago").with("count", since.num_minutes())
        } else if since < TimeDelta::days(1) {
            Message::new("moment-hours-ago").with("count", since.num_hours())
        } else {
            return self.date_time(utc);
        };
        self.language.message(&message)
    }

    /// The present moment, in UTC as stored.
    pub fn now() -> NaiveDateTime {
        Utc::now().naive_utc()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, 0))
            .unwrap()
    }

    fn clock(language: Language, zone: &str) -> Clock {
        Clock::new(language, TimeZone::parse(zone).unwrap())
    }

    #[test]
    fn each_language_writes_the_day_its_way() {
        let moment = at(2026, 12, 1, 5, 39);
        assert_eq!(clock(Language::En, "UTC").date(moment), "December 1, 2026");
        assert_eq!(clock(Language::De, "UTC").date(moment), "1. Dezember 2026");
        assert_eq!(
            clock(Language::Es, "UTC").date(moment),
            "1 de diciembre de 2026"
        );
        assert_eq!(clock(Language::Ar, "UTC").date(moment), "١ ديسمبر ٢٠٢٦");
        assert_eq!(clock(Language::De, "UTC").short_date(moment), "01.12.2026");
    }

    #[test]
    fn times_are_shown_in_the_zone_across_daylight_saving() {
        let vienna = clock(Language::En, "Europe/Vienna");
        // Summer time ends at 01:00 UTC on October 25, 2026.
        assert_eq!(
            vienna.date_time(at(2026, 10, 25, 0, 30)),
            "October 25, 2026 at 02:30 CEST"
        );
        assert_eq!(
            vienna.date_time(at(2026, 10, 25, 1, 30)),
            "October 25, 2026 at 02:30 CET"
        );
        // Late in the evening UTC is already the next day in Cairo.
        let cairo = clock(Language::En, "Africa/Cairo");
        assert_eq!(cairo.date(at(2026, 12, 1, 23, 0)), "December 2, 2026");
    }

    #[test]
    fn a_day_begins_at_the_zones_midnight() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let start = |zone: &str| TimeZone::parse(zone).unwrap().start_of(day);
        assert_eq!(start("UTC"), at(2026, 12, 1, 0, 0));
        assert_eq!(start("Europe/Vienna"), at(2026, 11, 30, 23, 0));
        assert_eq!(start("America/New_York"), at(2026, 12, 1, 5, 0));
    }

    #[test]
    fn recent_moments_read_as_how_long_ago() {
        let now = at(2026, 12, 1, 12, 0);
        let en = clock(Language::En, "UTC");
        assert_eq!(en.ago(at(2026, 12, 1, 11, 59,), now), "1 minute ago");
        assert_eq!(en.ago(at(2026, 12, 1, 11, 57), now), "3 minutes ago");
        assert_eq!(en.ago(at(2026, 12, 1, 9, 0), now), "3 hours ago");
        assert_eq!(en.ago(now, now), "just now");
        assert_eq!(
            clock(Language::De, "UTC").ago(at(2026, 12, 1, 11, 57), now),
            "vor 3 Minuten"
        );
    }
}
