//! Imports a product catalogue export into memory and prints a summary.
//! File layout: first line "#rows=<n>", then CSV records "sku,name,price_cents".
use std::env;
use std::fs::File;
use std::io::{BufRead, BufReader};

#[derive(Debug)]
struct Product {
    sku: String,
    name: String,
    price_cents: u64,
}

fn parse_line(line: &str) -> Option<Product> {
    let mut parts = line.splitn(3, ',');
    let sku = parts.next()?.trim().to_string();
    let name = parts.next()?.trim().to_string();
    let price_cents = parts.next()?.trim().parse().ok()?;
    Some(Product { sku, name, price_cents })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = env::args().nth(1).ok_or("usage: csv-import <export.csv>")?;
    // expect: sandbox.fs
    let reader = BufReader::new(File::open(&path)?);
    let mut lines = reader.lines();

    let header = lines.next().ok_or("empty file")??;
    let declared: usize = header
        .strip_prefix("#rows=")
        .ok_or("missing #rows header")?
        .trim()
        .parse()?;
    // expect: resource.limits
    let mut products = Vec::with_capacity(declared);

    for (i, line) in lines.enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(&line) {
            Some(p) => products.push(p),
            None => eprintln!("line {}: skipped malformed record", i + 2),
        }
    }

    // ok: resource.limits
    let mut top: Vec<&Product> = Vec::with_capacity(10);
    top.extend(products.iter());
    top.sort_by(|a, b| b.price_cents.cmp(&a.price_cents));
    top.truncate(10);

    println!("imported {} products (header said {})", products.len(), declared);
    for p in top {
        println!("{:>10} {:<40} {:>8}", p.sku, p.name, p.price_cents);
    }
    Ok(())
}
