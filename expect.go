package leadroute

// Expectation is how a strategy expects to split a pool's leads over a long
// run in which every rep of the pool stays eligible: the yardstick a
// simulation measures fairness against.
type Expectation struct {
	// Shares holds, for each rep of the pool in PoolInfo.Reps order, the
	// fraction of the pool's leads the rep should get; they add up to 1
	// (or are all 0 when nobody in the pool can take leads). Nil means the
	// strategy has no fixed expectation: who gets a lead depends on the
	// lead (its skills, its account, its sender), so any split is fair.
	Shares []float64
	// Basis says in a few words how Shares were worked out ("even",
	// "by weight", "by capacity") or, when Shares is nil, why there is no
	// fixed expectation ("the best skill match takes each lead").
	Basis string
}

// Expecter is an optional Strategy capability: a strategy that can say
// how it splits a pool's leads implements it, and reports (package sim)
// compare what reps got with it. Expect is given the pool as a Binder
// would be (PoolInfo.Strategy is the strategy as given) and must not
// modify it. A strategy that does not implement Expecter is reported as
// having no stated expectation.
type Expecter interface {
	Expect(p PoolInfo) Expectation
}

// ExpectationOf returns s's Expectation for the pool p, or, when s does
// not implement [Expecter], a nil-Shares Expectation whose Basis says
// that the strategy states none.
func ExpectationOf(s Strategy, p PoolInfo) Expectation {
	if e, ok := s.(Expecter); ok && s != nil {
		return e.Expect(p)
	}
	return Expectation{Basis: "the strategy states no expected split"}
}
