import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use native_tls::{Protocol, TlsConnector};\nfn c() {\n    let t = TlsConnector::builder().min_protocol_version(Some(Protocol::Tlsv12)).build();\n}',
    'use openssl::ssl::SslVersion;\nfn c(b: &mut openssl::ssl::SslContextBuilder) {\n    b.set_min_proto_version(Some(SslVersion::TLS1_2)).unwrap();\n}',
    '// Protocol::Tlsv10 is too old\nfn f() -> &\'static str {\n    "SslVersion::TLS1"\n}',
  ],
  invalid: [
    { code: 'use native_tls::{Protocol, TlsConnector};\nfn c() {\n    let t = TlsConnector::builder().min_protocol_version(Some(Protocol::Tlsv10)).build();\n}', line: 3 },
    { code: 'use openssl::ssl::SslVersion;\nfn c(b: &mut openssl::ssl::SslContextBuilder) {\n    b.set_min_proto_version(Some(SslVersion::TLS1_1)).unwrap();\n}', line: 3 },
    { code: 'fn client() -> reqwest::Client {\n    reqwest::Client::builder()\n        .min_tls_version(reqwest::tls::Version::TLS_1_0)\n        .build()\n        .unwrap()\n}', line: 3 },
  ],
})
