import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use std::io::Read;\nuse std::net::TcpStream;\nfn handle(stream: TcpStream) {\n    let mut buf = Vec::new();\n    stream.take(1 << 20).read_to_end(&mut buf).unwrap();\n}',
    'use std::io::Read;\nfn load(f: &mut std::fs::File) -> String {\n    let mut s = String::new();\n    f.read_to_string(&mut s).unwrap();\n    s\n}',
    'async fn body(b: axum::body::Body) -> axum::body::Bytes {\n    axum::body::to_bytes(b, 64 * 1024).await.unwrap()\n}',
    '// stream.read_to_end(&mut buf) on a socket is unbounded\nfn f() {}',
  ],
  invalid: [
    { code: 'use std::io::Read;\nuse std::net::TcpListener;\nfn serve(l: TcpListener) {\n    for stream in l.incoming() {\n        let mut s = stream.unwrap();\n        let mut buf = Vec::new();\n        s.read_to_end(&mut buf).unwrap();\n    }\n}', line: 7 },
    { code: 'async fn handle(req: hyper::Request<hyper::Body>) {\n    let bytes = hyper::body::to_bytes(req.into_body()).await.unwrap();\n}', line: 2 },
    { code: 'use tokio::io::AsyncReadExt;\nuse tokio::net::TcpStream;\nasync fn read_all(mut stream: TcpStream) -> String {\n    let mut s = String::new();\n    stream.read_to_string(&mut s).await.unwrap();\n    s\n}', line: 5 },
  ],
})
