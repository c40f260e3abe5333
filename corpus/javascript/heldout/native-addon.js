'use strict';
const os = require('os');
const path = require('path');

let impl;
try {
  // expect: sandbox.native
  impl = require('./build/Release/imgproc.node');
} catch (err) {
  impl = null;
}

function loadPlatformAddon() {
  const file = path.join(__dirname, 'prebuilds', `${os.platform()}-${os.arch()}`, 'imgproc.node');
  const mod = { exports: {} };
  // expect: sandbox.native
  process.dlopen(mod, file, os.constants.dlopen.RTLD_NOW);
  return mod.exports;
}

function jsFallback() {
  return {
    blur(pixels) {
      return pixels;
    },
    grayscale(pixels) {
      const out = new Uint8ClampedArray(pixels.length);
      for (let i = 0; i < pixels.length; i += 4) {
        const y = 0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2];
        out[i] = out[i + 1] = out[i + 2] = y;
        out[i + 3] = pixels[i + 3];
      }
      return out;
    },
  };
}

function getImpl() {
  if (impl) return impl;
  try {
    impl = loadPlatformAddon();
  } catch (err) {
    // ok: sandbox.native
    console.warn('imgproc.node could not be loaded with process.dlopen; using the JS fallback');
    impl = jsFallback();
  }
  return impl;
}

module.exports = { getImpl };
