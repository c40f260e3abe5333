use axum::{
    extract::{Multipart, Path},
    http::StatusCode,
    response::{Html, IntoResponse},
    routing::{get, post},
    Router,
};
use std::path::PathBuf;
use tokio::fs;

const UPLOAD_DIR: &str = "/var/lib/app/uploads";
const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;

pub fn routes() -> Router {
    Router::new()
        .route("/upload", post(upload))
        .route("/files/:name", get(download))
}

async fn upload(mut multipart: Multipart) -> Result<Html<String>, StatusCode> {
    let mut stored = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| StatusCode::BAD_REQUEST)?
    {
        let file_name = match field.file_name() {
            Some(n) => n.to_string(),
            None => continue,
        };
        let data = field.bytes().await.map_err(|_| StatusCode::BAD_REQUEST)?;
        if data.len() > MAX_UPLOAD_BYTES {
            return Err(StatusCode::PAYLOAD_TOO_LARGE);
        }
        let dest = PathBuf::from(UPLOAD_DIR).join(&file_name);
        // expect: sandbox.fs
        fs::write(&dest, &data)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        tracing::info!(file = %file_name, bytes = data.len(), "stored upload");
        stored.push(format!("<li>{}</li>", file_name));
    }
    // expect: injection.xss
    Ok(Html(format!("<h2>Uploaded</h2><ul>{}</ul>", stored.join(""))))
}

async fn download(Path(name): Path<String>) -> Result<impl IntoResponse, StatusCode> {
    // Only the final path component is kept, so "../" sequences are dropped.
    let safe_name = std::path::Path::new(&name)
        .file_name()
        .ok_or(StatusCode::BAD_REQUEST)?
        .to_owned();
    let path = PathBuf::from(UPLOAD_DIR).join(safe_name);
    // ok: sandbox.fs
    let bytes = fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;
    Ok(bytes)
}
