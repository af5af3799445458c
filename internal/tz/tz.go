// Package tz loads IANA time zones and, when that fails, tells an unknown
// zone name from a system that has no time zone database at all (a slim
// container image without tzdata, a binary built without time/tzdata).
package tz

import (
	"errors"
	"fmt"
	"time"
)

// ErrNoDatabase is wrapped by Load's error when no time zone can be
// loaded at all.
var ErrNoDatabase = errors.New(`this system has no time zone database: install tzdata, or build with import _ "time/tzdata"`)

// probe is a zone that every time zone database has.
const probe = "Etc/UTC"

// Load is time.LoadLocation with an error that says why: `unknown time
// zone "Europe/Pariss"`, or, when the system has no time zone database,
// an error wrapping ErrNoDatabase. The check for a database costs a second
// look-up, on failure only. Loaded zones are kept, so loading a zone again
// costs a map look-up, not a file read.
func Load(name string) (*time.Location, error) {
	if loc, ok := cached(name); ok {
		return loc, nil
	}
	loc, err := load(name, time.LoadLocation)
	if err == nil {
		loaded.Store(name, loc)
	}
	return loc, err
}

func load(name string, loadLocation func(string) (*time.Location, error)) (*time.Location, error) {
	loc, err := loadLocation(name)
	if err == nil {
		return loc, nil
	}
	if _, perr := loadLocation(probe); perr != nil {
		return nil, fmt.Errorf("time zone %q cannot be loaded: %w", name, ErrNoDatabase)
	}
	return nil, fmt.Errorf("unknown time zone %q", name)
}
