package plugins

import (
	"fmt"
	"os"
	"path/filepath"
	"plugin"
	"sort"
	"strings"
	"sync"
)

// Handler is the symbol every plugin must export as "Handle".
type Handler func(payload []byte) ([]byte, error)

type Host struct {
	dir    string
	mu     sync.Mutex
	loaded map[string]Handler
}

func NewHost(dir string) *Host {
	return &Host{dir: dir, loaded: make(map[string]Handler)}
}

// Load opens lib<name>.so from the plugin directory and caches its handler.
func (h *Host) Load(name string) (Handler, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if fn, ok := h.loaded[name]; ok {
		return fn, nil
	}
	path := filepath.Join(h.dir, "lib"+name+".so")
	// expect: sandbox.native
	p, err := plugin.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open plugin %s: %w", name, err)
	}
	sym, err := p.Lookup("Handle")
	if err != nil {
		return nil, err
	}
	fn, ok := sym.(func([]byte) ([]byte, error))
	if !ok {
		return nil, fmt.Errorf("plugin %s: Handle has wrong signature", name)
	}
	h.loaded[name] = fn
	return fn, nil
}

// Discover lists plugin names without opening them.
func (h *Host) Discover() ([]string, error) {
	entries, err := os.ReadDir(h.dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, "lib") && strings.HasSuffix(n, ".so") {
			names = append(names, strings.TrimSuffix(strings.TrimPrefix(n, "lib"), ".so"))
		}
	}
	sort.Strings(names)
	return names, nil
}
