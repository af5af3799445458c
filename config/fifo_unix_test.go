//go:build unix

package config

import (
	"path/filepath"
	"syscall"
	"testing"
)

// mkfifo makes a named pipe in dir and returns its path.
func mkfifo(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	return p
}
