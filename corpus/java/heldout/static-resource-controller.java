package com.acme.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StaticResourceController {

    private static final Path ASSET_ROOT = Paths.get("/srv/www/assets").toAbsolutePath().normalize();

    @GetMapping("/docs/{name}")
    public ResponseEntity<Resource> doc(@PathVariable String name) throws IOException {
        Path candidate = ASSET_ROOT.resolve(name).normalize();
        if (!candidate.startsWith(ASSET_ROOT) || !Files.isRegularFile(candidate)) {
            return ResponseEntity.notFound().build();
        }
        String type = Files.probeContentType(candidate);
        // ok: sandbox.fs
        Resource body = new FileSystemResource(candidate);
        return ResponseEntity.ok()
                .contentType(type != null ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM)
                .body(body);
    }

    @GetMapping("/avatars")
    public ResponseEntity<byte[]> avatar(@RequestParam String file) throws IOException {
        String baseName = Paths.get(file).getFileName().toString();
        Path avatar = ASSET_ROOT.resolve("avatars").resolve(baseName);
        if (!Files.exists(avatar)) {
            return ResponseEntity.notFound().build();
        }
        // ok: sandbox.fs
        byte[] data = Files.readAllBytes(avatar);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(data);
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain")
    public String robots() throws IOException {
        // ok: sandbox.fs
        return Files.readString(Paths.get("/srv/www/robots.txt"));
    }
}
