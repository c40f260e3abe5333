use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::future::Future;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
    pub max_attempts: u32,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(100),
            max: Duration::from_secs(10),
            max_attempts: 6,
        }
    }
}

impl Backoff {
    /// Full-jitter delay for the given attempt (0-based).
    pub fn delay(&self, attempt: u32, rng: &mut SmallRng) -> Duration {
        let exp = self.base.saturating_mul(1u32 << attempt.min(16));
        let cap = exp.min(self.max).as_millis() as u64;
        // ok: crypto.random
        let jitter_ms = rng.gen_range(0..=cap);
        Duration::from_millis(jitter_ms)
    }
}

pub async fn retry<T, E, F, Fut>(policy: &Backoff, mut op: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
    E: std::fmt::Display,
{
    // ok: crypto.random
    let mut rng = SmallRng::from_entropy();
    let mut attempt = 0;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) if attempt + 1 < policy.max_attempts => {
                let wait = policy.delay(attempt, &mut rng);
                log::warn!("attempt {} failed: {}; retrying in {:?}", attempt + 1, e, wait);
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}
