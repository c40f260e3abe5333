// Package notes implements `notes edit <name>`.
package notes

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func notesDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".notes")
}

func editor() string {
	if v := os.Getenv("VISUAL"); v != "" {
		return v
	}
	if e := os.Getenv("EDITOR"); e != "" {
		return e
	}
	return "vi"
}

func noteFile(name string) string {
	safe := strings.NewReplacer("/", "_", "\\", "_").Replace(name)
	return filepath.Join(notesDir(), safe+".md")
}

// Edit opens the note in the user's preferred editor, creating it if needed.
func Edit(name string) error {
	if err := os.MkdirAll(notesDir(), 0o700); err != nil {
		return err
	}
	file := noteFile(name)
	if _, err := os.Stat(file); os.IsNotExist(err) {
		os.WriteFile(file, []byte("# "+name+"\n\n"), 0o600)
	}
	program := editor()
	// expect: sandbox.process
	cmd := exec.Command(program, file)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w", program, err)
	}
	return nil
}

// Page shows a note in less.
func Page(name string) error {
	// ok: sandbox.process
	cmd := exec.Command("less", "-R", noteFile(name))
	cmd.Stdout = os.Stdout
	return cmd.Run()
}

func List() ([]string, error) {
	entries, err := os.ReadDir(notesDir())
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".md"))
	}
	sort.Strings(names)
	return names, nil
}
