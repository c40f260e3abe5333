use axum::{
    extract::Query,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ProxyParams {
    url: String,
    width: Option<u32>,
}

const THUMBNAIL_SERVICE: &str = "https://thumbs.internal.example.com/resize";

pub async fn proxy_image(Query(params): Query<ProxyParams>) -> Result<Response, StatusCode> {
    if !params.url.starts_with("http") {
        return Err(StatusCode::BAD_REQUEST);
    }
    // expect: sandbox.net
    let upstream = reqwest::get(&params.url)
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let content_type = upstream
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_string();
    let body = upstream.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(([(header::CONTENT_TYPE, content_type)], body).into_response())
}

pub async fn thumbnail(Query(params): Query<ProxyParams>) -> Result<Response, StatusCode> {
    let width = params.width.unwrap_or(200).min(2000);
    let client = reqwest::Client::new();
    // ok: sandbox.net
    let resp = client
        .get(format!("{}?w={}&src={}", THUMBNAIL_SERVICE, width, urlencoding::encode(&params.url)))
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let body = resp.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(([(header::CONTENT_TYPE, "image/webp")], body).into_response())
}
