//! Typed settings, read from the environment (or the equivalent command-line flags), each
//! with a default that works on a developer's machine.
//!
//! Layer: foundations. Imports `i18n` (the time zone type) only.

use crate::i18n::TimeZone;
use std::path::PathBuf;

/// The server's options: `students serve --help` lists them (and their variables).
#[derive(Debug, Clone, clap::Args)]
pub struct ServerOptions {
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1")]
    pub bind: String,

    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "PORT", default_value_t = 8080)]
    pub port: u16,

    /// Secret for signing and encrypting cookies, at least 32 bytes. When unset, a random
    /// key is generated once and kept in the database (table `app_secrets`).
    #[arg(long, env = "SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,

    /// Mark cookies `Secure` (set this when the app is served over HTTPS).
    #[arg(long, env = "COOKIE_SECURE", default_value_t = false)]
    pub cookie_secure: bool,

    /// Behind a reverse proxy that sets `X-Forwarded-For`: take the client's address (for
    /// failed-login throttling) from that header instead of the connection.
    #[arg(long, env = "BEHIND_PROXY", default_value_t = false)]
    pub behind_proxy: bool,

    /// HTTP worker threads (default: one per CPU core).
    #[arg(long, env = "WORKERS")]
    pub workers: Option<usize>,

    /// Serve /static/ from this folder instead of the files built into the binary (while
    /// working on the stylesheet or script).
    #[arg(long, env = "STATIC_DIR")]
    pub static_dir: Option<PathBuf>,

    /// How long one page of the student list may take to find, in milliseconds: the database
    /// stops a query past it, and the page says to narrow the search.
    #[arg(long, env = "QUERY_BUDGET_MS", default_value_t = 2000)]
    pub query_budget_ms: u64,

    /// On SIGTERM or Ctrl-C: seconds to let requests in flight finish before exiting.
    #[arg(long, env = "SHUTDOWN_TIMEOUT", default_value_t = 30)]
    pub shutdown_timeout: u64,
    /// The time zone pages show times in for accounts that chose none (an IANA name, like
    /// Europe/Vienna). Stored times are UTC whatever this says.
    #[arg(long, env = "TIME_ZONE", default_value = "UTC", value_parser = parse_zone)]
    pub time_zone: TimeZone,
}

/// Everything the app runs with: the database and the server's options.
#[derive(Debug, Clone)]
pub struct Settings {
    /// A SQLite file (`path`, `sqlite://path`), `postgres://…` or `mysql://…`.
    pub database_url: String,
    pub bind: String,
    pub port: u16,
    pub secret_key: Option<String>,
    pub cookie_secure: bool,
    pub behind_proxy: bool,
    pub workers: Option<usize>,
    pub static_dir: Option<PathBuf>,
    pub query_budget_ms: u64,
    pub shutdown_timeout: u64,
    pub time_zone: TimeZone,
}

fn parse_zone(name: &str) -> Result<TimeZone, String> {
    TimeZone::parse(name).ok_or_else(|| {
        format!(
            "{name:?} is not a time zone of the IANA database; use a name like Europe/Vienna or UTC"
        )
    })
}

impl Settings {
    /// The settings of `students serve`.
    pub fn new(database_url: String, options: ServerOptions) -> Self {
        Self {
            database_url,
            bind: options.bind,
            port: options.port,
            secret_key: options.secret_key,
            cookie_secure: options.cookie_secure,
            behind_proxy: options.behind_proxy,
            workers: options.workers,
            static_dir: options.static_dir,
            query_budget_ms: options.query_budget_ms,
            shutdown_timeout: options.shutdown_timeout,
            time_zone: options.time_zone,
        }
    }

    /// Defaults for `database_url`, as a test or an embedding program would want them.
    pub fn for_database(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            bind: "127.0.0.1".into(),
            port: 0,
            secret_key: None,
            cookie_secure: false,
            behind_proxy: false,
            workers: None,
            static_dir: None,
            shutdown_timeout: 30,
            query_budget_ms: 2000,
            time_zone: TimeZone::default(),
        }
    }
}
