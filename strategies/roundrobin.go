package strategies

import (
	"context"

	"github.com/leadroute/leadroute"
)

// RoundRobin returns a round-robin strategy with memory (Asterisk's
// rrmemory): each lead goes to the first eligible rep after the last one
// assigned in this pool, in pool order. Ineligible reps are skipped without
// giving the next one a double share; a rep who was away rejoins at their
// place in the rotation, with no flood of catch-up leads (use Balanced for
// catch-up). Adding or removing a rep keeps everyone's place.
func RoundRobin() leadroute.Strategy { return roundRobin{} }

type roundRobin struct{}

func (roundRobin) Pick(ctx context.Context, _ *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	i, err := c.State().Rotate(ctx, c.OpID(), c.Key(), c, nil, c.Commit())
	if err != nil || i < 0 {
		return leadroute.Pick{}, err
	}
	return leadroute.Pick{Rep: c.Rep(i), Reason: "round-robin"}, nil
}

func (roundRobin) String() string { return "round-robin" }
