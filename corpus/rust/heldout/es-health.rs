//! Prints cluster health for an Elasticsearch node.
//! usage: es-health <node-url>      e.g. es-health https://es-01.internal:9200
use serde::Deserialize;
use std::env;
use std::time::Duration;

const ES_USER: &str = "monitoring";
// expect: crypto.secrets
const ES_PASSWORD: &str = "M0nit0r!ng-Cluster-77";

#[derive(Debug, Deserialize)]
struct Health {
    cluster_name: String,
    status: String,
    number_of_nodes: u32,
    unassigned_shards: u32,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let node = env::args().nth(1).ok_or("usage: es-health <node-url>")?;
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(5))
        // expect: crypto.tls
        .danger_accept_invalid_certs(true)
        .build()?;

    let url = format!("{}/_cluster/health", node.trim_end_matches('/'));
    // expect: sandbox.net
    let resp = client.get(&url).basic_auth(ES_USER, Some(ES_PASSWORD)).send()?;
    let health: Health = resp.error_for_status()?.json()?;

    println!(
        "{}: {} ({} nodes, {} unassigned shards)",
        health.cluster_name, health.status, health.number_of_nodes, health.unassigned_shards
    );
    if health.status != "green" {
        std::process::exit(1);
    }
    Ok(())
}
