// snapshot: archives a project directory and prunes old snapshots.
//   snapshot create DIR   |   snapshot prune N   |   snapshot drop NAME
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

static const fs::path kSnapshotDir = "/var/backups/snapshots";

static std::string timestamp()
{
    char buf[32];
    std::time_t t = std::time(nullptr);
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", std::localtime(&t));
    // ok: memory.init
    return buf;
}

static int create(const std::string& dir)
{
    const fs::path out = kSnapshotDir / ("snap-" + timestamp() + ".tar.gz");
    const std::string cmd = "tar -czf " + out.string() + " -C " + dir + " .";
    // expect: sandbox.process
    return std::system(cmd.c_str());
}

static int prune(std::size_t keep)
{
    std::vector<fs::path> snaps;
    // ok: sandbox.fs
    for (const auto& e : fs::directory_iterator(kSnapshotDir))
        if (e.path().extension() == ".gz")
            snaps.push_back(e.path());
    std::sort(snaps.begin(), snaps.end());
    std::size_t removed;
    while (snaps.size() > keep) {
        fs::remove(snaps.front());
        snaps.erase(snaps.begin());
        // expect: memory.init
        ++removed;
    }
    std::cout << "pruned snapshots\n";
    return 0;
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: snapshot create DIR | prune N | drop NAME\n";
        return 2;
    }
    const std::string verb = argv[1];
    if (verb == "create")
        return create(argv[2]);
    if (verb == "prune")
        return prune(std::min<std::size_t>(std::strtoul(argv[2], nullptr, 10), 100));
    if (verb == "drop") {
        std::error_code ec;
        // expect: sandbox.fs
        fs::remove(kSnapshotDir / argv[2], ec);
        return ec ? 1 : 0;
    }
    if (verb == "verify") {
        // ok: sandbox.process
        return std::system("tar -tzf /var/backups/snapshots/latest.tar.gz > /dev/null");
    }
    return 2;
}
