use reqwest::tls::Version;
use serde::Deserialize;
use std::time::Duration;

const BASE_URL: &str = "https://api.openweathermap.org/data/2.5";

#[derive(Debug, Deserialize)]
pub struct Current {
    pub main: Main,
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct Main {
    pub temp: f64,
    pub humidity: u8,
}

pub struct WeatherClient {
    http: reqwest::Client,
    api_key: String,
}

impl WeatherClient {
    pub fn from_env() -> Result<Self, Box<dyn std::error::Error>> {
        // ok: crypto.secrets
        let api_key = std::env::var("OPENWEATHER_API_KEY")?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(8))
            // ok: crypto.tls
            .min_tls_version(Version::TLS_1_2)
            .https_only(true)
            .build()?;
        Ok(Self { http, api_key })
    }

    pub async fn current(&self, city: &str) -> reqwest::Result<Current> {
        // ok: sandbox.net
        self.http
            .get(format!("{}/weather", BASE_URL))
            .query(&[("q", city), ("appid", self.api_key.as_str()), ("units", "metric")])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
    }

    pub async fn by_coordinates(&self, lat: f64, lon: f64) -> reqwest::Result<Current> {
        let url = format!(
            "https://api.openweathermap.org/data/2.5/weather?lat={}&lon={}&appid={}",
            lat, lon, self.api_key
        );
        // ok: sandbox.net
        self.http.get(&url).send().await?.json().await
    }
}
