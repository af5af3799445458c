package leadroute

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// skipCounts counts a pool's reps by why they were not eligible: the
// cause a queued Decision's Reason names ("all 3 reps at daily cap").
type skipCounts struct {
	rule *compiledRule // the rule whose pool was counted; nil: none yet
	n    [numSkipReasons]uint32
}

// skipSummary counts pool positions by skip reason for rule, which found
// nobody eligible (or whose strategy picked nobody), and remembers the
// first such count of the Route for the fallback's Reason.
func (ps *pickState) skipSummary(rule *compiledRule) skipCounts {
	sc := skipCounts{rule: rule}
	reread := false
	for i := range ps.pool.members {
		s := ps.skip(i)
		if s == SkipCommitRefused {
			// The store found the rep full: say which limit.
			if ps.batch != nil {
				if !reread {
					ps.capGen, reread = 0, true // read the pool's caps again, once
				}
				s, _ = ps.capsAt(i)
			} else {
				s, _ = ps.caps(ps.pool.members[i])
			}
			if s == SkipNone {
				s = SkipCommitRefused // room again since: a race
			}
		}
		if int(s) < len(sc.n) {
			sc.n[s]++
		}
	}
	if ps.summary.rule == nil {
		ps.summary = sc
	}
	return sc
}

// skipPhrases say, after "all 3 reps", why a rep was skipped.
var skipPhrases = [numSkipReasons]string{
	SkipNone:          "eligible but not picked",
	SkipAway:          "away",
	SkipOutOfOffice:   "out of office",
	SkipOutsideHours:  "outside working hours",
	SkipDailyCap:      "at daily cap",
	SkipWeeklyCap:     "at weekly cap",
	SkipMaxOpen:       "at max open",
	SkipMissingSkill:  "missing a required skill",
	SkipExcluded:      "already had this lead",
	SkipUnknown:       "unknown",
	SkipStateError:    "unreadable (state store error)",
	SkipCommitRefused: "full when committing",
	SkipPaused:        "away (live status)",
	SkipHoliday:       "on holiday",
}

// String formats the counts: "all 3 reps at daily cap", "its one rep
// away", or "outside working hours (2), away (1)" (most first).
func (sc skipCounts) String() string {
	var total uint32
	type part struct {
		s SkipReason
		n uint32
	}
	var parts [numSkipReasons]part
	k := 0
	for s, n := range sc.n {
		if n > 0 {
			total += n
			parts[k] = part{SkipReason(s), n}
			k++
		}
	}
	switch {
	case total == 0:
		return "empty pool"
	case k == 1 && total == 1:
		return "its one rep " + skipPhrases[parts[0].s]
	case k == 1:
		return "all " + strconv.FormatUint(uint64(total), 10) + " reps " + skipPhrases[parts[0].s]
	}
	ps := parts[:k]
	slices.SortStableFunc(ps, func(a, b part) int { return cmp.Compare(b.n, a.n) })
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(skipPhrases[p.s])
		b.WriteString(" (")
		b.WriteString(strconv.FormatUint(uint64(p.n), 10))
		b.WriteByte(')')
	}
	return b.String()
}

// reasonCache keeps the Reason strings of queued decisions, so that
// naming the cause allocates only the first time a combination is seen.
// It is bounded: past maxReasons entries a reason is built each time.
type reasonCache struct {
	mu sync.RWMutex
	m  map[reasonKey]string
}

type reasonKey struct {
	prefix string
	counts [numSkipReasons]uint32
}

const maxReasons = 4096

// text returns prefix + sc.String(), cached.
func (rc *reasonCache) text(prefix string, sc skipCounts) string {
	k := reasonKey{prefix: prefix, counts: sc.n}
	rc.mu.RLock()
	s, ok := rc.m[k]
	rc.mu.RUnlock()
	if ok {
		return s
	}
	s = prefix + sc.String()
	rc.mu.Lock()
	if rc.m == nil {
		rc.m = make(map[reasonKey]string)
	}
	if len(rc.m) < maxReasons {
		rc.m[k] = s
	}
	rc.mu.Unlock()
	return s
}
