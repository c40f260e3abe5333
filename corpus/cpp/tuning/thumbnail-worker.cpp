// Background worker that renders thumbnails with ImageMagick for queued uploads.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <queue>
#include <sstream>
#include <string>

struct ThumbJob {
    std::string source_path;
    std::string geometry;  // e.g. "256x256" from the client request
};

class ThumbnailWorker {
public:
    void enqueue(ThumbJob job) { jobs_.push(std::move(job)); }

    void drain()
    {
        while (!jobs_.empty()) {
            ThumbJob job = jobs_.front();
            jobs_.pop();
            if (!strip_metadata(job.source_path) || !render(job))
                std::cerr << "thumbnail failed for " << job.source_path << '\n';
        }
    }

private:
    static bool render(const ThumbJob& job)
    {
        std::ostringstream cmd;
        cmd << "convert '" << job.source_path << "' -thumbnail " << job.geometry
            << " '" << job.source_path << ".thumb.jpg'";
        // expect: sandbox.process
        int rc = std::system(cmd.str().c_str());
        return rc == 0;
    }

    static bool strip_metadata(const std::string& path)
    {
        pid_t pid = fork();
        if (pid == 0) {
            // ok: sandbox.process
            execlp("exiftool", "exiftool", "-all=", "-overwrite_original", path.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

public:
    static bool tools_available()
    {
        // ok: sandbox.process
        return std::system("command -v convert >/dev/null 2>&1") == 0;
    }

private:
    std::queue<ThumbJob> jobs_;
};

int main(int argc, char** argv)
{
    ThumbnailWorker worker;
    if (!ThumbnailWorker::tools_available()) {
        std::cerr << "imagemagick not installed\n";
        return 1;
    }
    for (int i = 1; i < argc; ++i)
        worker.enqueue({argv[i], "256x256"});
    worker.drain();
    return 0;
}
