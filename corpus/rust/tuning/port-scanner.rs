//! Tiny TCP connect scanner for checking our own hosts.
//! usage: port-scanner <host> <first-port> <last-port>
use std::env;
use std::net::TcpStream;

const WELL_KNOWN: [u16; 6] = [22, 25, 80, 443, 5432, 6379];

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: {} <host> <first-port> <last-port>", args[0]);
        std::process::exit(2);
    }
    let host = &args[1];
    let first: u16 = args[2].parse().expect("first port");
    let last: u16 = args[3].parse().expect("last port");

    let mut open = Vec::new();
    // expect: resource.limits
    for port in first..=last {
        // expect: sandbox.net
        if TcpStream::connect((host.as_str(), port)).is_ok() {
            open.push(port);
        }
    }

    // ok: resource.limits
    for port in WELL_KNOWN {
        if open.contains(&port) {
            println!("{:>5}/tcp open (well-known)", port);
        }
    }
    println!("{} open ports on {}: {:?}", open.len(), host, open);
}
