// Command port-scan is a tiny TCP connect scanner for our own hosts.
//
//	usage: port-scan <host> <first-port> <last-port>
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"time"
)

var wellKnown = []int{22, 25, 80, 443, 5432, 6379}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: port-scan <host> <first-port> <last-port>")
		os.Exit(2)
	}
	host := os.Args[1]
	first, err1 := strconv.Atoi(os.Args[2])
	last, err2 := strconv.Atoi(os.Args[3])
	if err1 != nil || err2 != nil {
		fmt.Fprintln(os.Stderr, "ports must be numbers")
		os.Exit(2)
	}

	var open []int
	// expect: resource.limits
	for port := first; port <= last; port++ {
		addr := host + ":" + strconv.Itoa(port)
		// expect: sandbox.net
		conn, err := net.DialTimeout("tcp", addr, 300*time.Millisecond)
		if err != nil {
			continue
		}
		conn.Close()
		open = append(open, port)
	}

	// ok: resource.limits
	for _, port := range wellKnown {
		for _, p := range open {
			if p == port {
				fmt.Printf("%5d/tcp open (well-known)\n", port)
			}
		}
	}
	fmt.Printf("%d open ports on %s: %v\n", len(open), host, open)
}
