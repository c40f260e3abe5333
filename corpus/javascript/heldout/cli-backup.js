#!/usr/bin/env node
'use strict';
const { execSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function usage() {
  console.error('usage: backup <source-dir> <manifest.json> [--exclude PATTERN]');
  process.exit(2);
}

function main(argv) {
  const [source, manifestPath] = argv.slice(2);
  if (!source || !manifestPath) usage();
  const exclude = argv.includes('--exclude') ? argv[argv.indexOf('--exclude') + 1] : '*.tmp';
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const archive = `/var/backups/${path.basename(source)}-${stamp}.tar.gz`;

  // expect: sandbox.process
  execSync(`tar --exclude='${exclude}' -czf ${archive} ${source}`, { stdio: 'inherit' });
  // ok: sandbox.process
  const sum = execFileSync('sha256sum', [archive], { encoding: 'utf8' }).split(' ')[0];

  const manifest = { source, archive, sha256: sum, createdAt: new Date().toISOString() };
  // expect: sandbox.fs
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // ok: sandbox.fs
  fs.appendFileSync('/var/log/backup.log', `${manifest.createdAt} ${archive}\n`);
  console.log(`backup written to ${archive}`);
}

main(process.argv);
