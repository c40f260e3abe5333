import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void f(Config config) {\n    config.load("app.properties");\n  }\n}',
    '// System.loadLibrary("crypto") is not allowed\nclass A { String s = "System.loadLibrary(\\"x\\")"; }',
    'import java.util.ServiceLoader;\nclass A {\n  void f() {\n    ServiceLoader.load(Plugin.class);\n  }\n}',
    'class A {\n  void f(java.util.Properties p, java.io.InputStream in) throws Exception {\n    p.load(in);\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  static {\n    System.loadLibrary("imgproc");\n  }\n}', line: 3 },
    { code: 'class A {\n  void f(String path) {\n    System.load(path);\n  }\n}', line: 3 },
    { code: 'import com.sun.jna.*;\nclass A {\n  interface CLib extends Library {}\n  CLib lib = Native.load("c", CLib.class);\n}', line: 4 },
    { code: 'import java.lang.foreign.*;\nclass A {\n  void f() {\n    Linker linker = Linker.nativeLinker();\n  }\n}', line: 4 },
  ],
})
