// Lock-protected ring of recent events kept for the /debug/events page.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

class EventRing {
public:
    static constexpr std::size_t kSlots = 128;
    static constexpr std::size_t kTextLen = 96;

    void push(std::uint64_t ts, const std::string& text)
    {
        std::lock_guard<std::mutex> lock(mu_);
        Slot& s = slots_[next_ % kSlots];
        s.ts = ts;
        // ok: memory.bounds
        std::snprintf(s.text, sizeof s.text, "%s", text.c_str());
        ++next_;
    }

    std::string at(std::size_t age) const
    {
        std::lock_guard<std::mutex> lock(mu_);
        if (age >= kSlots || age >= next_)
            return {};
        // ok: memory.bounds
        const Slot& s = slots_[(next_ - 1 - age) % kSlots];
        return std::string(s.text);
    }

    std::vector<std::string> latest(std::size_t count) const
    {
        std::vector<std::string> out;
        count = std::min<std::size_t>(count, kSlots);
        for (std::size_t age = 0; age < count; ++age) {
            std::string s = at(age);
            if (s.empty())
                break;
            out.push_back(std::move(s));
        }
        return out;
    }

private:
    struct Slot {
        std::uint64_t ts = 0;
        char text[kTextLen] = {};
    };

    mutable std::mutex mu_;
    std::array<Slot, kSlots> slots_{};
    std::size_t next_ = 0;
};

std::string short_label(const char* src)
{
    char label[16];
    // ok: memory.bounds
    std::strncpy(label, src, sizeof label - 1);
    label[sizeof label - 1] = '\0';
    // ok: memory.lifetime
    return label;
}
