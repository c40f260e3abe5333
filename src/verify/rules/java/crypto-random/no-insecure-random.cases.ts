import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.security.SecureRandom;\nclass A {\n  private final SecureRandom rnd = new SecureRandom();\n  String newToken() {\n    byte[] b = new byte[32];\n    rnd.nextBytes(b);\n    return java.util.Base64.getEncoder().encodeToString(b);\n  }\n}',
    'import java.util.*;\nclass A {\n  private final Random random = new Random();\n  int rollDice() {\n    return random.nextInt(6) + 1;\n  }\n}',
    'import java.util.*;\nclass A {\n  void shuffleDeck(List<String> cards) {\n    Collections.shuffle(cards, new Random());\n  }\n}',
    'class A {\n  long backoff(int attempt) {\n    long jitter = (long) (Math.random() * 100);\n    return (1L << attempt) * 100 + jitter;\n  }\n}',
    '// new Random().nextInt() must not make tokens\nclass A { String token = "new Random().nextInt()"; }',
    'class A {\n  String sessionLabel(Iterator<String> it) {\n    return it.next();\n  }\n}',
  ],
  invalid: [
    { code: 'import java.util.Random;\nclass A {\n  private final Random random = new Random();\n  String createResetToken() {\n    return Long.toHexString(random.nextLong());\n  }\n}', line: 5 },
    { code: 'import java.util.Random;\nclass A {\n  void f(User u) {\n    int otp = 100000 + new Random().nextInt(900000);\n    u.send(otp);\n  }\n}', line: 4 },
    {
      code: 'import java.util.concurrent.ThreadLocalRandom;\nclass A {\n  private String sessionId;\n  void login() {\n    this.sessionId = Long.toString(ThreadLocalRandom.current().nextLong(), 36);\n  }\n}',
      line: 5,
    },
    { code: 'import org.apache.commons.lang3.RandomStringUtils;\nclass A {\n  void f(User u) {\n    String tempPassword = RandomStringUtils.randomAlphanumeric(12);\n    u.setPassword(tempPassword);\n  }\n}', line: 4 },
    { code: 'class A {\n  String apiKey() {\n    StringBuilder sb = new StringBuilder();\n    for (int i = 0; i < 32; i++) sb.append((char) (\'a\' + (int) (Math.random() * 26)));\n    return sb.toString();\n  }\n}', line: 4 },
  ],
})
