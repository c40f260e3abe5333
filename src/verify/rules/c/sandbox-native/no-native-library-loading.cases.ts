import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { /* dlopen("libfoo.so", RTLD_NOW) */ puts("dlopen"); }',
    'void f(void *h) { void *sym = dlsym(h, "init"); dlclose(h); (void)sym; }',
    'void f(struct loader *l) { l->load("plugin"); }',
    'void f(void) { const char *msg = "call LoadLibrary later"; puts(msg); }',
  ],
  invalid: [
    { code: 'void f(void) {\n  void *h = dlopen("libcrypto.so.3", RTLD_NOW);\n  (void)h;\n}', line: 2 },
    { code: 'void f(const char *plugin) {\n  void *h = dlopen(plugin, RTLD_LAZY);\n  (void)h;\n}', line: 2 },
    { code: 'void f(void) {\n  HMODULE m = LoadLibraryA("helper.dll");\n  (void)m;\n}', line: 2 },
  ],
})
