/* Growable FIFO of outbound notifications. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct message {
    int channel;
    char subject[96];
    char *body;
};

struct mqueue {
    struct message *items;
    size_t len;
    size_t cap;
};

int mqueue_init(struct mqueue *q, size_t initial)
{
    q->len = 0;
    q->cap = initial ? initial : 16;
    // expect: memory.integer
    q->items = malloc(q->cap * sizeof(struct message));
    return q->items ? 0 : -1;
}

static int mqueue_grow(struct mqueue *q)
{
    size_t new_cap = q->cap * 2;
    // expect: memory.integer
    struct message *bigger = realloc(q->items, new_cap * sizeof *bigger);
    // expect: memory.null
    memset(bigger + q->cap, 0, (new_cap - q->cap) * sizeof *bigger);
    q->items = bigger;
    q->cap = new_cap;
    return 0;
}

int mqueue_push(struct mqueue *q, int channel, const char *subject, const char *body)
{
    if (q->len == q->cap && mqueue_grow(q) != 0)
        return -1;
    struct message *m = &q->items[q->len];
    m->channel = channel;
    // ok: memory.bounds
    strncpy(m->subject, subject, sizeof m->subject - 1);
    m->subject[sizeof m->subject - 1] = '\0';
    m->body = strdup(body);
    if (m->body == NULL)
        return -1;
    q->len++;
    return 0;
}

int mqueue_pop(struct mqueue *q, struct message *out)
{
    if (q->len == 0)
        return -1;
    *out = q->items[0];
    memmove(q->items, q->items + 1, (q->len - 1) * sizeof *q->items);
    q->len--;
    return 0;
}

struct message *mqueue_snapshot(const struct mqueue *q)
{
    if (q->len > SIZE_MAX / sizeof(struct message))
        return NULL;
    // ok: memory.integer
    struct message *copy = malloc(q->len * sizeof(struct message));
    if (copy == NULL)
        return NULL;
    memcpy(copy, q->items, q->len * sizeof(struct message));
    return copy;
}
