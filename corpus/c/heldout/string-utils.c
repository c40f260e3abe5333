/* Small string helpers shared by the CLI front-ends. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *str_upper(const char *s)
{
    char buf[256];
    size_t i = 0;

    for (; s[i] != '\0' && i < sizeof buf - 1; i++)
        buf[i] = (char)toupper((unsigned char)s[i]);
    buf[i] = '\0';
    // expect: memory.lifetime
    return buf;
}

const char *str_bool(int v)
{
    static char label[8];
    if (v)
        // ok: memory.bounds
        strcpy(label, "yes");
    else
        strcpy(label, "no");
    // ok: memory.lifetime
    return label;
}

void make_display_name(char *out, size_t out_len, const char *first, const char *last)
{
    char full[64] = "";

    // expect: memory.bounds
    strcat(full, first);
    // ok: memory.bounds
    strcat(full, " ");
    // expect: memory.bounds
    strcat(full, last);
    snprintf(out, out_len, "%s", full);
}

char *str_bracket(const char *s)
{
    char *out = malloc(300);
    if (out == NULL)
        return NULL;
    // expect: memory.init
    size_t used = strlen(out);
    snprintf(out + used, 300 - used, "[%s]", s);
    return out;
}

size_t str_copy_bounded(char *dst, size_t dst_len, const char *src)
{
    size_t n = strlen(src);
    if (dst_len == 0)
        return n;
    size_t k = n < dst_len - 1 ? n : dst_len - 1;
    // ok: memory.bounds
    memcpy(dst, src, k);
    dst[k] = '\0';
    return n;
}

char *str_dup_trimmed(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *copy = strdup(s);
    if (!copy)
        return NULL;
    size_t len = strlen(copy);
    while (len > 0 && isspace((unsigned char)copy[len - 1]))
        copy[--len] = '\0';
    return copy;
}
