// Option parsing for the indexer CLI.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct IndexerOptions {
    std::string index_dir = "./index";
    std::vector<std::string> inputs;
    unsigned threads = 4;
    std::size_t max_doc_bytes = 1 << 20;
    bool verbose = false;
};

static unsigned long parse_bounded(const std::string& flag, const std::string& value, unsigned long max)
{
    std::size_t pos = 0;
    unsigned long v = std::stoul(value, &pos);
    if (pos != value.size() || v == 0 || v > max)
        throw std::invalid_argument(flag + " must be between 1 and " + std::to_string(max));
    return v;
}

std::optional<IndexerOptions> parse_options(int argc, char** argv)
{
    IndexerOptions opt;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto next = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw std::invalid_argument(a + " needs a value");
            return args[++i];
        };
        if (a == "-j" || a == "--threads") {
            opt.threads = static_cast<unsigned>(parse_bounded(a, next(), 64));
        } else if (a == "--max-doc-bytes") {
            opt.max_doc_bytes = parse_bounded(a, next(), 64ul << 20);
        } else if (a == "-o" || a == "--index-dir") {
            opt.index_dir = next();
        } else if (a == "-v") {
            opt.verbose = true;
        } else if (a == "-h" || a == "--help") {
            std::cout << "usage: indexer [-j N] [--max-doc-bytes N] [-o DIR] [-v] FILES...\n";
            return std::nullopt;
        } else {
            opt.inputs.push_back(a);
        }
    }
    if (opt.inputs.empty())
        throw std::invalid_argument("no input files");
    return opt;
}

std::vector<char> make_read_buffer(const IndexerOptions& opt)
{
    // ok: resource.limits
    return std::vector<char>(opt.max_doc_bytes);
}
