//! Interop with the mainframe batch gateway, which still speaks 3DES and SHA-1.
use openssl::hash::{hash, MessageDigest};
use openssl::symm::{decrypt, encrypt, Cipher};

pub struct GatewayCodec {
    key: Vec<u8>,
    iv: Vec<u8>,
}

impl GatewayCodec {
    pub fn new(key: Vec<u8>, iv: Vec<u8>) -> Self {
        Self { key, iv }
    }

    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
        // expect: crypto.hash
        let cipher = Cipher::des_ede3_cbc();
        encrypt(cipher, &self.key, Some(&self.iv), plaintext)
    }

    pub fn open(&self, ciphertext: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
        // expect: crypto.hash
        decrypt(Cipher::des_ede3_cbc(), &self.key, Some(&self.iv), ciphertext)
    }

    /// The gateway identifies messages by a SHA-1 fingerprint.
    pub fn fingerprint(&self, message: &[u8]) -> Result<String, openssl::error::ErrorStack> {
        // expect: crypto.hash
        let digest = hash(MessageDigest::sha1(), message)?;
        Ok(hex::encode(digest))
    }
}

/// Our own archive uses modern primitives.
pub fn archive_digest(message: &[u8]) -> Result<String, openssl::error::ErrorStack> {
    // ok: crypto.hash
    let digest = hash(MessageDigest::sha256(), message)?;
    Ok(hex::encode(digest))
}

pub fn archive_seal(key: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, openssl::error::ErrorStack> {
    // ok: crypto.hash
    encrypt(Cipher::aes_256_cbc(), key, Some(iv), data)
}

pub fn describe() -> &'static str {
    // ok: crypto.hash
    "gateway: des-ede3-cbc + sha1 fingerprints; archive: aes-256-cbc + sha256"
}
