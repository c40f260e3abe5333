import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import org.apache.velocity.app.Velocity;\nimport org.apache.velocity.VelocityContext;\nimport java.io.StringWriter;\nclass A {\n  String f(String name) {\n    VelocityContext ctx = new VelocityContext();\n    ctx.put("name", name);\n    StringWriter w = new StringWriter();\n    Velocity.evaluate(ctx, w, "greet", "Hello $name");\n    return w.toString();\n  }\n}',
    'import freemarker.template.*;\nclass A {\n  Template f(Configuration cfg) throws Exception {\n    return cfg.getTemplate("welcome.ftl");\n  }\n}',
    'class A {\n  Object f(Compiler compiler, String src, Options o) {\n    return compiler.compile(src, o);\n  }\n}',
    '// Velocity.evaluate(ctx, w, "t", userTemplate) is SSTI\nclass A { String s = "Velocity.evaluate(ctx, w, tag, body)"; }',
    'class A {\n  void f(Job job, String input) {\n    job.process(input);\n  }\n}',
  ],
  invalid: [
    {
      code: 'import org.apache.velocity.app.Velocity;\nimport org.apache.velocity.VelocityContext;\nimport java.io.StringWriter;\nclass A {\n  String f(String body) {\n    StringWriter w = new StringWriter();\n    Velocity.evaluate(new VelocityContext(), w, "mail", body);\n    return w.toString();\n  }\n}',
      line: 7,
    },
    {
      code: 'import freemarker.template.*;\nimport java.io.StringReader;\nclass A {\n  Template f(Configuration cfg, javax.servlet.http.HttpServletRequest req) throws Exception {\n    String src = "<p>Hello " + req.getParameter("name") + "</p>";\n    return new Template("page", new StringReader(src), cfg);\n  }\n}',
      line: 6,
    },
    { code: 'import com.mitchellbosecke.pebble.PebbleEngine;\nclass A {\n  Object f(PebbleEngine engine, String tpl) {\n    return engine.getLiteralTemplate(tpl);\n  }\n}', line: 4 },
    { code: 'import com.github.jknack.handlebars.Handlebars;\nclass A {\n  Object f(Handlebars hb, String tpl) throws Exception {\n    return hb.compileInline(tpl);\n  }\n}', line: 4 },
  ],
})
