//! Queries on `staff_sessions`: one row per logged-in browser, found by the digest of the
//! token its cookie carries. Deleting the row ends the session on every app instance.

use super::accounts::{Account, AccountRow, split};
use super::{DbConnection, Stamp};
use crate::schema::{accounts, staff_sessions};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// A session found by its token: whose it is, when it began and when it was last used.
pub struct FoundSession {
    pub id: i64,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub account: Account,
}

pub fn start(
    conn: &mut DbConnection,
    account_id: i64,
    digest: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::token_hash.eq(digest),
            staff_sessions::account_id.eq(account_id),
            staff_sessions::created_at.eq(now),
            staff_sessions::last_seen_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The session with token digest `digest` and its account, in one query: this runs on
/// every request.
pub fn find(conn: &mut DbConnection, digest: &str) -> QueryResult<Option<FoundSession>> {
    let found: Option<(i64, Stamp, Stamp, AccountRow)> = crate::natively!(conn, |native| {
        // Built per backend: `as_select` is typed by the backend it loads from.
        staff_sessions::table
            .inner_join(accounts::table)
            .filter(staff_sessions::token_hash.eq(digest))
            .select((
                staff_sessions::id,
                staff_sessions::created_at,
                staff_sessions::last_seen_at,
                AccountRow::as_select(),
            ))
            .get_result(native)
            .optional()
    })?;
    found
        .map(|(id, created_at, last_seen_at, row)| {
            let (account, _) = split(row)?;
            Ok(FoundSession {
                id,
                created_at: created_at.into(),
                last_seen_at: last_seen_at.into(),
                account,
            })
        })
        .transpose()
}

/// Records activity, for the idle timeout.
pub fn touch(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(id))
        .set(staff_sessions::last_seen_at.eq(now))
        .execute(conn)
        .map(drop)
}

pub fn end(conn: &mut DbConnection, digest: &str) -> QueryResult<()> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::token_hash.eq(digest)))
        .execute(conn)
        .map(drop)
}

/// Deletes sessions idle since before `cutoff` (run at each login, so the table stays
/// the size of the people actually logged in).
pub fn purge_idle(conn: &mut DbConnection, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::last_seen_at.lt(cutoff)))
        .execute(conn)
}

/// How many sessions `account_id` has open (the `user list` command shows it).
pub fn count_of(conn: &mut DbConnection, account_id: i64) -> QueryResult<i64> {
    staff_sessions::table
        .filter(staff_sessions::account_id.eq(account_id))
        .count()
        .get_result(conn)
}
