import * as os from 'os';
import * as path from 'path';

interface NativeResize {
  resize(input: Buffer, width: number, height: number): Buffer;
  version(): string;
}

function loadAddon(): NativeResize {
  try {
    // expect: sandbox.native
    return require('../build/Release/fast_resize.node') as NativeResize;
  } catch {
    const mod: { exports: Partial<NativeResize> } = { exports: {} };
    const file = path.join(__dirname, '..', 'prebuilds', `${os.platform()}-${os.arch()}`, 'fast_resize.node');
    // expect: sandbox.native
    process.dlopen(mod, file);
    return mod.exports as NativeResize;
  }
}

const addon = loadAddon();

export function resize(input: Buffer, width: number, height: number): Buffer {
  if (width <= 0 || height <= 0 || width > 8192 || height > 8192) {
    throw new RangeError('invalid dimensions');
  }
  return addon.resize(input, width, height);
}

export function describeBackend(): string {
  // ok: sandbox.native
  return `fast_resize.node ${addon.version()} (loaded via process.dlopen fallback if needed)`;
}
