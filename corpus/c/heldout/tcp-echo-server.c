/* Minimal line-oriented echo server used by the integration test rig. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define PORT 7007
#define BUF_SIZE 512

static void handle_client(int fd)
{
    char buf[BUF_SIZE];
    char reply[64];

    for (;;) {
        memset(buf, 0, sizeof buf);
        // ok: memory.bounds
        ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);
        if (n <= 0)
            break;

        /* log what the peer sent */
        // expect: memory.format
        printf(buf);
        fflush(stdout);

        strcpy(reply, "echo: ");
        // expect: memory.bounds
        memcpy(reply + 6, buf, (size_t)n);
        send(fd, reply, strlen(reply), 0);
    }
    close(fd);
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    if (srv < 0) {
        perror("socket");
        return 1;
    }

    int one = 1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);

    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(PORT);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, 8) < 0) {
        perror("bind/listen");
        close(srv);
        return 1;
    }

    // ok: memory.format
    printf("listening on 127.0.0.1:%d\n", PORT);
    for (;;) {
        int cfd = accept(srv, NULL, NULL);
        if (cfd < 0)
            continue;
        handle_client(cfd);
    }
}
