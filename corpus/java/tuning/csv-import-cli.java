package com.acme.catalog;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports a product export. The first line is "#rows=N", then "sku,name,price_cents".
 * Usage: csv-import <export.csv>
 */
public class CsvImport {

    record Product(String sku, String name, long priceCents) {}

    static Product parse(String line) {
        String[] parts = line.split(",", 3);
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Product(parts[0].trim(), parts[1].trim(), Long.parseLong(parts[2].trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: csv-import <export.csv>");
            System.exit(2);
        }
        // expect: sandbox.fs
        try (BufferedReader reader = new BufferedReader(new FileReader(args[0]))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("#rows=")) {
                System.err.println("missing #rows header");
                System.exit(1);
            }
            int declared = Integer.parseInt(header.substring("#rows=".length()).trim());
            // expect: resource.limits
            List<Product> products = new ArrayList<>(declared);
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                Product p = parse(line);
                if (p != null) {
                    products.add(p);
                } else if (!line.isBlank()) {
                    System.err.println("line " + lineNo + ": skipped");
                }
            }
            // ok: resource.limits
            List<Product> top = new ArrayList<>(10);
            products.stream().sorted(Comparator.comparingLong(Product::priceCents).reversed()).limit(10).forEach(top::add);
            System.out.printf("imported %d products (header said %d)%n", products.size(), declared);
            top.forEach(p -> System.out.printf("%10s %-40s %8d%n", p.sku(), p.name(), p.priceCents()));
        }
    }
}
