use axum::{extract::Query, http::StatusCode, response::Html};
use scraper::{Html as Document, Selector};
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize)]
pub struct PreviewParams {
    pub url: String,
}

/// Builds an OpenGraph card for a link pasted into chat.
pub async fn link_card(Query(p): Query<PreviewParams>) -> Result<Html<String>, StatusCode> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(4))
        .redirect(reqwest::redirect::Policy::limited(3))
        .build()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    // expect: sandbox.net
    let page = client.get(&p.url).send().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    let text = page.text().await.map_err(|_| StatusCode::BAD_GATEWAY)?;

    let doc = Document::parse_document(&text);
    let title_sel = Selector::parse("meta[property=\"og:title\"]").unwrap();
    let title = doc
        .select(&title_sel)
        .next()
        .and_then(|m| m.value().attr("content"))
        .unwrap_or("Untitled")
        .to_string();

    // expect: injection.xss
    Ok(Html(format!(
        "<div class=\"card\"><a href=\"{}\">{}</a></div>",
        p.url, title
    )))
}

pub async fn link_card_safe(Query(p): Query<PreviewParams>) -> Html<String> {
    let href = html_escape::encode_double_quoted_attribute(&p.url);
    let label = html_escape::encode_text(&p.url);
    // ok: injection.xss
    Html(format!("<div class=\"card\"><a href=\"{}\">{}</a></div>", href, label))
}
