//! Password hashing: Argon2id with 7 MiB and 5 passes, a random salt per hash, stored as a
//! PHC string that carries its own parameters, so other settings later still verify older
//! hashes (those made with the crate's defaults, 19 MiB and 2 passes, included).

use crate::domain::account::NewPassword;
use crate::error::AppError;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

/// A hash of a password nobody has, verified when the email has no account so that the
/// answer takes as long as for a real one (the timing must not tell which emails exist).
static DECOY_HASH: LazyLock<Option<String>> =
    LazyLock::new(|| hash("a password nobody has, for timing").ok());

/// OWASP lists five Argon2id settings as equally strong; this is the one that needs the
/// least memory. Every login holds its memory while it runs, so with 19 MiB (the crate's
/// default) one login more than doubled the server's resident size.
const PARAMS: Params = match Params::new(7 * 1024, 5, 1, None) {
    Ok(params) => params,
    Err(_) => panic!("Argon2 refuses the parameters"),
};

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, PARAMS)
}

pub fn hash(password: &str) -> anyhow::Result<String> {
    argon2()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("hashing a password: {err}"))
}

/// Hashes on the blocking pool (tens of milliseconds of CPU, too long for an async
/// worker). `None` (a form that keeps the password) is an internal error here: callers
/// pass the password a new account must have.
pub async fn hash_off_thread(password: Option<&NewPassword>) -> Result<String, AppError> {
    let password = password
        .map(|password| password.as_str().to_owned())
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no password to hash")))?;
    actix_web::web::block(move || hash(&password))
        .await?
        .map_err(AppError::internal)
}

/// Whether `password` matches `stored`. A malformed stored hash matches nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        // With the parameters the stored hash names, whatever `PARAMS` is now.
        Ok(parsed) => argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(err) => {
            log::error!("a stored password hash cannot be read: {err}");
            false
        }
    }
}

/// Spends the time of one verification, for an email without an account.
pub fn verify_decoy(password: &str) {
    if let Some(decoy) = DECOY_HASH.as_deref() {
        verify(password, decoy);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_salted_argon2id_and_verify() {
        let first = hash("correct horse battery").unwrap();
        let second = hash("correct horse battery").unwrap();
        assert!(first.starts_with("$argon2id$"), "{first}");
        assert_ne!(first, second, "a random salt per hash");
        assert!(!first.contains("correct horse"));
        assert!(verify("correct horse battery", &first));
        assert!(!verify("correct horse battery!", &first));
        assert!(!verify("anything", "not a hash"));
        assert!(first.contains("$m=7168,t=5,p=1$"), "{first}");
        // A hash made with the crate's defaults (19 MiB, 2 passes) still verifies.
        let older = Argon2::default()
            .hash_password(b"correct horse battery")
            .unwrap()
            .to_string();
        assert!(older.contains("$m=19456,t=2,p=1$"), "{older}");
        assert!(verify("correct horse battery", &older));
    }
}
