// Hashing and token helpers. MD5/SHA-1 are intentionally absent; the words
// appear here only in this comment and in the rejected-algorithms list.
import { createHash, createHmac, randomBytes, randomInt, scryptSync, timingSafeEqual } from 'crypto';

// ok: crypto.hash
export const REJECTED_ALGORITHMS = ['md5', 'sha1', 'des'];

export function sha256(data: string | Buffer): string {
  // ok: crypto.hash
  return createHash('sha256').update(data).digest('hex');
}

export function hmac(key: Buffer, data: string): string {
  // ok: crypto.hash
  return createHmac('sha512', key).update(data).digest('base64url');
}

export function newSecretToken(bytes = 32): string {
  // ok: crypto.random
  return randomBytes(bytes).toString('base64url');
}

export function newOtp(): string {
  // ok: crypto.random
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const derived = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  return `${salt.toString('hex')}:${derived.toString('hex')}`;
}

export function checkPassword(password: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  const expected = Buffer.from(hashHex, 'hex');
  const derived = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: 16384, r: 8, p: 1 });
  return timingSafeEqual(derived, expected);
}
