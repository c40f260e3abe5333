import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { const char *password = getenv("DB_PASSWORD"); (void)password; }',
    'static const char *token_url = "https://auth.example.com/oauth/token";',
    'void f(void) { const char *api_key = "<your-api-key>"; const char *secret = "changeme"; (void)api_key; (void)secret; }',
    'void f(void) { printf("Enter password: "); const char *password_prompt = "Password:"; (void)password_prompt; }',
    '#define PASSWORD_ENV "APP_PASSWORD"\nvoid f(void) { const char *pw = getenv(PASSWORD_ENV); (void)pw; }',
    'void f(void) { const char *password = ""; const char *greeting = "hello-world-2024"; (void)password; (void)greeting; }',
    'void f(void) { /* password = "hunter2hunter2" */ const char *key_file = "/etc/app/private.pem"; (void)key_file; }',
  ],
  invalid: [
    { code: 'void f(MYSQL *c) {\n  mysql_real_connect(c, "localhost", "app", "Sup3rS3cret!", "shop", 0, NULL, 0);\n}', line: 2 },
    { code: '#define API_KEY "9f8e7d6c5b4a39281706"\nint x;', line: 1 },
    { code: 'struct cfg c = {\n  .user = "admin",\n  .password = "hunter2hunter2",\n};', line: 3 },
    { code: 'static const char *aws_id =\n  "AKIAIOSFODNN7EXAMPLE";', line: 2 },
    { code: 'int check(const char *password) {\n  return strcmp(password, "letmein2024") == 0;\n}', line: 2 },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_USERPWD, "admin:pa55w0rd!");\n}', line: 2 },
    { code: 'void f() {\n  std::string client_secret = "q8Xv2LmN4pRt7YwZ";\n}', line: 2, lang: 'cpp' },
  ],
})
