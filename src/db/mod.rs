//! The database: the connection pool (its connections are `connection`'s, which backend
//! a URL names is `backend`'s), the embedded migrations, the clock the rows are stamped
//! with, and `Database::read`/`write`, which move a query off the async executor. The queries themselves live in one module per
//! table, written once for every backend; each returns row types that carry data only.
//!
//! Layer: db. Imports the foundations, the domain and the error kinds. The table modules
//! import this one (the connection type, the clock, the transaction helper) and each other
//! without circles: a student's writes use `enrollments` (whose snapshot type the history
//! keeps), `courses` counts through `enrollments`, sessions and tokens read `accounts` rows.

pub mod accounts;
pub mod api_tokens;
pub mod app_secrets;
mod backend;
pub mod budget;
mod connection;
pub mod course_deletions;
pub mod courses;
pub mod enrollments;
pub mod fields;
pub mod fixed_sql;
mod group_commit;
pub mod health;
pub mod imports;
pub mod login_failures;
pub mod outcome;
pub mod sessions;
mod stamp;
pub mod stats;
pub mod students;
pub mod uploads;

use crate::domain::Listing;
use crate::error::{AppError, Context};
use actix_web::web;
use anyhow::bail;
use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use diesel::r2d2::Pool;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use backend::check_url;
pub(crate) use backend::sqlite_path;
pub use backend::{Backend, redacted};
pub use connection::{ConnectionManager, DbConnection, DbPool, MultiBackend, Pooled};
pub use stamp::Stamp;

/// Runs `$body` with `$conn` bound to the backend's own connection, for the fixed queries
/// that run on every page (the session, the list's total). Through `DbConnection` Diesel
/// writes a query's SQL anew on every run to find its prepared statement; on the
/// backend's own connection a query whose shape is fixed finds it by type, with no SQL
/// written at all. `$body` is compiled once per backend.
#[macro_export]
macro_rules! natively {
    ($conn:expr, |$native:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($native) => $body,
            #[cfg(feature = "postgres")]
            $crate::db::DbConnection::Postgres($native) => $body,
            #[cfg(feature = "mysql")]
            $crate::db::DbConnection::Mysql($native) => $body,
        }
    };
}

/// Whole seconds, UTC: the precision every supported database keeps.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(0)
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
#[cfg(feature = "postgres")]
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
#[cfg(feature = "mysql")]
const MYSQL_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/mysql");

/// Connections per app instance: enough to keep two cores busy with short queries.
pub const POOL_SIZE: u32 = 8;

/// How many of them the expensive reads (`read_bounded`) may hold at once: the others stay
/// free for everything else, `/healthz` included, however many searches arrive.
const BOUNDED_READS: usize = POOL_SIZE as usize / 2;

/// How long an expensive read may run by default (`QUERY_BUDGET_MS`).
pub const QUERY_BUDGET: Duration = Duration::from_secs(2);

/// How long the first connection may take before start-up gives up with a clear message
/// (an unreachable host otherwise hangs for the operating system's TCP timeout).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens the pool (creating a SQLite file if needed), failing within a few seconds with
/// the backend's own message: bad password, missing database, unreachable host.
pub fn connect(database_url: &str) -> anyhow::Result<Database> {
    check_url(database_url)?;
    let manager = ConnectionManager::new(database_url, budget::register);
    let backend = manager.backend;
    let where_ = redacted(database_url);
    // The first connection, on a thread we stop waiting for after CONNECT_TIMEOUT. It also
    // switches a new SQLite file to WAL once, before the pool's connections race for it.
    let (sender, receiver) = mpsc::channel();
    let first = manager.clone();
    std::thread::spawn(move || sender.send(first.establish().map(drop)));
    match receiver.recv_timeout(CONNECT_TIMEOUT) {
        Ok(Ok(())) => {}
        Ok(Err(err)) => bail!("cannot connect to the {backend} database {where_}: {err}"),
        Err(_) => bail!(
            "cannot connect to the {backend} database {where_}: no answer within {} s (is the host reachable?)",
            CONNECT_TIMEOUT.as_secs()
        ),
    }
    let pool = Pool::builder()
        .max_size(POOL_SIZE)
        .connection_timeout(CONNECT_TIMEOUT)
        // A SQLite file does not go away between queries; a server connection can.
        .test_on_check_out(backend != Backend::Sqlite)
        .build(manager)
        .map_err(|err| {
            anyhow::anyhow!("cannot open the {backend} connection pool for {where_}: {err}")
        })?;
    Ok(Database::new(pool, backend))
}

