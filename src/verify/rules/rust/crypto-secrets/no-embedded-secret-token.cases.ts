import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn url() -> String {\n    format!("postgres://{}:{}@localhost/app", user(), pass())\n}',
    'const DOC: &str = "set AWS_ACCESS_KEY_ID to your key (AKIA...)";',
    'fn f() -> String {\n    std::env::var("GITHUB_TOKEN").unwrap()\n}',
    '// AKIAIOSFODNN7EXAMPLE is the documented sample key\nfn f() {}',
  ],
  invalid: [
    { code: 'fn creds() -> (&\'static str, &\'static str) {\n    ("AKIAZ3MHQK7PLXW4TN2B", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")\n}', line: 2 },
    { code: 'const DB_URL: &str = "postgres://app:Xk29dL0qPz@db.internal:5432/app";\nfn main() {}', line: 1 },
    { code: 'fn gh() -> reqwest::RequestBuilder {\n    let c = reqwest::Client::new();\n    c.get("https://api.github.com/user").header("X-Token", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789")\n}', line: 3 },
    { code: 'const KEY: &str = r#"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"#;', line: 1 },
  ],
})
