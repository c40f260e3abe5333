import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use axum::response::Html;\nasync fn index() -> Html<&\'static str> {\n    Html("<h1>Hello</h1>")\n}',
    'use axum::{extract::Query, response::Html};\nasync fn hello(Query(p): Query<Params>) -> Html<String> {\n    Html(format!("<h1>Hello {}</h1>", html_escape::encode_text(&p.name)))\n}',
    'use askama::Template;\nuse axum::response::Html;\nasync fn page(Query(p): Query<Params>) -> Html<String> {\n    let t = PageTemplate { name: &p.name };\n    Html(t.render().unwrap())\n}',
    'use actix_web::HttpResponse;\nasync fn api(name: String) -> HttpResponse {\n    HttpResponse::Ok().content_type("application/json").body(name)\n}',
    '// Html(format!("<p>{}</p>", user)) is XSS\nfn f() -> &\'static str {\n    "Html(x)"\n}',
  ],
  invalid: [
    { code: 'use axum::{extract::Query, response::Html};\nasync fn hello(Query(p): Query<Params>) -> Html<String> {\n    Html(format!("<h1>Hello {}</h1>", p.name))\n}', line: 3 },
    { code: 'use actix_web::{web, HttpResponse};\nasync fn search(q: web::Query<Search>) -> HttpResponse {\n    let body = format!("<p>Results for {}</p>", q.term);\n    HttpResponse::Ok()\n        .content_type("text/html; charset=utf-8")\n        .body(body)\n}', line: 4 },
    { code: 'use rocket::response::content::RawHtml;\n#[get("/greet?<name>")]\nfn greet(name: String) -> RawHtml<String> {\n    RawHtml(format!("<b>{}</b>", name))\n}', line: 4 },
    { code: 'use axum::{extract::Json, response::Html};\nuse pulldown_cmark::{html, Parser};\nasync fn preview(Json(req): Json<Doc>) -> Html<String> {\n    let mut out = String::new();\n    html::push_html(&mut out, Parser::new(&req.markdown));\n    Html(out)\n}', line: 6 },
    { code: 'use maud::{html, Markup, PreEscaped};\nfn comment(text: &str) -> Markup {\n    html! { div { (PreEscaped(text)) } }\n}', line: 3 },
  ],
})
