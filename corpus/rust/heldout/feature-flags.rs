use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

#[derive(Debug, Deserialize)]
pub struct Flag {
    pub enabled: bool,
    /// Percentage of users (0-100) that get the feature.
    pub rollout: u8,
    pub allow: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct FlagSet {
    pub flags: HashMap<String, Flag>,
}

/// Stable bucket in 0..100 for a (flag, user) pair.
fn bucket(flag: &str, user_id: &str) -> u8 {
    let mut h = Sha256::new();
    h.update(flag.as_bytes());
    h.update(b":");
    h.update(user_id.as_bytes());
    // ok: crypto.hash
    let digest = h.finalize();
    (u16::from_be_bytes([digest[0], digest[1]]) % 100) as u8
}

impl FlagSet {
    pub fn from_json(raw: &str) -> serde_json::Result<Self> {
        serde_json::from_str(raw)
    }

    pub fn is_enabled(&self, name: &str, user_id: &str) -> bool {
        match self.flags.get(name) {
            None => false,
            Some(f) if !f.enabled => false,
            Some(f) if f.allow.iter().any(|u| u == user_id) => true,
            Some(f) => bucket(name, user_id) < f.rollout,
        }
    }

    pub fn names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.flags.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollout_zero_is_off() {
        // ok: crypto.hash
        let raw = r#"{"flags":{"md5-migration":{"enabled":true,"rollout":0,"allow":[]}}}"#;
        let set = FlagSet::from_json(raw).unwrap();
        assert!(!set.is_enabled("md5-migration", "user-1"));
    }
}
