'use strict';
const crypto = require('crypto');
const express = require('express');
const { apiKeys } = require('./db');

const router = express.Router();
const PREFIX = 'ak_live_';
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomString(len) {
  let out = '';
  for (let i = 0; i < len; i++) out += CHARS[Math.floor(Math.random() * CHARS.length)];
  return out;
}

function createApiKey() {
  let body = '';
  for (let i = 0; i < 32; i++) {
    // expect: crypto.random
    body += CHARS[Math.floor(Math.random() * CHARS.length)];
  }
  const apiKey = PREFIX + body;
  // expect: crypto.hash
  const lookupHash = crypto.createHash('md5').update(apiKey).digest('hex');
  return { apiKey, lookupHash };
}

function createApiKeyV2() {
  // ok: crypto.random
  const apiKey = PREFIX + crypto.randomBytes(24).toString('base64url');
  // ok: crypto.hash
  const lookupHash = crypto.createHash('sha256').update(apiKey).digest('hex');
  return { apiKey, lookupHash };
}

router.post('/api-keys', async (req, res) => {
  const { apiKey, lookupHash } = req.query.v === '2' ? createApiKeyV2() : createApiKey();
  await apiKeys.insert({ ownerId: req.user.id, lookupHash, label: String(req.body.label || '').slice(0, 64) });
  res.status(201).json({ apiKey, note: 'Store this key now; it will not be shown again.' });
});

router.get('/api-keys/sample', (req, res) => {
  // ok: crypto.random
  const sampleLabel = `key-${randomString(4)}`;
  res.json({ label: sampleLabel, requestId: crypto.randomUUID() });
});

module.exports = router;
