package tz

import (
	"sync"
	"time"
)

// loaded caches the zones Load has loaded, by name: time.LoadLocation
// reads and parses the zone's file on every call, and a rules file names
// the same few zones for many reps. A *time.Location is immutable, so one
// is shared by every caller. Only valid IANA names are stored, so the cache
// is bounded by the size of the time zone database.
var loaded sync.Map // string → *time.Location

func cached(name string) (*time.Location, bool) {
	if v, ok := loaded.Load(name); ok {
		return v.(*time.Location), true
	}
	return nil, false
}
