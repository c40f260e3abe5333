use axum::{
    extract::Path,
    http::{header, StatusCode},
    response::IntoResponse,
    Router,
};
use std::path::PathBuf;
use tower_http::services::ServeDir;

const ASSET_ROOT: &str = "/srv/www/assets";

pub fn router() -> Router {
    Router::new()
        .route("/docs/*path", axum::routing::get(serve_doc))
        // ok: sandbox.fs
        .nest_service("/static", ServeDir::new("public"))
}

async fn serve_doc(Path(rel): Path<String>) -> Result<impl IntoResponse, StatusCode> {
    let root = PathBuf::from(ASSET_ROOT)
        .canonicalize()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let candidate = root
        .join(&rel)
        .canonicalize()
        .map_err(|_| StatusCode::NOT_FOUND)?;
    if !candidate.starts_with(&root) {
        return Err(StatusCode::FORBIDDEN);
    }
    let mime = match candidate.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "application/javascript",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    };
    // ok: sandbox.fs
    let body = tokio::fs::read(&candidate)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    Ok(([(header::CONTENT_TYPE, mime)], body))
}

pub async fn robots() -> impl IntoResponse {
    // ok: sandbox.fs
    match tokio::fs::read_to_string("/srv/www/robots.txt").await {
        Ok(text) => (StatusCode::OK, text),
        Err(_) => (StatusCode::OK, "User-agent: *\nDisallow:\n".to_string()),
    }
}
