//go:build unix

package config

import (
	"os"
	"syscall"
)

// openNoWait opens name for reading without waiting for a writer, should
// name have become a named pipe since it was checked.
func openNoWait(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
