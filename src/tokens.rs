//! The random tokens this app hands out (session tokens, API tokens, setup links) and the
//! digest under which the database keeps them.
//!
//! SHA-256, not Argon2: these tokens carry 256 random bits, so there is nothing to guess
//! and a slow hash would only slow down every request. A copy of the database still opens
//! no session and authenticates no script.
//!
//! Layer: foundations. Imports nothing of the crate.

use sha2::{Digest, Sha256};

/// A new token: `plain` goes to the person once, `digest` is what is stored.
pub struct Issued {
    pub plain: String,
    pub digest: String,
}

/// Prefix of personal API tokens, so a leaked one is recognisable (secret scanners, logs).
pub const API_TOKEN_PREFIX: &str = "stu_";

pub fn issue(prefix: &str) -> Issued {
    let plain = format!("{prefix}{}", hex::encode(rand::random::<[u8; 32]>()));
    Issued {
        digest: digest(&plain),
        plain,
    }
}

pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_only_as_digests() {
        let first = issue(API_TOKEN_PREFIX);
        let second = issue(API_TOKEN_PREFIX);
        assert_ne!(first.plain, second.plain);
        assert!(first.plain.starts_with("stu_") && first.plain.len() == 68);
        assert_eq!(first.digest, digest(&first.plain));
        assert!(!first.digest.contains(&first.plain[4..]));
    }
}
