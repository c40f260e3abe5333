import { createHash } from 'crypto';
import { readFile } from 'fs/promises';

export interface FlagDefinition {
  key: string;
  enabled: boolean;
  rolloutPercent: number;
  allowList?: string[];
}

const FLAGS_FILE = '/etc/app/feature-flags.json';

export class FeatureFlagService {
  private flags = new Map<string, FlagDefinition>();

  async reload(file: string = FLAGS_FILE): Promise<void> {
    // ok: sandbox.fs
    const text = await readFile(file, 'utf8');
    // ok: sandbox.deserialization
    const defs = JSON.parse(text) as FlagDefinition[];
    this.flags = new Map(defs.map((d) => [d.key, d]));
  }

  private bucket(flagKey: string, userId: string): number {
    // ok: crypto.hash
    const h = createHash('sha256').update(`${flagKey}/${userId}`).digest();
    return h.readUInt32BE(0) % 100;
  }

  isEnabled(flagKey: string, userId?: string): boolean {
    const def = this.flags.get(flagKey);
    if (!def || !def.enabled) return false;
    if (userId && def.allowList?.includes(userId)) return true;
    if (!userId) {
      // ok: crypto.random
      return Math.random() * 100 < def.rolloutPercent;
    }
    return this.bucket(flagKey, userId) < def.rolloutPercent;
  }

  variant<T>(flagKey: string, variants: T[]): T {
    // ok: crypto.random
    return variants[Math.floor(Math.random() * variants.length)];
  }

  snapshot(): FlagDefinition[] {
    return [...this.flags.values()];
  }
}
