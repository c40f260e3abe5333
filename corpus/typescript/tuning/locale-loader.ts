import { readFileSync } from 'fs';
import * as path from 'path';

export type Messages = Record<string, string>;

const SUPPORTED = ['en', 'de', 'fr', 'ja'] as const;
type Locale = (typeof SUPPORTED)[number];
const LOCALE_DIR = '/opt/app/locales';
const cache = new Map<Locale, Messages>();

export function isSupported(value: string): value is Locale {
  return (SUPPORTED as readonly string[]).includes(value);
}

export function negotiate(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isSupported(tag)) return tag;
  }
  return 'en';
}

export function load(locale: Locale): Messages {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = path.join(LOCALE_DIR, path.basename(`${locale}.json`));
  // ok: sandbox.fs
  const text = readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  const messages = JSON.parse(text) as Messages;
  cache.set(locale, messages);
  return messages;
}

export function t(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const template = load(locale)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? `{${name}}`));
}

export function loadFallback(): Messages {
  // ok: sandbox.dynamic-code
  return require('./locales/en.json') as Messages;
}
