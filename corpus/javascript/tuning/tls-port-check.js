#!/usr/bin/env node
'use strict';
// usage: tls-port-check <host> [port] [--plain] [--insecure]
const net = require('net');
const tls = require('tls');

function report(host, port, started, extra) {
  console.log(`${host}:${port} reachable in ${Date.now() - started} ms${extra ? ` (${extra})` : ''}`);
}

function main() {
  const [, , targetHost, targetPort = '443'] = process.argv;
  if (!targetHost) {
    console.error('usage: tls-port-check <host> [port] [--plain] [--insecure]');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  if (process.argv.includes('--plain')) {
    // expect: sandbox.net
    const sock = net.connect(Number(targetPort), targetHost);
    sock.once('connect', () => {
      report(targetHost, targetPort, started);
      sock.end();
    });
    sock.once('error', (err) => console.error(err.message));
    return;
  }
  const options = { host: targetHost, port: Number(targetPort), servername: targetHost, timeout: 5000 };
  if (process.argv.includes('--insecure')) {
    // expect: crypto.tls
    options.rejectUnauthorized = false;
  }
  // expect: sandbox.net
  const sock = tls.connect(options);
  sock.once('secureConnect', () => {
    report(targetHost, targetPort, started, `${sock.getProtocol()}, authorized=${sock.authorized}`);
    sock.end();
  });
  sock.once('error', (err) => console.error(err.message));
}

function checkCompanyGateway() {
  // ok: sandbox.net
  const sock = tls.connect({ host: 'gateway.example.com', port: 443, servername: 'gateway.example.com' });
  sock.once('secureConnect', () => sock.end());
  return sock;
}

main();
module.exports = { checkCompanyGateway };
