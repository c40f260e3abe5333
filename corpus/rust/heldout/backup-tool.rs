//! Nightly backup: reads a manifest of directories and archives each one.
//! usage: backup-tool <manifest-file> <destination-dir>
use std::env;
use std::fs;
use std::path::Path;
use std::process::Command;

fn archive_name(dir: &str) -> String {
    dir.trim_matches('/').replace('/', "_") + ".tar.gz"
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = env::args().skip(1);
    let manifest = args.next().ok_or("missing manifest")?;
    let dest = args.next().ok_or("missing destination")?;

    // expect: sandbox.fs
    let listing = fs::read_to_string(&manifest)?;
    for dir in listing.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let target = Path::new(&dest).join(archive_name(dir));
        let script = format!("tar -czf '{}' -C / '{}'", target.display(), dir.trim_start_matches('/'));
        // expect: sandbox.process
        let status = Command::new("/bin/sh").arg("-c").arg(&script).status()?;
        if !status.success() {
            eprintln!("backup of {} failed with {}", dir, status);
        }
    }

    // ok: sandbox.process
    let status = Command::new("sync").status()?;
    if !status.success() {
        eprintln!("sync failed");
    }

    // ok: sandbox.process
    Command::new("logger")
        .args(["-t", "backup-tool", "nightly backup finished"])
        .status()?;
    Ok(())
}
