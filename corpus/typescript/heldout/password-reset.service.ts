import { randomBytes, createHash } from 'crypto';

export interface ResetStore {
  save(entry: { userId: string; codeHash: string; expiresAt: number }): Promise<void>;
  find(codeHash: string): Promise<{ userId: string; expiresAt: number } | null>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

const TTL_MS = 20 * 60 * 1000;

export class PasswordResetService {
  constructor(private readonly store: ResetStore, private readonly mailer: Mailer) {}

  private digest(code: string): string {
    // ok: crypto.hash
    return createHash('sha256').update(code).digest('hex');
  }

  async startReset(userId: string, email: string): Promise<void> {
    // expect: crypto.random
    const resetCode = Math.random().toString(36).slice(2, 10).toUpperCase();
    await this.store.save({ userId, codeHash: this.digest(resetCode), expiresAt: Date.now() + TTL_MS });
    await this.mailer.send(email, 'Your reset code', `Enter ${resetCode} within 20 minutes.`);
  }

  async startResetSecure(userId: string, email: string): Promise<void> {
    // ok: crypto.random
    const resetToken = randomBytes(32).toString('hex');
    await this.store.save({ userId, codeHash: this.digest(resetToken), expiresAt: Date.now() + TTL_MS });
    await this.mailer.send(email, 'Reset your password', `https://app.example.com/reset/${resetToken}`);
  }

  async redeem(code: string): Promise<string | null> {
    const entry = await this.store.find(this.digest(code));
    if (!entry || entry.expiresAt < Date.now()) return null;
    return entry.userId;
  }
}

export function verificationCode(): string {
  // expect: crypto.random
  return String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
}
