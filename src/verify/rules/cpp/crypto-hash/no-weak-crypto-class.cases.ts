import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { CryptoPP::SHA256 h; }',
    'QByteArray f(const QByteArray &d) { return QCryptographicHash::hash(d, QCryptographicHash::Sha256); }',
    'void f() { auto h = Botan::HashFunction::create("SHA-256"); }',
    'void f() { // CryptoPP::Weak::MD5 h;\n std::string s = "QCryptographicHash::Md5"; }',
    'void f() { CryptoPP::GCM<CryptoPP::AES>::Encryption e; }',
  ],
  invalid: [
    { code: 'void f() {\n  CryptoPP::Weak::MD5 h;\n}', line: 2 },
    { code: 'QByteArray f(const QByteArray &d) {\n  return QCryptographicHash::hash(d, QCryptographicHash::Md5);\n}', line: 2 },
    { code: 'void f() {\n  auto h = Botan::HashFunction::create("SHA-1");\n}', line: 2 },
    { code: 'void f() {\n  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption e;\n}', line: 2 },
  ],
})
