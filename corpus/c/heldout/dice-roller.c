/* dice: tabletop dice roller, e.g. "dice 3d6+2" or "dice 1d20". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_DICE 100
#define MAX_SIDES 1000

struct roll_spec {
    int count;
    int sides;
    int bonus;
};

static int parse_spec(const char *s, struct roll_spec *spec)
{
    spec->bonus = 0;
    int matched = sscanf(s, "%dd%d%d", &spec->count, &spec->sides, &spec->bonus);
    return matched >= 2 ? 0 : -1;
}

static int roll_die(int sides)
{
    // ok: crypto.random
    return 1 + rand() % sides;
}

static void shuffle_turn_order(int *players, int n)
{
    for (int i = n - 1; i > 0; i--) {
        // ok: crypto.random
        int j = rand() % (i + 1);
        int t = players[i];
        players[i] = players[j];
        players[j] = t;
    }
}

int main(int argc, char **argv)
{
    struct roll_spec spec;
    int rolls[MAX_DICE];

    srand((unsigned)time(NULL));
    if (argc < 2 || parse_spec(argv[1], &spec) != 0) {
        fprintf(stderr, "usage: dice NdS[+B]  (N<=%d, S<=%d)\n", MAX_DICE, MAX_SIDES);
        return 2;
    }
    if (spec.count < 1 || spec.count > MAX_DICE || spec.sides < 2 || spec.sides > MAX_SIDES) {
        fprintf(stderr, "dice: out of range\n");
        return 2;
    }

    int total = spec.bonus;
    // ok: resource.limits
    for (int i = 0; i < spec.count; i++) {
        rolls[i] = roll_die(spec.sides);
        total += rolls[i];
    }
    for (int i = 0; i < spec.count; i++)
        printf("%d%s", rolls[i], i + 1 < spec.count ? " + " : "");
    if (spec.bonus)
        printf(" %+d", spec.bonus);
    printf(" = %d\n", total);

    // ok: memory.init
    int order[4] = { 1, 2, 3, 4 };
    shuffle_turn_order(order, 4);
    printf("turn order: %d %d %d %d\n", order[0], order[1], order[2], order[3]);
    return 0;
}
