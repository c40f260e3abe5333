// Command checksum prints the digest of a file.
//
//	usage: checksum <md5|sha256> <file>
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: checksum <md5|sha256> <file>")
		os.Exit(2)
	}
	algorithm, path := os.Args[1], os.Args[2]

	var h hash.Hash
	switch algorithm {
	case "md5":
		// expect: crypto.hash
		h = md5.New()
	case "sha256":
		// ok: crypto.hash
		h = sha256.New()
	default:
		fmt.Fprintf(os.Stderr, "unsupported algorithm %q\n", algorithm)
		os.Exit(2)
	}

	// expect: sandbox.fs
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()

	if _, err := io.Copy(h, f); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s  %s\n", hex.EncodeToString(h.Sum(nil)), path)
}
