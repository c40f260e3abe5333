/* portcheck: reads "host port" pairs from stdin and reports which are reachable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static int local_agent_alive(void)
{
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(9100);
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    // ok: sandbox.net
    int ok = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
    close(fd);
    return ok;
}

int main(void)
{
    char line[512];
    char host[256], port[16];
    int reachable;

    if (!local_agent_alive())
        fputs("warning: local agent not running\n", stderr);

    while (fgets(line, sizeof line, stdin) != NULL) {
        if (sscanf(line, "%255s %15s", host, port) != 2) {
            fputs("skipping: ", stderr);
            // expect: memory.format
            fprintf(stderr, line);
            continue;
        }
        struct addrinfo hints = {0}, *res = NULL;
        hints.ai_socktype = SOCK_STREAM;
        if (getaddrinfo(host, port, &hints, &res) != 0) {
            printf("%s:%s unresolvable\n", host, port);
            continue;
        }
        int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        // expect: sandbox.net
        int up = fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) == 0;
        if (fd >= 0)
            close(fd);
        printf("%s:%s %s\n", host, port, up ? "open" : "closed");
        if (up)
            // expect: memory.init
            reachable++;
        freeaddrinfo(res);
    }
    printf("%d reachable\n", reachable);
    return 0;
}
