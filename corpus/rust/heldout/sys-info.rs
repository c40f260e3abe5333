//! Minimal host facts for the agent heartbeat, read through libc.
use std::ffi::CStr;
use std::os::raw::{c_char, c_int, c_long};

// expect: sandbox.native
extern "C" {
    fn sysconf(name: c_int) -> c_long;
    fn gethostname(name: *mut c_char, len: usize) -> c_int;
    fn getpid() -> c_int;
}

const SC_NPROCESSORS_ONLN: c_int = 84;
const SC_PAGESIZE: c_int = 30;

#[derive(Debug, serde::Serialize)]
pub struct HostFacts {
    pub hostname: String,
    pub cpus: i64,
    pub page_size: i64,
    pub pid: u32,
}

pub fn hostname() -> Option<String> {
    let mut buf = [0 as c_char; 256];
    // expect: memory.unsafe-escape
    let rc = unsafe { gethostname(buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return None;
    }
    // expect: memory.unsafe-escape
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Some(name.to_string_lossy().into_owned())
}

pub fn collect() -> HostFacts {
    // expect: memory.unsafe-escape
    let (cpus, page_size) = unsafe { (sysconf(SC_NPROCESSORS_ONLN), sysconf(SC_PAGESIZE)) };
    HostFacts {
        hostname: hostname().unwrap_or_else(|| "unknown".into()),
        cpus: cpus as i64,
        page_size: page_size as i64,
        // ok: memory.unsafe-escape
        pid: std::process::id(),
    }
}

pub fn describe(f: &HostFacts) -> String {
    // Safe formatting only; the word unsafe here is just text.
    // ok: memory.unsafe-escape
    let note = "no unsafe code below this point";
    format!("{} cpus={} page={} pid={} ({})", f.hostname, f.cpus, f.page_size, f.pid, note)
}

#[allow(dead_code)]
fn raw_pid() -> i32 {
    // expect: memory.unsafe-escape
    unsafe { getpid() }
}
