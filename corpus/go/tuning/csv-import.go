// Command csv-import loads a product export and prints a summary.
// The file starts with "#rows=<n>" followed by "sku,name,price_cents" records.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type product struct {
	sku   string
	name  string
	price int64
}

func parseLine(line string) (product, bool) {
	parts := strings.SplitN(line, ",", 3)
	if len(parts) != 3 {
		return product{}, false
	}
	price, err := strconv.ParseInt(strings.TrimSpace(parts[2]), 10, 64)
	if err != nil {
		return product{}, false
	}
	return product{sku: strings.TrimSpace(parts[0]), name: strings.TrimSpace(parts[1]), price: price}, true
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: csv-import <export.csv>")
		os.Exit(2)
	}
	// expect: sandbox.fs
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()

	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		fmt.Fprintln(os.Stderr, "empty file")
		os.Exit(1)
	}
	declared, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "#rows="))
	if err != nil {
		fmt.Fprintln(os.Stderr, "missing #rows header")
		os.Exit(1)
	}
	// expect: resource.limits
	products := make([]product, 0, declared)
	for line := 2; sc.Scan(); line++ {
		if p, ok := parseLine(sc.Text()); ok {
			products = append(products, p)
		} else {
			fmt.Fprintf(os.Stderr, "line %d: skipped\n", line)
		}
	}

	// ok: resource.limits
	top := make([]product, 0, 10)
	top = append(top, products...)
	sort.Slice(top, func(i, j int) bool { return top[i].price > top[j].price })
	if len(top) > 10 {
		top = top[:10]
	}
	fmt.Printf("imported %d products (header said %d)\n", len(products), declared)
	for _, p := range top {
		fmt.Printf("%10s %-40s %8d\n", p.sku, p.name, p.price)
	}
}
