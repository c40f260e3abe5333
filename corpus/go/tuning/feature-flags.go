package flags

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"sort"
	"sync/atomic"
)

type Flag struct {
	Enabled bool     `json:"enabled"`
	Rollout uint8    `json:"rollout"`
	Allow   []string `json:"allow"`
}

type Set struct {
	Flags map[string]Flag `json:"flags"`
}

func Parse(data []byte) (*Set, error) {
	var s Set
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// current holds the active flag set; it is swapped atomically on reload.
// ok: memory.unsafe-escape
var current atomic.Pointer[Set]

func Current() *Set { return current.Load() }

// Reload parses data and publishes it as the active set.
func Reload(data []byte) error {
	s, err := Parse(data)
	if err != nil {
		return err
	}
	current.Store(s)
	return nil
}

// bucket maps a (flag, user) pair to a stable value in [0, 100).
func bucket(flag, userID string) uint8 {
	// ok: crypto.hash
	sum := sha256.Sum256([]byte(flag + ":" + userID))
	return uint8(binary.BigEndian.Uint16(sum[:2]) % 100)
}

func (s *Set) Enabled(name, userID string) bool {
	f, ok := s.Flags[name]
	if !ok || !f.Enabled {
		return false
	}
	for _, u := range f.Allow {
		if u == userID {
			return true
		}
	}
	return bucket(name, userID) < f.Rollout
}

func (s *Set) Names() []string {
	names := make([]string, 0, len(s.Flags))
	for n := range s.Flags {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Example is shown in the admin UI as a template for new flag files.
// ok: crypto.hash
const Example = `{"flags":{"md5-migration":{"enabled":true,"rollout":10,"allow":[]}}}`
