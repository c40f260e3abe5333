package com.acme.net;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Length-prefixed echo server plus the legacy Java-serialization endpoint. */
public class FrameServer {

    private static final int MAX_FRAME = 1 << 20;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    static byte[] readFrame(DataInputStream in) throws IOException {
        int len = in.readInt();
        // expect: resource.limits
        byte[] payload = new byte[len];
        in.readFully(payload);
        return payload;
    }

    static byte[] readFrameChecked(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > MAX_FRAME) {
            throw new IOException("frame too large: " + len);
        }
        // ok: resource.limits
        byte[] payload = new byte[len];
        in.readFully(payload);
        return payload;
    }

    void handleEcho(Socket s) throws IOException {
        try (s; DataInputStream in = new DataInputStream(s.getInputStream());
             DataOutputStream out = new DataOutputStream(s.getOutputStream())) {
            byte[] first = readFrame(in);
            out.writeInt(first.length);
            out.write(first);
            while (true) {
                byte[] frame = readFrameChecked(in);
                out.writeInt(frame.length);
                out.write(frame);
            }
        }
    }

    void handleLegacy(Socket s) throws IOException, ClassNotFoundException {
        try (s; InputStream raw = s.getInputStream()) {
            // expect: sandbox.deserialization
            Object command = new ObjectInputStream(raw).readObject();
            System.out.println("legacy command: " + command);
        }
    }

    void handleDump(Socket s) throws IOException {
        try (s; InputStream in = s.getInputStream()) {
            // expect: resource.limits
            byte[] all = in.readAllBytes();
            s.getOutputStream().write(all);
        }
    }

    public void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket(port)) {
            while (true) {
                Socket s = server.accept();
                pool.submit(() -> {
                    handleEcho(s);
                    return null;
                });
            }
        }
    }
}
