/* Dense matrix helpers for the scheduling solver. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct matrix {
    size_t rows;
    size_t cols;
    double *data;
};

struct matrix *matrix_new(size_t rows, size_t cols)
{
    struct matrix *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    // ok: memory.null
    m->rows = rows;
    m->cols = cols;
    // expect: memory.integer
    m->data = malloc(rows * cols * sizeof(double));
    if (!m->data) {
        free(m);
        return NULL;
    }
    memset(m->data, 0, rows * cols * sizeof(double));
    return m;
}

struct matrix *matrix_new_checked(size_t rows, size_t cols)
{
    if (cols != 0 && rows > SIZE_MAX / sizeof(double) / cols)
        return NULL;
    struct matrix *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    m->rows = rows;
    m->cols = cols;
    // ok: memory.integer
    m->data = calloc(rows * cols, sizeof(double));
    if (!m->data) {
        free(m);
        return NULL;
    }
    return m;
}

void matrix_transpose_row(struct matrix *m, size_t row)
{
    size_t n = m->cols;
    // expect: memory.integer
    double tmp[n * 2];
    for (size_t j = 0; j < n; j++) {
        tmp[j] = m->data[row * n + j];
        tmp[n + j] = m->data[j * n + row];
    }
    for (size_t j = 0; j < n; j++)
        m->data[row * n + j] = tmp[n + j];
}

double *scratch_vector(void)
{
    // ok: memory.integer
    double *v = malloc(sizeof(double) * 16);
    if (v == NULL)
        return NULL;
    for (int i = 0; i < 16; i++)
        v[i] = 0.0;
    return v;
}

void matrix_free(struct matrix *m)
{
    if (!m)
        return;
    free(m->data);
    free(m);
}
