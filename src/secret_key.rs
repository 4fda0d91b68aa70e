//! The key that signs and encrypts cookies. Sessions survive restarts (and work across
//! several instances) only if every process uses the same key, so it comes from
//! `SECRET_KEY` or from a file created once beside the database.

use crate::db::sqlite_path;
use actix_web::cookie::Key;
use anyhow::{Context, bail};
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

const MIN_SECRET_BYTES: usize = 32;

pub fn load_or_create(secret: Option<&str>, database_url: &str) -> anyhow::Result<Key> {
    match secret {
        Some(secret) if secret.len() < MIN_SECRET_BYTES => {
            bail!("SECRET_KEY must be at least {MIN_SECRET_BYTES} bytes long")
        }
        Some(secret) => Ok(Key::derive_from(secret.as_bytes())),
        None => load_or_create_file(key_file(database_url)),
    }
}

/// `students.db` keeps its key in `students.db.key`.
fn key_file(database_url: &str) -> PathBuf {
    let mut name = sqlite_path(database_url).to_owned();
    name.push_str(".key");
    PathBuf::from(name)
}

fn load_or_create_file(path: PathBuf) -> anyhow::Result<Key> {
    if path.exists() {
        return read_key(&path);
    }
    // Write the whole key to a private temporary file, then link it into place: the link
    // either appears complete or fails because another instance won the race.
    let key = Key::generate();
    let temporary = path.with_extension(format!("key.{}.tmp", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&temporary)
        .and_then(|mut file| file.write_all(hex::encode(key.master()).as_bytes()))
        .with_context(|| format!("writing the cookie key to {}", temporary.display()))?;
    let linked = fs::hard_link(&temporary, &path);
    let _ = fs::remove_file(&temporary);
    match linked {
        Ok(()) => {
            log::info!("created a new cookie key in {}", path.display());
            Ok(key)
        }
        Err(err) if err.kind() == ErrorKind::AlreadyExists => read_key(&path),
        Err(err) => Err(err).with_context(|| format!("creating {}", path.display())),
    }
}

fn read_key(path: &Path) -> anyhow::Result<Key> {
    let text = fs::read_to_string(path)
        .with_context(|| format!("reading the cookie key from {}", path.display()))?;
    let bytes = hex::decode(text.trim())
        .ok()
        .filter(|bytes| bytes.len() >= 64);
    match bytes {
        Some(bytes) => Ok(Key::from(&bytes)),
        None => bail!(
            "{} does not hold a valid key (128 hex digits); delete it to generate a new one",
            path.display()
        ),
    }
}
