// Blob store node: "PUT <name> <len>\n<bytes>" stores a blob, "DEL <name>\n" removes it.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace blobs {

const std::string kBlobDir = "/var/lib/blobstore/objects/";

static bool recv_all(int fd, char* buf, std::size_t len)
{
    std::size_t got = 0;
    while (got < len) {
        ssize_t n = ::recv(fd, buf + got, len - got, 0);
        if (n <= 0)
            return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

void handle_connection(int fd)
{
    char header[256] = {};
    // ok: memory.bounds
    ssize_t n = ::recv(fd, header, sizeof header - 1, MSG_PEEK);
    if (n <= 0)
        return;
    const char* nl = static_cast<const char*>(std::memchr(header, '\n', static_cast<std::size_t>(n)));
    if (!nl)
        return;
    std::size_t header_len = static_cast<std::size_t>(nl - header) + 1;
    if (header_len > sizeof header)
        return;
    // ok: memory.bounds
    ::recv(fd, header, header_len, 0);

    std::istringstream cmd(std::string(header, header_len - 1));
    std::string verb, name;
    std::size_t len = 0;
    cmd >> verb >> name >> len;

    if (verb == "DEL") {
        // expect: sandbox.fs
        std::remove((kBlobDir + name).c_str());
        return;
    }
    if (verb != "PUT")
        return;

    // expect: memory.integer, resource.limits
    std::unique_ptr<char[]> data(new char[len + 1]);
    if (!recv_all(fd, data.get(), len))
        return;
    data[len] = '\0';

    // expect: sandbox.fs
    std::ofstream out(kBlobDir + name, std::ios::binary);
    out.write(data.get(), static_cast<std::streamsize>(len));
    const char reply[] = "OK\n";
    ::send(fd, reply, sizeof reply - 1, 0);
}

}  // namespace blobs
