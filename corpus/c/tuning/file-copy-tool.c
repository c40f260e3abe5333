/* fcp: copy a file, optionally appending a checksum trailer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>

static uint32_t adler32_update(uint32_t adler, const unsigned char *buf, size_t len)
{
    uint32_t a = adler & 0xffff, b = adler >> 16;
    for (size_t i = 0; i < len; i++) {
        a = (a + buf[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

static int copy_stream(FILE *in, FILE *out, uint32_t *sum)
{
    unsigned char buf[8192];
    size_t n;
    *sum = 1;
    // ok: memory.bounds
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
        *sum = adler32_update(*sum, buf, n);
        if (fwrite(buf, 1, n, out) != n)
            return -1;
    }
    return ferror(in) ? -1 : 0;
}

int main(int argc, char **argv)
{
    int trailer = 0;
    if (argc < 3) {
        fprintf(stderr, "usage: fcp SRC DST [--trailer]\n");
        return 2;
    }
    if (argc > 3 && strcmp(argv[3], "--trailer") == 0)
        trailer = 1;

    // expect: sandbox.fs
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        fprintf(stderr, "fcp: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    // expect: sandbox.fs
    FILE *out = fopen(argv[2], "wb");
    if (!out) {
        fprintf(stderr, "fcp: %s: %s\n", argv[2], strerror(errno));
        fclose(in);
        return 1;
    }

    uint32_t sum = 0;
    int rc = copy_stream(in, out, &sum);
    if (rc == 0 && trailer)
        fprintf(out, "\n#adler32=%08x\n", sum);

    fclose(in);
    if (fclose(out) != 0)
        rc = -1;
    if (rc != 0) {
        fprintf(stderr, "fcp: copy failed\n");
        return 1;
    }
    return 0;
}
