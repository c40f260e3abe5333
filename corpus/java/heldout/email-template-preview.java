package com.acme.mail;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EmailTemplatePreview {

    public record PreviewRequest(String subject, String body, String firstName, String plan) {}

    private final Configuration cfg;

    public EmailTemplatePreview(Configuration cfg) {
        this.cfg = cfg;
    }

    /** Marketing pastes a draft subject and body and previews the result. */
    @PostMapping("/mail/preview")
    public ResponseEntity<Map<String, String>> preview(@RequestBody PreviewRequest req)
            throws IOException, TemplateException {
        Map<String, Object> model = Map.of("firstName", req.firstName(), "plan", req.plan());

        // expect: injection.template
        Template subject = new Template("draft-subject", new StringReader(req.subject()), cfg);
        // expect: injection.template
        Template body = new Template("draft-body", new StringReader(req.body()), cfg);

        StringWriter s = new StringWriter();
        subject.process(model, s);
        StringWriter b = new StringWriter();
        body.process(model, b);
        return ResponseEntity.ok(Map.of("subject", s.toString(), "body", b.toString()));
    }

    /** Renders the published welcome mail; user data is only the model. */
    @PostMapping("/mail/welcome")
    public ResponseEntity<String> welcome(@RequestBody PreviewRequest req) throws IOException, TemplateException {
        // ok: injection.template
        Template tpl = cfg.getTemplate("emails/welcome.ftl");
        StringWriter out = new StringWriter();
        tpl.process(Map.of("firstName", req.firstName(), "plan", req.plan()), out);
        return ResponseEntity.ok(out.toString());
    }

    public String footer(int year) throws IOException, TemplateException {
        // ok: injection.template
        Template tpl = new Template("footer", new StringReader("<p>&copy; ${year} Example Corp</p>"), cfg);
        StringWriter out = new StringWriter();
        tpl.process(Map.of("year", year), out);
        return out.toString();
    }
}
