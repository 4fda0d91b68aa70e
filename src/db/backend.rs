//! Which database a `DATABASE_URL` names (`Backend`), the SQLite file it names, the URL as
//! messages may show it (no password), and the check that refuses one naming no
//! supported database before anything connects.

use anyhow::bail;
use std::fmt;

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

/// What `DATABASE_URL` may be, for the messages that refuse one.
const SUPPORTED_URLS: &str = "a SQLite file (students.db, sqlite://path/students.db), \
     postgres://user:password@host/database or mysql://user:password@host/database";

/// Refuses, before connecting, a URL that names no supported database, and a SQLite file
/// in a folder that does not exist (SQLite itself says only "unable to open database file").
pub(super) fn check_url(database_url: &str) -> anyhow::Result<()> {
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
