'use strict';
const { exec, execFile, spawn } = require('child_process');
const path = require('path');
const util = require('util');

const execFileAsync = util.promisify(execFile);
const OUT_DIR = '/srv/media/converted';
const ALLOWED_FORMATS = ['png', 'jpg', 'webp'];

async function convert(input, format) {
  if (!ALLOWED_FORMATS.includes(format)) throw new Error('bad format');
  const output = path.join(OUT_DIR, path.basename(input, path.extname(input)) + '.' + format);
  // ok: sandbox.process
  await execFileAsync('convert', [input, '-strip', output]);
  return output;
}

function resize(input, geometry, callback) {
  const output = input.replace(/\.(\w+)$/, '-resized.$1');
  // expect: sandbox.process
  exec(`convert "${input}" -resize ${geometry} "${output}"`, (err) => callback(err, output));
}

function optimize(file, tool) {
  return new Promise((resolve, reject) => {
    // expect: sandbox.process
    const child = spawn(tool, ['--strip-all', file], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve(file) : reject(new Error(`exit ${code}`))));
  });
}

function identify(file) {
  return new Promise((resolve, reject) => {
    // ok: sandbox.process
    execFile('identify', ['-format', '%wx%h', file], (err, stdout) => (err ? reject(err) : resolve(stdout.trim())));
  });
}

function purgeCache() {
  // ok: sandbox.process
  exec('find /srv/media/converted -mtime +7 -delete');
}

module.exports = { convert, resize, optimize, identify, purgeCache };
