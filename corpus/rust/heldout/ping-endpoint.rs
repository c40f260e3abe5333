use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
pub struct PingQuery {
    host: String,
    count: Option<u8>,
}

#[get("/diagnostics/ping")]
pub async fn ping(query: web::Query<PingQuery>) -> impl Responder {
    let count = query.count.unwrap_or(3).min(10);
    let cmdline = format!("ping -c {} -W 2 {}", count, query.host);
    // expect: sandbox.process
    let output = match Command::new("sh").arg("-c").arg(&cmdline).output() {
        Ok(o) => o,
        Err(e) => return HttpResponse::InternalServerError().body(e.to_string()),
    };
    HttpResponse::Ok()
        .content_type("text/plain")
        .body(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[get("/diagnostics/traceroute")]
pub async fn traceroute(query: web::Query<PingQuery>) -> impl Responder {
    // The host is passed as its own argv entry; no shell is involved.
    // ok: sandbox.process
    let output = Command::new("traceroute")
        .arg("-m")
        .arg("15")
        .arg(&query.host)
        .output();
    match output {
        Ok(o) => HttpResponse::Ok()
            .content_type("text/plain")
            .body(String::from_utf8_lossy(&o.stdout).into_owned()),
        Err(_) => HttpResponse::ServiceUnavailable().finish(),
    }
}

#[get("/diagnostics/uptime")]
pub async fn uptime() -> impl Responder {
    // ok: sandbox.process
    let out = Command::new("sh").arg("-c").arg("uptime -p").output();
    match out {
        Ok(o) => HttpResponse::Ok().body(o.stdout),
        Err(_) => HttpResponse::ServiceUnavailable().finish(),
    }
}
