import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use tera::{Context, Tera};\nfn page(name: &str) -> String {\n    let mut ctx = Context::new();\n    ctx.insert("name", name);\n    Tera::one_off("<h1>Hello {{ name }}</h1>", &ctx, true).unwrap()\n}',
    'use tera::Tera;\nfn setup() -> Tera {\n    let mut t = Tera::default();\n    t.add_raw_template("page", include_str!("page.html")).unwrap();\n    t\n}',
    'use minijinja::Environment;\nfn render(env: &Environment, user: &str) -> String {\n    env.get_template("hello.html").unwrap().render(minijinja::context! { user }).unwrap()\n}',
    'use regex::Regex;\nfn f(p: &str) {\n    let r = Regex::new(p);\n}',
    '// Tera::one_off(user_input, ...) is template injection\nfn f() {}',
  ],
  invalid: [
    { code: 'use axum::extract::Json;\nuse tera::{Context, Tera};\nasync fn preview(Json(req): Json<Preview>) -> String {\n    Tera::one_off(&req.template, &Context::new(), true).unwrap()\n}', line: 4 },
    { code: 'use handlebars::Handlebars;\nfn render(hb: &Handlebars, tpl: &str, data: &serde_json::Value) -> String {\n    hb.render_template(tpl, data).unwrap()\n}', line: 3 },
    { code: 'use minijinja::Environment;\nfn greet(name: &str) -> String {\n    let env = Environment::new();\n    let src = format!("Hello {}!", name);\n    env.render_str(&src, minijinja::context! {}).unwrap()\n}', line: 5 },
    { code: 'use tera::Tera;\nfn load(t: &mut Tera, body: String) {\n    t.add_raw_template("custom", &body).unwrap();\n}', line: 3 },
  ],
})
