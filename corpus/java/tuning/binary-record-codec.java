package com.acme.storage;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/** Reads and writes the fixed-layout records of the local write-ahead log. */
public final class BinaryRecordCodec {

    private static final int MAX_RECORD = 4 * 1024 * 1024;
    private static final int HEADER = 12;

    private BinaryRecordCodec() {}

    public static ByteBuffer encode(long sequence, byte[] payload) {
        // ok: sandbox.native
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.nativeOrder());
        buf.putLong(sequence);
        buf.putInt(payload.length);
        buf.put(payload);
        buf.flip();
        return buf;
    }

    public static byte[] readPayload(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        long sequence = in.readLong();
        int length = in.readInt();
        if (length < 0 || length > MAX_RECORD) {
            throw new IOException("record " + sequence + " has invalid length " + length);
        }
        // ok: resource.limits
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    public static long checksum(byte[] payload) {
        // ok: crypto.hash
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }

    /** True when records written on this machine can be mapped without swapping bytes. */
    public static boolean hostIsLittleEndian() {
        // ok: sandbox.native
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    }
}
