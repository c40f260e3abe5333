/* minigrep PATTERN FILE: print matching lines with line numbers. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_comment(const char *line)
{
    static regex_t comment_re;
    static int ready = 0;
    if (!ready) {
        // ok: resource.limits
        if (regcomp(&comment_re, "^[[:space:]]*#", REG_EXTENDED | REG_NOSUB) != 0)
            return 0;
        ready = 1;
    }
    return regexec(&comment_re, line, 0, NULL, 0) == 0;
}

int main(int argc, char **argv)
{
    regex_t re;
    char line[4096];
    char errbuf[256];
    long lineno = 0;
    int skip_comments = argc > 3 && strcmp(argv[3], "-c") == 0;

    if (argc < 3) {
        fprintf(stderr, "usage: minigrep PATTERN FILE [-c]\n");
        return 2;
    }

    // expect: resource.limits
    int rc = regcomp(&re, argv[1], REG_EXTENDED | REG_NEWLINE);
    if (rc != 0) {
        regerror(rc, &re, errbuf, sizeof errbuf);
        fprintf(stderr, "bad pattern: %s\n", errbuf);
        return 2;
    }

    // expect: sandbox.fs
    FILE *fp = fopen(argv[2], "r");
    if (fp == NULL) {
        perror(argv[2]);
        regfree(&re);
        return 1;
    }

    int matches = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        if (skip_comments && is_comment(line))
            continue;
        if (regexec(&re, line, 0, NULL, 0) == 0) {
            printf("%ld:%s", lineno, line);
            matches++;
        }
    }
    fclose(fp);
    regfree(&re);
    return matches > 0 ? 0 : 1;
}
