import { createHash } from 'crypto';
import type { Redis } from 'ioredis';

export interface CacheOptions {
  ttlSeconds: number;
  namespace: string;
}

export class CacheService {
  constructor(private readonly redis: Redis, private readonly opts: CacheOptions) {}

  key(parts: Array<string | number>): string {
    // ok: crypto.hash
    const digest = createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 32);
    return `${this.opts.namespace}:${digest}`;
  }

  private ttl(): number {
    // ok: crypto.random
    const spread = Math.floor(Math.random() * this.opts.ttlSeconds * 0.1);
    return this.opts.ttlSeconds + spread;
  }

  async get<T>(parts: Array<string | number>): Promise<T | undefined> {
    const raw = await this.redis.get(this.key(parts));
    // ok: sandbox.deserialization
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(parts: Array<string | number>, value: T): Promise<void> {
    await this.redis.set(this.key(parts), JSON.stringify(value), 'EX', this.ttl());
  }

  async remember<T>(parts: Array<string | number>, producer: () => Promise<T>): Promise<T> {
    const hit = await this.get<T>(parts);
    if (hit !== undefined) return hit;
    const value = await producer();
    await this.set(parts, value);
    return value;
  }

  async evalScript(): Promise<number> {
    // ok: sandbox.dynamic-code
    const n = await this.redis.eval("return redis.call('DBSIZE')", 0);
    return Number(n);
  }
}
