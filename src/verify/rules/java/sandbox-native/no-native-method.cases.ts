import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  int nativeCount() { return 0; }\n}',
    '// private native int crc(byte[] b);\nclass A { String s = "native int f();"; }',
    'class A {\n  @Native\n  static final int SIZE = 4;\n}',
    'abstract class A {\n  abstract int f(int x);\n}',
  ],
  invalid: [
    { code: 'class A {\n  private native int crc32(byte[] data);\n}', line: 2 },
    { code: 'class A {\n  public static native void init();\n}', line: 2 },
    { code: 'class A {\n  @Deprecated\n  native long open(String path);\n}', line: 2 },
  ],
})
