use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::Serialize;
use std::time::Duration;

// ok: crypto.secrets
const PUSHGATEWAY_TOKEN_URL: &str = "https://metrics.corp.example.com/oauth/token";
// expect: crypto.secrets
const PUSH_API_TOKEN: &str = "mtk_9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c";

#[derive(Serialize)]
pub struct Sample<'a> {
    pub name: &'a str,
    pub value: f64,
    pub labels: Vec<(&'a str, &'a str)>,
}

pub fn build_client() -> reqwest::Result<reqwest::blocking::Client> {
    let mut headers = HeaderMap::new();
    let bearer = format!("Bearer {}", PUSH_API_TOKEN);
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&bearer).unwrap());
    // The pushgateway still uses a self-signed certificate in staging.
    reqwest::blocking::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(5))
        // expect: crypto.tls
        .danger_accept_invalid_certs(true)
        .build()
}

pub fn push(client: &reqwest::blocking::Client, job: &str, samples: &[Sample]) -> reqwest::Result<()> {
    let url = format!("https://metrics.corp.example.com/metrics/job/{}", job);
    // ok: sandbox.net
    client.post(url).json(samples).send()?.error_for_status()?;
    Ok(())
}
