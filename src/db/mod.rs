//! The database: the connection pool, the embedded migrations and `run`, which moves a
//! query off the async executor. The queries themselves live in one module per table.

pub mod students;

use crate::error::AppError;
use actix_web::web;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::time::Duration;

pub type DbConnection = SqliteConnection;
pub type DbPool = Pool<ConnectionManager<DbConnection>>;

const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

/// The file a SQLite `DATABASE_URL` names: `sqlite://path`, `sqlite:path` or a plain path.
pub fn sqlite_path(database_url: &str) -> &str {
    database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
        .unwrap_or(database_url)
}

/// Settings every new SQLite connection gets. `busy_timeout` comes first: switching to WAL
/// takes a lock, and the pool opens several connections at once.
#[derive(Debug)]
struct SqliteSettings;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqliteSettings {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(
            "PRAGMA busy_timeout = 5000;
             PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// Opens the pool (creating the SQLite file if needed), failing fast with the real cause.
pub fn connect(database_url: &str) -> anyhow::Result<DbPool> {
    let path = sqlite_path(database_url);
    // Open one connection directly first: r2d2 would retry a bad path for the whole
    // timeout and then report only "timed out". Switching a new file to WAL here, once,
    // also spares the pool's connections from racing for that lock when they open.
    let mut first = SqliteConnection::establish(path)
        .map_err(|err| anyhow::anyhow!("cannot open the SQLite database {path:?}: {err}"))?;
    SqliteSettings
        .on_acquire(&mut first)
        .map_err(|err| anyhow::anyhow!("cannot configure the SQLite database {path:?}: {err}"))?;
    Pool::builder()
        .max_size(8)
        .connection_timeout(Duration::from_secs(5))
        .connection_customizer(Box::new(SqliteSettings))
        .build(ConnectionManager::new(path))
        .map_err(|err| anyhow::anyhow!("cannot open the database pool for {path:?}: {err}"))
}

/// Applies the migrations that have not run yet; returns how many ran.
pub fn migrate(pool: &DbPool) -> anyhow::Result<usize> {
    let mut conn = pool.get()?;
    let applied = conn
        .run_pending_migrations(MIGRATIONS)
        .map_err(|err| anyhow::anyhow!("applying migrations: {err}"))?;
    Ok(applied.len())
}

/// Runs `query` with a pooled connection on the blocking thread pool.
pub async fn run<T, F>(pool: &DbPool, query: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    web::block(move || -> Result<T, AppError> {
        let mut conn = pool.get()?;
        Ok(query(&mut conn)?)
    })
    .await?
}
