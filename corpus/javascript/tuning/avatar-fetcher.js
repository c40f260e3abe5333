'use strict';
const express = require('express');
const fs = require('fs/promises');
const path = require('path');
const got = require('got');

const AVATAR_DIR = '/srv/app/avatars';
const GRAVATAR_BASE = 'https://www.gravatar.com/avatar/';
const app = express();
app.use(express.json());

app.post('/users/:username/avatar/import', async (req, res) => {
  const source = req.body.imageUrl;
  // expect: sandbox.net
  const image = await got(source, { responseType: 'buffer', timeout: { request: 8000 } });
  const dest = path.join(AVATAR_DIR, `${req.params.username}.png`);
  // expect: sandbox.fs
  await fs.writeFile(dest, image.body);
  res.status(201).json({ path: dest });
});

app.post('/users/:username/avatar/gravatar', async (req, res) => {
  const hash = String(req.body.hash || '').replace(/[^a-f0-9]/g, '');
  // ok: sandbox.net
  const image = await got(GRAVATAR_BASE + hash + '?s=256', { responseType: 'buffer' });
  const dest = path.join(AVATAR_DIR, path.basename(req.params.username) + '.png');
  // ok: sandbox.fs
  await fs.writeFile(dest, image.body);
  res.status(201).json({ path: dest });
});

app.get('/avatars/:file', async (req, res) => {
  // expect: sandbox.fs
  const data = await fs.readFile(`${AVATAR_DIR}/${req.params.file}`);
  res.type('png').send(data);
});

async function downloadTo(url, destPath) {
  // ok: sandbox.net
  const image = await got(url, { responseType: 'buffer' });
  // ok: sandbox.fs
  await fs.writeFile(destPath, image.body);
}

module.exports = { app, downloadTo };
