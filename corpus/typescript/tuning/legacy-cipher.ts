import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

const CURRENT_ALGO = 'aes-256-gcm';

export function decryptV1(payload: Buffer, key: Buffer): Buffer {
  const iv = payload.subarray(0, 8);
  // expect: crypto.hash
  const decipher = createDecipheriv('bf-cbc', key, iv);
  return Buffer.concat([decipher.update(payload.subarray(8)), decipher.final()]);
}

export function decryptV2(payload: Buffer, key: Buffer): Buffer {
  const iv = payload.subarray(0, 8);
  // expect: crypto.hash
  const decipher = createDecipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([decipher.update(payload.subarray(8)), decipher.final()]);
}

export function encryptLegacyForPartner(data: Buffer, key: Buffer): Buffer {
  // expect: crypto.hash
  const cipher = createCipheriv('rc4', key, null);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

export function encrypt(data: Buffer, key: Buffer): Buffer {
  const iv = randomBytes(12);
  // ok: crypto.hash
  const cipher = createCipheriv(CURRENT_ALGO, key, iv);
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function partnerChecksum(data: Buffer): string {
  // expect: crypto.hash
  return createHash('sha1').update(data).digest('hex');
}

export function contentId(data: Buffer): string {
  // ok: crypto.hash
  return createHash('sha512').update(data).digest('base64url');
}
