package sim

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteText writes the report as plain-text tables for a terminal. It does
// not modify the report.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	flush := func() { tw.Flush() }
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	if r.Leads == 0 {
		p("No leads.\n")
		return bw.Flush()
	}
	p("Simulated %s from %s to %s (%s)\n", plural(r.Leads, "lead"), r.Start.In(loc(r)).Format("Mon 2006-01-02 15:04"), r.End.In(loc(r)).Format("Mon 2006-01-02 15:04"), r.TimeZone)
	p("  assigned %s (%s)   queued %s (%s)   fallback %s (%s)", num(r.Assigned), pct(r.Assigned, r.Leads), num(r.Queued), pct(r.Queued, r.Leads), num(r.Fallback), pct(r.Fallback, r.Leads))
	if r.Errors > 0 {
		p("   errors %s", num(r.Errors))
	}
	p("\n")
	var notes []string
	if r.MissingTime > 0 {
		notes = append(notes, plural(r.MissingTime, "lead")+" had no created_at")
	}
	if r.OutOfOrder > 0 {
		notes = append(notes, plural(r.OutOfOrder, "lead")+were(r.OutOfOrder)+"out of time order")
	}
	if r.DuplicateIDs > 0 {
		notes = append(notes, plural(r.DuplicateIDs, "lead ID")+were(r.DuplicateIDs)+"repeated")
	}
	if len(notes) > 0 {
		p("  note: %s\n", strings.Join(notes, "; "))
	}
	r.writeLiveText(bw)

	if len(r.Reps) > 0 {
		p("\nReps\n")
		fmt.Fprintln(tw, "  rep\tleads\tshare\tcompared\texpected\tvs expected\t\tpassed over")
		for _, s := range r.Reps {
			vs := "-"
			if s.Expected > 0 {
				vs = fmt.Sprintf("%.2f", s.Ratio)
			}
			exp := "-"
			if s.Expected > 0 {
				exp = fmt.Sprintf("%.1f", s.Expected)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, num(s.Leads), pctf(s.Share), num(s.Measured), exp, vs, bar(s.Share, maxShare(r)), skipped(s.Skipped))
		}
		flush()
		f := r.Fairness
		if f.MaxRep != "" {
			p("  fairness (leads vs expected share): max/min %s (%s / %s), Gini %.3f\n", f.MaxMin, f.MaxRep, f.MinRep, f.Gini)
		}
	}

	if len(r.Pools) > 1 || (len(r.Pools) == 1 && r.Pools[0].Key != r.Pools[0].Rule) {
		p("\nPools\n")
		fmt.Fprintln(tw, "  pool\tstrategy\tleads\treps\tmax/min\tGini")
		for _, ps := range r.Pools {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%s\n", ps.Key, ps.Strategy, num(ps.Leads), len(ps.Reps), poolFairnessText(ps))
		}
		flush()
	}

	if len(r.Rules) > 0 {
		p("\nRules\n")
		fmt.Fprintln(tw, "  rule\tmatched\tassigned\tqueued\toverflow\tfell through")
		for _, s := range r.Rules {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", s.Name, num(s.Matched), num(s.Assigned), num(s.Queued), num(s.Overflow), num(s.FellThrough))
		}
		flush()
	}

	if len(r.Queues) > 0 {
		p("\nQueues\n")
		fmt.Fprintln(tw, "  queue\tleads\twhy")
		for _, q := range r.Queues {
			for i, rc := range q.Reasons {
				name, total := "", ""
				if i == 0 {
					name, total = q.Queue, num(q.Leads)
				}
				why := rc.Reason
				if rc.Rule != "" {
					why = fmt.Sprintf("rule %q: %s", rc.Rule, rc.Reason)
				}
				if len(q.Reasons) > 1 {
					why = fmt.Sprintf("%s (%s)", why, num(rc.Leads))
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", name, total, why)
			}
		}
		flush()
	}

	r.writeSLAText(bw)

	if len(r.Gaps) > 0 {
		p("\nCoverage gaps (a rule matched, nobody in its pool was eligible; %s)\n", r.TimeZone)
		ranges := r.GapRanges()
		shown := ranges
		if len(ranges) > maxTextGaps {
			// The biggest ranges, in week order.
			byLeads := slices.Clone(ranges)
			slices.SortStableFunc(byLeads, func(a, b GapRange) int { return b.Leads - a.Leads })
			keep := map[[2]any]bool{}
			for _, g := range byLeads[:maxTextGaps] {
				keep[[2]any{g.Pool, g.From}] = true
			}
			shown = shown[:0:0]
			for _, g := range ranges {
				if keep[[2]any{g.Pool, g.From}] {
					shown = append(shown, g)
				}
			}
		}
		for _, g := range shown {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t  %s\n", g.Pool, g.When(), plural(g.Leads, "lead"), g.Outcome())
		}
		flush()
		if len(shown) < len(ranges) {
			rest := 0
			for _, g := range ranges {
				rest += g.Leads
			}
			for _, g := range shown {
				rest -= g.Leads
			}
			p("  … and %d smaller ranges (%s); all of them in --json and --html\n", len(ranges)-len(shown), plural(rest, "lead"))
		}
	}

	if len(r.Problems) > 0 {
		p("\nLead problems (%s, %s; they still routed)\n", plural(r.LeadsWithProblems, "lead"), pct(r.LeadsWithProblems, r.Leads))
		for _, ps := range r.Problems {
			what := ps.Problem
			if ps.Field != "" {
				what = ps.Field + ": " + ps.Problem
			}
			ex := ""
			if len(ps.Examples) > 0 {
				qs := make([]string, len(ps.Examples))
				for i, e := range ps.Examples {
					qs[i] = strconv.Quote(e)
				}
				ex = "e.g. " + strings.Join(qs, ", ")
			}
			fmt.Fprintf(tw, "  %s\t%s\t  %s\n", what, num(ps.Leads), ex)
		}
		flush()
	}
	if len(r.ErrorSamples) > 0 {
		p("\nRoute errors (%s)\n", num(r.Errors))
		for _, e := range r.ErrorSamples {
			p("  %s\n", e)
		}
	}
	return bw.Flush()
}

