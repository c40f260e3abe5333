#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline');

const LEVELS = ['debug', 'info', 'warn', 'error'];
const TS_RE = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s+(\w+)\s+(.*)$/;

function usage() {
  console.error('usage: log-viewer <file> [pattern] [--level warn] [--tail N]');
  process.exit(2);
}

async function main() {
  const [, , file, pattern] = process.argv;
  if (!file) usage();
  const levelIdx = process.argv.indexOf('--level');
  const minLevel = levelIdx > 0 ? LEVELS.indexOf(process.argv[levelIdx + 1]) : 0;
  const tailIdx = process.argv.indexOf('--tail');
  const tail = tailIdx > 0 ? Number(process.argv[tailIdx + 1]) : 0;
  // expect: resource.limits
  const matcher = pattern ? new RegExp(pattern) : null;

  // expect: sandbox.fs
  const input = fs.createReadStream(file, { encoding: 'utf8' });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  // expect: resource.limits
  const ring = new Array(tail);
  let n = 0;
  for await (const line of rl) {
    const m = TS_RE.exec(line);
    if (!m || LEVELS.indexOf(m[2].toLowerCase()) < minLevel) continue;
    if (matcher && !matcher.test(m[3])) continue;
    if (tail > 0) ring[n++ % tail] = line;
    else console.log(line);
  }
  if (tail > 0) {
    const ordered = n > tail ? ring.slice(n % tail).concat(ring.slice(0, n % tail)) : ring.slice(0, n);
    ordered.forEach((l) => console.log(l));
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
