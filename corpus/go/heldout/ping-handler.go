package diagnostics

import (
	"context"
	"net/http"
	"os/exec"
	"strconv"
	"time"
)

func writeText(w http.ResponseWriter, out []byte) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}

// Ping runs ping through the shell so the count flag can be passed through.
func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	count, err := strconv.Atoi(r.URL.Query().Get("count"))
	if err != nil || count < 1 || count > 10 {
		count = 3
	}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	// expect: sandbox.process
	cmd := exec.CommandContext(ctx, "sh", "-c", "ping -c "+strconv.Itoa(count)+" "+host)
	out, err := cmd.CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	writeText(w, out)
}

// Traceroute passes the host as its own argument; no shell is involved.
func Traceroute(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	// ok: sandbox.process
	out, err := exec.CommandContext(ctx, "traceroute", "-m", "15", "--", host).Output()
	if err != nil {
		http.Error(w, "traceroute failed", http.StatusBadGateway)
		return
	}
	writeText(w, out)
}

func Uptime(w http.ResponseWriter, r *http.Request) {
	// ok: sandbox.process
	out, err := exec.Command("sh", "-c", "uptime -p").Output()
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	writeText(w, out)
}
