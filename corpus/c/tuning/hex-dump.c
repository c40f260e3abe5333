/* hexview: classic 16-bytes-per-line hex dump. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BYTES_PER_LINE 16

static void dump_line(unsigned long offset, const unsigned char *buf, size_t n)
{
    char ascii[BYTES_PER_LINE + 1];

    printf("%08lx  ", offset);
    for (size_t i = 0; i < BYTES_PER_LINE; i++) {
        if (i < n)
            printf("%02x ", buf[i]);
        else
            fputs("   ", stdout);
        if (i == 7)
            putchar(' ');
        ascii[i] = (i < n && isprint(buf[i])) ? (char)buf[i] : '.';
    }
    ascii[BYTES_PER_LINE] = '\0';
    // ok: memory.format
    printf(" |%s|\n", ascii);
}

static int dump_stream(FILE *fp, long limit)
{
    unsigned char buf[BYTES_PER_LINE];
    unsigned long offset = 0;
    size_t n;

    // ok: memory.bounds
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
        dump_line(offset, buf, n);
        offset += n;
        if (limit > 0 && offset >= (unsigned long)limit)
            break;
    }
    return ferror(fp) ? -1 : 0;
}

static int dump_file(const char *path, long limit)
{
    // ok: sandbox.fs
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        perror(path);
        return -1;
    }
    int rc = dump_stream(fp, limit);
    fclose(fp);
    return rc;
}

int main(int argc, char **argv)
{
    long limit = 0;
    int first = 1;

    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        limit = strtol(argv[2], NULL, 10);
        first = 3;
    }
    if (first >= argc)
        return dump_stream(stdin, limit) == 0 ? 0 : 1;
    int rc = 0;
    for (int i = first; i < argc; i++)
        if (dump_file(argv[i], limit) != 0)
            rc = 1;
    return rc;
}
