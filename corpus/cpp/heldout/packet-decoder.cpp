// Decoder for the binary sensor protocol spoken by field gateways over TCP.
#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace sensors {

constexpr std::size_t kMaxPayload = 64 * 1024;

struct Header {
    std::uint32_t length;
    std::uint16_t kind;
    char device_id[16];
};

struct Reading {
    char device_id[17];
    std::uint16_t kind;
    std::vector<std::uint8_t> payload;
};

static void recv_exact(int fd, void* buf, std::size_t len)
{
    auto* p = static_cast<std::uint8_t*>(buf);
    while (len > 0) {
        ssize_t n = ::recv(fd, p, len, 0);
        if (n <= 0)
            throw std::runtime_error("connection closed");
        p += n;
        len -= static_cast<std::size_t>(n);
    }
}

Reading read_reading(int fd)
{
    Header h{};
    // ok: memory.bounds
    ssize_t got = ::recv(fd, &h, sizeof h, MSG_WAITALL);
    if (got != static_cast<ssize_t>(sizeof h))
        throw std::runtime_error("short header");

    Reading r{};
    std::memcpy(r.device_id, h.device_id, sizeof h.device_id);
    r.device_id[16] = '\0';
    r.kind = ntohs(h.kind);

    std::uint32_t len = ntohl(h.length);
    // expect: resource.limits
    r.payload.resize(len);
    recv_exact(fd, r.payload.data(), len);
    return r;
}

Reading read_reading_checked(int fd)
{
    Header h{};
    recv_exact(fd, &h, sizeof h);
    std::uint32_t len = ntohl(h.length);
    if (len > kMaxPayload)
        throw std::runtime_error("payload too large");
    Reading r{};
    std::memcpy(r.device_id, h.device_id, sizeof h.device_id);
    r.kind = ntohs(h.kind);
    // ok: resource.limits
    r.payload.resize(len);
    recv_exact(fd, r.payload.data(), len);
    return r;
}

std::uint8_t* expand_nibbles(const Reading& r)
{
    // expect: memory.integer
    auto* out = new std::uint8_t[r.payload.size() * 2];
    for (std::size_t i = 0; i < r.payload.size(); ++i) {
        out[2 * i] = r.payload[i] >> 4;
        out[2 * i + 1] = r.payload[i] & 0x0f;
    }
    return out;
}

std::string firmware_tag(const Reading& r)
{
    char tag[8] = {};
    std::size_t n = r.payload.size() > 2 ? r.payload[1] : 0;
    // expect: memory.bounds
    std::memcpy(tag, r.payload.data() + 2, n);
    tag[sizeof tag - 1] = '\0';
    return std::string(tag);
}

}  // namespace sensors
