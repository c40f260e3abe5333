"""Thin ctypes wrapper around libzstd for the archive service."""
import ctypes
import ctypes.util

# ok: sandbox.native
_libname = ctypes.util.find_library("zstd") or "libzstd.so.1"
# expect: sandbox.native
_zstd = ctypes.CDLL(_libname)

_zstd.ZSTD_compressBound.argtypes = [ctypes.c_size_t]
_zstd.ZSTD_compressBound.restype = ctypes.c_size_t
_zstd.ZSTD_compress.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_zstd.ZSTD_compress.restype = ctypes.c_size_t
_zstd.ZSTD_isError.argtypes = [ctypes.c_size_t]
_zstd.ZSTD_isError.restype = ctypes.c_uint


def compress(data: bytes, level: int = 3) -> bytes:
    bound = _zstd.ZSTD_compressBound(len(data))
    # ok: memory.unsafe-escape
    dst = ctypes.create_string_buffer(bound)
    src = ctypes.create_string_buffer(len(data))
    # expect: memory.unsafe-escape
    ctypes.memmove(src, data, len(data))
    written = _zstd.ZSTD_compress(dst, bound, src, len(data), level)
    if _zstd.ZSTD_isError(written):
        raise RuntimeError("zstd compression failed")
    # expect: memory.unsafe-escape
    return ctypes.string_at(dst, written)


def scrub(buffer):
    # expect: memory.unsafe-escape
    ctypes.memset(buffer, 0, ctypes.sizeof(buffer))


def version() -> str:
    _zstd.ZSTD_versionString.restype = ctypes.c_char_p
    return _zstd.ZSTD_versionString().decode()
