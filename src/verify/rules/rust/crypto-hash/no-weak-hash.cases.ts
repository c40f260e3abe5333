import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use sha2::{Digest, Sha256};\nfn h(data: &[u8]) -> Vec<u8> {\n    Sha256::digest(data).to_vec()\n}',
    'use md5::Md5;\nfn f() -> &\'static str {\n    "md5"\n}',
    '// md5::compute(data) is too weak\nfn label() -> &\'static str {\n    "Md5::new()"\n}',
    'fn f(h: &blake3::Hasher) -> blake3::Hash {\n    h.finalize()\n}',
    'struct Checksums { md5: String }\nfn f(c: &Checksums) -> &str {\n    &c.md5\n}',
  ],
  invalid: [
    { code: 'fn etag(body: &[u8]) -> String {\n    let d = md5::compute(body);\n    format!("{:x}", d)\n}', line: 2 },
    { code: 'use sha1::{Digest, Sha1};\nfn fp(data: &[u8]) -> Vec<u8> {\n    let mut h = Sha1::new();\n    h.update(data);\n    h.finalize().to_vec()\n}', line: 3 },
    { code: 'use hmac::{Hmac, Mac};\nuse sha1::Sha1;\nfn sign(key: &[u8]) {\n    let mac = Hmac::<Sha1>::new_from_slice(key).unwrap();\n}', line: 4 },
    { code: 'use openssl::hash::{hash, MessageDigest};\nfn h(data: &[u8]) {\n    let d = hash(MessageDigest::md5(), data).unwrap();\n}', line: 3 },
  ],
})
