'use strict';
const { spawn, execFile } = require('child_process');
const fs = require('fs/promises');
const path = require('path');
const os = require('os');

const OUT_DIR = '/srv/pdf/out';
const DEFAULT_RENDERER = '/usr/bin/wkhtmltopdf';

function run(program, args) {
  return new Promise((resolve, reject) => {
    // expect: sandbox.process
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr || `exit ${code}`))));
  });
}

async function renderJob(job) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pdf-'));
  const htmlFile = path.join(tmp, 'input.html');
  // ok: sandbox.fs
  await fs.writeFile(htmlFile, job.html, 'utf8');
  const outFile = path.join(OUT_DIR, `${job.customerId}-${job.name}.pdf`);
  await run(job.renderer || DEFAULT_RENDERER, ['--quiet', htmlFile, outFile]);
  // ok: sandbox.fs
  await fs.rm(tmp, { recursive: true, force: true });
  return outFile;
}

async function removeJobOutput(job) {
  const outFile = path.join(OUT_DIR, `${job.customerId}-${job.name}.pdf`);
  // expect: sandbox.fs
  await fs.unlink(outFile);
}

function pageCount(pdfPath) {
  return new Promise((resolve, reject) => {
    // ok: sandbox.process
    execFile('pdfinfo', [pdfPath], (err, stdout) => {
      if (err) return reject(err);
      const m = /Pages:\s+(\d+)/.exec(stdout);
      resolve(m ? Number(m[1]) : 0);
    });
  });
}

module.exports = { renderJob, removeJobOutput, pageCount };
