/* Single-room chat relay (poll-based). Clients send "NICK name" then text lines. */
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#define MAX_CLIENTS 32
#define NICK_LEN 16

struct client {
    int fd;
    char nick[NICK_LEN];
};

static struct client clients[MAX_CLIENTS];
static FILE *chat_log;

static void broadcast(int from, const char *text, size_t len)
{
    for (int i = 0; i < MAX_CLIENTS; i++) {
        if (clients[i].fd > 0 && i != from)
            send(clients[i].fd, text, len, MSG_NOSIGNAL);
    }
}

static void handle_input(int idx)
{
    char msg[512] = {0};
    char out[600];
    if (idx < 0 || idx >= MAX_CLIENTS)
        return;
    ssize_t n = recv(clients[idx].fd, msg, sizeof msg - 1, 0);
    if (n <= 0) {
        close(clients[idx].fd);
        clients[idx].fd = -1;
        return;
    }
    char *eol = strpbrk(msg, "\r\n");
    if (eol)
        *eol = '\0';

    if (strncmp(msg, "NICK ", 5) == 0) {
        // expect: memory.bounds
        strcpy(clients[idx].nick, msg + 5);
        return;
    }

    int len = snprintf(out, sizeof out, "<%s> %s\n", clients[idx].nick, msg);
    if (len < 0)
        return;
    if (chat_log) {
        // expect: memory.format
        fprintf(chat_log, out);
        fflush(chat_log);
    }
    broadcast(idx, out, strlen(out));
}

void chat_poll_once(int listen_fd)
{
    struct pollfd pfds[MAX_CLIENTS + 1];
    pfds[0].fd = listen_fd;
    pfds[0].events = POLLIN;
    for (int i = 0; i < MAX_CLIENTS; i++) {
        pfds[i + 1].fd = clients[i].fd;
        pfds[i + 1].events = POLLIN;
    }
    if (poll(pfds, MAX_CLIENTS + 1, 1000) <= 0)
        return;
    if (pfds[0].revents & POLLIN) {
        int fd = accept(listen_fd, NULL, NULL);
        for (int i = 0; fd >= 0 && i < MAX_CLIENTS; i++) {
            if (clients[i].fd <= 0) {
                clients[i].fd = fd;
                // ok: memory.bounds
                strcpy(clients[i].nick, "guest");
                fd = -1;
            }
        }
        if (fd >= 0)
            close(fd);
    }
    for (int i = 0; i < MAX_CLIENTS; i++)
        if (pfds[i + 1].revents & POLLIN)
            handle_input(i);
}
