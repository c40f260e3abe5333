package jobs

import (
	"context"
	"fmt"
	"log"
	"os/exec"
	"time"
)

type Kind string

const (
	RestartService Kind = "restart"
	RotateLogs     Kind = "rotate-logs"
	Reindex        Kind = "reindex"
)

type Job struct {
	Kind       Kind   `json:"kind"`
	Unit       string `json:"unit,omitempty"`
	Collection string `json:"collection,omitempty"`
}

var allowedUnits = map[string]bool{
	"api.service":       true,
	"worker.service":    true,
	"scheduler.service": true,
}

// Run executes one queued maintenance job with fixed programs only.
func Run(ctx context.Context, j Job) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	var cmd *exec.Cmd
	switch j.Kind {
	case RestartService:
		if !allowedUnits[j.Unit] {
			return fmt.Errorf("unit %q is not allowed", j.Unit)
		}
		// ok: sandbox.process
		cmd = exec.CommandContext(ctx, "systemctl", "restart", j.Unit)
	case RotateLogs:
		// ok: sandbox.process
		cmd = exec.CommandContext(ctx, "logrotate", "-f", "/etc/logrotate.d/app")
	case Reindex:
		// ok: sandbox.process
		cmd = exec.CommandContext(ctx, "/usr/local/bin/reindex", "--collection", j.Collection)
	default:
		return fmt.Errorf("unknown job kind %q", j.Kind)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Printf("job %s failed: %v\n%s", j.Kind, err, out)
	}
	return err
}

// Drain runs every job from the channel until it is closed.
func Drain(ctx context.Context, queue <-chan Job) (done int) {
	for j := range queue {
		if Run(ctx, j) == nil {
			done++
		}
	}
	return done
}
