//! How a write ends when the database itself did not fail: done, or refused by a rule or a
//! missing record; and the transaction helper that rolls a refusal back.

use super::DbConnection;
use crate::domain::Refusal;
use diesel::prelude::*;

/// Why a write did not happen, when the database itself did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The record does not exist (any more).
    NotFound,
    /// A rule refused it (a taken email or code, the last admin…).
    Refused(Refusal),
}

/// How a write transaction ends early: a refusal (`R`) rolls back and becomes the
/// outcome; a database error rolls back and fails.
pub(crate) enum Abort<R> {
    Refused(R),
    Failed(diesel::result::Error),
}

impl<R> From<diesel::result::Error> for Abort<R> {
    fn from(err: diesel::result::Error) -> Self {
        Self::Failed(err)
    }
}

/// Runs `writes` in a transaction: `Ok(Err(refusal))` when they were refused (and rolled
/// back), `Err` when the database failed.
pub(crate) fn transaction<T, R>(
    conn: &mut DbConnection,
    writes: impl FnOnce(&mut DbConnection) -> Result<T, Abort<R>>,
) -> QueryResult<Result<T, R>> {
    match conn.transaction(writes) {
        Ok(done) => Ok(Ok(done)),
        Err(Abort::Refused(refusal)) => Ok(Err(refusal)),
        Err(Abort::Failed(err)) => Err(err),
    }
}

/// A unique index refused the row: the same kind on every backend.
pub(crate) fn is_unique_violation(err: &diesel::result::Error) -> bool {
    matches!(
        err,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// The id of the row the connection inserted last (in its own transaction, so a
/// concurrent insert cannot be mistaken for it), by each backend's own means.
pub(crate) fn last_insert_id(conn: &mut DbConnection) -> QueryResult<i64> {
    use diesel::dsl::sql;
    use diesel::sql_types::BigInt;
    let query = match conn {
        DbConnection::Sqlite(_) => "last_insert_rowid()",
        #[cfg(feature = "postgres")]
        DbConnection::Postgres(_) => "lastval()",
        #[cfg(feature = "mysql")]
        DbConnection::Mysql(_) => "CAST(LAST_INSERT_ID() AS SIGNED)",
    };
    diesel::select(sql::<BigInt>(query)).get_result(conn)
}
