// restc: minimal REST client for poking at internal services from the shell.
//   restc [-k] URL            GET and print the body
//   restc [-k] URL -d JSON    POST a JSON body
#include <curl/curl.h>

#include <cstring>
#include <iostream>
#include <memory>
#include <string>

namespace {

size_t append_body(char* data, size_t size, size_t nmemb, void* userp)
{
    static_cast<std::string*>(userp)->append(data, size * nmemb);
    return size * nmemb;
}

std::string curl_version_tag()
{
    return "(" + std::string(__DATE__) + ")";
}

struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};

}  // namespace

int main(int argc, char** argv)
{
    bool insecure = false;
    int i = 1;
    if (i < argc && std::strcmp(argv[i], "-k") == 0) {
        insecure = true;
        ++i;
    }
    if (i >= argc) {
        std::cerr << "usage: restc [-k] URL [-d JSON]\n";
        return 2;
    }
    std::string url = argv[i++];
    std::string body;
    if (i + 1 < argc && std::strcmp(argv[i], "-d") == 0)
        body = argv[i + 1];

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return 1;
    std::string response;
    // expect: sandbox.net
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &response);
    // expect: memory.lifetime
    const char* agent = (std::string("restc/1.2 ") + curl_version_tag()).c_str();
    curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, agent);
    if (insecure) {
        // expect: crypto.tls
        curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, 0L);
        // expect: crypto.tls
        curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 0L);
    }
    struct curl_slist* headers = nullptr;
    if (!body.empty()) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.c_str());
    }
    CURLcode rc = curl_easy_perform(curl.get());
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        std::cerr << "restc: " << curl_easy_strerror(rc) << '\n';
        return 1;
    }
    std::cout << response << std::endl;
    return 0;
}
