'use strict';
const express = require('express');
const net = require('net');
const { execFile } = require('child_process');

const router = express.Router();
const DEPENDENCIES = {
  billing: 'https://billing.internal.example.com/healthz',
  search: 'https://search.internal.example.com/healthz',
};

async function checkHttp(name) {
  const started = Date.now();
  try {
    // ok: sandbox.net
    const resp = await fetch(DEPENDENCIES[name], { signal: AbortSignal.timeout(2000) });
    return { healthy: resp.ok, ms: Date.now() - started };
  } catch {
    return { healthy: false, ms: Date.now() - started };
  }
}

function checkDatabase() {
  return new Promise((resolve) => {
    // ok: sandbox.net
    const sock = net.connect({ host: 'db-primary.internal', port: 5432, timeout: 1000 });
    sock.once('connect', () => {
      sock.destroy();
      resolve({ healthy: true });
    });
    sock.once('error', () => resolve({ healthy: false }));
    sock.once('timeout', () => {
      sock.destroy();
      resolve({ healthy: false });
    });
  });
}

function checkDisk() {
  return new Promise((resolve) => {
    // ok: sandbox.process
    execFile('df', ['-P', '/var/lib/app'], (err, stdout) => {
      if (err) return resolve({ healthy: false });
      const used = parseInt(stdout.trim().split('\n').pop().split(/\s+/)[4], 10);
      resolve({ healthy: used < 90, usedPercent: used });
    });
  });
}

router.get('/healthz', async (req, res) => {
  const results = { database: await checkDatabase(), disk: await checkDisk() };
  for (const name of Object.keys(DEPENDENCIES)) results[name] = await checkHttp(name);
  const healthy = Object.values(results).every((r) => r.healthy);
  res.status(healthy ? 200 : 503).json(results);
});

module.exports = router;
