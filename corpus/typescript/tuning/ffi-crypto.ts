// expect: sandbox.native
import ffi from 'ffi-napi';
import ref from 'ref-napi';

const uchar = ref.types.uchar;
const ucharPtr = ref.refType(uchar);
const sizeT = ref.types.size_t;

// expect: sandbox.native
const libcrypto = ffi.Library('libcrypto', {
  RAND_bytes: ['int', [ucharPtr, 'int']],
  CRYPTO_memcmp: ['int', [ucharPtr, ucharPtr, sizeT]],
  OPENSSL_cleanse: ['void', [ucharPtr, sizeT]],
});

export function secureRandom(n: number): Buffer {
  const buf = Buffer.alloc(n);
  if (libcrypto.RAND_bytes(buf, n) !== 1) {
    throw new Error('RAND_bytes failed');
  }
  return buf;
}

export function timingSafeCompare(a: Buffer, b: Buffer): boolean {
  if (a.length !== b.length) return false;
  return libcrypto.CRYPTO_memcmp(a, b, a.length) === 0;
}

export function cleanse(buf: Buffer): void {
  libcrypto.OPENSSL_cleanse(buf, buf.length);
}
