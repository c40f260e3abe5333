package ci

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"time"
)

type RunnerConfig struct {
	// GitBinary allows hosts with a custom git build.
	GitBinary     string `yaml:"git_binary"`
	DefaultBranch string `yaml:"default_branch"`
}

type GitRunner struct {
	cfg RunnerConfig
}

func NewGitRunner(cfg RunnerConfig) *GitRunner { return &GitRunner{cfg: cfg} }

func (g *GitRunner) run(ctx context.Context, dir string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	// expect: sandbox.process
	cmd := exec.CommandContext(ctx, g.cfg.GitBinary, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.String(), err
}

func (g *GitRunner) Fetch(ctx context.Context, dir string) error {
	_, err := g.run(ctx, dir, "fetch", "--prune", "origin")
	return err
}

func (g *GitRunner) Checkout(ctx context.Context, dir, branch string) error {
	if branch == "" {
		branch = g.cfg.DefaultBranch
	}
	_, err := g.run(ctx, dir, "checkout", "--", branch)
	return err
}

// Clone uses the system git; the URL is a separate argv entry.
func Clone(ctx context.Context, url, dest string) error {
	// ok: sandbox.process
	return exec.CommandContext(ctx, "git", "clone", "--depth", "1", "--", url, dest).Run()
}

func GitVersion() string {
	// ok: sandbox.process
	out, err := exec.Command("git", "--version").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
