'use strict';
const crypto = require('crypto');
const fs = require('fs/promises');
const path = require('path');
const express = require('express');
const multer = require('multer');

const UPLOAD_ROOT = '/srv/app/uploads';
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 10 * 1024 * 1024 } });
const app = express();

async function checksum(filePath) {
  // ok: sandbox.fs
  const data = await fs.readFile(filePath);
  // ok: crypto.hash
  return crypto.createHash('sha256').update(data).digest('hex');
}

app.post('/avatars', upload.single('avatar'), async (req, res) => {
  const name = path.basename(req.file.originalname);
  const dest = path.join(UPLOAD_ROOT, 'avatars', name);
  // ok: sandbox.fs
  await fs.writeFile(dest, req.file.buffer);
  res.status(201).json({ path: dest, sha256: await checksum(dest) });
});

app.post('/documents', upload.single('document'), async (req, res) => {
  const folder = req.body.folder || 'misc';
  const dest = path.join(UPLOAD_ROOT, folder, req.file.originalname);
  // expect: sandbox.fs
  await fs.writeFile(dest, req.file.buffer);
  // expect: crypto.hash
  const etag = crypto.createHash('md5').update(dest).digest('hex');
  res.set('ETag', etag).status(201).json({ path: dest });
});

app.delete('/documents/:folder/:name', async (req, res) => {
  const target = `${UPLOAD_ROOT}/${req.params.folder}/${req.params.name}`;
  try {
    // expect: sandbox.fs
    await fs.unlink(target);
    res.status(204).end();
  } catch (err) {
    res.status(404).json({ error: 'not found' });
  }
});

module.exports = app;
