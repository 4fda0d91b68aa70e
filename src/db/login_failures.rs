//! Queries on `login_failures`: recent failed logins per subject ("email:…" or
//! "address:…"), kept in the database so every app instance counts the same attempts.

use super::DbConnection;
use crate::schema::login_failures;
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Records one failure for each subject, and forgets failures older than `forget_before`.
pub fn record(
    conn: &mut DbConnection,
    subjects: &[&str],
    now: NaiveDateTime,
    forget_before: NaiveDateTime,
) -> QueryResult<()> {
    conn.transaction(|conn| {
        diesel::delete(login_failures::table.filter(login_failures::failed_at.lt(forget_before)))
            .execute(conn)?;
        for subject in subjects {
            diesel::insert_into(login_failures::table)
                .values((
                    login_failures::subject.eq(*subject),
                    login_failures::failed_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// The times of `subject`'s failures since `since`, oldest first.
pub fn since(
    conn: &mut DbConnection,
    subject: &str,
    since: NaiveDateTime,
) -> QueryResult<Vec<NaiveDateTime>> {
    login_failures::table
        .filter(login_failures::subject.eq(subject))
        .filter(login_failures::failed_at.ge(since))
        .order(login_failures::failed_at)
        .select(login_failures::failed_at)
        .load(conn)
}

/// Forgets `subject`'s failures (after a successful login).
pub fn clear(conn: &mut DbConnection, subject: &str) -> QueryResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::subject.eq(subject)))
        .execute(conn)
        .map(drop)
}
