import { randomBytes, randomUUID } from 'crypto';
import jwt from 'jsonwebtoken';

export interface Claims {
  sub: string;
  scope: string[];
}

// expect: crypto.secrets
const JWT_SECRET = 'prod-jwt-hmac-9c2e7f41ab3d58e6';
const ISSUER = 'https://auth.example.com';

export function issueAccessToken(claims: Claims): string {
  return jwt.sign(claims, JWT_SECRET, { issuer: ISSUER, expiresIn: '15m' });
}

export function issueRefreshToken(): string {
  // ok: crypto.random
  return randomBytes(48).toString('base64url');
}

export function generateSessionToken(length = 32): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) {
    // expect: crypto.random
    out += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  }
  return out;
}

export function issueServiceToken(service: string): string {
  // expect: crypto.secrets
  return jwt.sign({ sub: service, scope: ['internal'] }, 'svc-signing-key-2f8a9d7c', { expiresIn: '1h' });
}

export function correlationId(): string {
  // ok: crypto.random
  return randomUUID();
}

export function sampleForTracing(rate = 0.05): boolean {
  // ok: crypto.random
  return Math.random() < rate;
}

export function verify(token: string): Claims {
  return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as Claims;
}
