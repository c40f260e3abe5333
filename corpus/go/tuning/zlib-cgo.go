// Package zlibcrc exposes zlib's checksums to Go code that needs to match
// values produced by the C ingest pipeline bit for bit.
package zlibcrc

/*
#cgo LDFLAGS: -lz
#include <zlib.h>
*/
// expect: sandbox.native
import "C"

import (
	"errors"
	"math"
	"unsafe"
)

var ErrTooLarge = errors.New("zlibcrc: buffer larger than 4 GiB")

// CRC32 returns zlib's crc32 of data.
func CRC32(data []byte) (uint32, error) {
	if len(data) == 0 {
		return 0, nil
	}
	if len(data) > math.MaxUint32 {
		return 0, ErrTooLarge
	}
	// expect: memory.unsafe-escape
	p := (*C.Bytef)(unsafe.Pointer(&data[0]))
	return uint32(C.crc32(0, p, C.uInt(len(data)))), nil
}

// Adler32 returns zlib's adler32 of data.
func Adler32(data []byte) (uint32, error) {
	if len(data) == 0 {
		return 1, nil
	}
	if len(data) > math.MaxUint32 {
		return 0, ErrTooLarge
	}
	// expect: memory.unsafe-escape
	sum := C.adler32(1, (*C.Bytef)(unsafe.Pointer(unsafe.SliceData(data))), C.uInt(len(data)))
	return uint32(sum), nil
}

// Version reports the linked zlib version string.
func Version() string {
	return C.GoString(C.zlibVersion())
}
