/* Rotates application logs: renames the live file and compresses old generations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_GENERATIONS 5

static int compress_file(const char *path)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        // ok: sandbox.process
        execlp("gzip", "gzip", "-9", "-f", path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int archive_generation(const char *log_path, int gen)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "tar -czf %s.%d.tar.gz %s.%d && rm -f %s.%d",
             log_path, gen, log_path, gen, log_path, gen);
    // expect: sandbox.process
    return system(cmd);
}

int rotate_logs(const char *log_path)
{
    char from[512], to[512];

    for (int gen = MAX_GENERATIONS - 1; gen >= 1; gen--) {
        snprintf(from, sizeof from, "%s.%d", log_path, gen);
        snprintf(to, sizeof to, "%s.%d", log_path, gen + 1);
        if (rename(from, to) != 0 && errno != ENOENT)
            fprintf(stderr, "rename %s -> %s: %s\n", from, to, strerror(errno));
    }

    snprintf(to, sizeof to, "%s.1", log_path);
    if (rename(log_path, to) != 0) {
        perror("rename");
        return -1;
    }
    if (compress_file(to) != 0)
        fprintf(stderr, "warning: could not compress %s\n", to);

    if (archive_generation(log_path, MAX_GENERATIONS) != 0)
        fprintf(stderr, "warning: archive step failed\n");

    FILE *stamp = fopen("/var/log/appd/.last-rotation", "w");
    // expect: memory.null
    fprintf(stamp, "%ld\n", (long)time(NULL));
    fclose(stamp);

    /* tell the daemon to reopen its log file */
    // ok: sandbox.process
    return system("pkill -HUP -x appd");
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/var/log/appd/appd.log";
    if (rotate_logs(path) != 0)
        return 1;
    // ok: memory.format
    puts("rotation complete");
    return 0;
}
