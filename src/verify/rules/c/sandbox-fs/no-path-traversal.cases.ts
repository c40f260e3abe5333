import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { FILE *fp = fopen("/etc/app.conf", "r"); fclose(fp); }',
    'void f(const char *path) { FILE *fp = fopen(path, "r"); fclose(fp); }',
    'void f(const char *name) { char p[256]; if (strstr(name, "..") || strchr(name, \'/\')) return; snprintf(p, sizeof p, "/var/data/%s", name); unlink(p); }',
    'void f(const char *name) { char p[256], real[4096]; snprintf(p, sizeof p, "/srv/files/%s", name); if (!realpath(p, real) || strncmp(real, "/srv/files/", 11) != 0) return; FILE *fp = fopen(real, "r"); fclose(fp); }',
    'int main(int argc, char **argv) { char p[256]; snprintf(p, sizeof p, "/var/log/app/%s", basename(argv[1])); return open(p, O_RDONLY); }',
    'void f(int id) { char p[64]; snprintf(p, sizeof p, "/tmp/job-%d.log", id); FILE *fp = fopen(p, "w"); fclose(fp); }',
    'void f(struct store *s, const char *k) { s->remove(k); /* remove(k) */ }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  FILE *fp = fopen(argv[1], "r");\n  return fp == NULL;\n}', line: 2 },
    { code: 'void f(const char *name) {\n  char path[256];\n  snprintf(path, sizeof path, "/var/www/uploads/%s", name);\n  unlink(path);\n}', line: 4 },
    { code: '#define BASE_DIR "/srv/data"\nvoid f(const char *name) {\n  char path[256];\n  snprintf(path, sizeof path, "%s/%s", BASE_DIR, name);\n  int fd = open(path, O_RDONLY);\n  close(fd);\n}', line: 5 },
    { code: 'void f(void) {\n  char name[128];\n  fgets(name, sizeof name, stdin);\n  name[strcspn(name, "\\n")] = 0;\n  FILE *fp = fopen(name, "w");\n  fclose(fp);\n}', line: 5 },
  ],
})
