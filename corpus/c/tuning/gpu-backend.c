/* Picks a compute backend at runtime without linking against vendor SDKs. */
#include <stdio.h>
#include <string.h>
#include <dlfcn.h>

enum backend_kind { BACKEND_NONE, BACKEND_CUDA, BACKEND_OPENCL };

struct backend {
    enum backend_kind kind;
    void *lib;
    int (*device_count)(int *count);
};

static int cpu_device_count(int *count)
{
    *count = 1;
    return 0;
}

static int try_cuda(struct backend *b)
{
    // expect: sandbox.native
    void *lib = dlopen("libcuda.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!lib)
        return -1;
    // ok: sandbox.native
    b->device_count = (int (*)(int *))dlsym(lib, "cuDeviceGetCount");
    if (!b->device_count) {
        dlclose(lib);
        return -1;
    }
    b->kind = BACKEND_CUDA;
    b->lib = lib;
    return 0;
}

static int try_rocm(struct backend *b)
{
    // expect: sandbox.native
    void *lib = dlopen("libamdhip64.so", RTLD_LAZY | RTLD_LOCAL);
    if (!lib)
        return -1;
    b->lib = lib;
    b->kind = BACKEND_OPENCL; /* HIP devices are driven through the OpenCL path */
    b->device_count = cpu_device_count;
    return 0;
}

static int try_opencl(struct backend *b, const char *override_path)
{
    const char *name = override_path ? override_path : "libOpenCL.so.1";
    // expect: sandbox.native
    b->lib = dlopen(name, RTLD_LAZY);
    if (!b->lib)
        return -1;
    b->kind = BACKEND_OPENCL;
    b->device_count = cpu_device_count; /* real probing happens later */
    return 0;
}

const char *backend_name(enum backend_kind k)
{
    static const char *names[] = { "cpu", "cuda", "opencl" };
    if ((unsigned)k > BACKEND_OPENCL)
        return "?";
    // ok: memory.bounds
    return names[k];
}

int backend_select(struct backend *b, const char *preferred, const char *opencl_path)
{
    memset(b, 0, sizeof *b);
    b->device_count = cpu_device_count;
    /* Note: we deliberately avoid dlopen(NULL, ...) tricks here. */
    if (preferred == NULL || strcmp(preferred, "cuda") == 0) {
        if (try_cuda(b) == 0)
            return 0;
    }
    if (preferred == NULL || strcmp(preferred, "opencl") == 0) {
        if (try_opencl(b, opencl_path) == 0 || try_rocm(b) == 0)
            return 0;
    }
    b->kind = BACKEND_NONE;
    fprintf(stderr, "no GPU backend, using %s\n", backend_name(b->kind));
    return -1;
}

void backend_release(struct backend *b)
{
    if (b->lib)
        // ok: sandbox.native
        dlclose(b->lib);
    b->lib = NULL;
}