/// Applies the migrations of the connection's backend that have not run yet; returns how
/// many ran. On the server databases a lock makes instances that start together take
/// turns, so the second finds the work done instead of failing on "table exists".
pub fn migrate(database: &Database) -> anyhow::Result<usize> {
    let mut conn = database.pool.get()?;
    let applied = match &mut **conn {
        DbConnection::Sqlite(conn) => conn
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|done| done.len()),
        #[cfg(feature = "postgres")]
        DbConnection::Postgres(conn) => {
            diesel::sql_query("SELECT pg_advisory_lock(72616)").execute(conn)?;
            let done = conn
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|done| done.len());
            diesel::sql_query("SELECT pg_advisory_unlock(72616)").execute(conn)?;
            done
        }
        #[cfg(feature = "mysql")]
        DbConnection::Mysql(conn) => {
            diesel::sql_query("SELECT GET_LOCK('students_migrations', 60)").execute(conn)?;
            let done = conn
                .run_pending_migrations(MYSQL_MIGRATIONS)
                .map(|done| done.len());
            diesel::sql_query("SELECT RELEASE_LOCK('students_migrations')").execute(conn)?;
            done
        }
    };
    applied.map_err(|err| anyhow::anyhow!("applying migrations: {err}"))
}

/// The pool, and how writes take turns: SQLite has one writer at a time, and a writer that
/// finds the file locked sleeps in growing steps (up to 100 ms) before retrying. Queueing
/// this process's writes instead, and committing those queued together
/// (`group_commit`), keeps a burst of form posts fast and fair.
#[derive(Clone)]
pub struct Database {
    pool: DbPool,
    group_commit: Option<Arc<group_commit::GroupCommit<DbConnection>>>,
    bounded_reads: Arc<tokio::sync::Semaphore>,
    budget: Duration,
}

impl Database {
    fn new(pool: DbPool, backend: Backend) -> Self {
        Self {
            group_commit: (backend == Backend::Sqlite).then(Arc::default),
            bounded_reads: Arc::new(tokio::sync::Semaphore::new(BOUNDED_READS)),
            budget: QUERY_BUDGET,
            pool,
        }
    }

    /// The same database, its expensive reads stopped after `budget`.
    pub fn with_query_budget(self, budget: Duration) -> Self {
        Self { budget, ..self }
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    /// Runs `query` with a pooled connection on the blocking thread pool. `step` names it
    /// in the log when it fails ("loading the student page: …").
    pub async fn read<T, F>(&self, step: &'static str, query: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        self.run(query).await.context(step)
    }

    /// The fields students have now (`fields::record`), to read a form or body by.
    pub async fn record(&self) -> Result<crate::domain::record::Record, AppError> {
        self.read("reading the student fields", fields::record)
            .await
    }

    /// Like `read`, for the expensive reads (a page of the index): stopped by the database
    /// after the query budget (`AppError::TooSlow`), and at most half the pool at once.
    pub async fn read_bounded<T, F>(&self, step: &'static str, query: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let _slot = self
            .bounded_reads
            .acquire()
            .await
            .map_err(AppError::internal)?;
        let budget = self.budget;
        self.run(move |conn| budget::run(conn, budget, query))
            .await
            .context(step)
    }

    /// A page of the student list: `read_bounded` when it is searched or filtered. The plain
    /// list walks one index from a known row (or skips rows in it), a cost with a bound of
    /// its own, so it takes no budget: on a server database a transaction and its timeout,
    /// three round trips, fewer.
    pub async fn read_list<T, F>(
        &self,
        listing: &Listing,
        step: &'static str,
        query: F,
    ) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        if listing.is_filtered() {
            self.read_bounded(step, query).await
        } else {
            self.read(step, query).await
        }
    }

    /// Like `read`, for statements that write. On SQLite they wait for their turn and
    /// commit together with the writes queued meanwhile, each all or nothing in a
    /// savepoint of its own (`group_commit`).
    pub async fn write<T, F>(&self, step: &'static str, statements: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        match &self.group_commit {
            Some(queue) => queue.write(&self.pool, statements).await,
            None => self.run(statements).await,
        }
        .context(step)
    }

    async fn run<T, F>(&self, query: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> QueryResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || -> Result<T, AppError> {
            let mut conn = pool.get().context("taking a pooled connection")?;
            let result = query(&mut conn);
            conn.note(&result);
            Ok(result?)
        })
        .await?
    }
}
