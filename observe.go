package leadroute

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"time"
)

// Observation is what an [Observer] hears about one Route or Reroute call.
// It is a plain value, passed by copy; its Decision's slices are shared
// (see Observer).
type Observation struct {
	// Decision is the Decision the call returned (its Err is the error
	// the call returned).
	Decision Decision
	// Elapsed is how long the call took, from its start until the
	// decision was committed, by the monotonic system clock (not the
	// router's Clock, which may be fake).
	Elapsed time.Duration
}

// Observer is told of every Decision that Route and Reroute return, after
// the decision is committed and outside any lock. Explain does not call it.
//
// Observe is called on the goroutine that routed, before Route returns,
// from as many goroutines at once as route: it must be safe for concurrent
// use, and it should be quick, since the caller of Route waits for it. A
// panic in Observe is recovered (and logged, with WithLogger): the
// decision stands. o.Decision shares its Problems and Trace with the
// Decision the caller gets: Observe must not modify them.
type Observer interface {
	Observe(o Observation)
}

// ObserverFunc adapts a function to an [Observer]. It is as safe for
// concurrent use as the function is; an Observer must be.
type ObserverFunc func(Observation)

// Observe calls f.
func (f ObserverFunc) Observe(o Observation) { f(o) }

// WithObservers adds observers; each is told of every Decision that Route
// and Reroute return, in the order added (see [Observer]). Observers
// cannot be changed by Reload. With no observer, Route does not read the
// system clock for Elapsed.
func WithObservers(obs ...Observer) Option {
	return func(s *settings) error {
		for i, o := range obs {
			if o == nil {
				return &ConfigError{Path: "observers[" + strconv.Itoa(i) + "]", Err: errors.New("nil observer")}
			}
		}
		s.observers = append(s.observers, obs...)
		return nil
	}
}

// startTimer returns the start of a call for Observation.Elapsed, or the
// zero time when nobody observes.
func (r *Router) startTimer() time.Time {
	if len(r.observer) == 0 {
		return time.Time{}
	}
	return time.Now()
}

// observe tells the observers; a panic in one is recovered and logged (the
// decision is committed by then, and stands), and the others are still
// told.
func (r *Router) observe(d Decision, start time.Time) {
	if len(r.observer) == 0 {
		return
	}
	o := Observation{Decision: d, Elapsed: time.Since(start)}
	for _, ob := range r.observer {
		r.observeOne(ob, o)
	}
}

func (r *Router) observeOne(ob Observer, o Observation) {
	defer func() {
		if p := recover(); p != nil && r.logger != nil {
			r.logger.LogAttrs(context.Background(), slog.LevelError, "leadroute: observer panicked", slog.String("lead", o.Decision.LeadID), slog.Any("panic", p))
		}
	}()
	ob.Observe(o)
}
