package com.acme.cache;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Fixed-size off-heap slab for the price cache. Avoids GC pressure for
 * tens of millions of long values.
 */
public final class OffHeapLongArray implements AutoCloseable {

    private static final Unsafe U = loadUnsafe();

    private final long base;
    private final long length;
    private boolean closed;

    private static Unsafe loadUnsafe() {
        try {
            // expect: memory.unsafe-escape
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("off-heap storage unavailable", e);
        }
    }

    public OffHeapLongArray(long length) {
        if (length <= 0 || length > (1L << 31)) {
            throw new IllegalArgumentException("length out of range: " + length);
        }
        this.length = length;
        this.base = U.allocateMemory(length * Long.BYTES);
        U.setMemory(base, length * Long.BYTES, (byte) 0);
    }

    private long offset(long index) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(Long.toString(index));
        }
        return base + index * Long.BYTES;
    }

    public long get(long index) {
        return U.getLong(offset(index));
    }

    public void set(long index, long value) {
        U.putLong(offset(index), value);
    }

    public long length() {
        return length;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            U.freeMemory(base);
        }
    }
}
