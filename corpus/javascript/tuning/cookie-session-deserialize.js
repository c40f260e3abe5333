'use strict';
const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

function readPreferences(req) {
  const raw = req.cookies.prefs;
  if (!raw) return { theme: 'light', lang: 'en' };
  const decoded = Buffer.from(raw, 'base64').toString('utf8');
  // expect: sandbox.deserialization
  return serialize.unserialize(decoded);
}

function readPreferencesSafe(req) {
  const raw = req.cookies.prefs_v2;
  if (!raw) return { theme: 'light', lang: 'en' };
  // ok: sandbox.deserialization
  const prefs = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  return { theme: String(prefs.theme || 'light'), lang: String(prefs.lang || 'en') };
}

app.get('/preferences', (req, res) => {
  res.json(readPreferences(req));
});

app.post('/preferences', express.json(), (req, res) => {
  const prefs = { theme: req.body.theme, lang: req.body.lang };
  // ok: sandbox.deserialization
  const encoded = Buffer.from(serialize.serialize(prefs)).toString('base64');
  res.cookie('prefs', encoded, { httpOnly: true, sameSite: 'lax' });
  res.status(204).end();
});

app.post('/import-profile', express.text(), (req, res) => {
  // expect: sandbox.deserialization
  const profile = serialize.unserialize(req.body);
  res.json({ imported: Object.keys(profile).length });
});

module.exports = app;
