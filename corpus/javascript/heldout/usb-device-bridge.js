'use strict';
const os = require('os');
const path = require('path');
const { EventEmitter } = require('events');

const PREBUILD_DIR = path.join(__dirname, 'prebuilds');

function loadBinding() {
  const platformDir = `${process.platform}-${process.arch}`;
  try {
    // expect: sandbox.native, sandbox.dynamic-code
    return require(`./prebuilds/${platformDir}/usb_bridge.node`);
  } catch (err) {
    const fallback = { exports: {} };
    // expect: sandbox.native
    process.dlopen(fallback, path.join(PREBUILD_DIR, 'generic', 'usb_bridge.node'), os.constants.dlopen.RTLD_LAZY);
    return fallback.exports;
  }
}

class UsbBridge extends EventEmitter {
  constructor() {
    super();
    this.binding = loadBinding();
    this.devices = new Map();
  }

  scan() {
    for (const dev of this.binding.listDevices()) {
      const id = `${dev.vendorId.toString(16)}:${dev.productId.toString(16)}`;
      if (!this.devices.has(id)) {
        this.devices.set(id, dev);
        this.emit('attach', id, dev);
      }
    }
    return [...this.devices.keys()];
  }

  describe(registry) {
    // ok: sandbox.native
    return registry.loadLibrary('usb-vendors').lookup([...this.devices.keys()]);
  }

  write(id, data) {
    const dev = this.devices.get(id);
    if (!dev) throw new Error(`unknown device ${id}`);
    return this.binding.transfer(dev.handle, Buffer.from(data));
  }
}

module.exports = { UsbBridge };
