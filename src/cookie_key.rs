//! The key that signs and encrypts cookies. Sessions survive restarts, and work across
//! several instances, only if every process uses the same key: it comes from `SECRET_KEY`
//! or is generated once and stored in the database that all instances share.
//!
//! Layer: security (start-up uses it). Imports the database.

use crate::db::{DbPool, app_secrets};
use actix_web::cookie::Key;
use anyhow::{Context, bail};

const MIN_SECRET_BYTES: usize = 32;
const STORED_KEY_NAME: &str = "cookie_key";

pub fn load_or_create(secret: Option<&str>, pool: &DbPool) -> anyhow::Result<Key> {
    match secret {
        Some(secret) if secret.len() < MIN_SECRET_BYTES => {
            bail!("SECRET_KEY must be at least {MIN_SECRET_BYTES} bytes long")
        }
        Some(secret) => Ok(Key::derive_from(secret.as_bytes())),
        None => {
            let mut conn = pool.get()?;
            let stored = app_secrets::get_or_create(&mut conn, STORED_KEY_NAME, || {
                hex::encode(Key::generate().master())
            })
            .context("reading the stored cookie key")?;
            match hex::decode(stored.trim()) {
                Ok(bytes) if bytes.len() >= 64 => Ok(Key::from(&bytes)),
                _ => bail!(
                    "the stored cookie key (app_secrets.{STORED_KEY_NAME}) is not 128 hex digits; \
                     delete that row to generate a new one"
                ),
            }
        }
    }
}
