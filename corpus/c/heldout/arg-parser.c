/* Command-line option handling for the thumbnailer. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORKERS 64
#define MAX_SIZE 4096

struct options {
    int workers;
    int size;
    int verbose;
    char output_dir[256];
    const char *format;
};

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s [-j N] [-s PX] [-o DIR] [-f png|jpeg] [-v] FILES...\n", prog);
}

int parse_options(int argc, char **argv, struct options *opt)
{
    static const char *formats[] = { "png", "jpeg" };
    int c;

    opt->workers = 4;
    opt->size = 256;
    opt->verbose = 0;
    opt->format = formats[0];
    // ok: memory.bounds
    strcpy(opt->output_dir, "./thumbs");

    while ((c = getopt(argc, argv, "j:s:o:f:v")) != -1) {
        switch (c) {
        case 'j':
            if (parse_int(optarg, 1, MAX_WORKERS, &opt->workers) != 0)
                return -1;
            break;
        case 's':
            if (parse_int(optarg, 16, MAX_SIZE, &opt->size) != 0)
                return -1;
            break;
        case 'o':
            // ok: memory.bounds
            snprintf(opt->output_dir, sizeof opt->output_dir, "%s", optarg);
            break;
        case 'f':
            if (strcmp(optarg, "jpeg") == 0)
                opt->format = formats[1];
            else if (strcmp(optarg, "png") != 0)
                return -1;
            break;
        case 'v':
            opt->verbose++;
            break;
        default:
            usage(argv[0]);
            return -1;
        }
    }
    if (optind >= argc) {
        usage(argv[0]);
        return -1;
    }
    return optind;
}
