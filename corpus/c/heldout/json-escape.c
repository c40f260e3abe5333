/* JSON string escaping into caller-provided or fixed scratch buffers. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define SCRATCH_LEN 256

static const char *short_escape(unsigned char c)
{
    switch (c) {
    case '"':  return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default:   return NULL;
    }
}

/* Returns bytes written (excluding NUL) or -1 if out is too small. */
int json_escape(char *out, size_t out_len, const char *in)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)in; *p; p++) {
        const char *esc = short_escape(*p);
        char tmp[8];
        size_t tlen = 0;
        if (esc) {
            tlen = strlen(esc);
            if (tlen >= sizeof tmp)
                return -1;
            // ok: memory.bounds
            memcpy(tmp, esc, tlen + 1);
        } else if (*p < 0x20) {
            tlen = (size_t)snprintf(tmp, sizeof tmp, "\\u%04x", *p);
        } else {
            tmp[0] = (char)*p;
            tmp[1] = '\0';
            tlen = 1;
        }
        if (o + tlen + 1 > out_len)
            return -1;
        // ok: memory.bounds
        memcpy(out + o, tmp, tlen);
        o += tlen;
    }
    if (out_len == 0)
        return -1;
    out[o] = '\0';
    return (int)o;
}

int json_write_pair(FILE *fp, const char *key, const char *value)
{
    char k[SCRATCH_LEN];
    char v[SCRATCH_LEN];

    if (json_escape(k, sizeof k, key) < 0 || json_escape(v, sizeof v, value) < 0)
        return -1;
    // ok: memory.format
    return fprintf(fp, "\"%s\": \"%s\"", k, v) < 0 ? -1 : 0;
}

int json_copy_key(char dst[SCRATCH_LEN], const char *src, size_t n)
{
    char scratch[SCRATCH_LEN];
    if (n >= sizeof scratch)
        return -1;
    // ok: memory.bounds
    memcpy(scratch, src, n);
    scratch[n] = '\0';
    return json_escape(dst, SCRATCH_LEN, scratch);
}
