import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'async fn weather() -> String {\n    reqwest::get("https://api.weather.example/v1/today").await.unwrap().text().await.unwrap()\n}',
    'use axum::extract::Path;\nasync fn user(Path(id): Path<String>) -> String {\n    let url = format!("https://api.example.com/users/{}", id);\n    reqwest::get(&url).await.unwrap().text().await.unwrap()\n}',
    'async fn fetch(url: &str) -> String {\n    reqwest::get(url).await.unwrap().text().await.unwrap()\n}',
    'use std::collections::HashMap;\nuse axum::extract::Query;\nasync fn h(Query(q): Query<HashMap<String, String>>) -> String {\n    let m: HashMap<String, String> = HashMap::new();\n    m.get(&q["k"]).cloned().unwrap_or_default()\n}',
    'use axum::extract::Query;\nasync fn proxy(Query(p): Query<Params>) -> String {\n    let u = url::Url::parse(&p.url).unwrap();\n    if !ALLOWED_HOSTS.contains(&u.host_str().unwrap()) {\n        return String::new();\n    }\n    reqwest::get(u).await.unwrap().text().await.unwrap()\n}',
    '// reqwest::get(user_url) is SSRF\nfn f() -> &\'static str {\n    "reqwest::get(url)"\n}',
  ],
  invalid: [
    { code: 'use axum::extract::Query;\nasync fn preview(Query(p): Query<Params>) -> String {\n    let body = reqwest::get(&p.url).await.unwrap().text().await.unwrap();\n    body\n}', line: 3 },
    { code: 'use axum::extract::Json;\nasync fn hook(Json(req): Json<Hook>) {\n    let client = reqwest::Client::new();\n    client\n        .post(&req.callback_url)\n        .send()\n        .await\n        .unwrap();\n}', line: 4 },
    { code: 'use std::net::TcpStream;\nfn main() {\n    let host = std::env::args().nth(1).unwrap();\n    let s = TcpStream::connect(format!("{}:6379", host)).unwrap();\n}', line: 4 },
    { code: 'use axum::extract::Query;\nasync fn f(Query(p): Query<Params>) -> String {\n    let url = format!("https://{}/status", p.host);\n    ureq::get(&url).call().unwrap().into_string().unwrap()\n}', line: 4 },
  ],
})
