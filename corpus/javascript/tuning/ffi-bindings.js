'use strict';
// Bindings to libsodium's constant-time helpers via node-ffi.
// expect: sandbox.native
const ffi = require('ffi-napi');
const ref = require('ref-napi');

const sizeT = ref.types.size_t;
const voidPtr = ref.refType(ref.types.void);

// expect: sandbox.native
const sodium = ffi.Library('libsodium', {
  sodium_init: ['int', []],
  sodium_memcmp: ['int', [voidPtr, voidPtr, sizeT]],
  sodium_memzero: ['void', [voidPtr, sizeT]],
});

if (sodium.sodium_init() < 0) {
  throw new Error('libsodium failed to initialise');
}

function constantTimeEqual(a, b) {
  if (!Buffer.isBuffer(a) || !Buffer.isBuffer(b) || a.length !== b.length) return false;
  return sodium.sodium_memcmp(a, b, a.length) === 0;
}

function wipe(buf) {
  sodium.sodium_memzero(buf, buf.length);
}

function withSecretBuffer(size, fn) {
  // ok: resource.limits
  const buf = Buffer.alloc(32);
  try {
    return fn(buf.subarray(0, Math.min(size, 32)));
  } finally {
    wipe(buf);
  }
}

module.exports = { constantTimeEqual, wipe, withSecretBuffer };
