/* batchimport: reads a record count followed by "id,score" lines on stdin,
 * computes a ranking and writes it to stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RECORDS 100000

struct record {
    long id;
    double score;
};

static int by_score_desc(const void *a, const void *b)
{
    const struct record *ra = a, *rb = b;
    return (ra->score < rb->score) - (ra->score > rb->score);
}

int main(void)
{
    char line[256];
    size_t count = 0;

    if (!fgets(line, sizeof line, stdin) || sscanf(line, "%zu", &count) != 1) {
        fputs("expected record count on first line\n", stderr);
        return 1;
    }

    // expect: memory.integer, resource.limits
    struct record *recs = malloc(count * sizeof *recs);
    if (recs == NULL) {
        perror("malloc");
        return 1;
    }

    size_t n = 0;
    // expect: resource.limits
    for (size_t i = 0; i < count; i++) {
        if (!fgets(line, sizeof line, stdin))
            break;
        if (sscanf(line, "%ld,%lf", &recs[n].id, &recs[n].score) == 2)
            n++;
    }

    qsort(recs, n, sizeof *recs, by_score_desc);

    const char *top_env = getenv("BATCH_TOP");
    size_t top = top_env ? strtoul(top_env, NULL, 10) : 10;
    if (top == 0 || top > MAX_RECORDS)
        top = 10;
    // ok: resource.limits
    for (size_t i = 0; i < n && i < top; i++)
        printf("%zu. %ld (%.3f)\n", i + 1, recs[i].id, recs[i].score);
    free(recs);
    return 0;
}
