import { exec, spawn } from 'child_process';
import * as vm from 'vm';

export interface Job {
  id: string;
  kind: 'shell' | 'script' | 'binary';
  command: string;
  args?: string[];
  timeoutMs?: number;
}

export interface JobResult {
  id: string;
  exitCode: number | null;
  output: string;
}

export function runShell(job: Job): Promise<JobResult> {
  return new Promise((resolve) => {
    // expect: sandbox.process
    exec(job.command, { timeout: job.timeoutMs ?? 60_000 }, (err, stdout, stderr) => {
      resolve({ id: job.id, exitCode: err ? (err.code as number) ?? 1 : 0, output: stdout + stderr });
    });
  });
}

export function runBinary(job: Job): Promise<JobResult> {
  return new Promise((resolve) => {
    // expect: sandbox.process
    const child = spawn(job.command, job.args ?? [], { timeout: job.timeoutMs ?? 60_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ id: job.id, exitCode: code, output }));
  });
}

export function runScript(job: Job): JobResult {
  const logs: string[] = [];
  const sandbox = { console: { log: (...a: unknown[]) => logs.push(a.join(' ')) } };
  // expect: sandbox.dynamic-code
  vm.runInNewContext(job.command, sandbox, { timeout: job.timeoutMs ?? 1000 });
  return { id: job.id, exitCode: 0, output: logs.join('\n') };
}

export function cleanupWorkspace(): Promise<JobResult> {
  return new Promise((resolve) => {
    // ok: sandbox.process
    exec('rm -rf /tmp/job-workspace-*', (err) => resolve({ id: 'cleanup', exitCode: err ? 1 : 0, output: '' }));
  });
}

export function dispatch(job: Job): Promise<JobResult> {
  if (job.kind === 'shell') return runShell(job);
  if (job.kind === 'binary') return runBinary(job);
  return Promise.resolve(runScript(job));
}
