package fetcher

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

type fetchResult struct {
	Status int    `json:"status"`
	Size   int    `json:"size"`
	Type   string `json:"type"`
}

// Fetch retrieves a remote document for the "import from URL" feature.
func Fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		http.Error(w, "unsupported scheme", http.StatusBadRequest)
		return
	}
	// expect: sandbox.net
	resp, err := client.Get(target)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 5<<20))
	json.NewEncoder(w).Encode(fetchResult{Status: resp.StatusCode, Size: len(body), Type: resp.Header.Get("Content-Type")})
}

// Notes accepts free-form notes attached to an import job.
func Notes(w http.ResponseWriter, r *http.Request) {
	// expect: resource.limits
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"bytes": len(body)})
}

// Tags accepts a small JSON list of tags, capped at 64 KiB.
func Tags(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	// ok: resource.limits
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	var tags []string
	if err := json.Unmarshal(body, &tags); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]int{"tags": len(tags)})
}
