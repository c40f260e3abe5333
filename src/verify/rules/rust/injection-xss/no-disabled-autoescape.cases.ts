import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn setup() -> tera::Tera {\n    let mut t = tera::Tera::new("templates/**/*").unwrap();\n    t.autoescape_on(vec![".html", ".htm"]);\n    t\n}',
    '#[derive(askama::Template)]\n#[template(path = "page.html")]\nstruct Page { name: String }',
    '// tera.autoescape_on(vec![]) would disable escaping\nfn f() {}',
    'fn f(h: &mut handlebars::Handlebars) {\n    h.register_escape_fn(handlebars::html_escape);\n}',
  ],
  invalid: [
    { code: 'fn setup() -> tera::Tera {\n    let mut t = tera::Tera::new("templates/**/*").unwrap();\n    t.autoescape_on(vec![]);\n    t\n}', line: 3 },
    { code: 'fn f(h: &mut handlebars::Handlebars) {\n    h.register_escape_fn(handlebars::no_escape);\n}', line: 2 },
    { code: '#[derive(askama::Template)]\n#[template(path = "page.html", escape = "none")]\nstruct Page { name: String }', line: 2 },
  ],
})
