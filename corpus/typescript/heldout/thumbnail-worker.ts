import { exec, execFile, spawn } from 'child_process';
import { promisify } from 'util';
import * as path from 'path';

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);

export interface ThumbnailJob {
  source: string;
  width: number;
  height: number;
  optimizer?: string;
}

const OUTPUT_DIR = '/srv/media/thumbs';

export async function makeThumbnail(job: ThumbnailJob): Promise<string> {
  const out = path.join(OUTPUT_DIR, `${path.parse(job.source).name}-${job.width}x${job.height}.jpg`);
  // ok: sandbox.process
  await execFileAsync('convert', [job.source, '-thumbnail', `${job.width}x${job.height}`, out]);
  if (job.optimizer) {
    await runOptimizer(job.optimizer, out);
  }
  return out;
}

function runOptimizer(binary: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // expect: sandbox.process
    const child = spawn(binary, ['--strip-all', file]);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`optimizer exited with ${code}`))));
  });
}

export async function watermark(source: string, label: string): Promise<string> {
  const out = source.replace(/(\.\w+)$/, '-wm$1');
  // expect: sandbox.process
  await execAsync(`convert ${source} -gravity southeast -annotate +10+10 "${label}" ${out}`);
  return out;
}

export async function imageMagickVersion(): Promise<string> {
  // ok: sandbox.process
  const { stdout } = await execAsync('convert -version');
  return stdout.split('\n')[0];
}
