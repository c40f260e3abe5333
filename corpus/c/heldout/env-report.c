/* envreport: prints a short diagnostic of the runtime environment for bug reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>

static const char *env_or(const char *name, const char *fallback)
{
    // ok: memory.null
    const char *v = getenv(name);
    return (v && *v) ? v : fallback;
}

static void print_path_entries(void)
{
    const char *path = getenv("PATH");
    // expect: memory.null
    char *copy = strdup(path);
    if (copy == NULL)
        return;
    int i = 0;
    for (char *tok = strtok(copy, ":"); tok; tok = strtok(NULL, ":"))
        printf("  PATH[%d] = %s\n", i++, tok);
    free(copy);
    // expect: memory.lifetime
    printf("  (%d entries, first: %s)\n", i, copy);
}

int main(void)
{
    struct utsname uts;
    if (uname(&uts) == 0)
        printf("kernel: %s %s %s\n", uts.sysname, uts.release, uts.machine);

    char *home = getenv("HOME");
    // expect: memory.null
    size_t home_len = strlen(home);
    printf("home: %s (%zu chars)\n", home, home_len);

    printf("user: %s\n", env_or("USER", "(unknown)"));
    printf("lang: %s\n", env_or("LANG", "C"));

    char *term = getenv("TERM");
    if (term != NULL)
        printf("term: %s\n", term);

    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) != NULL)
        printf("cwd: %s\n", cwd);

    print_path_entries();
    return 0;
}
