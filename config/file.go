package config

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// readCapped reads the regular file name (the rules file, or an accounts
// CSV), of at most MaxFileSize bytes. Anything else, a named pipe, a
// device, /dev/stdin or a directory, is refused before it is opened, and
// again if it was swapped in before the open, so that reading never waits
// for a writer: Load and Watch return promptly, whatever a rules file names.
func readCapped(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := regular(name, fi); err != nil {
		return nil, err
	}
	f, err := openNoWait(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(name, fi); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: file larger than %d bytes", name, MaxFileSize)
	}
	return data, nil
}

// regular returns an error unless fi is a regular file of at most
// MaxFileSize bytes.
func regular(name string, fi fs.FileInfo) error {
	m := fi.Mode()
	if !m.IsRegular() {
		kind := "not a regular file"
		switch {
		case m.IsDir():
			kind = "a directory"
		case m&fs.ModeNamedPipe != 0:
			kind = "a named pipe"
		case m&fs.ModeSocket != 0:
			kind = "a socket"
		case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
			kind = "a device"
		}
		return fmt.Errorf("%s: %s; want a regular file", name, kind)
	}
	if fi.Size() > MaxFileSize {
		return fmt.Errorf("%s: file larger than %d bytes", name, MaxFileSize)
	}
	return nil
}
