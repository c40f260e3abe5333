/* Writes the nightly order summary as CSV, optionally sampling rows for QA. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct order_row {
    long id;
    char customer[64];
    double amount;
    int status;
};

static const char *status_label(int status)
{
    switch (status) {
    case 0: return "pending";
    case 1: return "paid";
    case 2: return "refunded";
    default: return "unknown";
    }
}

static void write_csv_field(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

int write_order_report(const char *path, const struct order_row *rows, size_t n)
{
    // ok: sandbox.fs
    FILE *out = fopen(path, "w");
    if (out == NULL)
        return -1;

    fputs("id,customer,amount,status\n", out);
    for (size_t i = 0; i < n; i++) {
        // ok: memory.format
        fprintf(out, "%ld,", rows[i].id);
        write_csv_field(out, rows[i].customer);
        fprintf(out, ",%.2f,%s\n", rows[i].amount, status_label(rows[i].status));
    }
    return fclose(out);
}

/* Pick roughly `percent` % of rows for manual QA review. */
size_t sample_rows_for_review(const struct order_row *rows, size_t n, int percent,
                              const struct order_row **picked, size_t max_picked)
{
    size_t count = 0;
    for (size_t i = 0; i < n && count < max_picked; i++) {
        // ok: crypto.random
        int roll = rand() % 100;
        if (roll < percent)
            picked[count++] = &rows[i];
    }
    return count;
}

void print_summary(const struct order_row *rows, size_t n)
{
    double total = 0.0;
    char line[128];

    for (size_t i = 0; i < n; i++)
        total += rows[i].amount;
    // ok: memory.bounds
    sprintf(line, "%zu orders, total %.2f", n, total);
    puts(line);
}
