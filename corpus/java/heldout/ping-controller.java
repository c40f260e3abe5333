package com.acme.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/diagnostics")
public class PingController {

    @GetMapping(value = "/ping", produces = "text/plain")
    public ResponseEntity<String> ping(@RequestParam String host,
                                       @RequestParam(defaultValue = "3") int count) throws IOException, InterruptedException {
        int n = Math.max(1, Math.min(count, 10));
        // expect: sandbox.process
        Process p = Runtime.getRuntime().exec("ping -c " + n + " " + host);
        p.waitFor(20, TimeUnit.SECONDS);
        return ResponseEntity.ok(read(p.getInputStream()));
    }

    @GetMapping(value = "/traceroute", produces = "text/plain")
    public ResponseEntity<String> traceroute(@RequestParam String host) throws IOException, InterruptedException {
        // The host is a separate argv element; nothing is parsed by a shell.
        // ok: sandbox.process
        Process p = new ProcessBuilder("traceroute", "-m", "15", host).redirectErrorStream(true).start();
        p.waitFor(30, TimeUnit.SECONDS);
        return ResponseEntity.ok(read(p.getInputStream()));
    }

    @GetMapping(value = "/uptime", produces = "text/plain")
    public ResponseEntity<String> uptime() throws IOException {
        // ok: sandbox.process
        Process p = Runtime.getRuntime().exec("uptime -p");
        return ResponseEntity.ok(read(p.getInputStream()));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
