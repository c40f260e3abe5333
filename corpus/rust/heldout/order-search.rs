use axum::{extract::{Query, State}, http::StatusCode, Json};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tokio_postgres::Client;

#[derive(Deserialize)]
pub struct OrderFilter {
    pub status: Option<String>,
    pub customer: Option<String>,
    pub page_size: usize,
}

#[derive(Serialize)]
pub struct OrderRow {
    pub id: i64,
    pub customer: String,
    pub total_cents: i64,
}

pub async fn search_orders(
    State(db): State<Arc<Client>>,
    Query(filter): Query<OrderFilter>,
) -> Result<Json<Vec<OrderRow>>, StatusCode> {
    let mut sql = String::from("SELECT id, customer, total_cents FROM orders WHERE 1=1");
    if let Some(status) = &filter.status {
        sql.push_str(&format!(" AND status = '{}'", status));
    }
    if let Some(customer) = &filter.customer {
        sql.push_str(" AND customer = '");
        sql.push_str(customer);
        sql.push('\'');
    }
    sql.push_str(" ORDER BY id DESC");

    // expect: injection.sql
    let rows = db.query(sql.as_str(), &[]).await.map_err(|_| StatusCode::BAD_REQUEST)?;
    // expect: resource.limits
    let mut out = Vec::with_capacity(filter.page_size);
    for row in rows.iter().take(filter.page_size.min(200)) {
        out.push(OrderRow { id: row.get(0), customer: row.get(1), total_cents: row.get(2) });
    }
    Ok(Json(out))
}

pub async fn order_by_id(db: &Client, id: i64) -> Result<Option<OrderRow>, tokio_postgres::Error> {
    // ok: injection.sql
    let row = db
        .query_opt("SELECT id, customer, total_cents FROM orders WHERE id = $1", &[&id])
        .await?;
    Ok(row.map(|r| OrderRow { id: r.get(0), customer: r.get(1), total_cents: r.get(2) }))
}
