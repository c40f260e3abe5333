'use strict';
const crypto = require('crypto');
const express = require('express');
const { execSync, execFileSync } = require('child_process');

const app = express();
app.use(express.json({ limit: '1mb' }));

// expect: crypto.secrets
const GITHUB_TOKEN = 'ghp_R8tLq2Wm9Zx4Vb7Nc1Kd5Hf3Js6Pa0Ye2Ug8';
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET || '';
const REPO_DIR = '/srv/app/current';

function validSignature(req) {
  const sig = req.get('X-Hub-Signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest('hex');
  return sig.length === expected.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}

app.post('/deploy', (req, res) => {
  if (!validSignature(req)) return res.status(401).end();
  const branch = req.body.ref.replace('refs/heads/', '');
  // ok: sandbox.process
  execFileSync('git', ['fetch', '--all'], { cwd: REPO_DIR });
  // expect: sandbox.process
  execSync(`git checkout ${branch} && git pull origin ${branch}`, { cwd: REPO_DIR });
  // ok: sandbox.process
  execSync('npm ci --omit=dev && systemctl restart app', { cwd: REPO_DIR });
  res.json({ deployed: branch });
});

app.post('/rollback', (req, res) => {
  if (!validSignature(req)) return res.status(401).end();
  const sha = req.body.sha;
  // ok: sandbox.process
  execFileSync('git', ['reset', '--hard', sha], { cwd: REPO_DIR });
  res.json({ rolledBack: sha });
});

function cloneWithToken(repo) {
  const url = `https://x-access-token:${GITHUB_TOKEN}@github.com/${repo}.git`;
  // expect: sandbox.process
  execSync('git clone ' + url + ' /srv/app/next');
}

module.exports = { app, cloneWithToken };
