import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use std::fs;\nfn load() -> String {\n    fs::read_to_string("config/app.toml").unwrap()\n}',
    'use std::fs::File;\nfn open(path: &str) -> File {\n    File::open(path).unwrap()\n}',
    'use axum::extract::Path;\nuse std::path::PathBuf;\nasync fn get(Path(name): Path<String>) -> Vec<u8> {\n    let base = PathBuf::from("/srv/files");\n    let full = base.join(&name).canonicalize().unwrap();\n    if !full.starts_with(&base) {\n        return Vec::new();\n    }\n    std::fs::read(&full).unwrap()\n}',
    'use axum::extract::Path;\nasync fn get(Path(name): Path<String>) -> Vec<u8> {\n    let safe = std::path::Path::new(&name).file_name().unwrap();\n    std::fs::read(std::path::Path::new("/srv/files").join(safe)).unwrap()\n}',
    'fn load() -> String {\n    let p = std::env::var("APP_CONFIG").unwrap_or_else(|_| "app.toml".into());\n    std::fs::read_to_string(p).unwrap()\n}',
    '// fs::read_to_string(user_path) must never happen\nfn f() -> &\'static str {\n    "fs::remove_file(p)"\n}',
  ],
  invalid: [
    { code: 'use std::env;\nuse std::fs;\nfn main() {\n    let path = env::args().nth(1).unwrap();\n    let text = fs::read_to_string(&path).unwrap();\n    println!("{}", text);\n}', line: 5 },
    { code: 'use axum::extract::Path;\nasync fn download(Path(name): Path<String>) -> Vec<u8> {\n    let full = format!("./uploads/{}", name);\n    tokio::fs::read(full).await.unwrap()\n}', line: 4 },
    { code: 'use std::path::Path;\nconst ROOT: &str = "/var/data";\nfn remove(name: &str) {\n    let p = Path::new(ROOT).join(name);\n    std::fs::remove_file(p).unwrap();\n}', line: 5 },
    { code: 'use std::fs::OpenOptions;\nuse axum::extract::Query;\nasync fn save(Query(q): Query<Params>) {\n    let f = OpenOptions::new()\n        .create(true)\n        .write(true)\n        .open(&q.file)\n        .unwrap();\n}', line: 4 },
  ],
})
