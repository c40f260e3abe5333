'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const DEFAULTS = {
  port: 3000,
  logLevel: 'info',
  db: { host: 'localhost', port: 5432, user: 'app', password: '' },
};

function deepMerge(target, source) {
  for (const [k, v] of Object.entries(source || {})) {
    if (k === '__proto__' || k === 'constructor') continue;
    target[k] = v && typeof v === 'object' && !Array.isArray(v) ? deepMerge(target[k] || {}, v) : v;
  }
  return target;
}

function loadConfig(configPath) {
  // ok: sandbox.fs
  const text = fs.readFileSync(configPath, 'utf8');
  const parsed = configPath.endsWith('.json')
    // ok: sandbox.deserialization
    ? JSON.parse(text)
    // ok: sandbox.deserialization
    : yaml.load(text, { schema: yaml.JSON_SCHEMA });
  const cfg = deepMerge(structuredClone(DEFAULTS), parsed);
  if (process.env.DB_PASSWORD) {
    // ok: crypto.secrets
    cfg.db.password = process.env.DB_PASSWORD;
  }
  return cfg;
}

function loadDefaultConfig() {
  // ok: sandbox.fs
  return loadConfig(path.join(__dirname, 'config', 'default.yaml'));
}

function writeExample(targetPath) {
  // ok: crypto.secrets
  const example = { ...DEFAULTS, db: { ...DEFAULTS.db, password: 'changeme' } };
  // ok: sandbox.fs
  fs.writeFileSync(targetPath, yaml.dump(example));
}

module.exports = { loadConfig, loadDefaultConfig, writeExample };
