package com.acme.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Archives every directory listed in a manifest. Usage: backup <manifest> <dest-dir> */
public class BackupJob {

    static String archiveName(String dir) {
        return dir.replaceAll("^/+|/+$", "").replace('/', '_') + ".tar.gz";
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: backup <manifest> <dest-dir>");
            System.exit(2);
        }
        // expect: sandbox.fs
        List<String> dirs = Files.readAllLines(Paths.get(args[0]));
        Path dest = Paths.get(args[1]);
        for (String raw : dirs) {
            String dir = raw.trim();
            if (dir.isEmpty() || dir.startsWith("#")) {
                continue;
            }
            String target = dest.resolve(archiveName(dir)).toString();
            String script = "tar -czf '" + target + "' -C / '" + dir.replaceFirst("^/", "") + "'";
            // expect: sandbox.process
            Process p = new ProcessBuilder("/bin/sh", "-c", script).inheritIO().start();
            if (p.waitFor() != 0) {
                System.err.println("backup of " + dir + " failed");
            }
        }
        // ok: sandbox.process
        new ProcessBuilder("sync").start().waitFor();
        // ok: sandbox.process
        new ProcessBuilder("logger", "-t", "backup", "nightly backup finished").start().waitFor();
    }
}
