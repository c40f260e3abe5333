import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn client() -> reqwest::Client {\n    reqwest::Client::builder().danger_accept_invalid_certs(false).build().unwrap()\n}',
    'fn client() -> reqwest::Client {\n    reqwest::Client::builder().https_only(true).build().unwrap()\n}',
    '// .danger_accept_invalid_certs(true) is forbidden\nfn f() -> &\'static str {\n    "danger_accept_invalid_certs(true)"\n}',
    'struct Opts;\nimpl Opts { fn danger_zone(&self, b: bool) {} }\nfn f(o: &Opts) {\n    o.danger_zone(true);\n}',
  ],
  invalid: [
    {
      code: 'fn client() -> reqwest::Client {\n    reqwest::Client::builder()\n        .danger_accept_invalid_certs(true)\n        .build()\n        .unwrap()\n}',
      line: 3,
      output: 'fn client() -> reqwest::Client {\n    reqwest::Client::builder()\n        .danger_accept_invalid_certs(false)\n        .build()\n        .unwrap()\n}',
    },
    {
      code: 'use native_tls::TlsConnector;\nfn c() -> TlsConnector {\n    TlsConnector::builder().danger_accept_invalid_hostnames(true).build().unwrap()\n}',
      line: 3,
      output: 'use native_tls::TlsConnector;\nfn c() -> TlsConnector {\n    TlsConnector::builder().danger_accept_invalid_hostnames(false).build().unwrap()\n}',
    },
    {
      code: 'fn c() {\n    let mut b = reqwest::blocking::ClientBuilder::new();\n    b = b.danger_accept_invalid_certs(true);\n}',
      line: 3,
      output: 'fn c() {\n    let mut b = reqwest::blocking::ClientBuilder::new();\n    b = b.danger_accept_invalid_certs(false);\n}',
    },
  ],
})
