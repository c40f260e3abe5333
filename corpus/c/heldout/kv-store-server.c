/* File-backed key/value daemon. Protocol: "GET key\n" or "PUT key len\n<len bytes>". */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#define DATA_DIR "/var/lib/kvd/data"

static void handle_get(int fd, const char *key)
{
    char path[PATH_MAX];
    char resolved[PATH_MAX];
    char chunk[4096];
    size_t n;

    snprintf(path, sizeof path, "%s/%s", DATA_DIR, key);
    if (realpath(path, resolved) == NULL ||
        strncmp(resolved, DATA_DIR "/", strlen(DATA_DIR) + 1) != 0) {
        send(fd, "ERR\n", 4, 0);
        return;
    }
    // ok: sandbox.fs
    FILE *fp = fopen(resolved, "rb");
    if (!fp) {
        send(fd, "NOTFOUND\n", 9, 0);
        return;
    }
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        send(fd, chunk, n, 0);
    fclose(fp);
}

void kv_handle(int fd)
{
    char line[512] = {0};
    char key[256];
    unsigned long len = 0;

    // ok: memory.bounds
    if (recv(fd, line, sizeof line - 1, 0) <= 0)
        return;
    char *nl = strchr(line, '\n');
    char *body = nl ? nl + 1 : NULL;
    if (nl)
        *nl = '\0';
    if (sscanf(line, "GET %255s", key) == 1) {
        handle_get(fd, key);
        return;
    }
    if (sscanf(line, "PUT %255s %lu", key, &len) != 2)
        return;

    // expect: resource.limits
    char *value = malloc(len);
    if (value == NULL)
        return;
    size_t got = 0;
    if (body != NULL && *body != '\0') {
        got = strlen(body) < len ? strlen(body) : len;
        memcpy(value, body, got);
    }
    ssize_t r = recv(fd, value + got, len - got, MSG_WAITALL);
    if (r > 0)
        got += (size_t)r;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", DATA_DIR, key);
    // expect: sandbox.fs
    FILE *fp = fopen(path, "wb");
    if (fp) {
        fwrite(value, 1, got, fp);
        fclose(fp);
        send(fd, "OK\n", 3, 0);
    }
    free(value);
}
