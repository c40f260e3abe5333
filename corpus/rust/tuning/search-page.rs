use axum::{extract::{Query, State}, response::Html};
use rusqlite::Connection;
use serde::Deserialize;
use std::sync::{Arc, Mutex};

#[derive(Deserialize)]
pub struct SearchQuery {
    pub q: String,
}

pub type Db = Arc<Mutex<Connection>>;

pub async fn search(State(db): State<Db>, Query(params): Query<SearchQuery>) -> Html<String> {
    let conn = db.lock().unwrap();
    let sql = format!(
        "SELECT title, url FROM articles WHERE title LIKE '%{}%' ORDER BY published DESC LIMIT 20",
        params.q
    );
    // expect: injection.sql
    let hits: Vec<(String, String)> = match conn.prepare(&sql).and_then(|mut stmt| {
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<Vec<_>, _>>()
    }) {
        Ok(rows) => rows,
        Err(_) => return Html("<p>Search is unavailable.</p>".to_string()),
    };

    if hits.is_empty() {
        // expect: injection.xss
        return Html(format!("<p>No results for <b>{}</b>.</p>", params.q));
    }

    let mut body = String::from("<ul class=\"results\">");
    for (title, url) in &hits {
        body.push_str(&format!(
            "<li><a href=\"{}\">{}</a></li>",
            html_escape::encode_double_quoted_attribute(url),
            html_escape::encode_text(title)
        ));
    }
    body.push_str("</ul>");
    // ok: injection.xss
    Html(body)
}

pub async fn count(State(db): State<Db>) -> String {
    let conn = db.lock().unwrap();
    // ok: injection.sql
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0)).unwrap_or(0);
    n.to_string()
}
