use axum::{extract::Query, response::Html, routing::get, Router};
use pulldown_cmark::{html, Parser};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct PreviewQuery {
    title: Option<String>,
    text: String,
}

pub fn router() -> Router {
    Router::new()
        .route("/preview", get(preview))
        .route("/preview/plain", get(preview_plain))
        .route("/preview/help", get(help))
}

async fn preview(Query(q): Query<PreviewQuery>) -> Html<String> {
    let mut rendered = String::new();
    html::push_html(&mut rendered, Parser::new(&q.text));
    let title = q.title.unwrap_or_else(|| "Preview".to_string());
    // expect: injection.xss
    Html(format!(
        "<html><head><title>{}</title></head><body>{}</body></html>",
        title, rendered
    ))
}

async fn preview_plain(Query(q): Query<PreviewQuery>) -> Html<String> {
    let escaped = html_escape::encode_text(&q.text);
    // ok: injection.xss
    Html(format!("<pre class=\"plain\">{}</pre>", escaped))
}

async fn help() -> Html<&'static str> {
    // ok: injection.xss
    Html("<h1>Markdown preview</h1><p>Send ?text=... to render.</p>")
}
