// Per-frame scratch allocation for the video transcoder's filter graph.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

namespace media {

struct Plane {
    std::uint8_t* data;
    std::size_t stride;
    std::size_t height;
};

Plane alloc_plane(std::size_t stride, std::size_t height)
{
    // expect: memory.integer
    auto* data = new (std::nothrow) std::uint8_t[stride * height];
    // expect: memory.null
    std::memset(data, 0, stride * height);
    return Plane{data, stride, height};
}

Plane alloc_plane_checked(std::size_t stride, std::size_t height)
{
    if (height != 0 && stride > std::numeric_limits<std::size_t>::max() / height)
        return Plane{nullptr, 0, 0};
    // ok: memory.integer
    auto* data = new (std::nothrow) std::uint8_t[stride * height];
    if (data == nullptr)
        return Plane{nullptr, 0, 0};
    // ok: memory.null
    std::memset(data, 0, stride * height);
    return Plane{data, stride, height};
}

std::uint8_t* alloc_lut()
{
    // ok: memory.integer
    auto* lut = static_cast<std::uint8_t*>(std::malloc(256 * 3));
    if (!lut)
        return nullptr;
    for (int i = 0; i < 256 * 3; ++i)
        lut[i] = static_cast<std::uint8_t>(i / 3);
    return lut;
}

Plane clone_plane(const Plane& src)
{
    // expect: memory.integer
    auto* copy = static_cast<std::uint8_t*>(std::malloc(src.stride * src.height));
    // expect: memory.null
    std::memcpy(copy, src.data, src.stride * src.height);
    return Plane{copy, src.stride, src.height};
}

void free_plane(Plane& p)
{
    delete[] p.data;
    p.data = nullptr;
}

}  // namespace media
