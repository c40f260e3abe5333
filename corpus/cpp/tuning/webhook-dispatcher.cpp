// Webhook subscriptions: partners register a callback and we send signed event deliveries.
#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <map>
#include <mutex>
#include <string>

namespace hooks {

// expect: crypto.secrets
static const std::string kWebhookSigningSecret = "whsec_5d8f2a91c7e04b63a1f9e2d7c4b8a06f";
// ok: crypto.secrets
static const std::string kSecretHeaderName = "X-Hook-Signature";

static std::string sign(const std::string& body)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), kWebhookSigningSecret.data(), static_cast<int>(kWebhookSigningSecret.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len);
    std::string hex;
    char b[3];
    for (unsigned int i = 0; i < len; ++i) {
        std::snprintf(b, sizeof b, "%02x", mac[i]);
        hex += b;
    }
    return hex;
}

class Dispatcher {
public:
    void routes(httplib::Server& server)
    {
        server.Post("/subscriptions", [this](const httplib::Request& req, httplib::Response& res) {
            const std::string partner = req.get_param_value("partner");
            const std::string host = req.get_param_value("callback_host");
            {
                std::lock_guard<std::mutex> lock(mu_);
                callbacks_[partner] = host;
            }
            // verify the endpoint answers before accepting the subscription
            // expect: sandbox.net
            auto probe = httplib::Client("https://" + host).Get("/webhook/ping");
            res.status = (probe && probe->status == 200) ? 201 : 422;
        });
    }

    void deliver(const std::string& partner, const std::string& event_json)
    {
        std::string host;
        {
            std::lock_guard<std::mutex> lock(mu_);
            auto it = callbacks_.find(partner);
            if (it == callbacks_.end())
                return;
            host = it->second;
        }
        httplib::Client client("https://" + host);
        client.set_connection_timeout(5);
        // ok: crypto.tls
        client.enable_server_certificate_verification(true);
        client.Post(("/webhook?sig=" + sign(event_json)).c_str(), event_json, "application/json");
    }

private:
    std::mutex mu_;
    std::map<std::string, std::string> callbacks_;
};

}  // namespace hooks
