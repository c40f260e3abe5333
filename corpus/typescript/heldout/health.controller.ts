import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { execFile } from 'child_process';
import { connect } from 'net';
import { promisify } from 'util';

const execFileAsync = promisify(execFile);

const UPSTREAMS: Record<string, string> = {
  payments: 'https://payments.internal.example.com/health',
  inventory: 'https://inventory.internal.example.com/health',
};

type CheckResult = { healthy: boolean; detail?: string };

@Controller('health')
export class HealthController {
  @Get()
  async check(): Promise<Record<string, CheckResult>> {
    const results: Record<string, CheckResult> = {
      db: await this.tcp('db-primary.internal', 5432),
      disk: await this.disk(),
    };
    for (const [name, url] of Object.entries(UPSTREAMS)) {
      try {
        // ok: sandbox.net
        const r = await fetch(url, { signal: AbortSignal.timeout(1500) });
        results[name] = { healthy: r.ok };
      } catch (e) {
        results[name] = { healthy: false, detail: (e as Error).message };
      }
    }
    if (Object.values(results).some((r) => !r.healthy)) {
      throw new HttpException(results, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return results;
  }

  private tcp(host: string, port: number): Promise<CheckResult> {
    return new Promise((resolve) => {
      // ok: sandbox.net
      const sock = connect({ host, port, timeout: 1000 }, () => {
        sock.end();
        resolve({ healthy: true });
      });
      sock.on('error', (err) => resolve({ healthy: false, detail: err.message }));
    });
  }

  private async disk(): Promise<CheckResult> {
    // ok: sandbox.process
    const { stdout } = await execFileAsync('df', ['-P', '/var/lib/app']);
    const usedPct = parseInt(stdout.trim().split('\n').pop()!.split(/\s+/)[4], 10);
    return { healthy: usedPct < 90, detail: `${usedPct}% used` };
  }
}
