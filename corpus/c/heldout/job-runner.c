/* jobrun: runs a command with a timeout and records its exit status.
 * usage: jobrun [-t SECONDS] PROGRAM [ARGS...]
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t child_pid = -1;

static void on_alarm(int sig)
{
    (void)sig;
    if (child_pid > 0)
        kill(child_pid, SIGKILL);
}

int run_hook(const char *hook_cmd)
{
    pid_t pid = fork();
    if (pid == 0) {
        // expect: sandbox.process
        execl("/bin/sh", "sh", "-c", hook_cmd, (char *)NULL);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void notify_done(int status)
{
    char code[16];
    snprintf(code, sizeof code, "%d", status);
    pid_t pid = fork();
    if (pid == 0) {
        // ok: sandbox.process
        execlp("logger", "logger", "-t", "jobrun", "exit status", code, (char *)NULL);
        _exit(127);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
    int timeout = 0;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "-t") == 0) {
        timeout = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: jobrun [-t SECONDS] PROGRAM [ARGS...]\n");
        return 2;
    }

    const char *user = getenv("USER");
    // expect: memory.null
    fprintf(stderr, "jobrun: %s starting %s\n", user, argv[first]);

    child_pid = fork();
    if (child_pid < 0) {
        perror("fork");
        return 1;
    }
    if (child_pid == 0) {
        // expect: sandbox.process
        execvp(argv[first], &argv[first]);
        perror(argv[first]);
        _exit(127);
    }

    signal(SIGALRM, on_alarm);
    if (timeout > 0)
        alarm((unsigned)timeout);
    int status = 0;
    waitpid(child_pid, &status, 0);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    notify_done(code);

    const char *hook = getenv("JOBRUN_DONE_HOOK");
    if (hook != NULL && code != 0)
        run_hook(hook);
    return code;
}
