import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn key() -> String {\n    std::env::var("API_KEY").expect("API_KEY not set")\n}',
    'const PASSWORD_FIELD: &str = "user_password";\nconst TOKEN_URL: &str = "https://auth.example.com/oauth/token";',
    'fn f() {\n    let api_key = "<your-api-key>";\n    let password = "changeme";\n    let secret = "";\n}',
    '// let password = "hunter2hunter2";\nfn f() -> &\'static str {\n    "password: hunter2hunter2"\n}',
    'struct Cfg { username: String }\nfn f() -> Cfg {\n    Cfg { username: "administrator".to_string() }\n}',
  ],
  invalid: [
    { code: 'const API_KEY: &str = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";\nfn main() {}', line: 1 },
    { code: 'fn db() -> Config {\n    Config {\n        user: "app".into(),\n        password: "S3cure!Passw0rd".to_string(),\n    }\n}', line: 4 },
    { code: 'use jsonwebtoken::EncodingKey;\nfn key() -> EncodingKey {\n    EncodingKey::from_secret(b"my-jwt-signing-secret")\n}', line: 3 },
    { code: 'fn client() {\n    let c = reqwest::Client::new()\n        .get("https://api.example.com/v1")\n        .bearer_auth("tok_51HxQ2a9f8e7d6c5b4a3");\n}', line: 4 },
    { code: 'fn init() {\n    let jwt_secret = std::env::var("JWT_SECRET")\n        .unwrap_or_else(|_| "dev-jwt-secret-1234".to_string());\n}', line: 3 },
    { code: 'fn admin_password() -> &\'static str {\n    "Adm1n!2024#prod"\n}', line: 2 },
  ],
})
