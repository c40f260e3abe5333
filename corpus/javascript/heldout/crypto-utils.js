'use strict';
// Password and token helpers. Legacy MD5/SHA-1 hashes were removed in v3;
// "md5" only appears below as a label when rejecting old records.
const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);
const KEYLEN = 64;
// ok: crypto.hash
const REJECTED_SCHEMES = ['md5', 'sha1'];

async function hashPassword(password) {
  // ok: crypto.random
  const salt = crypto.randomBytes(16);
  const derived = await scrypt(password, salt, KEYLEN, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${salt.toString('base64')}$${derived.toString('base64')}`;
}

async function verifyPassword(password, stored) {
  const [scheme, saltB64, hashB64] = stored.split('$');
  if (REJECTED_SCHEMES.includes(scheme)) return false;
  const expected = Buffer.from(hashB64, 'base64');
  const derived = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return crypto.timingSafeEqual(derived, expected);
}

function newToken(bytes = 32) {
  // ok: crypto.random
  return crypto.randomBytes(bytes).toString('base64url');
}

function sign(data, key) {
  // ok: crypto.hash
  return crypto.createHmac('sha256', key).update(data).digest('hex');
}

function digest(data) {
  // ok: crypto.hash
  return crypto.createHash('blake2b512').update(data).digest('hex');
}

module.exports = { hashPassword, verifyPassword, newToken, sign, digest };
