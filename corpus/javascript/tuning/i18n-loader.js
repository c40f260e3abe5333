'use strict';
const fs = require('fs');
const path = require('path');

// ok: sandbox.dynamic-code
const en = require('./locales/en.json');
// ok: sandbox.dynamic-code
const de = require('./locales/de.json');

const BUNDLED = { en, de };
const SUPPORTED = new Set(['en', 'de', 'fr', 'es']);
const LOCALE_DIR = path.join(__dirname, 'locales');

function negotiate(acceptLanguage) {
  const prefs = String(acceptLanguage || '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase());
  return prefs.find((p) => SUPPORTED.has(p)) || 'en';
}

function loadLocale(lang) {
  if (BUNDLED[lang]) return BUNDLED[lang];
  if (!SUPPORTED.has(lang)) return BUNDLED.en;
  const file = path.join(LOCALE_DIR, path.basename(`${lang}.json`));
  // ok: sandbox.fs
  const text = fs.readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  return JSON.parse(text);
}

function translate(messages, key, vars = {}) {
  const template = key.split('.').reduce((node, part) => (node ? node[part] : undefined), messages) || key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

function middleware(req, res, next) {
  const lang = negotiate(req.headers['accept-language']);
  const messages = loadLocale(lang);
  req.t = (k, vars) => translate(messages, k, vars);
  res.locals.lang = lang;
  next();
}

module.exports = { negotiate, loadLocale, translate, middleware };
