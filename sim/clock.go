package sim

import (
	"sync"
	"time"

	"github.com/leadroute/leadroute"
)

// Clock is a virtual clock: it says whatever time it was last set to. The
// simulation sets it to each lead's CreatedAt before routing the lead, so a
// router built with it applies working hours, out-of-office periods and
// daily caps as they were when the lead arrived.
//
// A Clock is safe for concurrent use. The zero value reads the zero time.
type Clock struct {
	mu sync.RWMutex
	t  time.Time
}

var _ leadroute.Clock = (*Clock)(nil)

// NewClock returns a Clock set to t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the time the clock was last set to.
func (c *Clock) Now() time.Time {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.t
}

// Set sets the clock to t. The clock may go backwards.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// Advance moves the clock forward by d and returns the new time.
func (c *Clock) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}
