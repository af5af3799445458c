package strategies

import (
	"context"
	"errors"

	"github.com/leadroute/leadroute"
)

// Queue returns a strategy that sends every lead it sees to the named queue
// instead of a rep: a holding queue for a rule that should not assign
// ("students → nurture"), or the last link of a Chain.
//
// An empty name is a configuration error: the router rejects the rule when
// it is built (New or Reload), through the Binder interface. Queue is
// stateless and safe for concurrent use.
func Queue(name string) leadroute.Strategy { return &queue{name: name} }

type queue struct{ name string }

var (
	_ leadroute.Binder = (*queue)(nil)
	_ maskPicker       = (*queue)(nil)
)

// errEmptyQueue is returned by Bind for Queue("").
var errEmptyQueue = errors.New("strategies: Queue: empty queue name")

func (q *queue) Pick(context.Context, *leadroute.Lead, leadroute.Candidates) (leadroute.Pick, error) {
	if q.name == "" {
		return leadroute.Pick{}, errEmptyQueue
	}
	return leadroute.Pick{Queue: q.name, Reason: "queue"}, nil
}

func (q *queue) pickMasked(ctx context.Context, l *leadroute.Lead, c leadroute.Candidates, _ []bool) (leadroute.Pick, error) {
	return q.Pick(ctx, l, c)
}

// Bind implements leadroute.Binder: it rejects an empty queue name.
func (q *queue) Bind(leadroute.PoolInfo) (leadroute.Strategy, error) {
	if q.name == "" {
		return nil, errEmptyQueue
	}
	return q, nil
}

func (q *queue) String() string { return "queue " + q.name }
