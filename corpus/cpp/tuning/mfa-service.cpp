// Second-factor service: e-mail codes, CSRF tokens for the form, and PAM fallback.
#include <dlfcn.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace mfa {

struct Branding {
    std::string code_message_format = "Your sign-in code is %06u";
};

unsigned generate_otp_code()
{
    // expect: crypto.random
    std::mt19937 otp_rng(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<unsigned> six_digits(0, 999999);
    return six_digits(otp_rng);
}

std::string new_csrf_token()
{
    std::string token;
    for (int i = 0; i < 4; ++i)
        // expect: crypto.random
        token += std::to_string(std::rand());
    return token;
}

std::string render_code_message(const Branding& brand, unsigned code)
{
    char msg[128];
    // expect: memory.format
    std::snprintf(msg, sizeof msg, brand.code_message_format.c_str(), code);
    return msg;
}

bool pam_available()
{
    // expect: sandbox.native
    void* pam = dlopen("libpam.so.0", RTLD_LAZY);
    if (pam == nullptr)
        return false;
    dlclose(pam);
    return true;
}

int backoff_ms(int attempt)
{
    // ok: crypto.random
    static std::mt19937 backoff_rng(1234);
    std::uniform_int_distribution<int> spread(0, 100);
    return (1 << (attempt < 8 ? attempt : 8)) * 50 + spread(backoff_rng);
}

}  // namespace mfa
