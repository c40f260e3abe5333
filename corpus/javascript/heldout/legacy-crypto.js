'use strict';
const crypto = require('crypto');

const CURRENT_KEY = Buffer.from(process.env.DATA_KEY_HEX || '', 'hex');

function legacyDecrypt(blob, legacyKey) {
  const iv = blob.subarray(0, 8);
  // expect: crypto.hash
  const decipher = crypto.createDecipheriv('des-ede3-cbc', legacyKey, iv);
  return Buffer.concat([decipher.update(blob.subarray(8)), decipher.final()]);
}

function legacyDecryptV0(blob, legacyKey) {
  // expect: crypto.hash
  const decipher = crypto.createDecipheriv('aes-128-ecb', legacyKey, null);
  return Buffer.concat([decipher.update(blob), decipher.final()]);
}

function encrypt(plaintext) {
  const iv = crypto.randomBytes(12);
  // ok: crypto.hash
  const cipher = crypto.createCipheriv('aes-256-gcm', CURRENT_KEY, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function legacyFingerprint(data) {
  // expect: crypto.hash
  return crypto.createHash('sha1').update(data).digest('hex');
}

function gravatarUrl(email) {
  // expect: crypto.hash
  const digest = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}?d=identicon`;
}

function fingerprint(data) {
  // ok: crypto.hash
  return crypto.createHash('sha3-256').update(data).digest('hex');
}

function migrate(record, legacyKey) {
  const plain = record.version === 0 ? legacyDecryptV0(record.data, legacyKey) : legacyDecrypt(record.data, legacyKey);
  return { id: record.id, version: 2, data: encrypt(plain) };
}

module.exports = { migrate, legacyFingerprint, gravatarUrl, fingerprint };
