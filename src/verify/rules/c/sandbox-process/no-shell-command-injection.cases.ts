import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { system("ls -l /tmp"); }',
    '#define CMD "uptime"\nvoid f(void) { FILE *p = popen(CMD, "r"); pclose(p); }',
    'void f(int pid) { char cmd[64]; snprintf(cmd, sizeof cmd, "kill -0 %d", pid); system(cmd); }',
    'void f(const char *name) { execlp("ls", "ls", "-l", name, (char *)NULL); }',
    'void f(const char *name) { /* system(name); */ puts("system(name)"); }',
    'void f(struct shell *sh, const char *cmd) { sh->system(cmd); }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  char cmd[256];\n  snprintf(cmd, sizeof cmd, "ping -c 1 %s", argv[1]);\n  return system(cmd);\n}', line: 4 },
    { code: 'void f(const char *host) {\n  char cmd[128] = "nslookup ";\n  strcat(cmd, host);\n  FILE *p = popen(cmd, "r");\n  pclose(p);\n}', line: 4 },
    { code: 'void f(const char *file) {\n  execl("/bin/sh", "sh", "-c", file, (char *)NULL);\n}', line: 2 },
    { code: 'void run(const std::string &dir) {\n  std::string cmd = "tar czf backup.tgz " + dir;\n  std::system(cmd.c_str());\n}', line: 3, lang: 'cpp' },
  ],
})
