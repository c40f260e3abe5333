package com.acme.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public class GitRunner {

    public static class Config {
        /** Path to the git binary; hosts with a custom build override it. */
        public String gitBinary = "git";
        public String defaultBranch = "main";
    }

    private final Config config;

    public GitRunner(Config config) {
        this.config = config;
    }

    private String run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(config.gitBinary);
        command.addAll(List.of(args));
        // expect: sandbox.process
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("git timed out: " + command);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    public String fetch(Path repo) throws IOException, InterruptedException {
        return run(repo, "fetch", "--prune", "origin");
    }

    public String checkout(Path repo, String branch) throws IOException, InterruptedException {
        return run(repo, "checkout", branch == null || branch.isEmpty() ? config.defaultBranch : branch);
    }

    /** Clones with the system git; the URL is its own argv element. */
    public static int cloneRepo(String url, Path dest) throws IOException, InterruptedException {
        // ok: sandbox.process
        Process p = new ProcessBuilder("git", "clone", "--depth", "1", "--", url, dest.toString()).inheritIO().start();
        return p.waitFor();
    }

    public static String version() throws IOException {
        // ok: sandbox.process
        Process p = new ProcessBuilder("git", "--version").start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
