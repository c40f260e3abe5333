'use strict';
const fs = require('fs');
const https = require('https');
const tls = require('tls');

const CA = fs.readFileSync('/etc/ssl/certs/corp-root-ca.pem');

// ok: crypto.tls
const secureAgent = new https.Agent({ ca: CA, keepAlive: true, minVersion: 'TLSv1.2' });

// expect: crypto.tls
const legacyAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

function agentFor(host) {
  return host.endsWith('.legacy.corp') ? legacyAgent : secureAgent;
}

function connectLegacyPrinter(host, port) {
  return tls.connect({
    host,
    port,
    // expect: crypto.tls
    minVersion: 'TLSv1',
    ca: CA,
  });
}

function enableInsecureMode() {
  if (process.env.ALLOW_INSECURE === 'yes') {
    // expect: crypto.tls
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  }
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent: agentFor(new URL(url).hostname) }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

function strictContext() {
  // ok: crypto.tls
  return tls.createSecureContext({ ca: CA, minVersion: 'TLSv1.3' });
}

module.exports = { agentFor, connectLegacyPrinter, enableInsecureMode, getJson, strictContext };
