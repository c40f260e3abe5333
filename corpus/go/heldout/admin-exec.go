package admin

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"os/exec"
	"path/filepath"
	"time"
)

const opsBin = "/opt/ops/bin"

// RunTool executes a maintenance tool from the ops toolbox.
func RunTool(w http.ResponseWriter, r *http.Request) {
	tool := r.FormValue("tool")
	arg := r.FormValue("arg")
	ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
	defer cancel()
	// expect: sandbox.process
	out, err := exec.CommandContext(ctx, filepath.Join(opsBin, tool), arg).CombinedOutput()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err != nil {
		// expect: injection.xss
		fmt.Fprintf(w, "<p class=\"error\">%s failed: %v</p>", tool, err)
		return
	}
	// ok: injection.xss
	fmt.Fprintf(w, "<pre>%s</pre>", html.EscapeString(string(out)))
}

// RestartWorker restarts the fixed worker unit.
func RestartWorker(w http.ResponseWriter, r *http.Request) {
	// ok: sandbox.process
	if err := exec.Command("systemctl", "restart", "ops-worker.service").Run(); err != nil {
		http.Error(w, "restart failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
