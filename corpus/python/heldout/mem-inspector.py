"""Debug helpers to peek at raw process memory (used by the profiler plugin)."""
import ctypes
import sys

# expect: sandbox.native
libc = ctypes.cdll.LoadLibrary("libc.so.6")
libc.getpagesize.restype = ctypes.c_int


def object_address(obj):
    return id(obj)


def read_refcount(obj):
    # expect: memory.unsafe-escape
    return ctypes.c_ssize_t.from_address(id(obj)).value


def dump_bytes(address, length=32):
    # expect: memory.unsafe-escape
    raw = ctypes.string_at(address, length)
    return " ".join(f"{b:02x}" for b in raw)


def as_char_pointer(buf):
    # expect: memory.unsafe-escape
    return ctypes.cast(buf, ctypes.POINTER(ctypes.c_char))


def page_size():
    return libc.getpagesize()


def buffer_info(data: bytes):
    # ok: memory.unsafe-escape
    buf = ctypes.create_string_buffer(data)
    # ok: memory.unsafe-escape
    return ctypes.addressof(buf), ctypes.sizeof(buf)


if __name__ == "__main__":
    sample = [1, 2, 3]
    print("refcount", read_refcount(sample), "vs", sys.getrefcount(sample))
    print("page size", page_size())
