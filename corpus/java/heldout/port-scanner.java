package com.acme.tools;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Tiny TCP connect scanner for our own hosts. Usage: port-scanner host first last */
public class PortScanner {

    private static final int[] WELL_KNOWN = {22, 25, 80, 443, 5432, 6379};

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: port-scanner <host> <first-port> <last-port>");
            System.exit(2);
        }
        String host = args[0];
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);

        List<Integer> open = new ArrayList<>();
        // expect: resource.limits
        for (int port = first; port <= last; port++) {
            try (Socket s = new Socket()) {
                // expect: sandbox.net
                s.connect(new InetSocketAddress(host, port), 300);
                open.add(port);
            } catch (IOException ignored) {
                // closed or filtered
            }
        }

        // ok: resource.limits
        for (int port : WELL_KNOWN) {
            if (open.contains(port)) {
                System.out.printf("%5d/tcp open (well-known)%n", port);
            }
        }
        System.out.println(open.size() + " open ports on " + host + ": " + open);
    }
}
