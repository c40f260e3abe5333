/* Tiny CONNECT-style TCP relay for the lab network.
 * Client sends "host port\n", then bytes are relayed both ways. */
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#define RELAY_BUF 16384

static int dial(const char *host, const char *port)
{
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    // ok: sandbox.net
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static void relay(int a, int b)
{
    char buf[RELAY_BUF];
    struct pollfd p[2] = { { a, POLLIN, 0 }, { b, POLLIN, 0 } };
    for (;;) {
        if (poll(p, 2, 30000) <= 0)
            return;
        for (int i = 0; i < 2; i++) {
            if (!(p[i].revents & POLLIN))
                continue;
            // ok: memory.bounds
            ssize_t n = recv(p[i].fd, buf, sizeof buf, 0);
            if (n <= 0)
                return;
            send(p[1 - i].fd, buf, (size_t)n, MSG_NOSIGNAL);
        }
    }
}

void proxy_session(int client)
{
    char req[300] = {0};
    char host[256], port[16];
    struct addrinfo hints = {0}, *res = NULL;

    if (recv(client, req, sizeof req - 1, 0) <= 0 ||
        sscanf(req, "%255s %15s", host, port) != 2) {
        close(client);
        return;
    }
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0) {
        send(client, "ERR resolve\n", 12, 0);
        close(client);
        return;
    }
    int upstream = socket(res->ai_family, SOCK_STREAM, 0);
    // expect: sandbox.net
    if (upstream < 0 || connect(upstream, res->ai_addr, res->ai_addrlen) != 0) {
        send(client, "ERR connect\n", 12, 0);
        freeaddrinfo(res);
        close(client);
        return;
    }
    freeaddrinfo(res);
    send(client, "OK\n", 3, 0);
    relay(client, upstream);
    close(upstream);
    close(client);
}

int proxy_health_check(void)
{
    int fd = dial("127.0.0.1", "8080");
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}
