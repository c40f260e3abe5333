import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(regex_t *re) { regcomp(re, "^[a-z]+$", REG_EXTENDED); }',
    'void f(regex_t *re, const char *pattern) { regcomp(re, pattern, REG_EXTENDED); }',
    '#define ID_RE "^[0-9]{1,8}$"\nvoid f(regex_t *re) { regcomp(re, ID_RE, REG_EXTENDED | REG_NOSUB); }',
    'int main(int argc, char **argv) { regex_t re; regcomp(&re, "^[a-z]+$", 0); return regexec(&re, argv[1], 0, NULL, 0); }',
    'void f(void) { /* regcomp(&re, getenv("PAT"), 0) */ }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  regex_t re;\n  if (regcomp(&re, argv[1], REG_EXTENDED) != 0) return 2;\n  return 0;\n}', line: 3 },
    { code: 'void f(void) {\n  char pat[256];\n  fgets(pat, sizeof pat, stdin);\n  int err; PCRE2_SIZE off;\n  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);\n}', line: 5 },
    { code: 'int main(int argc, char **argv) {\n  const char *err; int off;\n  pcre *re = pcre_compile(argv[1], 0, &err, &off, NULL);\n}', line: 3 },
  ],
})
