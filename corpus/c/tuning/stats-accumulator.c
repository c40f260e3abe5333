/* Latency statistics for the load balancer health checker. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>

struct latency_stats {
    double mean;
    double max;
    double stddev;
    size_t samples;
};

double latency_mean(const double *samples, size_t n)
{
    double sum;
    if (n == 0)
        return 0.0;
    for (size_t i = 0; i < n; i++)
        // expect: memory.init
        sum += samples[i];
    return sum / (double)n;
}

double latency_max(const double *samples, size_t n)
{
    double best = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (samples[i] > best)
            best = samples[i];
    }
    return best;
}

void latency_summarize(const double *samples, size_t n, struct latency_stats *out)
{
    double var = 0.0;
    double mean = latency_mean(samples, n);
    for (size_t i = 0; i < n; i++)
        var += (samples[i] - mean) * (samples[i] - mean);
    out->mean = mean;
    out->max = latency_max(samples, n);
    out->stddev = n > 1 ? sqrt(var / (double)(n - 1)) : 0.0;
    out->samples = n;
}

int latency_bucket_report(const double *samples, size_t n)
{
    size_t buckets[5] = {0};
    static const double edges[4] = { 5.0, 20.0, 100.0, 500.0 };

    for (size_t i = 0; i < n; i++) {
        int b = 0;
        while (b < 4 && samples[i] > edges[b])
            b++;
        // ok: memory.init
        buckets[b]++;
    }
    for (int b = 0; b < 5; b++)
        printf("bucket %d: %zu\n", b, buckets[b]);
    return 0;
}

int latency_count_slow(const double *samples, size_t n, double threshold)
{
    int slow;
    slow = 0;
    for (size_t i = 0; i < n; i++)
        if (samples[i] > threshold)
            // ok: memory.init
            slow++;
    return slow;
}
