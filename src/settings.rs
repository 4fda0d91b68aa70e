//! Typed settings, read from the environment (or the equivalent command-line flags), each
//! with a default that works on a developer's machine.
//!
//! Layer: foundations. Imports nothing of the crate.

use std::path::PathBuf;

#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Database to use: a SQLite file path or `sqlite://path`. Created and migrated on start.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "students.db",
        global = true
    )]
    pub database_url: String,

    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1", global = true)]
    pub bind: String,

    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "PORT", default_value_t = 8080, global = true)]
    pub port: u16,

    /// Secret for signing and encrypting cookies, at least 32 bytes. When unset, a random
    /// key is generated once and kept in a file beside the database.
    #[arg(long, env = "SECRET_KEY", hide_env_values = true, global = true)]
    pub secret_key: Option<String>,

    /// Mark cookies `Secure` (set this when the app is served over HTTPS).
    #[arg(long, env = "COOKIE_SECURE", default_value_t = false, global = true)]
    pub cookie_secure: bool,

    /// Behind a reverse proxy that sets `X-Forwarded-For`: take the client's address (for
    /// failed-login throttling) from that header instead of the connection.
    #[arg(long, env = "BEHIND_PROXY", default_value_t = false, global = true)]
    pub behind_proxy: bool,

    /// HTTP worker threads (default: one per CPU core).
    #[arg(long, env = "WORKERS", global = true)]
    pub workers: Option<usize>,

    /// Folder with the CSS, JavaScript and icons served under /static/.
    #[arg(long, env = "STATIC_DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/static"), global = true)]
    pub static_dir: PathBuf,

    /// How long one page of the student list may take to find, in milliseconds: the database
    /// stops a query past it, and the page says to narrow the search.
    #[arg(long, env = "QUERY_BUDGET_MS", default_value_t = 2000, global = true)]
    pub query_budget_ms: u64,

    /// On SIGTERM or Ctrl-C: seconds to let requests in flight finish before exiting.
    #[arg(long, env = "SHUTDOWN_TIMEOUT", default_value_t = 30, global = true)]
    pub shutdown_timeout: u64,
}

impl Settings {
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
            static_dir: concat!(env!("CARGO_MANIFEST_DIR"), "/static").into(),
            shutdown_timeout: 30,
            query_budget_ms: 2000,
        }
    }
}
