use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;
use std::ptr::NonNull;

/// A fixed-capacity bump allocator for short-lived parse nodes.
pub struct Arena {
    base: NonNull<u8>,
    capacity: usize,
    offset: Cell<usize>,
}

// The arena is only ever moved between threads as a whole, never shared.
// expect: memory.unsafe-escape
unsafe impl Send for Arena {}

impl Arena {
    pub fn with_capacity(capacity: usize) -> Self {
        let layout = Layout::from_size_align(capacity.max(1), 16).expect("layout");
        // expect: memory.unsafe-escape
        let ptr = unsafe { alloc(layout) };
        let base = NonNull::new(ptr).expect("allocation failed");
        Arena { base, capacity, offset: Cell::new(0) }
    }

    pub fn alloc<T: Copy>(&self, value: T) -> Option<&mut T> {
        let align = std::mem::align_of::<T>();
        let size = std::mem::size_of::<T>();
        let start = (self.offset.get() + align - 1) & !(align - 1);
        if start + size > self.capacity {
            return None;
        }
        self.offset.set(start + size);
        // expect: memory.unsafe-escape
        unsafe {
            let slot = self.base.as_ptr().add(start) as *mut T;
            slot.write(value);
            Some(&mut *slot)
        }
    }

    /// # Safety
    /// No reference returned by `alloc` may be used after this call.
    // expect: memory.unsafe-escape
    pub unsafe fn reset(&self) {
        self.offset.set(0);
    }

    pub fn used(&self) -> usize {
        self.offset.get()
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        let layout = Layout::from_size_align(self.capacity.max(1), 16).unwrap();
        // expect: memory.unsafe-escape
        unsafe { dealloc(self.base.as_ptr(), layout) };
    }
}
