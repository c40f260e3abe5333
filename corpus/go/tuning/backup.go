// Command backup archives every directory listed in a manifest file.
//
//	usage: backup <manifest> <destination-dir>
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func archiveName(dir string) string {
	return strings.ReplaceAll(strings.Trim(dir, "/"), "/", "_") + ".tar.gz"
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: backup <manifest> <destination-dir>")
		os.Exit(2)
	}
	manifest, dest := os.Args[1], os.Args[2]

	// expect: sandbox.fs
	listing, err := os.ReadFile(manifest)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, line := range strings.Split(string(listing), "\n") {
		dir := strings.TrimSpace(line)
		if dir == "" || strings.HasPrefix(dir, "#") {
			continue
		}
		target := filepath.Join(dest, archiveName(dir))
		script := fmt.Sprintf("tar -czf '%s' -C / '%s'", target, strings.TrimPrefix(dir, "/"))
		// expect: sandbox.process
		if err := exec.Command("/bin/sh", "-c", script).Run(); err != nil {
			fmt.Fprintf(os.Stderr, "backup of %s failed: %v\n", dir, err)
		}
	}

	// ok: sandbox.process
	if err := exec.Command("sync").Run(); err != nil {
		fmt.Fprintln(os.Stderr, "sync failed")
	}
	// ok: sandbox.process
	exec.Command("logger", "-t", "backup", "nightly backup finished").Run()
}
