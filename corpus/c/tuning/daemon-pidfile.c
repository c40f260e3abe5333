/* Daemonization helpers: detach, write a pid file and drop privileges. */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PID_FILE "/run/metricsd.pid"
#define RUN_USER "metricsd"

int write_pid_file(void)
{
    char buf[32];
    // ok: sandbox.fs
    int fd = open(PID_FILE, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    int len = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
    // ok: memory.bounds
    ssize_t w = write(fd, buf, (size_t)len);
    close(fd);
    return w == len ? 0 : -1;
}

int drop_privileges(void)
{
    struct passwd *pw = getpwnam(RUN_USER);
    if (pw == NULL) {
        fprintf(stderr, "user %s not found\n", RUN_USER);
        return -1;
    }
    if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        fprintf(stderr, "setuid: %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

int daemonize(void)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid > 0)
        _exit(0);
    if (setsid() < 0)
        return -1;
    signal(SIGHUP, SIG_IGN);
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid > 0)
        _exit(0);
    umask(027);
    if (chdir("/") != 0)
        return -1;
    // ok: sandbox.fs
    int devnull = open("/dev/null", O_RDWR);
    if (devnull >= 0) {
        dup2(devnull, STDIN_FILENO);
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        if (devnull > 2)
            close(devnull);
    }
    return 0;
}

void remove_pid_file(void)
{
    // ok: sandbox.fs
    unlink(PID_FILE);
}
