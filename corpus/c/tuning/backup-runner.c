/* Nightly database backup: runs pg_dump for each configured database and records sizes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define BACKUP_ROOT "/srv/backups"

struct backup_job {
    const char *database;
    const char *schema;
};

static long dump_database(const struct backup_job *job, const char *stamp)
{
    char cmd[1024];
    char buf[8192];
    long total = 0;
    size_t n;

    snprintf(cmd, sizeof cmd,
             "pg_dump --no-owner --schema=%s %s | gzip -c",
             job->schema, job->database);
    // expect: sandbox.process
    FILE *pipe = popen(cmd, "r");
    if (pipe == NULL)
        return -1;

    char out_path[512];
    snprintf(out_path, sizeof out_path, "/srv/backups/%s-%s.sql.gz", job->database, stamp);
    // expect: sandbox.fs
    FILE *out = fopen(out_path, "wb");
    if (out == NULL) {
        pclose(pipe);
        return -1;
    }
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) {
        fwrite(buf, 1, n, out);
        total += (long)n;
    }
    fclose(out);
    return pclose(pipe) == 0 ? total : -1;
}

int run_backups(const struct backup_job *jobs, size_t count, const char *stamp)
{
    int failures = 0;

    // ok: sandbox.process
    if (system("pg_isready -q -h localhost") != 0) {
        fputs("database not ready, skipping backups\n", stderr);
        return -1;
    }
    mkdir(BACKUP_ROOT, 0750);
    for (size_t i = 0; i < count; i++) {
        long size = dump_database(&jobs[i], stamp);
        if (size < 0) {
            fprintf(stderr, "backup of %s failed\n", jobs[i].database);
            failures++;
        } else {
            printf("%s: %ld bytes\n", jobs[i].database, size);
        }
    }
    return failures;
}
