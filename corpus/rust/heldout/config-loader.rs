use serde::Deserialize;
use std::env;
use std::fs;
use std::path::PathBuf;

const DEFAULT_CONFIG_PATH: &str = "/etc/orders/config.toml";
// ok: crypto.secrets
const DB_PASSWORD_ENV_VAR: &str = "ORDERS_DB_PASSWORD";

#[derive(Debug, Deserialize)]
pub struct DatabaseConfig {
    pub host: String,
    pub port: u16,
    pub user: String,
    #[serde(skip)]
    pub password: String,
}

#[derive(Debug, Deserialize)]
pub struct Config {
    pub listen: String,
    pub database: DatabaseConfig,
    pub worker_threads: Option<usize>,
}

fn config_path() -> PathBuf {
    env::var_os("ORDERS_CONFIG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_PATH))
}

pub fn load() -> Result<Config, Box<dyn std::error::Error>> {
    let path = config_path();
    // ok: sandbox.fs
    let contents = fs::read_to_string(&path)?;
    let mut cfg: Config = toml::from_str(&contents)?;
    // ok: crypto.secrets
    cfg.database.password = env::var(DB_PASSWORD_ENV_VAR).unwrap_or_default();
    if cfg.worker_threads == Some(0) {
        cfg.worker_threads = None;
    }
    Ok(cfg)
}

pub fn load_from(path: &str) -> Result<Config, Box<dyn std::error::Error>> {
    // ok: sandbox.fs
    let contents = fs::read_to_string(path)?;
    Ok(toml::from_str(&contents)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_minimal() {
        let cfg: Config = toml::from_str(
            "listen = \"0.0.0.0:8080\"\n[database]\nhost = \"db\"\nport = 5432\nuser = \"orders\"\n",
        )
        .unwrap();
        assert_eq!(cfg.database.port, 5432);
        assert!(cfg.database.password.is_empty());
    }
}
