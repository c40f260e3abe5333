/* Loader for the raw ".rimg" thumbnails produced by the camera firmware. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RIMG_MAGIC 0x474d4952u /* "RIMG" */
#define RIMG_MAX_DIM 8192

struct rimg_header {
    uint32_t magic;
    uint32_t width;
    uint32_t height;
    uint32_t channels;
};

struct image {
    uint32_t width, height, channels;
    uint8_t *pixels;
};

int rimg_load(const char *path, struct image *img)
{
    struct rimg_header hdr;
    // ok: sandbox.fs
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    if (fread(&hdr, sizeof hdr, 1, fp) != 1 || hdr.magic != RIMG_MAGIC) {
        fclose(fp);
        return -1;
    }

    // expect: memory.integer, resource.limits
    uint8_t *pixels = malloc((size_t)hdr.width * hdr.height * hdr.channels);
    if (!pixels) {
        fclose(fp);
        return -1;
    }
    size_t want = (size_t)hdr.width * hdr.height * hdr.channels;
    if (fread(pixels, 1, want, fp) != want) {
        free(pixels);
        fclose(fp);
        return -1;
    }
    fclose(fp);
    img->width = hdr.width;
    img->height = hdr.height;
    img->channels = hdr.channels;
    img->pixels = pixels;
    return 0;
}

int rimg_load_thumbnail(const char *path, struct image *img)
{
    struct rimg_header hdr;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    if (fread(&hdr, sizeof hdr, 1, fp) != 1 || hdr.magic != RIMG_MAGIC ||
        hdr.width == 0 || hdr.width > RIMG_MAX_DIM ||
        hdr.height == 0 || hdr.height > RIMG_MAX_DIM ||
        hdr.channels == 0 || hdr.channels > 4) {
        fclose(fp);
        return -1;
    }
    size_t npix = (size_t)hdr.width * hdr.height;
    // ok: memory.integer, resource.limits
    uint8_t *pixels = calloc(npix, hdr.channels);
    if (!pixels) {
        fclose(fp);
        return -1;
    }
    size_t got = fread(pixels, hdr.channels, npix, fp);
    fclose(fp);
    img->width = hdr.width;
    img->height = hdr.height;
    img->channels = hdr.channels;
    img->pixels = pixels;
    return got == npix ? 0 : -1;
}
