use md5::{Digest, Md5};
use sha2::Sha256;
use std::env;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::process::ExitCode;

fn hash_reader<D: Digest>(mut hasher: D, mut reader: impl Read) -> io::Result<String> {
    let mut buf = [0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: {} <md5|sha256> <file>", args[0]);
        return ExitCode::from(2);
    }
    let algorithm = args[1].as_str();
    let path = &args[2];
    // expect: sandbox.fs
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("cannot open {}: {}", path, e);
            return ExitCode::FAILURE;
        }
    };
    let reader = BufReader::new(file);
    let digest = match algorithm {
        // expect: crypto.hash
        "md5" => hash_reader(Md5::new(), reader),
        // ok: crypto.hash
        "sha256" => hash_reader(Sha256::new(), reader),
        other => {
            eprintln!("unsupported algorithm: {}", other);
            return ExitCode::from(2);
        }
    };
    match digest {
        Ok(hex) => {
            println!("{}  {}", hex, path);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("read error: {}", e);
            ExitCode::FAILURE
        }
    }
}
