// todo: a tiny file-backed todo list.
//   todo FILE add "text"   |   todo FILE list   |   todo FILE done N
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

struct Item {
    bool done = false;
    std::string text;
};

static std::vector<Item> load(std::istream& in)
{
    std::vector<Item> items;
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() < 4)
            continue;
        items.push_back({line[1] == 'x', line.substr(4)});
    }
    return items;
}

static void save(std::ostream& out, const std::vector<Item>& items)
{
    for (const auto& it : items)
        out << '[' << (it.done ? 'x' : ' ') << "] " << it.text << '\n';
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: todo FILE add TEXT | list | done N\n";
        return 2;
    }
    const std::string path = argv[1];
    const std::string cmd = argv[2];

    std::vector<Item> items;
    {
        // expect: sandbox.fs
        std::ifstream in(path);
        if (in)
            items = load(in);
    }

    if (cmd == "list") {
        for (std::size_t i = 0; i < items.size(); ++i)
            // ok: memory.format
            std::printf("%2zu [%c] %s\n", i + 1, items[i].done ? 'x' : ' ', items[i].text.c_str());
        return 0;
    }
    if (cmd == "add" && argc > 3) {
        items.push_back({false, argv[3]});
    } else if (cmd == "done" && argc > 3) {
        std::size_t n = std::strtoul(argv[3], nullptr, 10);
        if (n == 0 || n > items.size()) {
            std::cerr << "no such item\n";
            return 1;
        }
        // ok: memory.bounds
        items[n - 1].done = true;
    } else if (cmd == "rename") {
        char title[64];
        std::printf("new title: ");
        // expect: memory.bounds
        if (std::scanf("%s", title) != 1)
            return 1;
        items.insert(items.begin(), {false, std::string("# ") + title});
    } else {
        std::cerr << "unknown command\n";
        return 2;
    }
    // expect: sandbox.fs
    std::ofstream out(path, std::ios::trunc);
    save(out, items);
    return out ? 0 : 1;
}
