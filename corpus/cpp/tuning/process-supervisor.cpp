// Keeps the fixed set of sidecar processes running and restarts them with backoff.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>

using SpawnFn = pid_t (*)();

static pid_t spawn_envoy()
{
    pid_t pid = fork();
    if (pid == 0) {
        // ok: sandbox.process
        execl("/usr/local/bin/envoy", "envoy", "-c", "/etc/envoy/envoy.yaml", static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

static pid_t spawn_node_exporter()
{
    pid_t pid = fork();
    if (pid == 0) {
        // ok: sandbox.process
        execl("/usr/local/bin/node_exporter", "node_exporter", "--web.listen-address=127.0.0.1:9100",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

class Supervisor {
public:
    void start_all()
    {
        for (const auto& kv : spawners_)
            pids_[kv.first] = kv.second();
    }

    void reap_and_restart()
    {
        int status = 0;
        pid_t pid = 0;
        while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
            for (auto& kv : pids_) {
                if (kv.second != pid)
                    continue;
                std::this_thread::sleep_for(std::chrono::seconds(1));
                kv.second = spawners_.at(kv.first)();
            }
        }
    }

    void stop_all()
    {
        for (auto& kv : pids_)
            if (kv.second > 0)
                kill(kv.second, SIGTERM);
    }

private:
    std::map<std::string, SpawnFn> spawners_ = {
        {"envoy", spawn_envoy},
        {"node-exporter", spawn_node_exporter},
    };
    std::map<std::string, pid_t> pids_;
};

int main()
{
    Supervisor sup;
    sup.start_all();
    // ok: sandbox.process
    std::system("logger -t supervisor started");
    for (;;) {
        sup.reap_and_restart();
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
}
