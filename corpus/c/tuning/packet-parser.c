/* Telemetry frame reader: [u16 type][u32 length][payload]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#define TYPE_COUNT 8

struct frame {
    uint16_t type;
    uint32_t length;
    char *payload;
};

static const char *type_names[TYPE_COUNT] = {
    "hello", "metric", "event", "trace", "log", "ping", "pong", "bye"
};

static int recv_all(int fd, void *buf, size_t len)
{
    uint8_t *p = buf;
    while (len > 0) {
        ssize_t n = recv(fd, p, len, 0);
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int frame_read(int fd, struct frame *f)
{
    uint8_t hdr[6];
    uint16_t type_be;
    uint32_t len_be;

    // ok: memory.bounds
    if (recv_all(fd, hdr, sizeof hdr) != 0)
        return -1;
    memcpy(&type_be, hdr, 2);
    memcpy(&len_be, hdr + 2, 4);
    f->type = ntohs(type_be);
    f->length = ntohl(len_be);

    // expect: memory.integer, resource.limits
    f->payload = malloc(f->length + 1);
    if (f->payload == NULL)
        return -1;
    if (recv_all(fd, f->payload, f->length) != 0) {
        free(f->payload);
        f->payload = NULL;
        return -1;
    }
    f->payload[f->length] = '\0';
    return 0;
}

void frame_log(uint16_t type, uint32_t length)
{
    // expect: memory.bounds
    const char *name = type_names[type];
    fprintf(stderr, "frame type=%s len=%u\n", name, (unsigned)length);
}

uint8_t frame_checksum(const struct frame *f)
{
    uint8_t sum;
    for (uint32_t i = 0; i < f->length; i++)
        // expect: memory.init
        sum ^= (uint8_t)f->payload[i];
    return sum;
}

const char *frame_type_name(uint16_t type)
{
    if (type >= TYPE_COUNT)
        return "unknown";
    // ok: memory.bounds
    return type_names[type];
}
