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
//
// Its only state is the pool's rotation cursor under Candidates.Key, which
// the store advances in the same atomic step that reserves the rep's caps
// (Pick.Rotate): so it is safe for concurrent use, exact across replicas
// sharing a store, one round trip on a network store, and allocation-free.
func RoundRobin() leadroute.Strategy { return &roundRobin{} }

// roundRobin has pointer methods so that the router's interface call
// reaches Pick directly, without a wrapper that copies the Pick.
type roundRobin struct{}

var _ maskPicker = (*roundRobin)(nil)

func (r *roundRobin) Pick(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates) (leadroute.Pick, error) {
	// pickMasked with no mask, built in the result directly.
	return leadroute.Pick{Rotate: leadroute.Rotation{Key: c.Key()}, Reason: "round-robin"}, nil
}

func (*roundRobin) pickMasked(_ context.Context, _ *leadroute.Lead, c leadroute.Candidates, mask []bool) (leadroute.Pick, error) {
	return rotation(c, c.Key(), mask, nil, "round-robin"), nil
}

func (*roundRobin) String() string { return "round-robin" }
