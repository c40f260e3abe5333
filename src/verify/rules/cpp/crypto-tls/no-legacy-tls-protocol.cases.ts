import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { boost::asio::ssl::context ctx(boost::asio::ssl::context::tls_client); }',
    'void f(QSslConfiguration &c) { c.setProtocol(QSsl::TlsV1_2OrLater); }',
    'void f() { // QSsl::TlsV1_0\n}',
    'bool f(QSsl::SslProtocol p) { return p == QSsl::TlsV1_0; }',
  ],
  invalid: [
    { code: 'void f() {\n  boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv1);\n}', line: 2 },
    { code: 'void f(QSslConfiguration &c) {\n  c.setProtocol(QSsl::TlsV1_1);\n}', line: 2 },
    { code: 'namespace ssl = boost::asio::ssl;\nvoid f() {\n  ssl::context ctx{ssl::context::sslv3_client};\n}', line: 3 },
  ],
})
