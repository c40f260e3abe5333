use jsonwebtoken::{encode, EncodingKey, Header};
use rand::rngs::{OsRng, SmallRng};
use rand::{Rng, RngCore, SeedableRng};
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

// expect: crypto.secrets
const JWT_SECRET: &str = "k3y-f0r-s1gn1ng-jwts-2024-prod";

#[derive(Serialize)]
struct Claims {
    sub: String,
    exp: u64,
}

pub fn issue_jwt(user_id: &str) -> Result<String, jsonwebtoken::errors::Error> {
    let exp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 3600;
    let claims = Claims { sub: user_id.to_owned(), exp };
    encode(&Header::default(), &claims, &EncodingKey::from_secret(JWT_SECRET.as_bytes()))
}

pub fn new_refresh_token() -> String {
    // expect: crypto.random
    let token: u128 = SmallRng::from_entropy().gen();
    format!("{:032x}", token)
}

pub fn new_csrf_token() -> String {
    let mut buf = [0u8; 32];
    // ok: crypto.random
    OsRng.fill_bytes(&mut buf);
    hex::encode(buf)
}

pub fn pick_backend(backends: &[String]) -> &str {
    // Load spreading only; not security relevant.
    // ok: crypto.random
    let idx = SmallRng::from_entropy().gen_range(0..backends.len());
    &backends[idx]
}
