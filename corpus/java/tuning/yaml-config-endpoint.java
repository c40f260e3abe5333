package com.acme.config;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Lets tenants upload pipeline definitions written in YAML. */
@RestController
@RequestMapping("/pipelines")
public class YamlConfigEndpoint {

    private final PipelineRegistry registry;

    public YamlConfigEndpoint(PipelineRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(value = "/import", consumes = "application/x-yaml")
    public ResponseEntity<String> importPipeline(@RequestBody String yamlText) {
        Yaml yaml = new Yaml();
        // expect: sandbox.deserialization
        Object definition = yaml.load(yamlText);
        registry.register(definition);
        return ResponseEntity.accepted().body("imported");
    }

    @PostMapping(value = "/validate", consumes = "application/x-yaml")
    public ResponseEntity<Map<String, Object>> validate(@RequestBody String yamlText) {
        Yaml safe = new Yaml(new SafeConstructor(new LoaderOptions()));
        // ok: sandbox.deserialization
        Map<String, Object> definition = safe.load(yamlText);
        boolean valid = definition != null && definition.containsKey("stages");
        return ResponseEntity.ok(Map.of("valid", valid));
    }

    public interface PipelineRegistry {
        void register(Object definition);
    }
}
