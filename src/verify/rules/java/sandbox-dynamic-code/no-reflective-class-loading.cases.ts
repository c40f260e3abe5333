import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void f() throws Exception {\n    Class.forName("org.postgresql.Driver");\n  }\n}',
    'class A {\n  static final String DRIVER = "com.mysql.cj.jdbc.Driver";\n  void f() throws Exception {\n    Class<?> c = Class.forName(DRIVER);\n  }\n}',
    '// Class.forName(name) with user input is dangerous\nclass A { String s = "Class.forName(name)"; }',
    'class A {\n  Object f(Registry registry, String name) {\n    return registry.forName(name);\n  }\n}',
    'class A {\n  Object f(ClassLoader loader) throws Exception {\n    return loader.loadClass("com.example.Plugin");\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  Object f(String type) throws Exception {\n    Class<?> c = Class.forName(type);\n    return c.getDeclaredConstructor().newInstance();\n  }\n}', line: 3 },
    {
      code: 'class A {\n  Object f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    String plugin = "com.example.plugins." + req.getParameter("name");\n    return Thread.currentThread().getContextClassLoader().loadClass(plugin);\n  }\n}',
      line: 4,
    },
    { code: 'import java.net.*;\nclass A {\n  ClassLoader f(String jar) throws Exception {\n    return new URLClassLoader(new URL[] { new URL(jar) });\n  }\n}', line: 4 },
    { code: 'class A {\n  Object f(ClassLoader loader, String impl) throws Exception {\n    return loader.loadClass(impl).getDeclaredConstructor().newInstance();\n  }\n}', line: 3 },
  ],
})
