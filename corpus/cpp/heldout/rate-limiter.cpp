// Token-bucket rate limiter with jittered retry hints for API clients.
#include <algorithm>
#include <chrono>
#include <mutex>
#include <random>
#include <string>
#include <unordered_map>

class RateLimiter {
public:
    RateLimiter(double rate_per_sec, double burst) : rate_(rate_per_sec), burst_(burst) {}

    bool allow(const std::string& client)
    {
        std::lock_guard<std::mutex> lock(mu_);
        const auto now = Clock::now();
        auto& b = buckets_[client];
        if (b.last.time_since_epoch().count() == 0) {
            b.level = burst_;
            b.last = now;
        }
        const double elapsed = std::chrono::duration<double>(now - b.last).count();
        b.level = std::min(burst_, b.level + elapsed * rate_);
        b.last = now;
        if (b.level < 1.0)
            return false;
        b.level -= 1.0;
        return true;
    }

    // Retry-After hint in milliseconds, with jitter so clients do not retry in lockstep.
    int retry_after_ms()
    {
        std::lock_guard<std::mutex> lock(mu_);
        std::uniform_int_distribution<int> jitter(0, 250);
        // ok: crypto.random
        return static_cast<int>(1000.0 / rate_) + jitter(rng_);
    }

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket {
        double level = 0;
        Clock::time_point last{};
    };

    double rate_;
    double burst_;
    std::mutex mu_;
    std::unordered_map<std::string, Bucket> buckets_;
    // ok: crypto.random
    std::mt19937 rng_{std::random_device{}()};
};

std::string limiter_key(const std::string& api_client_id, const std::string& route)
{
    // ok: crypto.secrets
    std::string key_prefix = "ratelimit:";
    return key_prefix + api_client_id + ":" + route;
}
