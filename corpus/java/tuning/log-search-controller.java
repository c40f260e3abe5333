package com.acme.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LogSearchController {

    private static final Path APP_LOG = Path.of("/var/log/app/current.log");
    private static final int MAX_HITS = 500;
    // ok: resource.limits
    private static final Pattern LEVEL = Pattern.compile("^\\[(ERROR|WARN)\\]");

    public record Hit(int line, String text) {}

    @GetMapping("/logs/search")
    public List<Hit> search(@RequestParam(required = false) String pattern,
                            @RequestParam(required = false) String term) throws IOException {
        Pattern matcher;
        if (pattern != null) {
            // expect: resource.limits
            matcher = Pattern.compile(pattern);
        } else if (term != null) {
            // ok: resource.limits
            matcher = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE);
        } else {
            matcher = LEVEL;
        }

        List<Hit> hits = new ArrayList<>();
        // ok: sandbox.fs
        try (BufferedReader reader = Files.newBufferedReader(APP_LOG)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null && hits.size() < MAX_HITS) {
                n++;
                if (matcher.matcher(line).find()) {
                    hits.add(new Hit(n, line));
                }
            }
        }
        return hits;
    }
}
