package com.acme.metrics;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Striped counter tuned for the request-metrics hot path. Written before
 * VarHandles were available on our runtime; kept for its benchmark numbers.
 */
public final class LockFreeCounter {

    private static final Unsafe UNSAFE;
    private static final long BASE;
    private static final int SHIFT;
    private static final int STRIPES = 64;

    static {
        Unsafe u;
        try {
            // expect: memory.unsafe-escape
            u = Unsafe.getUnsafe();
        } catch (SecurityException notOnBootClasspath) {
            try {
                // expect: memory.unsafe-escape
                Field f = Unsafe.class.getDeclaredField("theUnsafe");
                f.setAccessible(true);
                u = (Unsafe) f.get(null);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
        UNSAFE = u;
        BASE = UNSAFE.arrayBaseOffset(long[].class);
        SHIFT = 31 - Integer.numberOfLeadingZeros(UNSAFE.arrayIndexScale(long[].class));
    }

    // Each stripe sits on its own cache line (8 longs apart).
    private final long[] cells = new long[STRIPES * 8];

    public void increment() {
        int stripe = (int) (Thread.currentThread().getId() & (STRIPES - 1));
        long offset = BASE + ((long) stripe * 8 << SHIFT);
        UNSAFE.getAndAddLong(cells, offset, 1L);
    }

    public long sum() {
        long total = 0;
        for (int i = 0; i < STRIPES; i++) {
            total += UNSAFE.getLongVolatile(cells, BASE + ((long) i * 8 << SHIFT));
        }
        return total;
    }
}
