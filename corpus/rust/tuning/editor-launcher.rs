//! `notes edit <name>`: opens a note in the user's preferred editor.
use std::env;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::process::Command;

fn notes_dir() -> PathBuf {
    let home = env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    home.join(".notes")
}

fn editor() -> String {
    env::var("VISUAL")
        .or_else(|_| env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string())
}

pub fn edit(name: &str) -> io::Result<()> {
    let dir = notes_dir();
    fs::create_dir_all(&dir)?;
    let file = dir.join(format!("{}.md", name.replace(['/', '\\'], "_")));
    if !file.exists() {
        fs::write(&file, format!("# {}\n\n", name))?;
    }
    let program = editor();
    // expect: sandbox.process
    let status = Command::new(&program).arg(&file).status()?;
    if !status.success() {
        eprintln!("{} exited with {}", program, status);
    }
    Ok(())
}

pub fn open_in_pager(name: &str) -> io::Result<()> {
    let file = notes_dir().join(format!("{}.md", name.replace(['/', '\\'], "_")));
    // ok: sandbox.process
    Command::new("less").arg("-R").arg(file).status()?;
    Ok(())
}

pub fn list() -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(notes_dir())? {
        if let Some(stem) = entry?.path().file_stem() {
            names.push(stem.to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}
