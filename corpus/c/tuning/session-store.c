/* In-memory session table for the admin console. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SESSION_ID_LEN 32
#define SESSION_TTL 1800

struct session {
    char id[SESSION_ID_LEN + 1];
    char user[64];
    time_t expires;
    struct session *next;
};

static struct session *sessions = NULL;

static void new_session_id(char *out)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < SESSION_ID_LEN; i++)
        // expect: crypto.random
        out[i] = hex[rand() % 16];
    out[SESSION_ID_LEN] = '\0';
}

struct session *session_create(const char *user)
{
    struct session *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    new_session_id(s->id);
    snprintf(s->user, sizeof s->user, "%s", user);
    s->expires = time(NULL) + SESSION_TTL;
    s->next = sessions;
    sessions = s;
    return s;
}

struct session *session_lookup(const char *id)
{
    time_t now = time(NULL);
    for (struct session *s = sessions; s != NULL; s = s->next) {
        if (strcmp(s->id, id) == 0 && s->expires > now)
            return s;
    }
    return NULL;
}

void session_expire_all(void)
{
    time_t now = time(NULL);
    struct session **pp = &sessions;
    while (*pp) {
        struct session *s = *pp;
        if (s->expires <= now) {
            *pp = s->next;
            free(s);
        } else {
            // ok: memory.lifetime
            pp = &s->next;
        }
    }
}

void session_destroy(const char *id)
{
    struct session *prev = NULL;
    for (struct session *s = sessions; s != NULL; s = s->next) {
        if (strcmp(s->id, id) != 0) {
            prev = s;
            continue;
        }
        if (prev)
            prev->next = s->next;
        else
            sessions = s->next;
        free(s);
        // expect: memory.lifetime
        fprintf(stderr, "session for %s destroyed\n", s->user);
        break;
    }
}
