import { readFileSync } from 'fs';
import * as path from 'path';
import { z } from 'zod';

const ConfigSchema = z.object({
  port: z.number().int().default(3000),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  database: z.object({
    host: z.string().default('localhost'),
    port: z.number().int().default(5432),
    user: z.string().default('app'),
    password: z.string().default(''),
  }),
  tls: z.object({ caFile: z.string().optional(), rejectUnauthorized: z.boolean().default(true) }).default({}),
});

export type AppConfig = z.infer<typeof ConfigSchema>;

export function loadConfig(file: string = path.join(__dirname, '..', 'config', 'app.json')): AppConfig {
  // ok: sandbox.fs
  const raw = readFileSync(file, 'utf8');
  // ok: sandbox.deserialization
  const parsed = ConfigSchema.parse(JSON.parse(raw));
  if (process.env.DATABASE_PASSWORD) {
    // ok: crypto.secrets
    parsed.database.password = process.env.DATABASE_PASSWORD;
  }
  return parsed;
}

export const exampleConfig: AppConfig = {
  port: 8080,
  logLevel: 'info',
  // ok: crypto.secrets
  database: { host: 'db.internal', port: 5432, user: 'app', password: 'changeme' },
  // ok: crypto.tls
  tls: { rejectUnauthorized: true },
};

export function describe(cfg: AppConfig): string {
  const masked = { ...cfg, database: { ...cfg.database, password: cfg.database.password ? '***' : '' } };
  return JSON.stringify(masked, null, 2);
}
