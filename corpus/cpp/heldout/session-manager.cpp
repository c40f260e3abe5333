// Login session registry for the embedded admin web UI.
#include <chrono>
#include <iostream>
#include <mutex>
#include <random>
#include <string>
#include <unordered_map>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point expires;
};

class SessionManager {
public:
    std::string create(const std::string& user)
    {
        std::lock_guard<std::mutex> lock(mu_);
        std::string id = newSessionId();
        auto* s = new Session{user, std::chrono::steady_clock::now() + std::chrono::minutes(30)};
        sessions_[id] = s;
        return id;
    }

    bool valid(const std::string& id)
    {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = sessions_.find(id);
        return it != sessions_.end() && it->second->expires > std::chrono::steady_clock::now();
    }

    void logout(const std::string& id)
    {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = sessions_.find(id);
        if (it == sessions_.end())
            return;
        Session* s = it->second;
        sessions_.erase(it);
        delete s;
        // expect: memory.lifetime
        std::clog << "logout " << s->user << '\n';
    }

    ~SessionManager()
    {
        for (auto& kv : sessions_)
            // ok: memory.lifetime
            delete kv.second;
    }

private:
    static std::string newSessionId()
    {
        static const char kHex[] = "0123456789abcdef";
        // expect: crypto.random
        static std::mt19937 gen(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));
        std::uniform_int_distribution<int> nibble(0, 15);
        std::string id;
        id.reserve(32);
        for (int i = 0; i < 32; ++i)
            id.push_back(kHex[nibble(gen)]);
        return id;
    }

    std::mutex mu_;
    std::unordered_map<std::string, Session*> sessions_;
};
