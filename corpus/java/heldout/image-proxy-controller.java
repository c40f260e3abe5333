package com.acme.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class ImageProxyController {

    private static final String THUMBNAIL_SERVICE = "https://thumbs.internal.example.com/resize";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/proxy/image")
    public ResponseEntity<byte[]> proxy(@RequestParam("url") String url) throws IOException {
        if (!url.startsWith("http")) {
            return ResponseEntity.badRequest().build();
        }
        // expect: sandbox.net
        URLConnection conn = new URL(url).openConnection();
        conn.setConnectTimeout(3000);
        conn.setReadTimeout(5000);
        try (InputStream in = conn.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES);
            String type = conn.getContentType() != null ? conn.getContentType() : "application/octet-stream";
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(type)).body(body);
        }
    }

    @GetMapping("/proxy/thumbnail")
    public ResponseEntity<byte[]> thumbnail(@RequestParam("url") String url,
                                            @RequestParam(defaultValue = "200") int width) {
        String target = THUMBNAIL_SERVICE + "?w=" + Math.min(width, 2000)
                + "&src=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        // ok: sandbox.net
        byte[] body = restTemplate.getForObject(target, byte[].class);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(body);
    }
}
