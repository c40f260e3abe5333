/* Fixed-capacity byte ring buffer shared by the serial reader and the parser. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RING_CAPACITY 4096

struct ring {
    uint8_t data[RING_CAPACITY];
    size_t head;
    size_t tail;
    size_t used;
};

struct ring *ring_new(void)
{
    // ok: memory.integer
    struct ring *r = calloc(1, sizeof(struct ring));
    return r;
}

size_t ring_write(struct ring *r, const uint8_t *src, size_t len)
{
    size_t space = RING_CAPACITY - r->used;
    if (len > space)
        len = space;
    for (size_t i = 0; i < len; i++) {
        r->data[r->tail % RING_CAPACITY] = src[i];
        r->tail = (r->tail + 1) % RING_CAPACITY;
    }
    r->used += len;
    return len;
}

size_t ring_read(struct ring *r, uint8_t *dst, size_t len)
{
    if (len > r->used)
        len = r->used;
    for (size_t i = 0; i < len; i++) {
        dst[i] = r->data[r->head % RING_CAPACITY];
        r->head = (r->head + 1) % RING_CAPACITY;
    }
    r->used -= len;
    return len;
}

int ring_peek(const struct ring *r, size_t offset)
{
    if (offset >= r->used)
        return -1;
    // ok: memory.bounds
    return r->data[(r->head + offset) % RING_CAPACITY];
}

size_t ring_snapshot(const struct ring *r, uint8_t *out, size_t out_len)
{
    uint8_t tmp[RING_CAPACITY];
    size_t n = r->used;

    if (n > sizeof tmp || n > out_len)
        return 0;
    for (size_t i = 0; i < n; i++)
        tmp[i] = r->data[(r->head + i) % RING_CAPACITY];
    // ok: memory.bounds
    memcpy(out, tmp, n);
    return n;
}

void ring_free(struct ring *r)
{
    free(r);
}
