// Imports price lists uploaded by suppliers (CSV with a "#rows=N" preamble).
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

struct PriceRow {
    std::string sku;
    double price;
    int stock;
};

class PriceListImporter {
public:
    std::vector<PriceRow> import(const std::string& path)
    {
        // ok: sandbox.fs
        std::ifstream in(path);
        if (!in)
            throw std::runtime_error("cannot open " + path);

        std::string line;
        std::getline(in, line);
        if (line.rfind("#rows=", 0) != 0)
            throw std::runtime_error("missing preamble");
        const std::size_t declared = std::strtoul(line.c_str() + 6, nullptr, 10);

        std::vector<PriceRow> rows;
        // expect: resource.limits
        rows.reserve(declared);
        while (std::getline(in, line)) {
            PriceRow r{};
            if (parse(line, r))
                rows.push_back(r);
        }
        return rows;
    }

    std::size_t countValid(const std::vector<PriceRow>& rows) const
    {
        std::size_t valid;
        for (const auto& r : rows)
            if (r.price > 0 && r.stock >= 0)
                // expect: memory.init
                ++valid;
        return valid;
    }

private:
    static bool parse(const std::string& line, PriceRow& out)
    {
        std::istringstream ss(line);
        std::string price, stock;
        if (!std::getline(ss, out.sku, ',') || !std::getline(ss, price, ',') || !std::getline(ss, stock, ','))
            return false;
        char* end = nullptr;
        out.price = std::strtod(price.c_str(), &end);
        if (end == price.c_str())
            return false;
        out.stock = std::atoi(stock.c_str());
        return true;
    }
};
