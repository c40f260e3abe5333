import * as https from 'https';
import * as tls from 'tls';
import { readFileSync } from 'fs';
import axios, { AxiosInstance } from 'axios';

const CORP_CA = readFileSync('/etc/pki/corp-ca.pem');

export function createClient(baseURL: string, opts: { insecure?: boolean } = {}): AxiosInstance {
  const agent = opts.insecure
    // expect: crypto.tls
    ? new https.Agent({ rejectUnauthorized: false })
    // ok: crypto.tls
    : new https.Agent({ ca: CORP_CA, minVersion: 'TLSv1.2' });
  return axios.create({ baseURL, httpsAgent: agent, timeout: 10_000 });
}

export function legacyMainframeSocket(host: string, port: number): tls.TLSSocket {
  // expect: crypto.tls
  return tls.connect({ host, port, ca: CORP_CA, minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });
}

export function disableVerificationForTests(): void {
  if (process.env.NODE_ENV === 'test') {
    // expect: crypto.tls
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
  }
}

export function pinnedContext(): tls.SecureContext {
  // ok: crypto.tls
  return tls.createSecureContext({ ca: CORP_CA, minVersion: 'TLSv1.3' });
}

export function reportingClient(): AxiosInstance {
  return axios.create({
    baseURL: 'https://reports.legacy.example.com',
    // expect: crypto.tls
    httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
  });
}
