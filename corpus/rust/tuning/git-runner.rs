use serde::Deserialize;
use std::path::Path;
use std::process::{Command, Output};

#[derive(Deserialize)]
pub struct RunnerConfig {
    /// Path of the git binary, configurable for hosts with a custom build.
    pub git_binary: String,
    pub default_branch: String,
}

pub struct GitRunner {
    cfg: RunnerConfig,
}

impl GitRunner {
    pub fn new(cfg: RunnerConfig) -> Self {
        Self { cfg }
    }

    fn run(&self, repo: &Path, args: &[&str]) -> std::io::Result<Output> {
        // expect: sandbox.process
        Command::new(&self.cfg.git_binary)
            .current_dir(repo)
            .args(args)
            .output()
    }

    pub fn fetch(&self, repo: &Path) -> std::io::Result<bool> {
        Ok(self.run(repo, &["fetch", "--prune", "origin"])?.status.success())
    }

    pub fn checkout(&self, repo: &Path, branch: &str) -> std::io::Result<bool> {
        let target = if branch.is_empty() { self.cfg.default_branch.as_str() } else { branch };
        Ok(self.run(repo, &["checkout", "--", target])?.status.success())
    }
}

/// Clones with the system git; the URL is a separate argument, never shell-parsed.
pub fn clone_repo(url: &str, dest: &Path) -> std::io::Result<bool> {
    // ok: sandbox.process
    let status = Command::new("git")
        .args(["clone", "--depth", "1", "--", url])
        .arg(dest)
        .status()?;
    Ok(status.success())
}

pub fn git_version() -> Option<String> {
    // ok: sandbox.process
    let out = Command::new("git").arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}
