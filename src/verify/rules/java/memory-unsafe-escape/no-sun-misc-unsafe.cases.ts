import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.lang.invoke.*;\nclass A {\n  static final VarHandle H = null;\n}',
    '// Unsafe.getUnsafe() is forbidden here\nclass A { String s = "Unsafe.getUnsafe()"; }',
    'class A {\n  Object f() throws Exception {\n    return Config.class.getDeclaredField("timeout");\n  }\n}',
    'class A {\n  Object f(Pool pool) {\n    return pool.getUnsafeCount();\n  }\n}',
    'class A {\n  Object f(Factory factory) {\n    return factory.getUnsafe();\n  }\n}',
  ],
  invalid: [
    { code: 'import sun.misc.Unsafe;\nclass A {\n  void f() {\n    Unsafe u = Unsafe.getUnsafe();\n  }\n}', line: 4 },
    {
      code: 'import java.lang.reflect.Field;\nclass A {\n  static Object get() throws Exception {\n    Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");\n    f.setAccessible(true);\n    return f.get(null);\n  }\n}',
      line: 4,
    },
    { code: 'class A {\n  Object u = jdk.internal.misc.Unsafe.getUnsafe();\n}', line: 2 },
  ],
})
