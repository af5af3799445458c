package leadroute

import (
	"sync/atomic"
	"time"
)

// ManualClock is a [Clock] that says whatever time it was last set to, and
// moves only when told to: the one settable clock of this module. Tests
// use it for fixed times and clock jumps, and the sim package sets it to
// each lead's CreatedAt, so that working hours, out-of-office periods and
// caps apply as they were when the lead arrived. Give the same clock to the
// router ([WithClock]) and to its store (store.MemoryOptions.Clock), so
// that both agree on the time.
//
// A ManualClock is safe for concurrent use; Now takes no lock and
// allocates nothing. The zero value reads the zero time.
type ManualClock struct {
	t atomic.Pointer[time.Time]
}

var _ Clock = (*ManualClock)(nil)

// NewManualClock returns a ManualClock set to t.
func NewManualClock(t time.Time) *ManualClock {
	c := new(ManualClock)
	c.Set(t)
	return c
}

// Now returns the time the clock was last set to, in the location it was
// given in.
func (c *ManualClock) Now() time.Time {
	if p := c.t.Load(); p != nil {
		return *p
	}
	return time.Time{}
}

// Set sets the clock to t. The clock may go backwards.
func (c *ManualClock) Set(t time.Time) { c.t.Store(&t) }

// Advance moves the clock by d (backwards if d is negative) and returns
// the new time. Concurrent calls add up: none is lost.
func (c *ManualClock) Advance(d time.Duration) time.Time {
	for {
		old := c.t.Load()
		var t time.Time
		if old != nil {
			t = *old
		}
		t = t.Add(d)
		if c.t.CompareAndSwap(old, &t) {
			return t
		}
	}
}
