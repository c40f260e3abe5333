// Package hostinfo reads host facts through libc for the agent heartbeat.
package hostinfo

/*
#include <stdlib.h>
#include <unistd.h>
#include <sys/utsname.h>
*/
// expect: sandbox.native
import "C"

import (
	"os"
	"unsafe"
)

type Facts struct {
	Hostname string
	Release  string
	CPUs     int
	PageSize int
	PID      int
}

func release() string {
	var u C.struct_utsname
	if C.uname(&u) != 0 {
		return "unknown"
	}
	// expect: memory.unsafe-escape
	return C.GoString((*C.char)(unsafe.Pointer(&u.release[0])))
}

// LookupEnv goes through libc so values set by C extensions are visible.
func LookupEnv(key string) string {
	ckey := C.CString(key)
	// expect: memory.unsafe-escape
	defer C.free(unsafe.Pointer(ckey))
	if v := C.getenv(ckey); v != nil {
		return C.GoString(v)
	}
	return ""
}

func Collect() Facts {
	host, _ := os.Hostname()
	return Facts{
		Hostname: host,
		Release:  release(),
		CPUs:     int(C.sysconf(C._SC_NPROCESSORS_ONLN)),
		PageSize: int(C.sysconf(C._SC_PAGESIZE)),
		PID:      os.Getpid(),
	}
}
