use axum::{extract::Query, http::StatusCode, Json};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{BufRead, BufReader};

const APP_LOG: &str = "/var/log/app/current.log";
const MAX_HITS: usize = 500;

#[derive(Deserialize)]
pub struct SearchParams {
    pattern: Option<String>,
    term: Option<String>,
}

#[derive(Serialize)]
pub struct Hit {
    line_no: usize,
    text: String,
}

pub async fn search_logs(Query(p): Query<SearchParams>) -> Result<Json<Vec<Hit>>, StatusCode> {
    let matcher = if let Some(pattern) = p.pattern.as_deref() {
        // expect: resource.limits
        Regex::new(pattern).map_err(|_| StatusCode::BAD_REQUEST)?
    } else if let Some(term) = p.term.as_deref() {
        // Literal search: the term is escaped so it cannot form a pathological pattern.
        // ok: resource.limits
        Regex::new(&regex::escape(term)).map_err(|_| StatusCode::BAD_REQUEST)?
    } else {
        return Err(StatusCode::BAD_REQUEST);
    };

    // ok: sandbox.fs
    let file = File::open(APP_LOG).map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let mut hits = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        if matcher.is_match(&line) {
            hits.push(Hit { line_no: i + 1, text: line });
            if hits.len() >= MAX_HITS {
                break;
            }
        }
    }
    Ok(Json(hits))
}

pub fn level_filter() -> Regex {
    // ok: resource.limits
    Regex::new(r"^\[(ERROR|WARN)\]").expect("static regex")
}
