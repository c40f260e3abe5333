// Fixed-size pool of upstream connections for the API gateway.
#include <sys/socket.h>
#include <unistd.h>

#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>

struct Connection {
    int fd = -1;
    std::string peer;
    int failures = 0;
    ~Connection()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

class ConnectionPool {
public:
    explicit ConnectionPool(std::size_t max) : max_(max) {}

    Connection* acquire(const std::string& peer)
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (!idle_.empty()) {
            Connection* c = idle_.front();
            idle_.pop_front();
            return c;
        }
        auto* c = new Connection();
        c->peer = peer;
        return c;
    }

    void release(Connection* c, bool healthy)
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (!healthy) {
            c->failures++;
            if (c->failures > 3) {
                delete c;
                // expect: memory.lifetime
                std::cerr << "dropping connection to " << c->peer << '\n';
                return;
            }
        }
        if (idle_.size() >= max_) {
            delete c;
            return;
        }
        idle_.push_back(c);
    }

    void discard(Connection* c, bool verbose)
    {
        if (c->fd >= 0)
            ::shutdown(c->fd, SHUT_RDWR);
        delete c;
        if (!verbose)
            return;
        std::cerr << "connection discarded\n";
        // expect: memory.lifetime
        delete c;
    }

    ~ConnectionPool()
    {
        for (Connection* c : idle_)
            // ok: memory.lifetime
            delete c;
    }

private:
    std::size_t max_;
    std::mutex mu_;
    std::deque<Connection*> idle_;
};

std::unique_ptr<Connection> make_probe_connection(const std::string& peer)
{
    auto c = std::make_unique<Connection>();
    c->peer = peer;
    auto moved = std::move(c);
    // ok: memory.lifetime
    return moved;
}
