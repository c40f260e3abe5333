/* Writes 24-bit BMP files for the plotting backend. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma pack(push, 1)
struct bmp_file_header { uint16_t type; uint32_t size; uint32_t reserved; uint32_t offset; };
struct bmp_info_header {
    uint32_t size; int32_t width; int32_t height; uint16_t planes; uint16_t bpp;
    uint32_t compression; uint32_t image_size; int32_t xppm; int32_t yppm;
    uint32_t colors; uint32_t important;
};
#pragma pack(pop)

struct canvas {
    uint32_t width, height;
    uint8_t *rgb;
};

int canvas_init(struct canvas *c, uint32_t width, uint32_t height)
{
    if (width == 0 || height == 0 || width > SIZE_MAX / 3 / height)
        return -1;
    c->width = width;
    c->height = height;
    // ok: memory.integer
    c->rgb = calloc((size_t)width * height, 3);
    return c->rgb ? 0 : -1;
}

int canvas_save_bmp(const struct canvas *c, const char *path)
{
    size_t row_bytes = ((size_t)c->width * 3 + 3) & ~(size_t)3;
    size_t padding = row_bytes - (size_t)c->width * 3;
    static const uint8_t zeros[3] = {0, 0, 0};

    struct bmp_file_header fh = {0};
    struct bmp_info_header ih = {0};
    fh.type = 0x4d42;
    fh.offset = sizeof fh + sizeof ih;
    fh.size = (uint32_t)(fh.offset + row_bytes * c->height);
    ih.size = sizeof ih;
    ih.width = (int32_t)c->width;
    ih.height = (int32_t)c->height;
    ih.planes = 1;
    ih.bpp = 24;
    ih.image_size = (uint32_t)(row_bytes * c->height);

    // ok: sandbox.fs
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    fwrite(&fh, sizeof fh, 1, fp);
    fwrite(&ih, sizeof ih, 1, fp);
    for (uint32_t y = c->height; y-- > 0;) {
        const uint8_t *row = c->rgb + (size_t)y * c->width * 3;
        for (uint32_t x = 0; x < c->width; x++) {
            uint8_t bgr[3] = { row[3 * x + 2], row[3 * x + 1], row[3 * x] };
            fwrite(bgr, 1, 3, fp);
        }
        fwrite(zeros, 1, padding, fp);
    }
    return fclose(fp);
}

void canvas_set(struct canvas *c, uint32_t x, uint32_t y, uint8_t r, uint8_t g, uint8_t b)
{
    if (x >= c->width || y >= c->height)
        return;
    uint8_t *p = c->rgb + ((size_t)y * c->width + x) * 3;
    p[0] = r;
    p[1] = g;
    p[2] = b;
}
