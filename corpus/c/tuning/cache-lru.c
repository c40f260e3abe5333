/* Small string-keyed LRU cache used by the DNS forwarder. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LRU_BUCKETS 256

struct lru_node {
    char *key;
    char *value;
    struct lru_node *prev, *next;      /* recency list */
    struct lru_node *chain;            /* bucket chain */
};

struct lru {
    struct lru_node *buckets[LRU_BUCKETS];
    struct lru_node *head, *tail;
    size_t size, capacity;
};

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (uint8_t)*s++) * 16777619u;
    return h;
}

struct lru *lru_new(size_t capacity)
{
    // ok: memory.integer
    struct lru *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->capacity = capacity;
    return c;
}

static void unlink_node(struct lru *c, struct lru_node *n)
{
    if (n->prev) n->prev->next = n->next; else c->head = n->next;
    if (n->next) n->next->prev = n->prev; else c->tail = n->prev;
    n->prev = n->next = NULL;
}

static void evict_tail(struct lru *c)
{
    struct lru_node *victim = c->tail;
    if (!victim)
        return;
    unlink_node(c, victim);
    struct lru_node **pp = &c->buckets[hash_str(victim->key) % LRU_BUCKETS];
    while (*pp && *pp != victim)
        pp = &(*pp)->chain;
    if (*pp)
        *pp = victim->chain;
    free(victim->key);
    free(victim->value);
    // ok: memory.lifetime
    free(victim);
    c->size--;
}

const char *lru_get(struct lru *c, const char *key)
{
    for (struct lru_node *n = c->buckets[hash_str(key) % LRU_BUCKETS]; n; n = n->chain) {
        if (strcmp(n->key, key) == 0) {
            unlink_node(c, n);
            n->next = c->head;
            if (c->head) c->head->prev = n;
            c->head = n;
            if (!c->tail) c->tail = n;
            return n->value;
        }
    }
    return NULL;
}

int lru_put(struct lru *c, const char *key, const char *value)
{
    if (c->size >= c->capacity)
        evict_tail(c);
    struct lru_node *n = calloc(1, sizeof *n);
    if (!n)
        return -1;
    n->key = strdup(key);
    n->value = strdup(value);
    if (!n->key || !n->value) {
        free(n->key);
        free(n->value);
        free(n);
        return -1;
    }
    uint32_t b = hash_str(key) % LRU_BUCKETS;
    n->chain = c->buckets[b];
    c->buckets[b] = n;
    n->next = c->head;
    if (c->head) c->head->prev = n;
    c->head = n;
    if (!c->tail) c->tail = n;
    c->size++;
    return 0;
}
