//! Queries on `login_failures` and `login_locks`: recent failed logins per subject
//! ("email:…" or "address:…"), kept in the database so every app instance counts the same
//! attempts, and the rows an attempt locks while it counts and records.

use super::DbConnection;
use crate::schema::{login_failures, login_locks};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// How many rows of `login_locks` the subjects are spread over (the migration makes them).
pub const LOCK_SHARDS: u32 = 64;

/// Inside a transaction: locks the shard rows of `subjects` until the transaction ends
/// (PostgreSQL and MySQL lock the updated rows; on SQLite the update takes the database's
/// write lock). Locked in shard order, so two attempts never wait for each other in a circle.
pub fn lock(conn: &mut DbConnection, subjects: &[&str]) -> QueryResult<()> {
    let mut shards: Vec<i32> = subjects.iter().map(|subject| shard_of(subject)).collect();
    shards.sort_unstable();
    shards.dedup();
    for shard in shards {
        diesel::update(login_locks::table.find(shard))
            .set(login_locks::shard.eq(login_locks::shard))
            .execute(conn)?;
    }
    Ok(())
}

/// The shard of a subject: FNV-1a, the same on every instance.
fn shard_of(subject: &str) -> i32 {
    let hash = subject.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    (hash % LOCK_SHARDS) as i32
}

/// Records one failure for each subject.
pub fn record(conn: &mut DbConnection, subjects: &[&str], now: NaiveDateTime) -> QueryResult<()> {
    for subject in subjects {
        diesel::insert_into(login_failures::table)
            .values((
                login_failures::subject.eq(*subject),
                login_failures::failed_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets `subject`'s failures older than `before` (by the subject's index: a delete
/// across every subject would lock rows other attempts are writing).
pub fn purge(conn: &mut DbConnection, subject: &str, before: NaiveDateTime) -> QueryResult<()> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::subject.eq(subject))
            .filter(login_failures::failed_at.lt(before)),
    )
    .execute(conn)
    .map(drop)
}

/// Forgets every failure older than `before` (at start-up: subjects nobody tries again).
pub fn purge_all(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_failures::table.filter(login_failures::failed_at.lt(before))).execute(conn)
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

/// Forgets one failure of `subject` recorded at `at`: the one an attempt recorded before
/// checking its password, which turned out right. (Rows of one subject and time are alike,
/// so any of them will do.)
pub fn forget_one(conn: &mut DbConnection, subject: &str, at: NaiveDateTime) -> QueryResult<()> {
    let row: Option<i64> = login_failures::table
        .filter(login_failures::subject.eq(subject))
        .filter(login_failures::failed_at.eq(at))
        .select(login_failures::id)
        .first(conn)
        .optional()?;
    if let Some(id) = row {
        diesel::delete(login_failures::table.find(id)).execute(conn)?;
    }
    Ok(())
}
