import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};\nfn c() {\n    let mut b = SslConnector::builder(SslMethod::tls()).unwrap();\n    b.set_verify(SslVerifyMode::PEER);\n}',
    '// builder.set_verify(SslVerifyMode::NONE) is insecure\nfn f() {}',
    'fn cfg(roots: rustls::RootCertStore) -> rustls::ClientConfig {\n    rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth()\n}',
    'struct Form;\nimpl Form { fn set_verify(&mut self, v: bool) {} }\nfn f(x: &mut Form) {\n    x.set_verify(false);\n}',
  ],
  invalid: [
    { code: 'use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};\nfn c() {\n    let mut b = SslConnector::builder(SslMethod::tls()).unwrap();\n    b.set_verify(SslVerifyMode::NONE);\n}', line: 4 },
    { code: 'use std::sync::Arc;\nstruct NoVerifier;\nfn cfg() {\n    let mut c = make_config();\n    c.dangerous().set_certificate_verifier(Arc::new(NoVerifier));\n}', line: 5 },
    { code: 'fn c(conn: openssl::ssl::ConnectConfiguration) {\n    let cfg = conn.verify_hostname(false);\n}', line: 2 },
  ],
})
