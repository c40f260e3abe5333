use axum::{extract::Query, http::StatusCode, response::Html, Json};
use serde::{Deserialize, Serialize};
use std::process::Command;

const CONSOLE_VERSION: &str = "2.3.1";

#[derive(Deserialize)]
pub struct RunRequest {
    pub tool: String,
    pub args: Vec<String>,
}

#[derive(Serialize)]
pub struct RunResult {
    pub code: Option<i32>,
    pub stdout: String,
}

#[derive(Deserialize)]
pub struct BannerQuery {
    pub message: String,
}

/// Ops console: runs a maintenance tool installed under /opt/ops/bin.
pub async fn run_tool(Json(req): Json<RunRequest>) -> Result<Json<RunResult>, StatusCode> {
    let program = format!("/opt/ops/bin/{}", req.tool);
    // expect: sandbox.process
    let output = Command::new(&program)
        .args(&req.args)
        .output()
        .map_err(|_| StatusCode::NOT_FOUND)?;
    Ok(Json(RunResult {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    }))
}

pub async fn restart_worker() -> StatusCode {
    // ok: sandbox.process
    match Command::new("systemctl").args(["restart", "ops-worker.service"]).status() {
        Ok(s) if s.success() => StatusCode::NO_CONTENT,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

pub async fn banner(Query(q): Query<BannerQuery>) -> Html<String> {
    let page = format!(
        "<div class=\"banner\">Maintenance notice: {}</div><a href=\"/\">back</a>",
        q.message
    );
    // expect: injection.xss
    Html(page)
}

pub async fn status_page() -> Html<String> {
    // ok: injection.xss
    Html(format!("<footer>ops-console v{}</footer>", CONSOLE_VERSION))
}
