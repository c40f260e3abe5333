/* Writes a crash report with a symbolized backtrace when the service dies. */
#include <execinfo.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_FRAMES 64

typedef char *(*demangle_fn)(const char *, char *, size_t *, int *);

static demangle_fn load_demangler(void)
{
    // expect: sandbox.native
    void *h = dlopen("libstdc++.so.6", RTLD_LAZY | RTLD_NOLOAD);
    if (!h)
        return NULL;
    return (demangle_fn)dlsym(h, "__cxa_demangle");
}

static void write_report(int sig, const char *last_request)
{
    void *frames[MAX_FRAMES];
    char path[256];
    int depth;

    const char *dir = getenv("CRASH_DIR");
    // expect: memory.null
    snprintf(path, sizeof path, "%s/crash-%ld-%d.txt", dir, (long)time(NULL), (int)getpid());
    FILE *fp = fopen(path, "w");
    if (fp == NULL)
        return;
    // ok: memory.null
    fprintf(fp, "signal %d (%s)\n", sig, strsignal(sig));
    if (last_request != NULL) {
        fputs("last request: ", fp);
        // expect: memory.format
        fprintf(fp, last_request);
        fputc('\n', fp);
    }

    // expect: memory.init
    if (depth > MAX_FRAMES)
        depth = MAX_FRAMES;
    depth = backtrace(frames, MAX_FRAMES);
    char **symbols = backtrace_symbols(frames, depth);
    demangle_fn demangle = load_demangler();
    for (int i = 0; symbols && i < depth; i++)
        fprintf(fp, "#%-2d %s%s\n", i, symbols[i], demangle ? "" : " (raw)");
    free(symbols);
    fclose(fp);
}

static const char *g_last_request = NULL;

static void on_fatal(int sig)
{
    write_report(sig, g_last_request);
    signal(sig, SIG_DFL);
    raise(sig);
}

void crash_reporter_install(void)
{
    signal(SIGSEGV, on_fatal);
    signal(SIGABRT, on_fatal);
    signal(SIGBUS, on_fatal);
}

void crash_reporter_set_request(const char *req)
{
    g_last_request = req;
}
