import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  private final String password = System.getenv("DB_PASSWORD");\n}',
    'class A {\n  static final String PASSWORD_FIELD = "user_password";\n  static final String TOKEN_URL = "https://auth.example.com/oauth/token";\n}',
    'class A {\n  private String apiKey = "";\n  private String secret = "changeme";\n  private String token = "<your-token-here>";\n}',
    '// password = "hunter2hunter2" used to be here\nclass A { String doc = "set password=\\"...\\""; }',
    'class A {\n  String greeting = "Hello, world!";\n  String cacheKey = "user:profile:v2";\n}',
    'import java.sql.*;\nclass A {\n  Connection f() throws Exception {\n    return DriverManager.getConnection(System.getenv("DB_URL"), "app", System.getenv("DB_PASS"));\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  private static final String DB_PASSWORD = "S3cr3t!Passw0rd";\n}', line: 2 },
    { code: 'import java.sql.*;\nclass A {\n  Connection f() throws Exception {\n    return DriverManager.getConnection("jdbc:mysql://db/app", "root",\n        "r00tPassw0rd");\n  }\n}', line: 5 },
    { code: 'import com.auth0.jwt.algorithms.Algorithm;\nclass A {\n  Algorithm alg = Algorithm.HMAC256("my-super-secret-signing-key");\n}', line: 3 },
    { code: 'import java.util.Properties;\nclass A {\n  void f(Properties props) {\n    props.put("mail.smtp.password", "mailPass2024");\n  }\n}', line: 4 },
    { code: 'class A {\n  void f(DataSource ds) {\n    ds.setPassword("pr0duction-pass");\n  }\n}', line: 3 },
    { code: 'class A {\n  static final String URL = "jdbc:postgresql://db:5432/app?user=app&password=Sup3rS3cret";\n}', line: 2 },
    { code: 'class A {\n  void seed(User admin, PasswordEncoder encoder) {\n    admin.setPassword(encoder.encode("Adm1nSeed!"));\n  }\n}', line: 3 },
    { code: 'class A {\n  private static final String DB_PASS = "Sh0pAdm1n!";\n}', line: 2 },
  ],
})
