use axum::{
    body::Bytes,
    http::{HeaderMap, StatusCode},
};
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::Sha256;
use subtle::ConstantTimeEq;

// expect: crypto.secrets
const GITHUB_WEBHOOK_SECRET: &str = "gh-hook-7Hc9qLm2Vx4Rt8Zp";

type HmacSha256 = Hmac<Sha256>;

fn stripe_signing_secret() -> String {
    // ok: crypto.secrets
    std::env::var("STRIPE_WEBHOOK_SECRET").unwrap_or_default()
}

/// GitHub still sends the legacy X-Hub-Signature header for old hooks.
pub fn verify_github_legacy(headers: &HeaderMap, body: &Bytes) -> bool {
    let Some(sig) = headers.get("x-hub-signature").and_then(|v| v.to_str().ok()) else {
        return false;
    };
    // expect: crypto.hash
    let mut mac = Hmac::<Sha1>::new_from_slice(GITHUB_WEBHOOK_SECRET.as_bytes()).unwrap();
    mac.update(body);
    let expected = format!("sha1={}", hex::encode(mac.finalize().into_bytes()));
    expected.as_bytes().ct_eq(sig.as_bytes()).into()
}

pub fn verify_github(headers: &HeaderMap, body: &Bytes) -> bool {
    let Some(sig) = headers.get("x-hub-signature-256").and_then(|v| v.to_str().ok()) else {
        return false;
    };
    // ok: crypto.hash
    let mut mac = HmacSha256::new_from_slice(GITHUB_WEBHOOK_SECRET.as_bytes()).unwrap();
    mac.update(body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    expected.as_bytes().ct_eq(sig.as_bytes()).into()
}

pub async fn stripe_hook(headers: HeaderMap, body: Bytes) -> StatusCode {
    let secret = stripe_signing_secret();
    let Some(sig) = headers.get("stripe-signature").and_then(|v| v.to_str().ok()) else {
        return StatusCode::BAD_REQUEST;
    };
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(&body);
    if hex::encode(mac.finalize().into_bytes()) == sig {
        StatusCode::OK
    } else {
        StatusCode::UNAUTHORIZED
    }
}
