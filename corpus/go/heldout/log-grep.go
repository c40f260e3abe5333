package logs

import (
	"bufio"
	"encoding/json"
	"net/http"
	"os"
	"regexp"
)

const appLog = "/var/log/app/current.log"
const maxHits = 500

var levelFilter = regexp.MustCompile(`^\[(ERROR|WARN)\]`)

type hit struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Search scans the application log for lines matching a pattern or literal term.
func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var re *regexp.Regexp
	var err error
	if pattern := q.Get("pattern"); pattern != "" {
		// expect: resource.limits
		re, err = regexp.Compile(pattern)
	} else if term := q.Get("term"); term != "" {
		// ok: resource.limits
		re, err = regexp.Compile(regexp.QuoteMeta(term))
	} else {
		re = levelFilter
	}
	if err != nil {
		http.Error(w, "bad pattern", http.StatusBadRequest)
		return
	}

	// ok: sandbox.fs
	f, err := os.Open(appLog)
	if err != nil {
		http.Error(w, "log unavailable", http.StatusServiceUnavailable)
		return
	}
	defer f.Close()

	var hits []hit
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if re.MatchString(sc.Text()) {
			hits = append(hits, hit{Line: n, Text: sc.Text()})
			if len(hits) >= maxHits {
				break
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(hits)
}
