import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use aes_gcm::{Aes256Gcm, KeyInit};\nfn c(key: &[u8]) {\n    let cipher = Aes256Gcm::new_from_slice(key).unwrap();\n}',
    'use openssl::symm::Cipher;\nfn c() -> Cipher {\n    Cipher::aes_256_gcm()\n}',
    '// Cipher::des_cbc() must not be used\nfn f() -> &\'static str {\n    "Rc4::new"\n}',
    'struct Description { text: String }\nfn f(d: &Description) -> usize {\n    d.text.len()\n}',
  ],
  invalid: [
    { code: 'use openssl::symm::{encrypt, Cipher};\nfn enc(key: &[u8], data: &[u8]) -> Vec<u8> {\n    encrypt(Cipher::des_ede3_cbc(), key, None, data).unwrap()\n}', line: 3 },
    { code: 'use rc4::{KeyInit, Rc4, StreamCipher};\nfn enc(key: &[u8; 16], data: &mut [u8]) {\n    let mut c = Rc4::new(key.into());\n    c.apply_keystream(data);\n}', line: 3 },
    { code: 'use aes::Aes128;\nfn enc(key: &[u8; 16]) {\n    let e = ecb::Encryptor::<Aes128>::new(key.into());\n}', line: 3 },
    { code: 'use openssl::symm::Cipher;\nfn c() -> Cipher {\n    Cipher::aes_128_ecb()\n}', line: 3 },
  ],
})
