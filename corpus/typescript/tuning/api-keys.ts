import { createHash, randomBytes } from 'crypto';
import express, { Request, Response } from 'express';

interface ApiKeyRecord {
  id: string;
  ownerId: string;
  prefix: string;
  hash: string;
  createdAt: Date;
}

const keys = new Map<string, ApiKeyRecord>();
export const router = express.Router();

function hashKey(raw: string): string {
  // expect: crypto.hash
  return createHash('md5').update(raw).digest('hex');
}

function hashKeyV2(raw: string): string {
  // ok: crypto.hash
  return createHash('sha256').update(raw).digest('hex');
}

export function mintApiKey(ownerId: string): { raw: string; record: ApiKeyRecord } {
  // expect: crypto.random
  const raw = 'sk_' + Array.from({ length: 40 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  const record: ApiKeyRecord = { id: raw.slice(3, 11), ownerId, prefix: raw.slice(0, 7), hash: hashKey(raw), createdAt: new Date() };
  keys.set(record.hash, record);
  return { raw, record };
}

export function mintApiKeyV2(ownerId: string): { raw: string; record: ApiKeyRecord } {
  // ok: crypto.random
  const raw = 'sk_' + randomBytes(30).toString('base64url');
  const record: ApiKeyRecord = { id: raw.slice(3, 11), ownerId, prefix: raw.slice(0, 7), hash: hashKeyV2(raw), createdAt: new Date() };
  keys.set(record.hash, record);
  return { raw, record };
}

router.post('/keys', (req: Request, res: Response) => {
  const { raw, record } = req.query.legacy ? mintApiKey(req.body.ownerId) : mintApiKeyV2(req.body.ownerId);
  res.status(201).json({ key: raw, id: record.id });
});

router.get('/keys/:ownerId', (req: Request, res: Response) => {
  const owned = [...keys.values()].filter((k) => k.ownerId === req.params.ownerId);
  res.json(owned.map(({ id, prefix, createdAt }) => ({ id, prefix, createdAt })));
});
