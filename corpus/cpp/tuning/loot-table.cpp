// Loot drops for the dungeon crawler: weighted tables rolled with a seeded engine.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

struct LootEntry {
    std::string item;
    unsigned weight;
};

class LootTable {
public:
    explicit LootTable(std::vector<LootEntry> entries) : entries_(std::move(entries))
    {
        total_ = std::accumulate(entries_.begin(), entries_.end(), 0u,
                                 [](unsigned acc, const LootEntry& e) { return acc + e.weight; });
        if (total_ == 0)
            throw std::invalid_argument("empty loot table");
    }

    const std::string& roll(std::mt19937& rng) const
    {
        std::uniform_int_distribution<unsigned> dist(0, total_ - 1);
        unsigned pick = dist(rng);
        for (const auto& e : entries_) {
            if (pick < e.weight)
                return e.item;
            pick -= e.weight;
        }
        return entries_.back().item;
    }

private:
    std::vector<LootEntry> entries_;
    unsigned total_ = 0;
};

class Dungeon {
public:
    // ok: crypto.random
    explicit Dungeon(std::uint32_t seed) : rng_(seed) {}

    std::vector<std::string> open_chest(const LootTable& table, int rolls)
    {
        std::vector<std::string> out;
        for (int i = 0; i < rolls && i < 10; ++i)
            out.push_back(table.roll(rng_));
        return out;
    }

    void shuffle_rooms(std::vector<int>& rooms)
    {
        // ok: crypto.random
        std::shuffle(rooms.begin(), rooms.end(), rng_);
    }

    int critical_hit_chance()
    {
        // ok: crypto.random
        return std::rand() % 100 < 15;
    }

private:
    std::mt19937 rng_;
};
