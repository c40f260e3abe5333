package com.acme.util;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import sun.misc.Unsafe;

/**
 * Reads the backing array of Latin-1 strings without copying. Used only by
 * the log shipper, where every allocation on the hot path shows up in GC logs.
 */
public final class ZeroCopyStrings {

    private static final Unsafe UNSAFE;
    private static final long VALUE_OFFSET;

    static {
        try {
            // expect: memory.unsafe-escape
            Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            UNSAFE = (Unsafe) theUnsafe.get(null);
            VALUE_OFFSET = UNSAFE.objectFieldOffset(String.class.getDeclaredField("value"));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ZeroCopyStrings() {}

    /** Returns the internal byte[] of s. Callers must never modify it. */
    public static byte[] backingArray(String s) {
        return (byte[]) UNSAFE.getObject(s, VALUE_OFFSET);
    }

    /** Safe variant used outside the hot path. */
    public static byte[] copyBytes(String s) {
        // ok: memory.unsafe-escape
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reflection on an ordinary private field, for the test fixtures. */
    public static Object peek(Object target, String fieldName) throws ReflectiveOperationException {
        // ok: memory.unsafe-escape
        Field f = target.getClass().getDeclaredField(fieldName);
        f.setAccessible(true);
        return f.get(target);
    }

    public static boolean sameContent(String a, String b) {
        return Arrays.equals(backingArray(a), backingArray(b));
    }
}
