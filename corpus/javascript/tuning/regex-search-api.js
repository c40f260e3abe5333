'use strict';
const express = require('express');

const app = express();
app.use(express.json({ limit: '256kb' }));

const MAX_ROWS = 500;
const MAX_PAD = 1024;
const documents = [];

app.get('/search', (req, res) => {
  // expect: resource.limits
  const re = new RegExp(req.query.pattern, 'i');
  res.json(documents.filter((d) => re.test(d.title)).slice(0, 50));
});

app.get('/search/prefix', (req, res) => {
  const prefix = String(req.query.prefix || '').toLowerCase();
  // ok: resource.limits
  const re = new RegExp('^[a-z0-9-]+$');
  if (!re.test(prefix)) return res.status(400).end();
  res.json(documents.filter((d) => d.slug.startsWith(prefix)));
});

app.get('/fixtures', (req, res) => {
  const rows = [];
  const count = parseInt(req.query.count, 10) || 10;
  // expect: resource.limits
  for (let i = 0; i < count; i++) {
    rows.push({ id: i, title: `Document ${i}` });
  }
  res.json(rows);
});

app.get('/fixtures/safe', (req, res) => {
  const count = Math.min(parseInt(req.query.count, 10) || 10, MAX_ROWS);
  const rows = [];
  // ok: resource.limits
  for (let i = 0; i < count; i++) rows.push({ id: i });
  res.json(rows);
});

app.get('/pad', (req, res) => {
  const width = Number(req.query.width);
  // expect: resource.limits
  const padded = String(req.query.value) + '.'.repeat(width);
  if (width > MAX_PAD) return res.json({ padded });
  // ok: resource.limits
  const filler = '-'.repeat(width);
  res.json({ padded, filler });
});

app.post('/buffer', (req, res) => {
  // expect: resource.limits
  const buf = Buffer.alloc(req.body.size);
  res.json({ allocated: buf.length });
});

module.exports = app;
