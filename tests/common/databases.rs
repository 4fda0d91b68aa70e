//! A fresh database per test on every backend: a SQLite file in a temporary folder, or a
//! uniquely named PostgreSQL / MariaDB database created on the local server and dropped
//! when the test ends.
//!
//! Without a server the PostgreSQL and MySQL tests skip with one line; with
//! `STUDENTS_REQUIRE_DATABASES=1` (set by `.ci/run`) a missing server fails them instead.

use std::io::Write;
use students::db::Backend;
use tempfile::TempDir;

/// Generates one `#[tokio::test]` per backend this build supports for each listed
/// `async fn name(app: TestApp)`: `sqlite::name`, `postgres::name`, `mysql::name`.
#[macro_export]
macro_rules! on_every_backend {
    ($($test:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $test() {
                super::$test($crate::helpers::spawn_app().await).await
            })+
        }
        #[cfg(feature = "postgres")]
        mod postgres {
            $(#[tokio::test]
            async fn $test() {
                let backend = $crate::helpers::Backend::Postgres;
                if let Some(app) = $crate::helpers::spawn_app_on(backend).await {
                    super::$test(app).await
                }
            })+
        }
        #[cfg(feature = "mysql")]
        mod mysql {
            $(#[tokio::test]
            async fn $test() {
                let backend = $crate::helpers::Backend::Mysql;
                if let Some(app) = $crate::helpers::spawn_app_on(backend).await {
                    super::$test(app).await
                }
            })+
        }
    };
}

pub const REQUIRE_ENV: &str = "STUDENTS_REQUIRE_DATABASES";

/// A database that exists for one test.
pub enum TestDatabase {
    Sqlite {
        folder: TempDir,
    },
    Server {
        backend: Backend,
        admin_url: String,
        name: String,
    },
}

impl TestDatabase {
    /// `None` (after one line saying why) when the backend's server cannot be reached.
    pub fn create(backend: Backend) -> Option<Self> {
        if backend == Backend::Sqlite {
            let folder = tempfile::tempdir().expect("temporary folder");
            return Some(Self::Sqlite { folder });
        }
        let admin_url = admin_url(backend);
        let name = format!("students_test_{}", hex::encode(rand::random::<[u8; 6]>()));
        match execute(backend, &admin_url, &format!("CREATE DATABASE {name}")) {
            Ok(()) => Some(Self::Server {
                backend,
                admin_url,
                name,
            }),
            Err(err) => {
                skip_because(
                    backend,
                    &format!("cannot create a database at {admin_url}: {err}"),
                );
                None
            }
        }
    }

    pub fn url(&self) -> String {
        match self {
            Self::Sqlite { folder } => folder
                .path()
                .join("students.db")
                .to_str()
                .expect("UTF-8 temporary path")
                .to_owned(),
            Self::Server {
                admin_url, name, ..
            } => {
                let (server, _) = admin_url.rsplit_once('/').expect("a URL with a database");
                format!("{server}/{name}")
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Self::Server {
            backend,
            admin_url,
            name,
        } = self
        {
            // FORCE: the app's pooled connections may still be open.
            let drop_sql = match backend {
                Backend::Postgres => format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                _ => format!("DROP DATABASE IF EXISTS {name}"),
            };
            if let Err(err) = execute(*backend, admin_url, &drop_sql) {
                let _ = writeln!(
                    std::io::stderr(),
                    "could not drop test database {name}: {err}"
                );
            }
        }
    }
}

/// The server and maintenance database tests connect to, overridable per backend.
fn admin_url(backend: Backend) -> String {
    let (variable, default) = match backend {
        Backend::Postgres => (
            "STUDENTS_TEST_POSTGRES_URL",
            "postgres://postgres@127.0.0.1:5432/test",
        ),
        Backend::Mysql => (
            "STUDENTS_TEST_MYSQL_URL",
            "mysql://root@127.0.0.1:3306/test",
        ),
        Backend::Sqlite => unreachable!("SQLite needs no server"),
    };
    std::env::var(variable).unwrap_or_else(|_| default.to_owned())
}

fn skip_because(backend: Backend, reason: &str) {
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    if std::env::var_os(REQUIRE_ENV).is_some() {
        panic!("{backend:?}: {reason} ({REQUIRE_ENV} is set, so these tests may not skip)");
    }
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(std::io::stderr(), "skipping {backend:?} tests: {reason}");
    });
}

fn execute(backend: Backend, url: &str, sql: &str) -> Result<(), String> {
    match backend {
        #[cfg(feature = "postgres")]
        Backend::Postgres => execute_on::<diesel::PgConnection>(url, sql),
        #[cfg(feature = "mysql")]
        Backend::Mysql => execute_on::<diesel::MysqlConnection>(url, sql),
        _ => {
            let _ = (url, sql);
            Err(format!("this build has no {backend:?} support"))
        }
    }
}

#[cfg(any(feature = "postgres", feature = "mysql"))]
fn execute_on<C: diesel::Connection>(url: &str, sql: &str) -> Result<(), String> {
    let mut conn = C::establish(url).map_err(|err| err.to_string())?;
    conn.batch_execute(sql).map_err(|err| err.to_string())
}
