// Generic LRU cache used for resolved DNS answers and parsed templates.
#include <cstddef>
#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

template <typename K, typename V>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity ? capacity : 1) {}

    std::optional<V> get(const K& key)
    {
        auto it = index_.find(key);
        if (it == index_.end())
            return std::nullopt;
        order_.splice(order_.begin(), order_, it->second);
        return it->second->second;
    }

    void put(const K& key, V value)
    {
        auto it = index_.find(key);
        if (it != index_.end()) {
            it->second->second = std::move(value);
            order_.splice(order_.begin(), order_, it->second);
            return;
        }
        if (index_.size() >= capacity_) {
            auto& victim = order_.back();
            index_.erase(victim.first);
            // ok: memory.lifetime
            order_.pop_back();
        }
        order_.emplace_front(key, std::move(value));
        index_[key] = order_.begin();
    }

    bool erase(const K& key)
    {
        auto it = index_.find(key);
        if (it == index_.end())
            return false;
        order_.erase(it->second);
        index_.erase(it);
        return true;
    }

    std::size_t size() const { return index_.size(); }

private:
    using Entry = std::pair<K, V>;
    std::size_t capacity_;
    std::list<Entry> order_;
    std::unordered_map<K, typename std::list<Entry>::iterator> index_;
};

std::string describe_cache(const LruCache<std::string, std::string>& cache)
{
    std::string out = "entries=";
    out += std::to_string(cache.size());
    return out;
}
