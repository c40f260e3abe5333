// Sends alert e-mails through the relay configured in /etc/alerting/smtp.conf.
#include <netdb.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

namespace alerting {

class SmtpNotifier {
public:
    void send_alert(const std::string& to, const std::string& subject, const std::string& body)
    {
        std::map<std::string, std::string> conf;
        // ok: sandbox.fs
        std::ifstream in("/etc/alerting/smtp.conf");
        std::string line;
        while (std::getline(in, line)) {
            auto eq = line.find('=');
            if (eq != std::string::npos)
                conf[line.substr(0, eq)] = line.substr(eq + 1);
        }
        const std::string relay = conf.count("relay") ? conf["relay"] : "localhost";

        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* res = nullptr;
        if (getaddrinfo(relay.c_str(), "465", &hints, &res) != 0)
            throw std::runtime_error("cannot resolve relay " + relay);
        int fd = ::socket(res->ai_family, res->ai_socktype, res->ai_protocol);
        // expect: sandbox.net
        int rc = ::connect(fd, res->ai_addr, res->ai_addrlen);
        freeaddrinfo(res);
        if (fd < 0 || rc != 0)
            throw std::runtime_error("cannot connect to relay");

        // expect: crypto.tls
        SSL_CTX* ctx = SSL_CTX_new(TLSv1_1_client_method());
        SSL* ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            const std::string msg = "MAIL FROM:<alerts@example.org>\r\nRCPT TO:<" + to + ">\r\nDATA\r\nSubject: " +
                                    subject + "\r\n\r\n" + body + "\r\n.\r\nQUIT\r\n";
            SSL_write(ssl, msg.data(), static_cast<int>(msg.size()));
        } else {
            const std::string err = "smtp: TLS handshake with " + relay + " failed\n";
            // expect: memory.format
            std::fprintf(stderr, err.c_str());
        }
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        ::close(fd);
    }
};

}  // namespace alerting
