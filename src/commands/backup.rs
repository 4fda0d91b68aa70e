//! `students backup PATH`: a consistent copy of a live SQLite database, taken while the
//! server keeps serving (SQLite's `VACUUM INTO` reads one snapshot of the database, WAL
//! included), then checked with `integrity_check`. PostgreSQL and MySQL have their own tools.

use crate::db::{Backend, Database};
use anyhow::{Context, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use std::path::Path;

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// Writes the copy to `path` (which must not exist yet) and checks it.
pub fn run(database: &Database, database_url: &str, path: &Path) -> anyhow::Result<()> {
    match Backend::of(database_url) {
        Backend::Sqlite => {}
        Backend::Postgres => bail!(
            "back up a PostgreSQL database with its own tool, while the app runs: \
             pg_dump --format=custom --file=students.dump \"$DATABASE_URL\" (see docs/deploy.md)"
        ),
        Backend::Mysql => bail!(
            "back up a MySQL/MariaDB database with its own tool, while the app runs: \
             mysqldump --single-transaction students > students.sql (see docs/deploy.md)"
        ),
    }
    if path.exists() {
        bail!("{} exists already: name a new file", path.display());
    }
    let target = path
        .to_str()
        .with_context(|| format!("{} is not a UTF-8 path", path.display()))?;
    let mut conn = database.pool().get()?;
    conn.batch_execute(&format!("VACUUM INTO '{}'", target.replace('\'', "''")))
        .with_context(|| format!("writing the backup to {target}"))?;
    let mut copy = SqliteConnection::establish(target)
        .with_context(|| format!("opening the backup {target}"))?;
    let checks: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut copy)
        .with_context(|| format!("checking the backup {target}"))?;
    match checks.as_slice() {
        [only] if only.integrity_check == "ok" => Ok(()),
        _ => {
            let found: Vec<&str> = checks.iter().map(|c| c.integrity_check.as_str()).collect();
            bail!(
                "the backup {target} failed its integrity check: {}",
                found.join("; ")
            )
        }
    }
}