// maxTextGaps is how many gap ranges WriteText shows.
const maxTextGaps = 12

// GapRange is a run of consecutive coverage-gap hours of one pool.
type GapRange struct {
	Rule, Pool string
	// From is the first hour and To the hour after the last, as hours of
	// the week from Monday 00:00 (0..168).
	From, To int
	// Hours is the number of gap hours in the range (hours in between in
	// which the rule matched nothing are not counted).
	Hours      int
	Leads      int
	Overflowed int
	Why        map[string]int
}

// When formats the range, e.g. "Sat 00:00–Mon 08:00".
func (g GapRange) When() string {
	return weekHourString(g.From) + "–" + weekHourString(g.To)
}

// Outcome says what happened to the leads and why nobody was eligible,
// e.g. "overflowed 3, fell through 2; outside working hours ×12".
func (g GapRange) Outcome() string {
	var parts []string
	if g.Overflowed > 0 {
		parts = append(parts, "overflowed "+num(g.Overflowed))
	}
	if ft := g.Leads - g.Overflowed; ft > 0 {
		parts = append(parts, "fell through "+num(ft))
	}
	s := strings.Join(parts, ", ")
	if len(g.Why) > 0 {
		s += "; " + skipped(g.Why)
	}
	return s
}

func weekHourString(h int) string {
	wd := time.Weekday((h/24 + 1) % 7)
	return fmt.Sprintf("%s %02d:00", wd.String()[:3], h%24)
}

// GapRanges merges the report's coverage-gap hours into ranges per pool:
// consecutive gap hours, and gap hours separated only by hours in which no
// lead reached the pool at all, form one range. It does not modify the
// report.
func (r *Report) GapRanges() []GapRange {
	matched := map[string]*[168]int{}
	for i := range r.Rules {
		matched[r.Rules[i].Name] = &r.Rules[i].MatchedByHour
	}
	for i := range r.Pools {
		matched[r.Pools[i].Key] = &r.Pools[i].MatchedByHour
	}
	quietUntil := func(pool string, from, to int) bool {
		m := matched[pool]
		if m == nil {
			return false
		}
		for h := from; h < to; h++ {
			if m[h] > 0 {
				return false
			}
		}
		return true
	}
	var out []GapRange
	for _, g := range r.Gaps {
		h := weekHour(g)
		pool := g.Pool
		if pool == "" {
			pool = g.Rule
		}
		if n := len(out); n > 0 && out[n-1].Pool == pool && (out[n-1].To == h || quietUntil(pool, out[n-1].To, h)) {
			last := &out[n-1]
			last.To = h + 1
			last.Hours++
			last.Leads += g.Leads
			last.Overflowed += g.Overflowed
			for k, v := range g.Why {
				last.Why[k] += v
			}
			continue
		}
		gr := GapRange{Rule: g.Rule, Pool: pool, From: h, To: h + 1, Hours: 1, Leads: g.Leads, Overflowed: g.Overflowed, Why: map[string]int{}}
		maps.Copy(gr.Why, g.Why)
		out = append(out, gr)
	}
	return out
}

func loc(r *Report) *time.Location {
	if l, err := time.LoadLocation(r.TimeZone); err == nil {
		return l
	}
	return time.UTC
}

func maxShare(r *Report) float64 {
	m := 0.0
	for _, s := range r.Reps {
		m = max(m, s.Share)
	}
	return m
}

// bar draws a small horizontal bar, up to 20 cells for the maximum.
func bar(x, maxX float64) string {
	if maxX <= 0 {
		return ""
	}
	n := int(x/maxX*20 + 0.5)
	return strings.Repeat("█", n)
}

func skipped(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return m[b] - m[a] })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s ×%s", k, num(m[k]))
	}
	return strings.Join(parts, ", ")
}

// num formats an integer with thousands separators.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return num(n) + " " + unit + "s"
}

// were is " was " for one and " were " for other counts.
func were(n int) string {
	if n == 1 {
		return " was "
	}
	return " were "
}

func pct(n, total int) string {
	if total == 0 {
		return "0%"
	}
	return pctf(float64(n) / float64(total))
}

func pctf(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }
