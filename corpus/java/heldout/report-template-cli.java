package com.acme.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/** Renders a monthly report. Usage: report <template.vm> <data.json> */
public class ReportTemplateCli {

    private static final String HEADER = "# $title\nGenerated $generated\n\n";

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: report <template.vm> <data.json>");
            System.exit(2);
        }
        // expect: sandbox.fs
        String templateSource = Files.readString(Path.of(args[0]));
        // expect: sandbox.fs
        Map<String, Object> data = new ObjectMapper().readValue(new File(args[1]), Map.class);

        VelocityEngine engine = new VelocityEngine();
        engine.init();
        VelocityContext ctx = new VelocityContext(data);
        ctx.put("generated", Instant.now().toString());

        StringWriter out = new StringWriter();
        // ok: injection.template
        engine.evaluate(ctx, out, "header", HEADER);
        // expect: injection.template
        engine.evaluate(ctx, out, "report", templateSource);
        System.out.print(out);
    }
}
