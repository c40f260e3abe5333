use axum::{extract::State, http::StatusCode, Json};
use serde::Deserialize;
use std::sync::Arc;
use tera::{Context, Tera};

pub struct AppState {
    pub tera: Tera,
}

#[derive(Deserialize)]
pub struct PreviewRequest {
    pub template: String,
    pub first_name: String,
    pub plan: String,
}

#[derive(Deserialize)]
pub struct WelcomeRequest {
    pub first_name: String,
    pub plan: String,
}

/// Marketing can paste a draft template body and preview it before publishing.
pub async fn preview_draft(Json(req): Json<PreviewRequest>) -> Result<String, StatusCode> {
    let mut ctx = Context::new();
    ctx.insert("first_name", &req.first_name);
    ctx.insert("plan", &req.plan);
    // expect: injection.template
    Tera::one_off(&req.template, &ctx, true).map_err(|_| StatusCode::UNPROCESSABLE_ENTITY)
}

/// Renders the published welcome mail; user values are only context variables.
pub async fn render_welcome(
    State(state): State<Arc<AppState>>,
    Json(req): Json<WelcomeRequest>,
) -> Result<String, StatusCode> {
    let mut ctx = Context::new();
    ctx.insert("first_name", &req.first_name);
    ctx.insert("plan", &req.plan);
    // ok: injection.template
    state
        .tera
        .render("emails/welcome.html", &ctx)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

pub fn footer(year: i32) -> String {
    let mut ctx = Context::new();
    ctx.insert("year", &year);
    // ok: injection.template
    Tera::one_off("<p>&copy; {{ year }} Example Corp</p>", &ctx, true).unwrap_or_default()
}
