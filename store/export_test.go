package store

// SetMaxRankViews lowers m's bound on ordered views, so that a test can
// make views churn without building thousands of them. Call it before m
// is used.
func SetMaxRankViews(m *Memory, n int) { m.rank.max = n }
