import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use regex::Regex;\nfn email() -> Regex {\n    Regex::new(r"^[^@\\s]+@[^@\\s]+$").unwrap()\n}',
    'use axum::extract::Query;\nuse regex::Regex;\nasync fn find(Query(q): Query<Search>) -> bool {\n    let re = Regex::new(&regex::escape(&q.term)).unwrap();\n    re.is_match("text")\n}',
    'use regex::Regex;\nfn compile(p: &str) -> Regex {\n    Regex::new(p).unwrap()\n}',
    '// Regex::new(&user_pattern) allows ReDoS\nfn f() {}',
  ],
  invalid: [
    { code: 'use axum::extract::Query;\nuse regex::Regex;\nasync fn grep(Query(q): Query<Search>) -> bool {\n    let re = Regex::new(&q.pattern).unwrap();\n    re.is_match("log line")\n}', line: 4 },
    { code: 'fn main() {\n    let pat = std::env::args().nth(1).unwrap();\n    let re = fancy_regex::Regex::new(&pat).unwrap();\n}', line: 3 },
    { code: 'use axum::extract::Query;\nasync fn f(Query(q): Query<Search>) {\n    let re = regex::RegexBuilder::new(&format!("^{}$", q.filter)).case_insensitive(true).build();\n}', line: 3 },
  ],
})
