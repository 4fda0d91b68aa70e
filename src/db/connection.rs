//! The connection: one type for every backend the build has (`DbConnection`), the pooled
//! connection and what the pool knows of it (`Pooled`), and the r2d2 manager that opens
//! them with each backend's settings (`ConnectionManager`).

use super::backend::{Backend, sqlite_path};
use crate::error::is_lost_connection;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool};
use std::ops::{Deref, DerefMut};
use std::time::{Duration, Instant};

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
    pub(super) fn note<T>(&mut self, result: &QueryResult<T>) {
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
    pub(super) backend: Backend,
    url: String,
    /// What else a new SQLite connection needs (the query budget's function).
    sqlite_setup: SqliteSetup,
}

/// Prepares a new SQLite connection.
pub type SqliteSetup = fn(&mut SqliteConnection) -> QueryResult<()>;

impl ConnectionManager {
    pub fn new(database_url: &str, sqlite_setup: SqliteSetup) -> Self {
        let backend = Backend::of(database_url);
        let url = match backend {
            Backend::Sqlite => sqlite_path(database_url).to_owned(),
            Backend::Postgres | Backend::Mysql => database_url.to_owned(),
        };
        Self {
            backend,
            url,
            sqlite_setup,
        }
    }

    pub(super) fn establish(&self) -> ConnectionResult<DbConnection> {
        match self.backend {
            Backend::Sqlite => {
                plans_independent_of_values();
                let mut conn = SqliteConnection::establish(&self.url)?;
                conn.batch_execute(SQLITE_SETTINGS)
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
                (self.sqlite_setup)(&mut conn)
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
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
