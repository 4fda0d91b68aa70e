//! Failed-login throttling: after 5 failures for one email within 15 minutes, or 30 from
//! one address, further attempts are refused (without checking the password) until the
//! oldest of those failures is 15 minutes old. Counted per submitted email whether or not
//! it has an account, so the answer never tells which emails exist.
//!
//! An attempt is counted before its password is checked: one transaction locks the
//! subjects' rows, counts their failures and records this attempt as one, so attempts that
//! arrive together are let through one after the other and never more than the limit are
//! checked, on any instance. A right password then takes its failure back. The same gate
//! guards every form that checks a current password (password change, new API token).

use crate::db::{DbConnection, login_failures};
use chrono::{NaiveDateTime, TimeDelta};
use diesel::{Connection, QueryResult};

pub const WINDOW: TimeDelta = TimeDelta::minutes(15);
pub const PER_EMAIL: usize = 5;
pub const PER_ADDRESS: usize = 30;

/// The two counters one attempt touches. The email is bounded by the callers (no account
/// has a longer one than the email rule allows), the address is an IP address.
#[derive(Debug, Clone)]
pub struct Subjects {
    email: String,
    address: String,
}

impl Subjects {
    pub fn new(email: &str, address: &str) -> Self {
        Self {
            email: format!("email:{}", email.trim().to_lowercase()),
            address: format!("address:{address}"),
        }
    }
}

/// Whether an attempt may check its password.
#[derive(Debug)]
pub enum Gate {
    /// Yes: it is already recorded as a failure, which `succeeded` takes back.
    Open(Ticket),
    /// No: too many recent failures; try again after this long.
    Closed(TimeDelta),
}

/// An attempt let through, and recorded as a failure until its password proves right.
#[derive(Debug)]
pub struct Ticket {
    subjects: Subjects,
    at: NaiveDateTime,
}

/// Counts an attempt before its password is checked (see the module's description).
pub fn enter(
    conn: &mut DbConnection,
    subjects: &Subjects,
    now: NaiveDateTime,
) -> QueryResult<Gate> {
    conn.transaction(|conn| {
        let both = [subjects.email.as_str(), subjects.address.as_str()];
        login_failures::lock(conn, &both)?;
        if let Some(wait) = wait(conn, subjects, now)? {
            return Ok(Gate::Closed(wait));
        }
        for subject in both {
            login_failures::purge(conn, subject, now - WINDOW)?;
        }
        login_failures::record(conn, &both, now)?;
        Ok(Gate::Open(Ticket {
            subjects: subjects.clone(),
            at: now,
        }))
    })
}

/// The password was right: takes the attempt's failure back, and forgets the email's
/// failures (not the address's: one address guessing at many accounts stays throttled).
pub fn succeeded(conn: &mut DbConnection, ticket: &Ticket) -> QueryResult<()> {
    login_failures::clear(conn, &ticket.subjects.email)?;
    login_failures::forget_one(conn, &ticket.subjects.address, ticket.at)
}

/// How long to wait before the next attempt, or `None` when one may be made now.
fn wait(
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
