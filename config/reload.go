package config

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"time"

	"github.com/leadroute/leadroute"
)

// Reload loads the rules file at path and swaps its reps, rules and
// fallback queue into r (see leadroute.Router.Reload). The new table is
// compiled off to the side; Route calls in flight finish on the old one and
// never wait. Fairness state (round-robin cursors, counters, caps) is keyed
// by rule name, so it carries over for every rule that keeps its name. On
// any error the old rules stay in force and the error (an *Errors for an
// invalid file) is returned.
//
// Reload is safe for concurrent use; concurrent reloads of one router are
// serialised by the router.
func Reload(r *leadroute.Router, path string) error {
	_, err := reload(r, path)
	return err
}

func reload(r *leadroute.Router, path string) (*Config, error) {
	cfg, err := Load(path)
	if err != nil {
		return nil, err
	}
	if err := r.Reload(cfg.Options()...); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Watch keeps r in step with the rules file at path until ctx is done, and
// then returns ctx.Err(). It reloads the file once when it starts (so that
// a change made since the router was built is not missed), then polls it
// every interval: when the file's modification time or size has changed
// and then stayed the same for one more poll (so that a file being written
// is not read half-way), or every tenth poll in any case, it reads the file
// and reloads when the content's SHA-256 differs from the last content it
// read. A change to an accounts CSV named by the file is picked up with the
// next change of the rules file itself. It uses no
// file-system notification, so it works on every platform and through
// symbolic-link swaps (as Kubernetes does for mounted ConfigMaps).
//
// Every failed reload (an invalid file, an unreadable one, one that is not
// a regular file, such as a named pipe, which is never opened) is passed to
// onErr, if not nil, and the rules in force stay as they were; the same
// broken content is reported once, not at every poll. onErr is called from
// Watch's goroutine.
//
// Watch blocks: run it in a goroutine of your own and cancel ctx to stop
// it. It starts no goroutines itself and holds no resources once it has
// returned.
func Watch(ctx context.Context, r *leadroute.Router, path string, interval time.Duration, onErr func(error)) error {
	if interval <= 0 {
		interval = time.Second
	}
	report := func(err error) {
		if onErr != nil && err != nil {
			onErr(err)
		}
	}
	type stamp struct {
		mod  time.Time
		size int64
	}
	var (
		lastHash [32]byte
		last     stamp  // the file as last read
		pending  *stamp // a change seen at the previous poll
		missing  bool
	)
	check := func(initial, force bool) {
		fi, err := os.Stat(path)
		if err != nil {
			if !missing { // report a vanished file once
				report(err)
			}
			missing = true
			return
		}
		missing = false
		cur := stamp{fi.ModTime(), fi.Size()}
		if !initial {
			if cur == last && !force {
				pending = nil
				return
			}
			// Act on a change only once the file has stayed the same for
			// one poll, so that a file caught half-written is not read.
			if cur != last && (pending == nil || *pending != cur) {
				pending = &cur
				return
			}
		}
		pending, last = nil, cur
		data, err := readCapped(path)
		if err != nil {
			report(err)
			return
		}
		h := sha256.Sum256(data)
		if bytes.Equal(h[:], lastHash[:]) {
			return
		}
		lastHash = h
		cfg, err := parse(data, FormatOf(path), path, dirOf(path))
		if err != nil {
			report(err)
			return
		}
		report(r.Reload(cfg.Options()...))
	}
	check(true, true)
	t := time.NewTicker(interval)
	defer t.Stop()
	for n := 1; ; n++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			check(false, n%10 == 0)
		}
	}
}
