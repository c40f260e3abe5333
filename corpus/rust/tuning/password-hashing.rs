use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};

/// Hashes a password with Argon2id and a random salt.
/// (The old service stored unsalted MD5 hashes; those are migrated on next login.)
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    // ok: crypto.random
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt)?;
    Ok(hash.to_string())
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Deterministic key for rate limiting login attempts per account.
pub fn attempt_bucket(email: &str) -> String {
    // ok: crypto.hash
    let digest = Sha256::digest(email.trim().to_lowercase().as_bytes());
    hex::encode(&digest[..8])
}

pub fn is_legacy_hash(stored: &str) -> bool {
    // ok: crypto.hash
    stored.len() == 32 && stored.chars().all(|c| c.is_ascii_hexdigit()) && !stored.starts_with("$argon2")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let pw = std::env::var("TEST_PASSWORD").unwrap_or_else(|_| "x".repeat(12));
        let stored = hash_password(&pw).unwrap();
        assert!(verify_password(&pw, &stored));
        // ok: crypto.secrets
        let placeholder_password = "changeme";
        assert!(!verify_password(placeholder_password, &stored));
    }
}
