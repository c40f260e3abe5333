use axum::{extract::{Path, State}, http::StatusCode, response::Html};
use sqlx::PgPool;
use std::sync::Arc;
use tera::{Context, Tera};
use tokio::sync::RwLock;

pub struct Cms {
    pub pool: PgPool,
    pub tera: RwLock<Tera>,
}

#[derive(sqlx::FromRow)]
struct Page {
    slug: String,
    title: String,
    body: String,
}

/// Editors write page bodies as Tera templates in the admin UI; they are compiled on first view.
pub async fn show_page(
    State(cms): State<Arc<Cms>>,
    Path(slug): Path<String>,
) -> Result<Html<String>, StatusCode> {
    // ok: injection.sql
    let page: Page = sqlx::query_as("SELECT slug, title, body FROM pages WHERE slug = $1 AND published")
        .bind(&slug)
        .fetch_optional(&cms.pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .ok_or(StatusCode::NOT_FOUND)?;

    let name = format!("page:{}.html", page.slug);
    {
        let mut tera = cms.tera.write().await;
        if !tera.get_template_names().any(|n| n == name) {
            // expect: injection.template
            tera.add_raw_template(&name, &page.body)
                .map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)?;
        }
    }

    let mut ctx = Context::new();
    ctx.insert("title", &page.title);
    let rendered = cms
        .tera
        .read()
        .await
        .render(&name, &ctx)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    // Output of an auto-escaping .html template.
    // ok: injection.xss
    Ok(Html(rendered))
}

pub async fn layout_preview(State(cms): State<Arc<Cms>>) -> Result<Html<String>, StatusCode> {
    let mut ctx = Context::new();
    ctx.insert("title", "Layout preview");
    // ok: injection.template
    let html = cms.tera.read().await.render("layout.html", &ctx).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Html(html))
}
