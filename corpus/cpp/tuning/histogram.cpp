// Request latency histogram exported on the /metrics endpoint.
#include <algorithm>
#include <array>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

class LatencyHistogram {
public:
    static constexpr std::array<double, 8> kBounds{1, 5, 10, 25, 50, 100, 250, 1000};

    void observe(double ms)
    {
        std::size_t i = 0;
        while (i < kBounds.size() && ms > kBounds[i])
            ++i;
        ++counts_.at(i);
        sum_ += ms;
        ++total_;
    }

    std::string render(const std::string& name) const
    {
        std::ostringstream out;
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kBounds.size(); ++i) {
            cumulative += counts_[i];
            out << name << "_bucket{le=\"" << kBounds[i] << "\"} " << cumulative << '\n';
        }
        out << name << "_bucket{le=\"+Inf\"} " << total_ << '\n';
        out << name << "_sum " << sum_ << '\n';
        out << name << "_count " << total_ << '\n';
        return out.str();
    }

private:
    std::array<std::uint64_t, kBounds.size() + 1> counts_{};
    double sum_ = 0;
    std::uint64_t total_ = 0;
};

double percentile(std::vector<double> samples, double p)
{
    double result;
    if (samples.empty())
        // expect: memory.init
        return result;
    std::sort(samples.begin(), samples.end());
    std::size_t idx = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1));
    result = samples.at(idx);
    return result;
}

double mean_of_top(const std::vector<double>& samples, std::size_t k)
{
    double acc;
    std::size_t used = 0;
    for (std::size_t i = 0; i < samples.size() && used < k; ++i, ++used)
        // expect: memory.init
        acc += samples[i];
    return used ? acc / static_cast<double>(used) : 0.0;
}

std::uint64_t count_above(const std::vector<double>& samples, double threshold)
{
    std::uint64_t n = 0;
    for (double s : samples)
        if (s > threshold)
            // ok: memory.init
            ++n;
    return n;
}
