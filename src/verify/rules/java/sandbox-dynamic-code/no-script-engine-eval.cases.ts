import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.script.*;\nclass A {\n  Object f(ScriptEngine engine) throws Exception {\n    return engine.eval("1 + 2");\n  }\n}',
    'import javax.script.*;\nclass A {\n  Object f(ScriptEngine engine, String user) throws Exception {\n    Bindings b = engine.createBindings();\n    b.put("name", user);\n    return engine.eval("greet(name)", b);\n  }\n}',
    'class A {\n  int f(Calculator calc, String expr) {\n    return calc.eval(expr);\n  }\n}',
    '// engine.eval(userCode) would be remote code execution\nclass A { String s = "engine.eval(code)"; }',
    'import java.util.regex.*;\nclass A {\n  boolean f(String input) {\n    return Pattern.compile("[a-z]+").matcher(input).matches();\n  }\n}',
    'class A {\n  Object f(Parser parser, String json) {\n    return parser.parse(json);\n  }\n}',
  ],
  invalid: [
    {
      code: 'import javax.script.*;\nclass A {\n  Object f(String expr) throws Exception {\n    ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");\n    return engine.eval(expr);\n  }\n}',
      line: 5,
    },
    { code: 'import javax.script.*;\nclass A {\n  Object f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    return new ScriptEngineManager().getEngineByName("js").eval(req.getParameter("formula"));\n  }\n}', line: 4 },
    { code: 'import groovy.lang.GroovyShell;\nclass A {\n  Object f(String script) {\n    GroovyShell shell = new GroovyShell();\n    return shell.evaluate(script);\n  }\n}', line: 5 },
    { code: 'import org.mvel2.MVEL;\nclass A {\n  Object f(String rule, Object ctx) {\n    return MVEL.eval(rule, ctx);\n  }\n}', line: 4 },
    { code: 'import ognl.Ognl;\nclass A {\n  Object f(String path, Object root) throws Exception {\n    return Ognl.getValue(path, root);\n  }\n}', line: 4 },
  ],
})
