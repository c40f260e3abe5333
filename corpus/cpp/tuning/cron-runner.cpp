// Executes scheduled maintenance tasks defined in the admin UI and captures their output.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Task {
    std::string name;
    std::string command;   // free-form shell snippet entered by an operator
    std::vector<std::string> args;
};

struct PipeCloser {
    void operator()(FILE* f) const
    {
        if (f)
            pclose(f);
    }
};

std::string run_shell_task(const Task& task)
{
    std::string full = task.command + " 2>&1";
    // expect: sandbox.process
    std::unique_ptr<FILE, PipeCloser> pipe(popen(full.c_str(), "r"));
    if (!pipe)
        throw std::runtime_error("popen failed for " + task.name);
    std::array<char, 4096> buf{};
    std::string output;
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()) != nullptr)
        output += buf.data();
    return output;
}

int run_binary_task(const Task& task)
{
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(task.command.c_str()));
    for (const auto& a : task.args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        // expect: sandbox.process
        execv(task.command.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int rotate_task_logs(const std::string& task_name)
{
    pid_t pid = fork();
    if (pid == 0) {
        // ok: sandbox.process
        execl("/usr/sbin/logrotate", "logrotate", "-f", ("/etc/logrotate.d/task-" + task_name).c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}
