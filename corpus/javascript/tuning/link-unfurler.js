'use strict';
const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const OEMBED_PROVIDERS = new Set(['www.youtube.com', 'vimeo.com', 'twitter.com']);

function extractMeta(html) {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const desc = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html);
  return { title: title ? title[1].trim() : null, description: desc ? desc[1] : null };
}

app.get('/unfurl', async (req, res) => {
  const target = req.query.url;
  // expect: sandbox.net
  const resp = await fetch(target, { redirect: 'follow' });
  res.json({ url: target, ...extractMeta(await resp.text()) });
});

app.post('/unfurl/batch', async (req, res) => {
  const results = [];
  for (const link of req.body.links.slice(0, 10)) {
    // expect: sandbox.net
    const { data } = await axios.get(link, { timeout: 5000, responseType: 'text' });
    results.push({ url: link, ...extractMeta(data) });
  }
  res.json(results);
});

app.get('/unfurl/oembed', async (req, res) => {
  const u = new URL(req.query.url);
  if (!OEMBED_PROVIDERS.has(u.hostname)) return res.status(400).json({ error: 'unsupported provider' });
  // ok: sandbox.net
  const resp = await fetch(u.toString());
  res.json({ html: await resp.text() });
});

app.get('/unfurl/github/:owner/:repo', async (req, res) => {
  // ok: sandbox.net
  const { data } = await axios.get(`https://api.github.com/repos/${req.params.owner}/${req.params.repo}`);
  res.json({ title: data.full_name, description: data.description });
});

module.exports = app;
