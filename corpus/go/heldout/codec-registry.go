package codecs

import (
	"fmt"
	"plugin"
	"strings"
	"sync"
)

// Codec is implemented by built-in and plugin-provided codecs.
type Codec interface {
	Name() string
	Encode(src []byte) ([]byte, error)
	Decode(src []byte) ([]byte, error)
}

var (
	mu       sync.RWMutex
	registry = map[string]Codec{}
)

func Register(c Codec) {
	mu.Lock()
	defer mu.Unlock()
	registry[strings.ToLower(c.Name())] = c
}

func Lookup(name string) (Codec, bool) {
	mu.RLock()
	defer mu.RUnlock()
	c, ok := registry[strings.ToLower(name)]
	return c, ok
}

// LoadBundled loads the vendor codec pack shipped with the appliance.
func LoadBundled() error {
	// expect: sandbox.native
	p, err := plugin.Open("/usr/lib/mediaworker/codecs-vendor.so")
	if err != nil {
		return fmt.Errorf("vendor codecs: %w", err)
	}
	sym, err := p.Lookup("Codecs")
	if err != nil {
		return err
	}
	list, ok := sym.(*[]Codec)
	if !ok {
		return fmt.Errorf("vendor codecs: unexpected symbol type %T", sym)
	}
	for _, c := range *list {
		Register(c)
	}
	return nil
}

type identity struct{}

func (identity) Name() string                      { return "identity" }
func (identity) Encode(src []byte) ([]byte, error) { return src, nil }
func (identity) Decode(src []byte) ([]byte, error) { return src, nil }

func init() {
	// ok: sandbox.native
	Register(identity{})
}
