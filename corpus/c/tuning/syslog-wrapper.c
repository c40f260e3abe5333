/* Logging facade: mirrors messages to syslog and, in foreground mode, to stderr. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

static int g_foreground = 0;
static int g_min_level = LOG_INFO;

void log_init(const char *ident, int foreground)
{
    g_foreground = foreground;
    openlog(ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void log_set_level(int level)
{
    g_min_level = level;
}

void log_msg(int level, const char *fmt, ...)
{
    char text[1024];
    va_list ap;

    if (level > g_min_level)
        return;
    va_start(ap, fmt);
    // expect: memory.format
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);

    // ok: memory.format
    syslog(level, "%s", text);
    if (g_foreground) {
        char stamp[32];
        time_t now = time(NULL);
        strftime(stamp, sizeof stamp, "%H:%M:%S", localtime(&now));
        fprintf(stderr, "%s [%d] %s\n", stamp, level, text);
    }
}

void log_client_message(const char *peer, const char *message)
{
    /* message comes straight from the wire protocol */
    // expect: memory.format
    syslog(LOG_NOTICE, message);
    if (g_foreground)
        fprintf(stderr, "[%s] %s\n", peer, message);
}

void log_banner(const char *version)
{
    log_msg(LOG_INFO, "starting version %s", version);
    // ok: memory.format
    puts(version);
}

void log_shutdown(void)
{
    log_msg(LOG_INFO, "shutting down");
    closelog();
}
