//! The database: which backend a `DATABASE_URL` names, the connection pool, the embedded
//! migrations, the clock the rows are stamped with, and `Database::read`/`write`, which
//! move a query off the async executor. The queries themselves live in one module per
//! table, written once for every backend; each returns row types that carry data only.
//!
//! Layer: db. Imports the foundations, the domain and the error kinds. The table modules
//! import this one (the connection type, the clock, the transaction helper) and each other
//! without circles: a student's writes use `enrollments` (whose snapshot type the history
//! keeps), `courses` counts through `enrollments`, sessions and tokens read `accounts` rows.

pub mod accounts;
pub mod api_tokens;
pub mod app_secrets;
pub mod budget;
pub mod course_deletions;
pub mod courses;
pub mod enrollments;
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
use crate::error::{AppError, Context, is_lost_connection};
use actix_web::web;
use anyhow::bail;
use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

pub use stamp::Stamp;

/// One connection type for every backend this build supports: Diesel dispatches each
/// query to the variant's own SQL dialect. SQLite is always built in; PostgreSQL and
/// MySQL/MariaDB come with the `postgres` and `mysql` cargo features.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    #[cfg(feature = "postgres")]
    Postgres(PgConnection),
    #[cfg(feature = "mysql")]
    Mysql(MysqlConnection),
}

pub type DbPool = Pool<ConnectionManager>;

/// A pooled connection and what the pool knows of it: when its server last answered,
/// and whether it lost that server. It is used as the `DbConnection` it holds.
pub struct Pooled {
    conn: DbConnection,
    answered: Instant,
    lost: bool,
}

impl Pooled {
    /// Notes what `result` says of the connection: its server answered (an error such as
    /// a refused constraint is an answer too), or the connection is gone.
    fn note<T>(&mut self, result: &QueryResult<T>) {
        if result.as_ref().is_err_and(is_lost_connection) {
            self.lost = true;
        } else {
            self.answered = Instant::now();
        }
    }
}

impl Deref for Pooled {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        &self.conn
    }
}

impl DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut DbConnection {
        &mut self.conn
    }
}

/// A server connection that answered this recently is handed out without asking the
/// server first. Under load every connection answers many times a second, so a page is
/// spared a round trip per checkout; one idle longer (through an outage, say) is asked.
const FRESH: Duration = Duration::from_secs(1);

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    Mysql,
}

impl Backend {
    /// The backend a URL names by its scheme; anything without a known scheme is a file.
    pub fn of(database_url: &str) -> Self {
        let scheme = database_url.split_once("://").map(|(scheme, _)| scheme);
        match scheme {
            Some("postgres" | "postgresql") => Self::Postgres,
            Some("mysql") => Self::Mysql,
            _ => Self::Sqlite,
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Sqlite => "SQLite",
            Self::Postgres => "PostgreSQL",
            Self::Mysql => "MySQL/MariaDB",
        })
    }
}

/// The file a SQLite `DATABASE_URL` names: `sqlite://path`, `sqlite:path` or a plain path.
pub(crate) fn sqlite_path(database_url: &str) -> &str {
    database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
        .unwrap_or(database_url)
}

/// The URL with any password replaced, for messages and logs.
pub fn redacted(database_url: &str) -> String {
    let Some((scheme, rest)) = database_url.split_once("://") else {
        return database_url.to_owned();
    };
    match rest.split_once('@') {
        Some((user_info, host)) if user_info.contains(':') => {
            let user = user_info.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:***@{host}")
        }
        _ => database_url.to_owned(),
    }
}

/// Settings every new SQLite connection gets. `busy_timeout` comes first: switching to WAL
/// takes a lock, and the pool opens several connections at once.
const SQLITE_SETTINGS: &str = "PRAGMA busy_timeout = 5000;
     PRAGMA journal_mode = WAL;
     PRAGMA synchronous = NORMAL;
     PRAGMA foreign_keys = ON;
     PRAGMA soft_heap_limit = 8000000;";

/// Makes every SQLite connection this process opens from now on plan its statements
/// without looking at the values bound to them (SQLite's "query planner stability
/// guarantee"). Without it SQLite plans `LIMIT ?` for the value bound, and so compiles
/// every statement with a `LIMIT` (Diesel binds every limit) twice each time it runs,
/// once to prepare it and again after the bind: a tenth of a list page's time. Diesel
/// gives no access to the connection handle, so the setting is SQLite's per-connection
/// hook, registered once.
fn plans_independent_of_values() {
    use libsqlite3_sys::{SQLITE_DBCONFIG_ENABLE_QPSG, sqlite3, sqlite3_api_routines};
    use std::ffi::{c_char, c_int};

    unsafe extern "C" fn on_open(
        db: *mut sqlite3,
        _error: *mut *mut c_char,
        _api: *const sqlite3_api_routines,
    ) -> c_int {
        // SAFETY: SQLite calls this with the handle of the connection it is opening;
        // ENABLE_QPSG takes an int and an optional int pointer for the old value.
        unsafe {
            libsqlite3_sys::sqlite3_db_config(
                db,
                SQLITE_DBCONFIG_ENABLE_QPSG,
                1 as c_int,
                std::ptr::null_mut::<c_int>(),
            )
        }
    }

    static REGISTERED: std::sync::Once = std::sync::Once::new();
    REGISTERED.call_once(|| {
        // SAFETY: registers a function with the signature SQLite's hook expects; it is
        // never unregistered.
        let code = unsafe { libsqlite3_sys::sqlite3_auto_extension(Some(on_open)) };
        if code != libsqlite3_sys::SQLITE_OK {
            log::warn!("SQLite refused the planner setting (code {code}); pages are slower");
        }
    });
}

