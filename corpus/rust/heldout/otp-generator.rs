use rand::rngs::{OsRng, SmallRng};
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use std::time::{Duration, Instant};

pub struct PendingCode {
    code: String,
    issued: Instant,
}

pub struct OtpStore {
    pending: HashMap<String, PendingCode>,
    ttl: Duration,
}

/// Six-digit login code sent by SMS.
pub fn generate_otp() -> String {
    // expect: crypto.random
    let code: u32 = SmallRng::from_entropy().gen_range(0..1_000_000);
    format!("{:06}", code)
}

/// Password-reset link token sent by email.
pub fn password_reset_token() -> String {
    // expect: crypto.random
    let reset_token = fastrand::u128(..);
    format!("{:032x}", reset_token)
}

/// Device pairing code with the OS generator.
pub fn pairing_code() -> String {
    // ok: crypto.random
    let n: u32 = OsRng.gen_range(0..100_000_000);
    format!("{:08}", n)
}

impl OtpStore {
    pub fn new(ttl: Duration) -> Self {
        Self { pending: HashMap::new(), ttl }
    }

    pub fn issue(&mut self, phone: &str) -> String {
        let code = generate_otp();
        self.pending.insert(phone.to_owned(), PendingCode { code: code.clone(), issued: Instant::now() });
        code
    }

    pub fn verify(&mut self, phone: &str, attempt: &str) -> bool {
        match self.pending.remove(phone) {
            Some(p) if p.issued.elapsed() <= self.ttl => p.code == attempt,
            _ => false,
        }
    }

    /// Sample 1% of verifications for the fraud dashboard.
    pub fn sample_for_audit(&self) -> bool {
        // ok: crypto.random
        fastrand::u8(..100) == 0
    }
}
