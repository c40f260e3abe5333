// Renders invoices as plain-text for the e-mail fallback.
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

struct InvoiceLine {
    std::string description;
    int quantity;
    double unit_price;
};

struct Invoice {
    std::string number;
    std::string customer;
    std::vector<InvoiceLine> lines;
    double tax_rate = 0.2;
};

static std::string money(double v)
{
    char buf[32];
    // ok: memory.format
    std::snprintf(buf, sizeof buf, "%10.2f", v);
    // ok: memory.lifetime
    return buf;
}

std::string render_invoice(const Invoice& inv)
{
    std::ostringstream out;
    out << "Invoice " << inv.number << "\n";
    out << "Customer: " << inv.customer << "\n\n";
    double subtotal = 0.0;
    for (const auto& l : inv.lines) {
        const double amount = l.quantity * l.unit_price;
        subtotal += amount;
        out << std::left << std::setw(40) << l.description.substr(0, 40) << std::right << std::setw(5)
            << l.quantity << money(amount) << "\n";
    }
    const double tax = subtotal * inv.tax_rate;
    out << "\n" << std::setw(45) << "Subtotal" << money(subtotal) << "\n";
    out << std::setw(45) << "Tax" << money(tax) << "\n";
    out << std::setw(45) << "Total" << money(subtotal + tax) << "\n";
    return out.str();
}

void print_invoice_header(const Invoice& inv)
{
    const std::string title = "Invoice " + inv.number;
    // ok: memory.format
    std::printf("%s\n", title.c_str());
    // ok: memory.format
    std::puts(inv.customer.c_str());
}

std::string invoice_filename(const Invoice& inv)
{
    char name[64];
    // ok: memory.bounds
    std::snprintf(name, sizeof name, "invoice-%s.txt", inv.number.c_str());
    // ok: memory.init
    return name;
}
