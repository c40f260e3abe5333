use axum::{http::StatusCode, Json};
use hmac::{Hmac, Mac};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

#[derive(Deserialize)]
pub struct Subscription {
    pub callback_url: String,
    pub event: String,
}

#[derive(Serialize)]
struct Delivery<'a> {
    event: &'a str,
    nonce: String,
    test: bool,
}

fn signing_key() -> Vec<u8> {
    std::env::var("WEBHOOK_SIGNING_KEY").unwrap_or_default().into_bytes()
}

/// "Send test event" button: immediately POSTs a sample delivery to the new subscription.
pub async fn test_delivery(Json(sub): Json<Subscription>) -> StatusCode {
    // expect: crypto.random
    let nonce = format!("{:016x}", SmallRng::from_entropy().gen::<u64>());
    let body = serde_json::to_vec(&Delivery { event: &sub.event, nonce, test: true }).unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&signing_key()).unwrap();
    mac.update(&body);
    let signature = hex::encode(mac.finalize().into_bytes());

    let client = reqwest::Client::new();
    // expect: sandbox.net
    let result = client.post(&sub.callback_url).header("x-signature", signature).body(body).send().await;
    match result {
        Ok(r) if r.status().is_success() => StatusCode::NO_CONTENT,
        _ => StatusCode::BAD_GATEWAY,
    }
}

/// Spreads retries so a recovering receiver is not hit all at once.
pub fn retry_delay_ms(attempt: u32) -> u64 {
    let base = 500u64 << attempt.min(8);
    // ok: crypto.random
    base + SmallRng::from_entropy().gen_range(0..base / 2 + 1)
}
