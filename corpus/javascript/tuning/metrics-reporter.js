'use strict';
const https = require('https');
const os = require('os');

// expect: crypto.secrets
const DATADOG_API_KEY = '3f9e1c7a5b2d48e6a0c4f8b1d7e2a9c5';
const INTAKE_HOST = 'api.datadoghq.eu';

function postSeries(series) {
  const body = JSON.stringify({ series });
  const req = https.request({
    host: INTAKE_HOST,
    path: '/api/v1/series',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'DD-API-KEY': DATADOG_API_KEY, 'Content-Length': Buffer.byteLength(body) },
    // ok: crypto.tls
    minVersion: 'TLSv1.2',
  });
  req.on('error', (err) => console.error('metrics push failed:', err.message));
  req.end(body);
}

function postToOnPremCollector(collectorHost, series) {
  const req = https.request({
    host: collectorHost,
    port: 8443,
    path: '/ingest',
    method: 'POST',
    // expect: crypto.tls
    rejectUnauthorized: false,
    // expect: crypto.tls
    secureProtocol: 'TLSv1_1_method',
  });
  req.end(JSON.stringify(series));
}

function collect() {
  const now = Math.floor(Date.now() / 1000);
  const host = os.hostname();
  return [
    { metric: 'system.load.1', points: [[now, os.loadavg()[0]]], host },
    { metric: 'system.mem.free', points: [[now, os.freemem()]], host },
  ];
}

function start(intervalMs = 15000) {
  return setInterval(() => {
    const series = collect();
    postSeries(series);
    if (process.env.ONPREM_COLLECTOR) postToOnPremCollector(process.env.ONPREM_COLLECTOR, series);
  }, intervalMs);
}

module.exports = { start, collect };
