import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *file) { char *args[] = {"gzip", "-9", (char *)file, NULL}; execvp("gzip", args); }',
    'void f(const char *file) { execl("/usr/bin/gzip", "gzip", file, (char *)NULL); }',
    'void f(void) { char *args[] = {"ls", "-l", NULL}; execvp(args[0], args); }',
    'void f(pid_t *pid, char **argv, char **envp) { posix_spawn(pid, "/usr/bin/env", NULL, NULL, argv, envp); }',
    'void f(const char *prog) { /* execv(prog, NULL); */ puts(prog); }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  execvp(argv[1], &argv[1]);\n  return 1;\n}', line: 2 },
    { code: 'void run(const char *tool, char **args) {\n  execv(tool, args);\n}', line: 2 },
    { code: 'void f(pid_t *pid, char **av, char **envp) {\n  const char *editor = getenv("EDITOR");\n  posix_spawnp(pid, editor, NULL, NULL, av, envp);\n}', line: 3 },
  ],
})
