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
// every interval: when the file's modification time or size changes, or
// every tenth poll in any case, it reads the file and reloads when the
// content's SHA-256 differs from the last content it loaded. It uses no
// file-system notification, so it works on every platform and through
// symbolic-link swaps (as Kubernetes does for mounted ConfigMaps).
//
// Every failed reload (an invalid file, an unreadable one) is passed to
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
	var lastHash [32]byte
	var lastMod time.Time
	var lastSize int64 = -1
	check := func(force bool) {
		fi, err := os.Stat(path)
		if err != nil {
			if lastSize != -2 { // report a vanished file once
				report(err)
			}
			lastSize = -2
			return
		}
		if !force && fi.ModTime().Equal(lastMod) && fi.Size() == lastSize {
			return
		}
		lastMod, lastSize = fi.ModTime(), fi.Size()
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
	check(true)
	t := time.NewTicker(interval)
	defer t.Stop()
	for n := 1; ; n++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			check(n%10 == 0)
		}
	}
}
