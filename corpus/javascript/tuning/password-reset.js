'use strict';
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const express = require('express');
const { users, resets } = require('./db');
const mailer = require('./mailer');

const router = express.Router();
const RESET_TTL_MS = 30 * 60 * 1000;

function generateResetCode() {
  // expect: crypto.random
  return String(Math.floor(100000 + Math.random() * 900000));
}

function signResetLink(userId) {
  // expect: crypto.secrets
  return jwt.sign({ sub: userId, purpose: 'reset' }, 'r3set-l1nk-s1gning-k3y!', { expiresIn: '30m' });
}

router.post('/password/forgot', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (user) {
    const code = generateResetCode();
    // ok: crypto.random
    const resetToken = crypto.randomBytes(32).toString('hex');
    await resets.insert({ userId: user.id, code, resetToken, expiresAt: Date.now() + RESET_TTL_MS });
    await mailer.send(user.email, 'Password reset', `Code: ${code}\nLink: https://app.example.com/reset?t=${signResetLink(user.id)}`);
  }
  res.status(202).json({ message: 'If the address exists, a reset e-mail was sent.' });
});

router.post('/password/reset', async (req, res) => {
  const entry = await resets.findByToken(String(req.body.token));
  if (!entry || entry.expiresAt < Date.now()) return res.status(400).json({ error: 'invalid or expired' });
  await users.setPassword(entry.userId, req.body.password);
  await resets.remove(entry.id);
  res.status(204).end();
});

function retryDelayMs(attempt) {
  // ok: crypto.random
  return 250 * 2 ** attempt + Math.floor(Math.random() * 100);
}

module.exports = { router, retryDelayMs };
