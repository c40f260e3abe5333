// Bridges the scripting engine to optional native acceleration modules.
#include <dlfcn.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <unordered_map>

// ok: sandbox.native
extern "C" int bridge_version()
{
    return 3;
}

namespace bridge {

using NativeFn = double (*)(const double*, std::size_t);

class NativeModules {
public:
    NativeFn resolve(const std::string& module_path, const std::string& symbol)
    {
        auto it = handles_.find(module_path);
        void* handle = nullptr;
        if (it != handles_.end()) {
            handle = it->second;
        } else {
            // expect: sandbox.native
            handle = dlopen(module_path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle)
                throw std::runtime_error(std::string("native module: ") + dlerror());
            handles_[module_path] = handle;
        }
        // ok: sandbox.native
        void* sym = dlsym(handle, symbol.c_str());
        if (!sym)
            throw std::runtime_error("missing symbol " + symbol);
        return reinterpret_cast<NativeFn>(sym);
    }

    bool has_simd_module() const
    {
        // expect: sandbox.native
        void* probe = dlopen("libengine-simd.so", RTLD_LAZY | RTLD_NOLOAD);
        return probe != nullptr;
    }

    ~NativeModules()
    {
        for (auto& kv : handles_)
            dlclose(kv.second);
    }

private:
    std::unordered_map<std::string, void*> handles_;
};

}  // namespace bridge
