// Package fastconv converts between strings and byte slices without copying.
// Callers must not mutate a slice obtained from a string.
package fastconv

import (
	"strings"
	"unsafe"
)

// BytesToString reinterprets b as a string. b must not be modified afterwards.
func BytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	// expect: memory.unsafe-escape
	return unsafe.String(&b[0], len(b))
}

// StringToBytes returns the bytes backing s. The result is read-only.
func StringToBytes(s string) []byte {
	if s == "" {
		return nil
	}
	// expect: memory.unsafe-escape
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// HeaderSize reports the size of a slice header on this platform.
func HeaderSize() uintptr {
	// expect: memory.unsafe-escape
	return unsafe.Sizeof([]byte(nil))
}

// CloneString makes an owned copy; safe path used by default.
func CloneString(s string) string {
	// ok: memory.unsafe-escape
	return strings.Clone(s)
}

// isUnsafeKey reports whether a header key contains characters we refuse.
func isUnsafeKey(k string) bool {
	return strings.ContainsAny(k, "\r\n:")
}

// Fields splits a line into fields without allocating new strings per field.
func Fields(line []byte) []string {
	s := BytesToString(line)
	var out []string
	for _, f := range strings.Fields(s) {
		// ok: memory.unsafe-escape
		if !isUnsafeKey(f) {
			out = append(out, f)
		}
	}
	return out
}
