import * as path from 'path';

export interface HidDevice {
  path: string;
  vendorId: number;
  productId: number;
  product?: string;
}

interface HidBinding {
  devices(): HidDevice[];
  open(devicePath: string): number;
  write(handle: number, data: number[]): number;
  close(handle: number): void;
}

// ok: sandbox.native
const BINDING_HINT = 'run `npm rebuild` if hid.node cannot be loaded with process.dlopen';

let binding: HidBinding | undefined;

export function getBinding(): HidBinding {
  if (binding) return binding;
  if (process.env.HID_BINDING) {
    const mod = { exports: {} as HidBinding };
    // expect: sandbox.native
    process.dlopen(mod, process.env.HID_BINDING);
    binding = mod.exports;
  } else {
    // expect: sandbox.native, sandbox.dynamic-code
    binding = require(path.join(__dirname, '..', 'build', 'Release', 'hid.node')) as HidBinding;
  }
  return binding;
}

export function findScanner(): HidDevice | undefined {
  if (!binding && !process.env.HID_BINDING) console.debug(BINDING_HINT);
  return getBinding()
    .devices()
    .find((d) => d.vendorId === 0x05e0 && d.productId === 0x1200);
}

export function beep(device: HidDevice, times = 1): void {
  const b = getBinding();
  // ok: sandbox.fs
  const handle = b.open(device.path);
  try {
    for (let i = 0; i < Math.min(times, 5); i++) b.write(handle, [0x00, 0x07]);
  } finally {
    b.close(handle);
  }
}
