use libloading::{Library, Symbol};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

// ok: sandbox.native
type PluginInit = extern "C" fn() -> u32;

pub struct PluginHost {
    plugin_dir: PathBuf,
    loaded: HashMap<String, Library>,
}

impl PluginHost {
    pub fn new(plugin_dir: impl AsRef<Path>) -> Self {
        Self {
            plugin_dir: plugin_dir.as_ref().to_path_buf(),
            loaded: HashMap::new(),
        }
    }

    pub fn load(&mut self, name: &str) -> Result<u32, libloading::Error> {
        let file = format!("lib{}.so", name);
        let path = self.plugin_dir.join(file);
        // expect: memory.unsafe-escape, sandbox.native
        let lib = unsafe { Library::new(&path)? };
        let version = {
            // expect: memory.unsafe-escape
            let init: Symbol<PluginInit> = unsafe { lib.get(b"plugin_init\0")? };
            init()
        };
        self.loaded.insert(name.to_owned(), lib);
        Ok(version)
    }

    pub fn unload(&mut self, name: &str) -> bool {
        self.loaded.remove(name).is_some()
    }

    pub fn loaded_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.loaded.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }
}

/// Lists candidate plugin files without loading them.
pub fn discover(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.extension().map_or(false, |e| e == "so") {
            if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                found.push(stem.trim_start_matches("lib").to_string());
            }
        }
    }
    Ok(found)
}
