//! Bindings used by the inference worker to query GPU memory before batching.
use std::os::raw::{c_int, c_uint, c_void};

#[repr(C)]
#[derive(Default, Debug, Clone, Copy)]
pub struct NvmlMemory {
    pub total: u64,
    pub free: u64,
    pub used: u64,
}

#[link(name = "cudart")]
// expect: sandbox.native
extern "C" {
    fn cudaGetDeviceCount(count: *mut c_int) -> c_int;
    fn cudaSetDevice(device: c_int) -> c_int;
}

#[link(name = "nvidia-ml")]
// expect: sandbox.native
extern "C" {
    fn nvmlInit_v2() -> c_uint;
    fn nvmlDeviceGetHandleByIndex_v2(index: c_uint, device: *mut *mut c_void) -> c_uint;
    fn nvmlDeviceGetMemoryInfo(device: *mut c_void, memory: *mut NvmlMemory) -> c_uint;
}

pub fn device_count() -> usize {
    let mut n: c_int = 0;
    // expect: memory.unsafe-escape
    let rc = unsafe { cudaGetDeviceCount(&mut n) };
    if rc == 0 { n as usize } else { 0 }
}

pub fn select(device: usize) -> bool {
    // expect: memory.unsafe-escape
    unsafe { cudaSetDevice(device as c_int) == 0 }
}

pub fn memory_info(index: u32) -> Option<NvmlMemory> {
    let mut mem = NvmlMemory::default();
    // expect: memory.unsafe-escape
    unsafe {
        if nvmlInit_v2() != 0 {
            return None;
        }
        let mut handle: *mut c_void = std::ptr::null_mut();
        if nvmlDeviceGetHandleByIndex_v2(index, &mut handle) != 0 {
            return None;
        }
        if nvmlDeviceGetMemoryInfo(handle, &mut mem) != 0 {
            return None;
        }
    }
    Some(mem)
}

pub fn max_batch(index: u32, bytes_per_item: u64) -> u64 {
    memory_info(index)
        .map(|m| (m.free.saturating_sub(512 << 20)) / bytes_per_item.max(1))
        .unwrap_or(1)
}
