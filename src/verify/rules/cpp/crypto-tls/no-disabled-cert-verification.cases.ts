import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(boost::asio::ssl::context &ctx) { ctx.set_verify_mode(boost::asio::ssl::verify_peer); ctx.set_default_verify_paths(); }',
    'void f(const std::string &u) { auto r = cpr::Get(cpr::Url{u}, cpr::VerifySsl{true}); }',
    'void f(QNetworkReply *reply, const QList<QSslError> &expected) { reply->ignoreSslErrors(expected); }',
    'bool f(int mode) { return mode == boost::asio::ssl::verify_none; }',
    'void f(httplib::Client &cli) { cli.enable_server_certificate_verification(true); // verify_none\n}',
  ],
  invalid: [
    { code: 'void f(boost::asio::ssl::context &ctx) {\n  ctx.set_verify_mode(boost::asio::ssl::verify_none);\n}', line: 2 },
    { code: 'void f(const std::string &u) {\n  auto r = cpr::Get(cpr::Url{u}, cpr::VerifySsl{false});\n}', line: 2 },
    { code: 'void f(httplib::Client &cli) {\n  cli.enable_server_certificate_verification(false);\n}', line: 2 },
    { code: 'void f(QNetworkReply *reply) {\n  reply->ignoreSslErrors();\n}', line: 2 },
    { code: 'void f(QSslSocket &s) {\n  s.setPeerVerifyMode(QSslSocket::VerifyNone);\n}', line: 2 },
  ],
})
