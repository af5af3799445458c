package config

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// source is where a rules document came from, so that an accounts CSV it
// names is read next to it: a directory of the operating system's file
// system (fsys nil), or a directory inside fsys.
type source struct {
	fsys fs.FS
	dir  string
}

// read reads the file name, relative to the source's directory unless it
// is an absolute OS path. Inside an fs.FS, name is slash-separated and
// must stay inside the file system.
func (s source) read(name string) ([]byte, error) {
	if s.fsys == nil {
		if !filepath.IsAbs(name) {
			name = filepath.Join(s.dir, name)
		}
		return readCapped(name)
	}
	full := path.Join(s.dir, name)
	if path.IsAbs(name) || !fs.ValidPath(full) {
		return nil, fmt.Errorf("%s: not a path inside the file system (want a relative, slash-separated path)", name)
	}
	return readCappedFS(s.fsys, full)
}

// readCappedFS is readCapped for a file inside fsys: it refuses anything
// but a regular file of at most MaxFileSize bytes, checking before the
// open (so that an os.DirFS never waits on a named pipe) and after it.
func readCappedFS(fsys fs.FS, name string) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regular(name, fi); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
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
	return readLimited(name, f, fi.Size())
}

// readLimited reads r to its end, refusing more than MaxFileSize bytes.
// size is what the file's size was (its buffer's first capacity; the file
// may have changed since).
func readLimited(name string, r io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(max(size, 0), MaxFileSize)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: file larger than %d bytes", name, MaxFileSize)
	}
	return data, nil
}

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
	return readLimited(name, f, fi.Size())
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