/// Opens connections to the backend the URL names (an r2d2 manager of our own, so that
/// a failure reports the backend's real error rather than "invalid connection url").
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    backend: Backend,
    url: String,
}

impl ConnectionManager {
    pub fn new(database_url: &str) -> Self {
        let backend = Backend::of(database_url);
        let url = match backend {
            Backend::Sqlite => sqlite_path(database_url).to_owned(),
            Backend::Postgres | Backend::Mysql => database_url.to_owned(),
        };
        Self { backend, url }
    }

    fn establish(&self) -> ConnectionResult<DbConnection> {
        match self.backend {
            Backend::Sqlite => {
                plans_independent_of_values();
                let mut conn = SqliteConnection::establish(&self.url)?;
                conn.batch_execute(SQLITE_SETTINGS)
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
                budget::register(&mut conn).map_err(ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConnection::Sqlite(conn))
            }
            #[cfg(feature = "postgres")]
            Backend::Postgres => PgConnection::establish(&self.url).map(DbConnection::Postgres),
            #[cfg(not(feature = "postgres"))]
            Backend::Postgres => Err(not_built_in(self.backend, "postgres")),
            #[cfg(feature = "mysql")]
            Backend::Mysql => MysqlConnection::establish(&self.url).map(DbConnection::Mysql),
            #[cfg(not(feature = "mysql"))]
            Backend::Mysql => Err(not_built_in(self.backend, "mysql")),
        }
    }
}

#[cfg(not(all(feature = "postgres", feature = "mysql")))]
fn not_built_in(backend: Backend, feature: &str) -> ConnectionError {
    ConnectionError::BadConnection(format!(
        "this build has no {backend} support: rebuild with `--features {feature}`"
    ))
}

impl ManageConnection for ConnectionManager {
    type Connection = Pooled;
    type Error = ConnectionError;

    fn connect(&self) -> Result<Pooled, ConnectionError> {
        Ok(Pooled {
            conn: self.establish()?,
            answered: Instant::now(),
            lost: false,
        })
    }

    /// Asked at each checkout of a server connection (SQLite's file does not go away):
    /// one round trip, unless the server answered on it a moment ago.
    fn is_valid(&self, conn: &mut Pooled) -> Result<(), ConnectionError> {
        if conn.answered.elapsed() < FRESH {
            return Ok(());
        }
        let result = conn.conn.batch_execute("SELECT 1");
        conn.note(&result);
        result.map_err(ConnectionError::CouldntSetupConfiguration)
    }

    /// Asked as a connection goes back (no round trip): one that lost its server, or that
    /// a panic left inside a transaction, is dropped rather than handed out again.
    fn has_broken(&self, conn: &mut Pooled) -> bool {
        conn.lost || diesel::r2d2::R2D2Connection::is_broken(&mut conn.conn)
    }
}

/// What `DATABASE_URL` may be, for the messages that refuse one.
const SUPPORTED_URLS: &str = "a SQLite file (students.db, sqlite://path/students.db), \
     postgres://user:password@host/database or mysql://user:password@host/database";

/// Refuses, before connecting, a URL that names no supported database, and a SQLite file
/// in a folder that does not exist (SQLite itself says only "unable to open database file").
fn check_url(database_url: &str) -> anyhow::Result<()> {
    if let Some((scheme, _)) = database_url.split_once("://")
        && !matches!(scheme, "sqlite" | "postgres" | "postgresql" | "mysql")
    {
        bail!(
            "DATABASE_URL {} names a {scheme}:// address, which is no database this app \
             supports: use {SUPPORTED_URLS}",
            redacted(database_url)
        );
    }
    if Backend::of(database_url) != Backend::Sqlite {
        return Ok(());
    }
    // A SQLite URI (`file:path?mode=ro`) names its file before the query.
    let file = sqlite_path(database_url);
    let file = match file.strip_prefix("file:") {
        Some(uri) => uri.split('?').next().unwrap_or_default(),
        None => file,
    };
    let path = std::path::Path::new(file);
    if path.as_os_str().is_empty() {
        bail!("DATABASE_URL is empty: use {SUPPORTED_URLS}");
    }
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => bail!(
            "cannot open the SQLite database {}: the folder {} does not exist (create it, or \
             name a file in a folder that does)",
            path.display(),
            folder.display()
        ),
        _ => Ok(()),
    }
}

/// Opens the pool (creating a SQLite file if needed), failing within a few seconds with
/// the backend's own message: bad password, missing database, unreachable host.
pub fn connect(database_url: &str) -> anyhow::Result<Database> {
    check_url(database_url)?;
    let manager = ConnectionManager::new(database_url);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheme_picks_the_backend() {
        assert_eq!(Backend::of("students.db"), Backend::Sqlite);
        assert_eq!(Backend::of("sqlite://data/students.db"), Backend::Sqlite);
        assert_eq!(Backend::of("postgres://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::of("postgresql://u@h/db"), Backend::Postgres);
        assert_eq!(Backend::of("mysql://u@h/db"), Backend::Mysql);
        assert_eq!(sqlite_path("sqlite://data/students.db"), "data/students.db");
        assert_eq!(sqlite_path("sqlite:students.db"), "students.db");
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redacted("postgres://app:s3cret@db:5432/students"),
            "postgres://app:***@db:5432/students"
        );
        assert_eq!(
            redacted("mysql://root@127.0.0.1/test"),
            "mysql://root@127.0.0.1/test"
        );
        assert_eq!(redacted("students.db"), "students.db");
    }
}
