package com.acme.admin;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
public class AdminConsoleController {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");

    /** Runs a shell one-liner on the app host (ops only). */
    @PostMapping("/exec")
    public Map<String, Object> exec(@RequestParam String command) throws IOException, InterruptedException {
        // expect: sandbox.process
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", command});
        int code = p.waitFor();
        String out = new String(p.getInputStream().readNBytes(256 * 1024), StandardCharsets.UTF_8);
        return Map.of("exit", code, "output", out);
    }

    /** Evaluates a JavaScript snippet against the live config for debugging. */
    @PostMapping("/eval")
    public Map<String, Object> eval(@RequestParam String script) throws ScriptException {
        // expect: sandbox.dynamic-code
        Object result = engine.eval(script);
        return Map.of("result", String.valueOf(result));
    }

    /** Probes an arbitrary endpoint to help debug connectivity. */
    @PostMapping("/probe")
    public Map<String, Object> probe(@RequestParam String target) throws IOException {
        // expect: sandbox.net
        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();
        conn.setConnectTimeout(2000);
        conn.setRequestMethod("HEAD");
        return Map.of("status", conn.getResponseCode());
    }

    @PostMapping("/gc")
    public Map<String, Object> gc() throws ScriptException {
        // ok: sandbox.dynamic-code
        Object heap = engine.eval("java.lang.Runtime.getRuntime().totalMemory()");
        System.gc();
        return Map.of("heapBefore", String.valueOf(heap));
    }
}
