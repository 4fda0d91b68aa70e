//! Failed-login throttling: after 5 failures for one email within 15 minutes, or 30 from
//! one address, further attempts are refused (without checking the password) until the
//! oldest of those failures is 15 minutes old. Counted per submitted email whether or not
//! it has an account, so the answer never tells which emails exist.

use crate::db::DbConnection;
use crate::db::login_failures;
use chrono::{NaiveDateTime, TimeDelta};
use diesel::QueryResult;

pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
pub const PER_EMAIL: usize = 5;
pub const PER_ADDRESS: usize = 30;

/// The two counters one login attempt touches.
#[derive(Debug, Clone)]
pub struct Subjects {
    pub email: String,
    pub address: String,
}

impl Subjects {
    pub fn new(email: &str, address: &str) -> Self {
        Self {
            email: format!("email:{}", email.trim().to_lowercase()),
            address: format!("address:{address}"),
        }
    }
}

/// How long to wait before the next attempt, or `None` when one may be made now.
pub fn wait(
    conn: &mut DbConnection,
    subjects: &Subjects,
    now: NaiveDateTime,
) -> QueryResult<Option<TimeDelta>> {
    let mut wait = None;
    for (subject, limit) in [
        (&subjects.email, PER_EMAIL),
        (&subjects.address, PER_ADDRESS),
    ] {
        let failures = login_failures::since(conn, subject, now - WINDOW)?;
        if failures.len() >= limit {
            // Free again when all but limit - 1 of the failures have aged out.
            let until = failures[failures.len() - limit] + WINDOW - now;
            wait = wait.max(Some(until.max(TimeDelta::seconds(1))));
        }
    }
    Ok(wait)
}

pub fn record_failure(
    conn: &mut DbConnection,
    subjects: &Subjects,
    now: NaiveDateTime,
) -> QueryResult<()> {
    login_failures::record(
        conn,
        &[&subjects.email, &subjects.address],
        now,
        now - WINDOW,
    )
}

/// A successful login forgets the email's failures (not the address's: one address
/// guessing at many accounts stays throttled).
pub fn record_success(conn: &mut DbConnection, subjects: &Subjects) -> QueryResult<()> {
    login_failures::clear(conn, &subjects.email)
}
