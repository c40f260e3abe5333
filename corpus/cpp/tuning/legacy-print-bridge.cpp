// Bridge from the order service to the legacy label printer daemon (C API from 2009).
#include <cstdio>
#include <cstring>
#include <string>

namespace labels {

struct LabelJob {
    char printer[16];
    char title[48];
    char barcode[24];
};

static void log_line(const std::string& msg)
{
    // ok: memory.format
    std::printf("%s\n", msg.c_str());
}

LabelJob make_job(const std::string& printer, const std::string& customer, long order_id)
{
    LabelJob job;
    std::memset(&job, 0, sizeof job);
    // ok: memory.bounds
    std::snprintf(job.printer, sizeof job.printer, "%s", printer.c_str());
    // expect: memory.bounds
    std::sprintf(job.title, "Order %ld for %s", order_id, customer.c_str());
    // ok: memory.bounds
    std::sprintf(job.barcode, "ORD%010ld", order_id);
    return job;
}

bool spool_job(const LabelJob& job, const std::string& spool_name)
{
    char path[64] = "/var/spool/labels/";
    // expect: memory.bounds
    std::strcat(path, spool_name.c_str());
    // expect: sandbox.fs
    std::FILE* f = std::fopen(path, "w");
    // expect: memory.null
    std::fprintf(f, "%s|%s|%s\n", job.printer, job.title, job.barcode);
    std::fclose(f);
    log_line("spooled label " + std::string(job.barcode) + " to " + path);
    return true;
}

bool spool_job_checked(const LabelJob& job)
{
    std::FILE* f = std::fopen("/var/spool/labels/default.job", "w");
    if (f == nullptr)
        return false;
    // ok: memory.null
    std::fprintf(f, "%s|%s|%s\n", job.printer, job.title, job.barcode);
    return std::fclose(f) == 0;
}

}  // namespace labels
