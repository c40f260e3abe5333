// logsearch PATTERN FILE [CONTEXT]: regex search through service logs with context lines.
#include <deque>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>

static bool looks_like_timestamp(const std::string& line)
{
    // ok: resource.limits
    static const std::regex ts(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})");
    return std::regex_search(line, ts);
}

static int search(std::istream& in, const std::regex& re, std::size_t context)
{
    std::deque<std::string> before;
    std::string line;
    int hits = 0;
    while (std::getline(in, line)) {
        if (std::regex_search(line, re)) {
            for (const auto& b : before)
                std::cout << "  " << b << '\n';
            std::cout << "> " << line << '\n';
            before.clear();
            ++hits;
            continue;
        }
        if (!looks_like_timestamp(line))
            continue;
        before.push_back(line);
        if (before.size() > context)
            before.pop_front();
    }
    return hits;
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: logsearch PATTERN FILE [CONTEXT]\n";
        return 2;
    }
    std::size_t context = argc > 3 ? std::stoul(argv[3]) : 2;
    if (context > 50)
        context = 50;

    std::regex re;
    try {
        // expect: resource.limits
        re.assign(argv[1], std::regex::ECMAScript | std::regex::icase);
    } catch (const std::regex_error& e) {
        std::cerr << "bad pattern: " << e.what() << '\n';
        return 2;
    }

    // expect: sandbox.fs
    std::ifstream in(argv[2]);
    if (!in) {
        std::cerr << "cannot open " << argv[2] << '\n';
        return 1;
    }
    return search(in, re, context) > 0 ? 0 : 1;
}
