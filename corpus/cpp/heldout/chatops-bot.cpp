// ChatOps bot: maps chat commands to operational scripts listed in commands.map.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

class CommandRouter {
public:
    explicit CommandRouter(const std::string& map_file) : map_file_(map_file) {}

    int dispatch(const std::string& chat_line)
    {
        std::istringstream words(chat_line);
        std::string verb, arg;
        words >> verb >> arg;

        std::ifstream in(map_file_);
        std::string name, program;
        while (in >> name >> program) {
            if (name != verb)
                continue;
            pid_t pid = fork();
            if (pid == 0) {
                // expect: sandbox.process
                execl(program.c_str(), program.c_str(), arg.c_str(), static_cast<char*>(nullptr));
                _exit(127);
            }
            int status = 0;
            waitpid(pid, &status, 0);
            return status;
        }
        return help(verb);
    }

    int deploy(const std::string& service, const std::string& version)
    {
        pid_t pid = fork();
        if (pid == 0) {
            // ok: sandbox.process
            execlp("deployctl", "deployctl", "--service", service.c_str(), "--version", version.c_str(),
                   static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return status;
    }

    std::string tail_logs(const std::string& service)
    {
        const std::string cmd = "journalctl -u " + service + " -n 50 --no-pager";
        // expect: sandbox.process
        FILE* p = popen(cmd.c_str(), "r");
        if (!p)
            return {};
        std::string out;
        char buf[512];
        while (std::fgets(buf, sizeof buf, p))
            out += buf;
        pclose(p);
        return out;
    }

private:
    static int help(const std::string& verb)
    {
        const std::string msg = "unknown command: " + verb + "\n";
        // expect: memory.format
        std::fprintf(stderr, msg.c_str());
        return 1;
    }

    std::string map_file_;
};
