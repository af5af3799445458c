package strategies

import (
	"context"

	"github.com/leadroute/leadroute"
)

// Queue returns a strategy that sends every lead it sees to the named queue
// instead of a rep: a holding queue for a rule that should not assign
// ("students → nurture"), or the last link of a Chain.
func Queue(name string) leadroute.Strategy { return queue{name: name} }

type queue struct{ name string }

func (q queue) Pick(context.Context, *leadroute.Lead, leadroute.Candidates) (leadroute.Pick, error) {
	return leadroute.Pick{Queue: q.name, Reason: "queue"}, nil
}

func (q queue) String() string { return "queue " + q.name }
