import * as https from 'https';
import { hostname } from 'os';

interface Event {
  name: string;
  ts: number;
  props?: Record<string, string | number>;
}

const COLLECTOR = 'telemetry.example.io';
// expect: crypto.secrets
const INGEST_TOKEN = 'tk_ingest_8a2f6c9d1e4b7a3c5f0d';
const buffer: Event[] = [];

export function track(name: string, props?: Event['props']): void {
  buffer.push({ name, ts: Date.now(), props });
  if (buffer.length >= 50) void flush();
}

export function flush(): Promise<number> {
  const batch = buffer.splice(0, buffer.length);
  if (batch.length === 0) return Promise.resolve(0);
  const body = JSON.stringify({ host: hostname(), events: batch });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: COLLECTOR,
        path: '/v1/batch',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_TOKEN}` },
        // ok: crypto.tls
        rejectUnauthorized: true,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(batch.length));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function devCollectorOptions(): https.RequestOptions {
  return {
    host: 'localhost',
    port: 8443,
    // expect: crypto.tls
    rejectUnauthorized: false,
    // ok: crypto.secrets
    headers: { authorization: `Bearer ${process.env.DEV_TELEMETRY_TOKEN ?? ''}` },
  };
}
