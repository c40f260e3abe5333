/* rpn: a tiny reverse-polish calculator reading tokens from stdin. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 32

static double stack[STACK_MAX];
static int sp = 0;

static int push(double v)
{
    if (sp >= STACK_MAX)
        return -1;
    stack[sp++] = v;
    return 0;
}

static int pop(double *v)
{
    if (sp <= 0)
        return -1;
    *v = stack[--sp];
    return 0;
}

static int apply(char op)
{
    double a = 0, b = 0;
    if (pop(&b) != 0 || pop(&a) != 0)
        return -1;
    switch (op) {
    case '+': return push(a + b);
    case '-': return push(a - b);
    case '*': return push(a * b);
    case '/': return b == 0 ? -1 : push(a / b);
    default: return -1;
    }
}

int main(void)
{
    char token[32];
    char name[16];

    printf("your name: ");
    fflush(stdout);
    // expect: memory.bounds
    if (scanf("%s", name) != 1)
        return 1;
    printf("hello %s, enter tokens, 'q' to quit\n", name);

    // ok: memory.bounds
    while (scanf("%31s", token) == 1) {
        if (strcmp(token, "q") == 0)
            break;
        if (strlen(token) == 1 && strchr("+-*/", token[0])) {
            if (apply(token[0]) != 0)
                fputs("stack error\n", stderr);
            continue;
        }
        char *end = NULL;
        double v = strtod(token, &end);
        if (end == token || *end != '\0' || push(v) != 0)
            fputs("bad token\n", stderr);
    }

    double result = 0;
    if (pop(&result) == 0)
        printf("= %g\n", result);
    return 0;
}
