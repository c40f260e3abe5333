/* Loads codec plugins from the plugin directory listed in the manifest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <dirent.h>

#define PLUGIN_DIR "/usr/lib/mediad/plugins"

typedef int (*plugin_init_fn)(int api_version);

struct plugin {
    void *handle;
    plugin_init_fn init;
    char name[64];
};

static int has_suffix(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

int plugin_open(struct plugin *p, const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *file_name = slash ? slash + 1 : path;

    // expect: sandbox.native
    p->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!p->handle) {
        fprintf(stderr, "plugin %s: %s\n", file_name, dlerror());
        return -1;
    }
    // ok: sandbox.native
    p->init = (plugin_init_fn)dlsym(p->handle, "plugin_init");
    if (!p->init) {
        dlclose(p->handle);
        return -1;
    }
    snprintf(p->name, sizeof p->name, "%s", file_name);
    return p->init(3);
}

int plugin_scan(struct plugin *out, size_t max)
{
    size_t n = 0;
    DIR *dir = opendir(PLUGIN_DIR);
    if (!dir)
        return 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL && n < max) {
        if (!has_suffix(de->d_name, ".so"))
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", PLUGIN_DIR, de->d_name);
        if (plugin_open(&out[n], path) == 0)
            n++;
    }
    closedir(dir);
    return (int)n;
}

void *load_builtin_codecs(void)
{
    // expect: sandbox.native
    void *h = dlopen("libmediad-codecs.so.2", RTLD_NOW);
    if (h == NULL)
        fprintf(stderr, "builtin codecs unavailable: %s\n", dlerror());
    return h;
}
