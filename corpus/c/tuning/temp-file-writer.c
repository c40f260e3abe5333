/* Spills large export batches to temporary files before upload. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct spill {
    char path[PATH_MAX];
    FILE *fp;
};

const char *spill_dir(void)
{
    const char *d = getenv("TMPDIR");
    return (d && *d) ? d : "/tmp";
}

char *spill_template(const char *prefix)
{
    char tmpl[PATH_MAX];
    snprintf(tmpl, sizeof tmpl, "%s/%s-XXXXXX", spill_dir(), prefix);
    // expect: memory.lifetime
    return tmpl;
}

int spill_open(struct spill *s, const char *prefix)
{
    snprintf(s->path, sizeof s->path, "%s/%s-XXXXXX", spill_dir(), prefix);
    int fd = mkstemp(s->path);
    if (fd < 0)
        return -1;
    s->fp = fdopen(fd, "w+");
    if (!s->fp) {
        close(fd);
        unlink(s->path);
        return -1;
    }
    return 0;
}

long spill_write_rows(struct spill *s, const char **rows, size_t nrows)
{
    long written;
    for (size_t i = 0; i < nrows; i++) {
        size_t len = strlen(rows[i]);
        if (fwrite(rows[i], 1, len, s->fp) != len || fputc('\n', s->fp) == EOF)
            return -1;
        // expect: memory.init
        written += (long)len + 1;
    }
    return written;
}

int spill_rewind(struct spill *s, long *size_out)
{
    long size;
    if (fseek(s->fp, 0, SEEK_END) != 0)
        return -1;
    size = ftell(s->fp);
    // ok: memory.init
    *size_out = size;
    rewind(s->fp);
    return 0;
}

void spill_close(struct spill *s)
{
    if (s->fp)
        fclose(s->fp);
    s->fp = NULL;
    unlink(s->path);
}
