//! The time budget of the expensive reads (the student index's queries): past it, the
//! database stops the query, and the request is answered "too slow" instead of holding a
//! connection and a thread for as long as it takes.
//!
//! PostgreSQL: `SET LOCAL statement_timeout`. MySQL/MariaDB: the session's
//! `max_statement_time` (MariaDB) or `max_execution_time` (MySQL). SQLite has no statement
//! timeout that Diesel reaches: the index queries call `within_budget()`, a function of
//! this app's on every row they look at, which fails the statement once the deadline of the
//! thread running it has passed.

use super::connection::DbConnection;
use crate::error::OUT_OF_TIME;
#[cfg(any(feature = "postgres", feature = "mysql"))]
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Bool;
use diesel::sqlite::Sqlite;
use std::cell::Cell;
use std::time::{Duration, Instant};

diesel::define_sql_function! {
    /// True while the running query is within its budget; an error once it is not (SQLite).
    fn within_budget() -> Bool;
}

thread_local! {
    /// When the query running on this thread must stop (SQLite).
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// What `within_budget()` answers: true, or the error that stops the statement.
#[derive(Debug)]
struct Remaining;

impl ToSql<Bool, Sqlite> for Remaining {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        let expired =
            DEADLINE.with(|deadline| deadline.get().is_some_and(|at| Instant::now() >= at));
        if expired {
            return Err(OUT_OF_TIME.into());
        }
        <bool as ToSql<Bool, Sqlite>>::to_sql(&true, out)?;
        Ok(IsNull::No)
    }
}

/// Gives a new SQLite connection its `within_budget()`.
pub fn register(conn: &mut SqliteConnection) -> QueryResult<()> {
    within_budget_utils::register_nondeterministic_impl(conn, || Remaining)
}

/// Whether the queries on `conn` must call `within_budget()` themselves (SQLite).
pub fn needs_checks(conn: &DbConnection) -> bool {
    matches!(conn, DbConnection::Sqlite(_))
}

/// Runs `query` stopped by the database after `budget`: it then fails with an error that
/// `AppError` reads as "too slow".
pub fn run<T>(
    conn: &mut DbConnection,
    budget: Duration,
    query: impl FnOnce(&mut DbConnection) -> QueryResult<T>,
) -> QueryResult<T> {
    match conn {
        DbConnection::Sqlite(_) => {
            DEADLINE.with(|deadline| deadline.set(Some(Instant::now() + budget)));
            let result = query(conn);
            DEADLINE.with(|deadline| deadline.set(None));
            result
        }
        #[cfg(feature = "postgres")]
        DbConnection::Postgres(_) => conn.transaction(|conn| {
            let millis = budget.as_millis().max(1);
            // A simple query: one round trip, where a statement Diesel prepares takes two.
            conn.batch_execute(&format!("SET LOCAL statement_timeout = {millis}"))?;
            query(conn)
        }),
        #[cfg(feature = "mysql")]
        DbConnection::Mysql(_) => {
            // MariaDB counts seconds, MySQL milliseconds (and only for SELECTs).
            let millis = budget.as_millis().max(1);
            let seconds = millis as f64 / 1000.0;
            let limit = conn
                .batch_execute(&format!("SET SESSION max_statement_time = {seconds}"))
                .map(|()| "max_statement_time")
                .or_else(|_| {
                    conn.batch_execute(&format!("SET SESSION max_execution_time = {millis}"))
                        .map(|()| "max_execution_time")
                })?;
            let result = query(conn);
            // The connection goes back to the pool: without a limit again.
            conn.batch_execute(&format!("SET SESSION {limit} = 0"))?;
            result
        }
    }
}
