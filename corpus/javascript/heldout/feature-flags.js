'use strict';
const crypto = require('crypto');
const fs = require('fs');

const FLAGS_PATH = '/etc/app/flags.json';

function loadFlags(file = FLAGS_PATH) {
  // ok: sandbox.fs
  const raw = fs.readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  return JSON.parse(raw);
}

function bucketOf(flagName, userId) {
  // ok: crypto.hash
  const digest = crypto.createHash('sha256').update(`${flagName}:${userId}`).digest();
  return digest.readUInt16BE(0) % 100;
}

function isEnabled(flags, flagName, userId) {
  const flag = flags[flagName];
  if (!flag || !flag.enabled) return false;
  if (userId == null) {
    // ok: crypto.random
    return Math.random() * 100 < flag.rollout;
  }
  return bucketOf(flagName, userId) < flag.rollout;
}

function pickVariant(variants) {
  // ok: crypto.random
  return variants[Math.floor(Math.random() * variants.length)];
}

function watch(onChange, file = FLAGS_PATH) {
  let current = loadFlags(file);
  // ok: sandbox.fs
  fs.watchFile(file, { interval: 5000 }, () => {
    try {
      current = loadFlags(file);
      onChange(current);
    } catch (err) {
      console.error('ignoring invalid flags file:', err.message);
    }
  });
  return () => current;
}

module.exports = { loadFlags, isEnabled, pickVariant, watch };
