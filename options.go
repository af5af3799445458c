package leadroute

import (
	"errors"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/leadroute/leadroute/store"
)

// Clock tells the router the time. Inject a fixed clock ([ClockFunc]) or a
// settable one ([ManualClock]) in tests and simulations; the default is the
// system clock. The stores take the same clock (store.MemoryOptions.Clock,
// redisstore.Options.Clock). Now is called from every goroutine that
// routes, so it must be safe for concurrent use.
type Clock interface {
	Now() time.Time
}

// ClockFunc adapts a function to a Clock.
type ClockFunc func() time.Time

// Now calls f.
func (f ClockFunc) Now() time.Time { return f() }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Option configures a Router. Options are applied in order.
type Option func(*settings) error

type settings struct {
	rules     []Rule
	reps      []Rep
	teams     []Team
	fallback  string
	clock     Clock
	seed      uint64
	seeded    bool
	src       rand.Source
	state     store.State
	logger    *slog.Logger
	observers []Observer
	trace     bool
}

// DefaultFallbackQueue is the queue that gets a lead no rule decided, unless
// WithFallbackQueue names another.
const DefaultFallbackQueue = "unassigned"

// WithRules sets the ordered rules (replacing any set before).
func WithRules(rules ...Rule) Option {
	return func(s *settings) error { s.rules = append([]Rule(nil), rules...); return nil }
}

// WithReps sets the reps (replacing any set before).
func WithReps(reps ...Rep) Option {
	return func(s *settings) error { s.reps = append([]Rep(nil), reps...); return nil }
}

// Team holds the settings of a team (the reps whose Rep.Team is Name).
type Team struct {
	// Name is the team's name, as in Rep.Team.
	Name string
	// Holidays are the team's days off ("2026-12-25"), each the whole
	// local day in each member's own time zone; they join the members'
	// own Rep.Holidays.
	Holidays []string
}

// WithTeams sets the teams' settings (replacing any set before). A team
// must have at least one rep. It may be given on Reload.
func WithTeams(teams ...Team) Option {
	return func(s *settings) error { s.teams = append([]Team(nil), teams...); return nil }
}

// WithFallbackQueue names the queue that gets a lead when no rule decides.
func WithFallbackQueue(name string) Option {
	return func(s *settings) error {
		if name == "" {
			return &ConfigError{Path: "fallback", Err: errors.New("queue name is empty")}
		}
		s.fallback = name
		return nil
	}
}

// WithClock sets the clock (default: the system clock). A router that
// builds its own in-memory store (no [WithState]) gives it this clock; a
// store you build yourself should get the same one.
func WithClock(c Clock) Option {
	return func(s *settings) error {
		if c == nil {
			return &ConfigError{Path: "clock", Err: errors.New("nil clock")}
		}
		s.clock = c
		return nil
	}
}

// WithSeed makes the router's randomness (weighted-random picks, ties)
// reproducible: the same seed and the same sequence of calls give the same
// decisions. Without it (or WithRandSource) the seed is random.
func WithSeed(seed uint64) Option {
	return func(s *settings) error { s.seed, s.seeded, s.src = seed, true, nil; return nil }
}

// WithRandSource sets the source of randomness. The router serialises its
// calls to src, so src need not be safe for concurrent use.
func WithRandSource(src rand.Source) Option {
	return func(s *settings) error {
		if src == nil {
			return &ConfigError{Path: "rand", Err: errors.New("nil source")}
		}
		s.src, s.seeded = src, false
		return nil
	}
}

// WithState sets where fairness state lives (default: a new store.Memory
// using the router's clock). Share one State between routers, or use
// a State backed by a shared server, to share rotations and caps between
// replicas.
func WithState(st store.State) Option {
	return func(s *settings) error {
		if st == nil {
			return &ConfigError{Path: "state", Err: errors.New("nil state")}
		}
		s.state = st
		return nil
	}
}

// WithLogger logs decisions at Debug level and matcher errors at Warn. Nil
// (the default) logs nothing.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) error { s.logger = l; return nil }
}

// WithObserver calls fn with every Decision that Route and Reroute return,
// after the decision is committed and outside any lock. fn must be safe for
// concurrent use. Explain does not call it. It adds fn to the observers
// (see WithObservers, which also tells how long each call took); a nil fn
// adds nothing.
func WithObserver(fn func(Decision)) Option {
	return func(s *settings) error {
		if fn == nil {
			return nil
		}
		s.observers = append(s.observers, ObserverFunc(func(o Observation) { fn(o.Decision) }))
		return nil
	}
}

// WithTrace makes Route fill Decision.Trace as Explain does. It costs
// allocations; leave it off on hot paths and call Explain when you need the
// story.
func WithTrace(on bool) Option {
	return func(s *settings) error { s.trace = on; return nil }
}
