package com.acme.codec;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import sun.misc.Unsafe;

/**
 * JNI bridge to the bundled zstd build. Direct buffers are passed by address
 * so large payloads are never copied onto the Java heap.
 */
public final class NativeCompression {

    private static final Unsafe UNSAFE;

    static {
        // expect: sandbox.native
        System.loadLibrary("acme-zstd");
        try {
            // expect: memory.unsafe-escape
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            UNSAFE = (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NativeCompression() {}

    // expect: sandbox.native
    private static native long compressBound(long srcSize);

    // expect: sandbox.native
    private static native long compress(long dstAddr, long dstCap, long srcAddr, long srcSize, int level);

    // expect: sandbox.native
    private static native long decompress(long dstAddr, long dstCap, long srcAddr, long srcSize);

    private static long address(ByteBuffer buffer) {
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("direct buffer required");
        }
        return ((sun.nio.ch.DirectBuffer) buffer).address();
    }

    public static ByteBuffer compress(ByteBuffer src, int level) {
        long cap = compressBound(src.remaining());
        ByteBuffer dst = ByteBuffer.allocateDirect((int) cap);
        long n = compress(address(dst), cap, address(src) + src.position(), src.remaining(), level);
        dst.limit((int) n);
        return dst;
    }

    public static ByteBuffer decompress(ByteBuffer src, int originalSize) {
        ByteBuffer dst = ByteBuffer.allocateDirect(originalSize);
        long n = decompress(address(dst), originalSize, address(src) + src.position(), src.remaining());
        dst.limit((int) n);
        return dst;
    }

    /** Zeroes a direct buffer in place before it is returned to the pool. */
    public static void wipe(ByteBuffer buffer) {
        UNSAFE.setMemory(address(buffer), buffer.capacity(), (byte) 0);
    }
}
