//! Thin bindings to the system zlib for fast CRC32 and Adler-32.
use std::os::raw::{c_uchar, c_uint, c_ulong};

#[link(name = "z")]
// expect: sandbox.native
extern "C" {
    fn crc32(crc: c_ulong, buf: *const c_uchar, len: c_uint) -> c_ulong;
    fn adler32(adler: c_ulong, buf: *const c_uchar, len: c_uint) -> c_ulong;
}

/// Computes the CRC32 of `data`, feeding zlib in chunks that fit a `c_uint`.
pub fn checksum(data: &[u8]) -> u32 {
    let mut crc: c_ulong = 0;
    for chunk in data.chunks(c_uint::MAX as usize) {
        // expect: memory.unsafe-escape
        crc = unsafe { crc32(crc, chunk.as_ptr(), chunk.len() as c_uint) };
    }
    crc as u32
}

pub fn adler(data: &[u8]) -> u32 {
    let mut value: c_ulong = 1;
    for chunk in data.chunks(c_uint::MAX as usize) {
        // expect: memory.unsafe-escape
        value = unsafe { adler32(value, chunk.as_ptr(), chunk.len() as c_uint) };
    }
    value as u32
}

/// Pure-Rust fallback used in tests so results can be compared.
pub fn crc32_reference(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= byte as u32;
        for _ in 0..8 {
            let mask = (!(crc & 1)).wrapping_add(1);
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_reference() {
        let input = b"The quick brown fox jumps over the lazy dog";
        assert_eq!(checksum(input), crc32_reference(input));
    }
}
