'use strict';
const http = require('http');
const got = require('got');

const ALLOWED_UPSTREAMS = new Set(['api.internal.example.com', 'search.internal.example.com']);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://proxy.local');

  if (url.pathname === '/fetch') {
    try {
      // expect: sandbox.net
      const body = await got(url.searchParams.get('target'), { timeout: { request: 5000 } }).text();
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end(body);
    } catch (err) {
      res.writeHead(502);
      return res.end();
    }
  }

  if (url.pathname === '/upstream') {
    const host = req.headers['x-upstream-host'];
    // expect: sandbox.net
    const upstream = http.request({ host, port: 80, path: url.searchParams.get('path') || '/', method: 'GET' }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    return upstream.end();
  }

  if (url.pathname === '/internal') {
    const host = url.searchParams.get('host');
    if (!ALLOWED_UPSTREAMS.has(host)) {
      res.writeHead(403);
      return res.end();
    }
    // ok: sandbox.net
    const body = await got(`https://${host}/status`).text();
    res.writeHead(200);
    return res.end(body);
  }

  res.writeHead(404);
  res.end();
});

if (require.main === module) server.listen(8081);
module.exports = server;
