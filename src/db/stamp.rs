//! Timestamps as the list pages read them: a row type's field marked
//! `#[diesel(deserialize_as = Stamp)]` reads SQLite's stored text without chrono's parser.
//!
//! SQLite keeps a timestamp as text ("2026-12-01 05:39:00"), and Diesel reads it back by
//! trying chrono's format strings one after another: a page of 25 students spent a twentieth
//! of its time there. The text this app writes has one shape, read here digit by digit;
//! anything else (a fraction, a zone, a Julian day number) goes to Diesel's own reader.
//! PostgreSQL and MySQL send timestamps as binary and take Diesel's reader unchanged.

use super::connection::MultiBackend;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::sql_types::Timestamp;
use diesel::sqlite::{Sqlite, SqliteType};

/// A timestamp read from any backend; becomes a `NaiveDateTime`.
#[derive(Debug, Clone, Copy, FromSqlRow)]
pub struct Stamp(NaiveDateTime);

impl From<Stamp> for NaiveDateTime {
    fn from(stamp: Stamp) -> Self {
        stamp.0
    }
}

impl FromSql<Timestamp, MultiBackend> for Stamp {
    fn from_sql(value: <MultiBackend as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        value.from_sql::<Self, Timestamp>()
    }
}

impl FromSql<Timestamp, Sqlite> for Stamp {
    fn from_sql(mut value: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        if value.value_type() == Some(SqliteType::Text)
            && let Some(at) = parse(value.read_text().as_bytes())
        {
            return Ok(Self(at));
        }
        <NaiveDateTime as FromSql<Timestamp, Sqlite>>::from_sql(value).map(Self)
    }
}

#[cfg(feature = "postgres")]
impl FromSql<Timestamp, diesel::pg::Pg> for Stamp {
    fn from_sql(value: <diesel::pg::Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<Timestamp, diesel::pg::Pg>>::from_sql(value).map(Self)
    }
}

#[cfg(feature = "mysql")]
impl FromSql<Timestamp, diesel::mysql::Mysql> for Stamp {
    fn from_sql(
        value: <diesel::mysql::Mysql as Backend>::RawValue<'_>,
    ) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<Timestamp, diesel::mysql::Mysql>>::from_sql(value).map(Self)
    }
}

/// "YYYY-MM-DD HH:MM:SS" exactly (or with a `T`); `None` for any other text, or a date or
/// time that does not exist.
fn parse(text: &[u8]) -> Option<NaiveDateTime> {
    let [
        y1,
        y2,
        y3,
        y4,
        b'-',
        m1,
        m2,
        b'-',
        d1,
        d2,
        b' ' | b'T',
        h1,
        h2,
        b':',
        n1,
        n2,
        b':',
        s1,
        s2,
    ] = *text
    else {
        return None;
    };
    let digits = |pair: &[u8]| {
        pair.iter().try_fold(0u32, |sum, &byte| {
            byte.is_ascii_digit()
                .then(|| sum * 10 + u32::from(byte - b'0'))
        })
    };
    let year = digits(&[y1, y2, y3, y4])?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        digits(&[m1, m2])?,
        digits(&[d1, d2])?,
    )?
    .and_hms_opt(digits(&[h1, h2])?, digits(&[n1, n2])?, digits(&[s1, s2])?)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use chrono::NaiveDateTime;

    fn chrono(text: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").ok()
    }

    #[test]
    fn reads_what_chrono_reads_in_the_stored_shape() {
        for text in [
            "2026-12-01 05:39:00",
            "1999-01-31 23:59:59",
            "2024-02-29 12:00:00",
            "0001-01-01 00:00:00",
        ] {
            assert_eq!(parse(text.as_bytes()), chrono(text), "{text}");
            assert!(parse(text.as_bytes()).is_some());
        }
        assert_eq!(parse(b"2026-12-01T05:39:00"), chrono("2026-12-01 05:39:00"));
    }

    #[test]
    fn leaves_every_other_text_to_diesel() {
        for text in [
            "2025-02-29 12:00:00",
            "2026-13-01 00:00:00",
            "2026-12-01 24:00:00",
            "2026-12-01 05:39:00.5",
            "2026-12-01 05:39",
            "2026-12-01 05:39:0x",
            "+026-12-01 05:39:00",
            "",
        ] {
            assert_eq!(parse(text.as_bytes()), None, "{text}");
        }
    }
}
