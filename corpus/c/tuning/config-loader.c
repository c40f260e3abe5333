/* Loads key=value settings from an INI-like file into a fixed table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define MAX_ENTRIES 64
#define KEY_LEN 64
#define VAL_LEN 256

struct config_entry {
    char key[KEY_LEN];
    char value[VAL_LEN];
};

struct config {
    struct config_entry entries[MAX_ENTRIES];
    size_t count;
};

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len > 0 && isspace((unsigned char)s[len - 1]))
        s[--len] = '\0';
    return s;
}

int config_load(struct config *cfg, const char *path)
{
    char line[512];
    char key[KEY_LEN] = {0};
    char value[VAL_LEN] = {0};

    cfg->count = 0;
    // ok: sandbox.fs
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;

    while (fgets(line, sizeof line, fp) != NULL) {
        char *p = trim(line);
        if (*p == '#' || *p == ';' || *p == '\0')
            continue;
        // ok: memory.bounds
        if (sscanf(p, "%63[^=]=%255[^\n]", key, value) != 2)
            continue;
        if (cfg->count >= MAX_ENTRIES)
            break;
        struct config_entry *e = &cfg->entries[cfg->count++];
        // ok: memory.bounds
        strncpy(e->key, trim(key), sizeof e->key - 1);
        e->key[sizeof e->key - 1] = '\0';
        snprintf(e->value, sizeof e->value, "%s", trim(value));
    }
    fclose(fp);
    return 0;
}

const char *config_get(const struct config *cfg, const char *key, const char *fallback)
{
    for (size_t i = 0; i < cfg->count; i++) {
        if (strcmp(cfg->entries[i].key, key) == 0)
            return cfg->entries[i].value;
    }
    return fallback;
}

long config_get_long(const struct config *cfg, const char *key, long fallback)
{
    const char *v = config_get(cfg, key, NULL);
    if (v == NULL)
        return fallback;
    char *end = NULL;
    long n = strtol(v, &end, 10);
    return (end && *end == '\0') ? n : fallback;
}

const char *config_data_dir(const struct config *cfg)
{
    // ok: memory.null
    const char *env = getenv("APP_DATA_DIR");
    if (env != NULL && env[0] != '\0')
        return env;
    return config_get(cfg, "data_dir", "/var/lib/app");
}
