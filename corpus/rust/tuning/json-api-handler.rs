use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Html,
    routing::get,
    Json, Router,
};
use serde::Serialize;
use sqlx::SqlitePool;

#[derive(Serialize, sqlx::FromRow)]
pub struct Product {
    pub id: i64,
    pub name: String,
    pub price_cents: i64,
}

pub fn router(pool: SqlitePool) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/api/products", get(list_products))
        .route("/api/products/:id", get(get_product))
        .with_state(pool)
}

async fn index() -> Html<&'static str> {
    // ok: injection.xss
    Html("<!doctype html><title>Shop API</title><p>See <a href=\"/api/products\">/api/products</a></p>")
}

async fn list_products(State(pool): State<SqlitePool>) -> Result<Json<Vec<Product>>, StatusCode> {
    // ok: injection.sql
    let rows = sqlx::query_as::<_, Product>("SELECT id, name, price_cents FROM products ORDER BY name LIMIT 100")
        .fetch_all(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(rows))
}

async fn get_product(
    State(pool): State<SqlitePool>,
    Path(id): Path<i64>,
) -> Result<Json<Product>, StatusCode> {
    // ok: injection.sql
    sqlx::query_as::<_, Product>("SELECT id, name, price_cents FROM products WHERE id = ?")
        .bind(id)
        .fetch_optional(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
