'use strict';
const fs = require('fs');
const path = require('path');

const PLUGIN_DIR = path.join(__dirname, 'plugins');
const CORE_PLUGINS = ['auth-basic', 'metrics'];

function loadCorePlugins(app) {
  // ok: sandbox.dynamic-code
  const basic = require('./plugins/auth-basic');
  // ok: sandbox.dynamic-code
  const metrics = require('./plugins/metrics');
  basic.register(app);
  metrics.register(app);
}

function loadPlugin(app, name) {
  // expect: sandbox.dynamic-code
  const plugin = require(path.join(PLUGIN_DIR, name));
  if (typeof plugin.register !== 'function') {
    throw new Error(`plugin ${name} has no register()`);
  }
  plugin.register(app);
  return plugin;
}

async function loadRemoteManifest(app, manifestPath) {
  // ok: sandbox.fs
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  for (const entry of manifest.plugins) {
    // expect: sandbox.dynamic-code
    const mod = await import(entry.module);
    mod.default(app, entry.options || {});
  }
}

function listInstalled() {
  // ok: sandbox.fs
  return fs.readdirSync(PLUGIN_DIR).filter((f) => !CORE_PLUGINS.includes(f));
}

module.exports = { loadCorePlugins, loadPlugin, loadRemoteManifest, listInstalled };
