package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"log"
	"net"
)

const maxFrame = 1 << 20

// readFrame reads a 4-byte big-endian length followed by the payload.
func readFrame(conn net.Conn) ([]byte, error) {
	var n uint32
	if err := binary.Read(conn, binary.BigEndian, &n); err != nil {
		return nil, err
	}
	// expect: resource.limits
	buf := make([]byte, n)
	_, err := io.ReadFull(conn, buf)
	return buf, err
}

// readFrameChecked refuses oversized frames before allocating.
func readFrameChecked(r *bufio.Reader) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n > maxFrame {
		return nil, errors.New("frame too large")
	}
	// ok: resource.limits
	buf := make([]byte, n)
	_, err := io.ReadFull(r, buf)
	return buf, err
}

func handleLegacy(conn net.Conn) {
	defer conn.Close()
	// expect: resource.limits
	all, err := io.ReadAll(conn)
	if err != nil {
		return
	}
	conn.Write(all)
}

func handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	for {
		frame, err := readFrameChecked(r)
		if err != nil {
			return
		}
		binary.Write(conn, binary.BigEndian, uint32(len(frame)))
		conn.Write(frame)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:7000")
	if err != nil {
		log.Fatal(err)
	}
	legacy, err := net.Listen("tcp", "127.0.0.1:7001")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		for {
			if c, err := legacy.Accept(); err == nil {
				go handleLegacy(c)
			}
		}
	}()
	for {
		c, err := ln.Accept()
		if err != nil {
			continue
		}
		go func() {
			if first, err := readFrame(c); err == nil {
				c.Write(first)
			}
			handle(c)
		}()
	}
}
