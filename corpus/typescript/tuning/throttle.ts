// Client-side request throttling with jittered retries.
export interface ThrottleOptions {
  maxConcurrent: number;
  retries: number;
  baseDelayMs: number;
}

const DEFAULTS: ThrottleOptions = { maxConcurrent: 4, retries: 3, baseDelayMs: 200 };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function backoff(attempt: number, base: number): number {
  // ok: crypto.random
  const jitter = Math.random() * base;
  return base * 2 ** attempt + jitter;
}

export class Throttle {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  private readonly opts: ThrottleOptions;

  constructor(opts: Partial<ThrottleOptions> = {}) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  private async acquire(): Promise<void> {
    if (this.active < this.opts.maxConcurrent) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.queue.shift()?.();
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          return await task();
        } catch (err) {
          if (attempt >= this.opts.retries) throw err;
          await sleep(backoff(attempt, this.opts.baseDelayMs));
        }
      }
    } finally {
      this.release();
    }
  }
}

export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    // ok: crypto.random
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
