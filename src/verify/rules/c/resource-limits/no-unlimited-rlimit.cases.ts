import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { struct rlimit rl = { 1024, 4096 }; setrlimit(RLIMIT_NOFILE, &rl); }',
    'int f(struct rlimit *rl) { return rl->rlim_cur == RLIM_INFINITY; }',
    'void f(void) { struct rlimit rl; rl.rlim_cur = 1 << 20; rl.rlim_max = 1 << 20; setrlimit(RLIMIT_AS, &rl); /* rl.rlim_cur = RLIM_INFINITY; */ }',
  ],
  invalid: [
    { code: 'void f(void) {\n  struct rlimit rl;\n  rl.rlim_cur = RLIM_INFINITY;\n  setrlimit(RLIMIT_AS, &rl);\n}', line: 3 },
    { code: 'void f(void) {\n  struct rlimit rl = { RLIM_INFINITY, 4096 };\n  setrlimit(RLIMIT_CPU, &rl);\n}', line: 2 },
    { code: 'void f(void) {\n  struct rlimit rl = { .rlim_cur = 64, .rlim_max = RLIM_INFINITY };\n  setrlimit(RLIMIT_NPROC, &rl);\n}', line: 2 },
  ],
})
