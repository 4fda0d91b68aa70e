//! Whether the database answers and takes writes: checked at start-up (a read-only file or
//! server stops the start with its name) and by `/healthz`.

use super::{Backend, Database, DbConnection, redacted, sqlite_path};
use crate::schema::login_locks;
use diesel::prelude::*;

/// A write that changes nothing, rolled back: whether the database takes writes (a
/// read-only SQLite file or folder, a read-only server refuse it).
pub fn write_check(conn: &mut DbConnection) -> QueryResult<()> {
    let attempted = conn.transaction(|conn| {
        diesel::update(login_locks::table.find(0))
            .set(login_locks::shard.eq(0))
            .execute(conn)?;
        Err::<(), _>(diesel::result::Error::RollbackTransaction)
    });
    match attempted {
        Err(diesel::result::Error::RollbackTransaction) | Ok(()) => Ok(()),
        Err(err) => Err(err),
    }
}

/// Fails start-up with a clear message when the database cannot be written.
pub fn check_writable(database: &Database, database_url: &str) -> anyhow::Result<()> {
    let mut conn = database.pool().get()?;
    write_check(&mut conn).map_err(|err| match Backend::of(database_url) {
        Backend::Sqlite => anyhow::anyhow!(
            "cannot write to the SQLite database {}: {err} (the file and its folder must be \
             writable: SQLite keeps its write-ahead log beside the file)",
            sqlite_path(database_url)
        ),
        backend => anyhow::anyhow!(
            "cannot write to the {backend} database {}: {err}",
            redacted(database_url)
        ),
    })
}
