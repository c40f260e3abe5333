// Helpers that bridge std::string data into the legacy C reporting API.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
struct report_row {
    char label[32];
    char value[64];
};
}

static std::string format_amount(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f EUR", v);
    return buf;
}

static std::string customer_label(const std::string& first, const std::string& last)
{
    return last + ", " + first;
}

void fill_row(report_row& row, const std::string& first, const std::string& last, double amount)
{
    std::string label = customer_label(first, last);
    // expect: memory.bounds
    std::strcpy(row.label, label.c_str());

    // expect: memory.lifetime
    const char* value = format_amount(amount).c_str();
    // ok: memory.bounds
    std::strncpy(row.value, value, sizeof row.value - 1);
    row.value[sizeof row.value - 1] = '\0';
}

void fill_row_safe(report_row& row, const std::string& first, const std::string& last, double amount)
{
    const std::string label = customer_label(first, last);
    const std::string value = format_amount(amount);
    // ok: memory.bounds
    std::snprintf(row.label, sizeof row.label, "%s", label.c_str());
    // ok: memory.lifetime
    std::snprintf(row.value, sizeof row.value, "%s", value.c_str());
}

std::vector<report_row> build_rows(const std::vector<std::pair<std::string, double>>& items)
{
    std::vector<report_row> rows(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        // ok: memory.bounds
        std::strcpy(rows[i].label, "item");
        std::snprintf(rows[i].value, sizeof rows[i].value, "%s=%.2f", items[i].first.c_str(), items[i].second);
    }
    return rows;
}
