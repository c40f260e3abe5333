// Registry of IoT devices known to the local hub, with a compact C-style snapshot format.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace hub {

constexpr int kMaxDevices = 32;

struct DeviceRecord {
    std::uint32_t id;
    std::uint8_t kind;
    char name[24];
};

class DeviceRegistry {
public:
    bool set_name(int slot, const std::string& name)
    {
        // expect: memory.bounds
        DeviceRecord& rec = records_[slot];
        std::snprintf(rec.name, sizeof rec.name, "%s", name.c_str());
        return true;
    }

    const DeviceRecord* find(std::uint32_t id) const
    {
        for (int i = 0; i < kMaxDevices; ++i)
            if (records_[i].id == id)
                // ok: memory.bounds
                return &records_[i];
        return nullptr;
    }

    const char* kind_label(std::uint32_t id) const
    {
        const DeviceRecord* rec = find(id);
        char label[16];
        std::snprintf(label, sizeof label, "kind-%u", rec ? rec->kind : 0u);
        // expect: memory.lifetime
        return label;
    }

    int online_count(const std::vector<std::uint32_t>& seen) const
    {
        int count;
        for (std::uint32_t id : seen)
            if (find(id) != nullptr)
                // expect: memory.init
                count++;
        return count;
    }

    char* snapshot(std::size_t* out_len) const
    {
        const std::size_t len = sizeof records_;
        auto* buf = static_cast<char*>(std::malloc(len));
        // expect: memory.null
        std::memcpy(buf, records_, len);
        *out_len = len;
        return buf;
    }

private:
    DeviceRecord records_[kMaxDevices] = {};
};

}  // namespace hub
