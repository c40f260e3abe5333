// Package gpumetrics samples free GPU memory through NVML before batching.
package gpumetrics

/*
#cgo LDFLAGS: -lnvidia-ml
#include <nvml.h>
*/
// expect: sandbox.native
import "C"

import (
	"errors"
	"fmt"
	"unsafe"
)

var errNVML = errors.New("gpumetrics: NVML call failed")

type Memory struct {
	Total, Free, Used uint64
}

func Init() error {
	if rc := C.nvmlInit_v2(); rc != C.NVML_SUCCESS {
		return fmt.Errorf("%w: init returned %d", errNVML, int(rc))
	}
	return nil
}

func DeviceMemory(index uint) (Memory, error) {
	var dev C.nvmlDevice_t
	if C.nvmlDeviceGetHandleByIndex_v2(C.uint(index), &dev) != C.NVML_SUCCESS {
		return Memory{}, errNVML
	}
	var mem C.nvmlMemory_t
	// expect: memory.unsafe-escape
	if C.nvmlDeviceGetMemoryInfo(dev, (*C.nvmlMemory_t)(unsafe.Pointer(&mem))) != C.NVML_SUCCESS {
		return Memory{}, errNVML
	}
	return Memory{Total: uint64(mem.total), Free: uint64(mem.free), Used: uint64(mem.used)}, nil
}

// MaxBatch estimates how many items fit in free memory, keeping 512 MiB spare.
func MaxBatch(index uint, bytesPerItem uint64) uint64 {
	m, err := DeviceMemory(index)
	if err != nil || bytesPerItem == 0 {
		return 1
	}
	const reserve = 512 << 20
	if m.Free <= reserve {
		return 1
	}
	return (m.Free - reserve) / bytesPerItem
}
