import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn buf() -> Vec<u8> {\n    Vec::with_capacity(4096)\n}',
    'use axum::extract::Query;\nconst MAX: usize = 1000;\nasync fn items(Query(q): Query<Page>) -> Vec<u32> {\n    let n = q.count.min(MAX);\n    let mut v = Vec::with_capacity(n);\n    v\n}',
    'use axum::extract::Query;\nasync fn items(Query(q): Query<Page>) -> Vec<u32> {\n    if q.count > 1000 {\n        return Vec::new();\n    }\n    Vec::with_capacity(q.count)\n}',
    'fn pad(width: usize) -> String {\n    " ".repeat(width)\n}',
    '// Vec::with_capacity(user_len) is a DoS\nfn f() {}',
    'use axum::body::Bytes;\nasync fn echo(body: Bytes) -> Vec<u8> {\n    let mut out = Vec::with_capacity(body.len());\n    out.extend_from_slice(&body);\n    out\n}',
    'use std::io::Read;\nfn frame(s: &mut std::net::TcpStream) -> anyhow::Result<Vec<u8>> {\n    let mut h = [0u8; 4];\n    s.read_exact(&mut h)?;\n    let len = u32::from_be_bytes(h) as usize;\n    if len > 1 << 20 {\n        anyhow::bail!("frame too large");\n    }\n    Ok(vec![0u8; len])\n}',
  ],
  invalid: [
    { code: 'use std::io::Read;\nfn frame(s: &mut std::net::TcpStream) -> std::io::Result<Vec<u8>> {\n    let mut h = [0u8; 4];\n    s.read_exact(&mut h)?;\n    let len = u32::from_be_bytes(h) as usize;\n    let mut buf = vec![0u8; len];\n    s.read_exact(&mut buf)?;\n    Ok(buf)\n}', line: 6 },
    { code: 'use axum::extract::Query;\nasync fn items(Query(q): Query<Page>) -> Vec<u8> {\n    let v = vec![0u8; q.size];\n    v\n}', line: 3 },
    { code: 'fn main() {\n    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();\n    let mut v: Vec<u64> = Vec::with_capacity(n);\n    v.push(1);\n}', line: 3 },
    { code: 'use axum::extract::Query;\nasync fn banner(Query(q): Query<Banner>) -> String {\n    "=".repeat(q.width)\n}', line: 3 },
    { code: 'use axum::extract::Query;\nasync fn work(Query(q): Query<Job>) {\n    for i in 0..q.iterations {\n        step(i);\n    }\n}', line: 3 },
  ],
})
