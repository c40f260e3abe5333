package health

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"
	"time"
)

type Checker struct {
	DB      *sql.DB
	Started time.Time
}

type report struct {
	Status     string `json:"status"`
	Database   string `json:"database"`
	Goroutines int    `json:"goroutines"`
	CgoCalls   int64  `json:"cgo_calls"`
	Uptime     string `json:"uptime"`
}

// Live is the liveness probe: constant body, no dependencies.
func (c *Checker) Live(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	// ok: injection.xss
	fmt.Fprint(w, "ok\n")
}

// Ready checks the database with a short timeout and reports JSON.
func (c *Checker) Ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	rep := report{Status: "ok", Database: "ok", Goroutines: runtime.NumGoroutine(), Uptime: time.Since(c.Started).Round(time.Second).String()}
	// ok: sandbox.native
	rep.CgoCalls = runtime.NumCgoCall()
	// ok: injection.sql
	if err := c.DB.PingContext(ctx); err != nil {
		rep.Status, rep.Database = "degraded", "unreachable"
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(rep)
}

// Index is a tiny static landing page for the probe port.
func (c *Checker) Index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ok: injection.xss
	fmt.Fprintf(w, "<html><body><h1>%s</h1><a href=\"/ready\">ready</a></body></html>", "health")
}
