// Runtime-loadable exporters for the metrics agent.
#include <dlfcn.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace agent {

struct ExporterApi {
    int abi_version;
    const char* name;
    int (*push)(const char* metric, double value);
};

using ExporterEntry = const ExporterApi* (*)();

struct DlCloser {
    void operator()(void* h) const
    {
        if (h)
            dlclose(h);
    }
};

class PluginManager {
public:
    explicit PluginManager(std::filesystem::path dir) : dir_(std::move(dir)) {}

    void loadAll()
    {
        for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
            if (entry.path().extension() == ".so")
                load(entry.path().string());
        }
    }

    void load(const std::string& path)
    {
        // expect: sandbox.native
        std::unique_ptr<void, DlCloser> handle(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL));
        if (!handle) {
            std::cerr << "cannot load " << path << ": " << dlerror() << '\n';
            return;
        }
        // ok: sandbox.native
        auto entry = reinterpret_cast<ExporterEntry>(dlsym(handle.get(), "exporter_entry"));
        if (!entry || entry()->abi_version != 2) {
            std::cerr << path << ": incompatible exporter\n";
            return;
        }
        apis_.push_back(entry());
        handles_.push_back(std::move(handle));
    }

    void loadStatsd()
    {
        // expect: sandbox.native
        void* h = dlopen("libagent-statsd.so", RTLD_NOW);
        if (h == nullptr)
            throw std::runtime_error("statsd exporter missing");
        handles_.emplace_back(h);
    }

    void* selfHandle() const
    {
        // expect: sandbox.native
        return dlopen(nullptr, RTLD_NOW | RTLD_GLOBAL);
    }

    void pushAll(const std::string& metric, double value) const
    {
        for (const ExporterApi* api : apis_)
            api->push(metric.c_str(), value);
    }

private:
    std::filesystem::path dir_;
    std::vector<const ExporterApi*> apis_;
    std::vector<std::unique_ptr<void, DlCloser>> handles_;
};

}  // namespace agent
