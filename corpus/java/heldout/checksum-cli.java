package com.acme.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Usage: checksum <md5|sha256> <file> */
public class Checksum {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: checksum <md5|sha256> <file>");
            System.exit(2);
        }
        MessageDigest digest;
        try {
            switch (args[0]) {
                case "md5":
                    // expect: crypto.hash
                    digest = MessageDigest.getInstance("MD5");
                    break;
                case "sha256":
                    // ok: crypto.hash
                    digest = MessageDigest.getInstance("SHA-256");
                    break;
                default:
                    System.err.println("unsupported algorithm: " + args[0]);
                    System.exit(2);
                    return;
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }

        // expect: sandbox.fs
        try (InputStream in = Files.newInputStream(Paths.get(args[1]))) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) != -1) {
                digest.update(buf, 0, n);
            }
        }
        System.out.println(HexFormat.of().formatHex(digest.digest()) + "  " + args[1]);
    }
}
