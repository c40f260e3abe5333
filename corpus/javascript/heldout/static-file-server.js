'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = '/srv/www/public';
const MIME = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

function sendError(res, code) {
  res.writeHead(code, { 'Content-Type': 'text/plain' });
  res.end(http.STATUS_CODES[code]);
}

function serveChecked(req, res) {
  const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const full = path.resolve(ROOT, '.' + urlPath);
  if (!full.startsWith(ROOT + path.sep)) return sendError(res, 403);
  // ok: sandbox.fs
  const stream = fs.createReadStream(full);
  stream.on('error', () => sendError(res, 404));
  res.writeHead(200, { 'Content-Type': MIME[path.extname(full)] || 'application/octet-stream' });
  stream.pipe(res);
}

function serveDownloads(req, res) {
  const name = new URL(req.url, 'http://localhost').searchParams.get('file');
  const full = path.join(ROOT, 'downloads', name);
  // expect: sandbox.fs
  const stream = fs.createReadStream(full);
  stream.on('error', () => sendError(res, 404));
  stream.on('open', () => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }));
  stream.pipe(res);
}

function deleteUpload(req, res) {
  const name = new URL(req.url, 'http://localhost').searchParams.get('file');
  // expect: sandbox.fs
  fs.unlink(ROOT + '/uploads/' + name, (err) => sendError(res, err ? 404 : 204));
}

function serveFavicon(res) {
  // ok: sandbox.fs
  fs.readFile(path.join(ROOT, 'favicon.ico'), (err, data) => {
    if (err) return sendError(res, 404);
    res.writeHead(200, { 'Content-Type': 'image/x-icon' });
    res.end(data);
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/favicon.ico') return serveFavicon(res);
  if (req.url.startsWith('/downloads')) return serveDownloads(req, res);
  if (req.method === 'DELETE') return deleteUpload(req, res);
  return serveChecked(req, res);
});

if (require.main === module) server.listen(8080);
module.exports = server;
