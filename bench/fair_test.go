package bench

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	_ "time/tzdata" // the reps' zones, wherever the tests run

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench/workload"
	"github.com/leadroute/leadroute/store"
)

// bigCap is a daily cap that never binds in a benchmark or a test, but is
// checked and counted on every assignment.
const bigCap = 1 << 30

// newFairRouter builds a fresh leadroute router for the set's typed rules
// with the given reps (and clock, if not nil), as the fair baseline's
// counterpart.
func newFairRouter(tb testing.TB, set string, reps []leadroute.Rep, clock func() time.Time) *leadroute.Router {
	tb.Helper()
	rules, err := workload.Rules(workload.Specs(workload.SetByName(set)), workload.AsTyped)
	if err != nil {
		tb.Fatal(err)
	}
	opts := []leadroute.Option{leadroute.WithReps(reps...), leadroute.WithRules(rules...), leadroute.WithSeed(1)}
	if clock != nil {
		opts = append(opts, leadroute.WithClock(leadroute.ClockFunc(clock)))
	}
	r, err := leadroute.New(opts...)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func newFair(tb testing.TB, set string, reps []leadroute.Rep, clock func() time.Time) *Fair {
	tb.Helper()
	f, err := NewFair(set, reps, FairOptions{Now: clock})
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// countryForms are the workload's countries as forms send them.
var countryForms = map[string][]string{
	"US": {"us", "United States", "USA"}, "CA": {"ca", "Canada"}, "GB": {"gb", "United Kingdom", "UK"},
	"DE": {"de", "Germany"}, "FR": {"fr", "FRANCE"}, "ES": {"es", "spain"}, "IT": {"it", "Italy"},
	"NL": {"nl", "Netherlands"}, "SE": {"se", "Sweden"}, "JP": {"jp", "japan"}, "AU": {"au", "Australia"},
	"BR": {"br", "Brazil"}, "MX": {"mx", "Mexico"}, "IN": {"in", "India"}, "SG": {"sg", "Singapore"},
	"IE": {"ie", "Ireland"}, "PL": {"pl", "Poland"}, "CH": {"ch", " Switzerland "},
}

// messy returns lead l as a form might send it (op i picks the form):
// the country as a lower-case code or a name, sometimes the language and
// domain in upper case.
func messy(l leadroute.Lead, i int) leadroute.Lead {
	if forms := countryForms[l.Country]; len(forms) > 0 && i%3 > 0 {
		l.Country = forms[(i/3)%len(forms)]
	}
	if i%4 == 3 {
		l.Language = strings.ToUpper(l.Language)
		l.Domain = "www." + strings.ToUpper(l.Domain)
	}
	if i%8 == 5 {
		l.Domain = "" // taken from the email
	}
	return l
}

// TestFairAgrees routes the workload through leadroute and the fair
// baseline, both fresh, in the same order, and requires the same rule, the
// same rep or queue and the same Replay flag every time. The variants
// cover distinct IDs with retries (some within the idempotency window,
// some after it), leads in the forms' spellings, reps in several time
// zones, caps that never bind and caps that do (pools run dry, leads pass
// to later rules and to the fallback queue, days roll over in each rep's
// zone, across a DST change), and leads without IDs.
func TestFairAgrees(t *testing.T) {
	leads := workload.Leads()
	type variant struct {
		name   string
		reps   []leadroute.Rep
		ids    bool
		rounds int
		step   time.Duration // clock advance per op
	}
	variants := []variant{
		{"ids-caps", CappedReps(bigCap, FairZones...), true, 3, 10 * time.Second},
		{"small-caps", CappedReps(3, FairZones...), true, 3, time.Minute},
		{"no-ids", workload.Reps(), false, 2, time.Second},
	}
	for _, s := range workload.Sets {
		specs := workload.Specs(s)
		for _, v := range variants {
			t.Run(s.Name+"/"+v.name, func(t *testing.T) {
				now := time.Date(2026, 3, 7, 12, 0, 0, 0, time.UTC) // US DST starts on the 8th
				clock := func() time.Time { return now }
				r := newFairRouter(t, s.Name, v.reps, clock)
				f := newFair(t, s.Name, v.reps, clock)
				ops := v.rounds * len(leads)
				sent := make([]leadroute.Lead, 0, ops)
				ids := NewIDs("lead-", 1024)
				var replays, forgotten, fallbacks, passedOn int
				for i := range ops {
					now = now.Add(v.step)
					var l leadroute.Lead
					switch {
					case v.ids && i >= 1500 && i%97 == 0:
						l = sent[i-1500] // a retry a day or more later
					case v.ids && i >= 2 && i%5 == 0:
						l = sent[i-2] // a prompt retry
					default:
						l = messy(leads[i%len(leads)], i)
						if v.ids {
							l.ID = ids.Next()
						}
					}
					sent = append(sent, l)
					d, err := r.Route(ctx, l)
					if err != nil {
						t.Fatal(err)
					}
					fd := f.Route(&l)
					rule := ""
					if fd.Rule >= 0 {
						rule = specs[fd.Rule].Name
					}
					if d.Rule != rule || d.RepID != fd.Rep || d.Queue != fd.Queue || d.Replay != fd.Replay {
						t.Fatalf("op %d, lead %+v:\nleadroute rule %q rep %q queue %q replay %v\nfair      rule %q rep %q queue %q replay %v",
							i, l, d.Rule, d.RepID, d.Queue, d.Replay, rule, fd.Rep, fd.Queue, fd.Replay)
					}
					if len(d.Problems) > 0 {
						t.Fatalf("op %d: lead %+v: problems %v", i, l, d.Problems)
					}
					switch {
					case fd.Replay:
						replays++
					case v.ids && i >= 1500 && i%97 == 0:
						forgotten++
					}
					if fd.Queue != "" {
						fallbacks++
					}
					if fd.Rule >= 0 && specs[fd.Rule].Kind != workload.CatchAll {
						nl := l
						nl.Normalize()
						if first := fairNext(f.set, &nl, 0); first != fd.Rule && !fd.Replay {
							passedOn++
						}
					}
				}
				t.Logf("%d ops: %d replays, %d retries after the window, %d to the fallback queue, %d passed on by a full pool", ops, replays, forgotten, fallbacks, passedOn)
				if v.ids && (replays == 0 || (forgotten == 0) != (1500*v.step <= store.IdempotencyWindow)) {
					t.Errorf("%d replays, %d retries forgotten: the variant does not test idempotence", replays, forgotten)
				}
				if v.name == "small-caps" && (fallbacks == 0 || passedOn == 0) {
					t.Error("caps never bind: the variant does not test them")
				}
			})
		}
	}
}

// TestFairExact checks the guarantees under concurrency, for the fair
// baseline and for leadroute alike: goroutines route the same lead IDs
// at once, with small daily caps. Every ID gets one decision, which its
// other routes replay; no rep goes over its cap; and when a lead went to
// the fallback queue, every rep of the catch-all pool is at its cap.
func TestFairExact(t *testing.T) {
	const (
		workers = 8
		n       = 2000 // IDs; more leads than the reps can take
		dayCap  = 4
	)
	leads := workload.Leads()
	reps := CappedReps(dayCap, FairZones...)
	now := time.Date(2026, 3, 9, 15, 0, 0, 0, time.UTC) // one day in every zone
	clock := func() time.Time { return now }
	type result struct {
		rep, queue string
		replay     bool
	}
	for _, engine := range []string{"fair", "leadroute"} {
		t.Run(engine, func(t *testing.T) {
			var route func(l *leadroute.Lead) result
			if engine == "fair" {
				f := newFair(t, "Typed50", reps, clock)
				route = func(l *leadroute.Lead) result {
					d := f.Route(l)
					return result{d.Rep, d.Queue, d.Replay}
				}
			} else {
				r := newFairRouter(t, "Typed50", reps, clock)
				route = func(l *leadroute.Lead) result {
					d, err := r.Route(ctx, *l)
					if err != nil {
						t.Error(err)
					}
					return result{d.RepID, d.Queue, d.Replay}
				}
			}
			got := make([][]result, workers)
			var wg sync.WaitGroup
			for w := range workers {
				wg.Go(func() {
					for k := range n {
						i := (k + w*n/workers) % n // each worker starts elsewhere
						l := leads[i%len(leads)]
						l.ID = fmt.Sprintf("lead-%d", i)
						got[w] = append(got[w], route(&l))
					}
				})
			}
			wg.Wait()
			perRep := map[string]int{}
			fallbacks := 0
			for i := range n {
				var first *result
				for w := range workers {
					rs := &got[w][(i-w*n/workers+n)%n]
					if rs.replay {
						continue
					}
					if first != nil {
						t.Fatalf("ID %d decided twice: %+v and %+v", i, *first, *rs)
					}
					first = rs
				}
				if first == nil {
					t.Fatalf("ID %d: only replays", i)
				}
				for w := range workers {
					if rs := got[w][(i-w*n/workers+n)%n]; rs.rep != first.rep || rs.queue != first.queue {
						t.Fatalf("ID %d: replay %+v of %+v", i, rs, *first)
					}
				}
				if first.rep != "" {
					perRep[first.rep]++
				} else {
					fallbacks++
				}
			}
			for rep, k := range perRep {
				if k > dayCap {
					t.Errorf("%s took %d leads, cap %d", rep, k, dayCap)
				}
			}
			if fallbacks > 0 {
				specs := workload.Specs(workload.SetByName("Typed50"))
				for _, rep := range specs[len(specs)-1].Pool {
					if perRep[rep] != dayCap {
						t.Errorf("%d leads fell back while catch-all rep %s took %d of %d", fallbacks, rep, perRep[rep], dayCap)
					}
				}
			}
			t.Logf("%d IDs × %d workers: %d to the fallback queue", n, workers, fallbacks)
		})
	}
}

// TestFairAllocs pins zero allocations per fair Route, with and without
// IDs, for normal leads and for leads in forms' spellings of the country.
func TestFairAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	leads := workload.Leads()
	for _, withIDs := range []bool{false, true} {
		f := newFair(t, "Typed50", CappedReps(bigCap, FairZones...), nil)
		ids := NewIDs("lead-", 1<<14)
		i := 0
		if n := testing.AllocsPerRun(5000, func() {
			l := &leads[i%len(leads)]
			if withIDs {
				l.ID = ids.Next()
			}
			if i%2 == 1 {
				l := messy(*l, 3*i+1) // country only
				f.Route(&l)
			} else {
				f.Route(l)
			}
			i++
		}); n != 0 {
			t.Errorf("IDs %v: %v allocs per Route, want 0", withIDs, n)
		}
	}
}

// TestIDs checks that IDs are distinct across blocks.
func TestIDs(t *testing.T) {
	g := NewIDs("x-", 3)
	seen := map[string]bool{}
	for range 100 {
		id := g.Next()
		if seen[id] || len(id) != 18 {
			t.Fatalf("bad or repeated ID %q", id)
		}
		seen[id] = true
	}
	if !seen["x-0000000000000000"] || !seen["x-0000000000000063"] {
		t.Error("IDs do not count from 0 in hex")
	}
}

// fairBenchSets are the sets of the fair benchmarks; Typed50 is the
// headline ("50 typed rules, distinct IDs, daily caps").
var fairBenchSets = []string{"Typed50", "Mixed50", "Typed500"}

// fairReps returns the reps of a fair benchmark variant: daily caps that
// never bind, in several zones (ids-caps), or workload.Reps() (no-ids).
func fairReps(variant string) []leadroute.Rep {
	if variant == "ids-caps" {
		return CappedReps(bigCap, FairZones...)
	}
	return workload.Reps()
}

// BenchmarkRouteFair routes the workload's leads, cycled, with leadroute
// and with the fair baseline (Fair). ids-caps gives every op a distinct
// lead ID (so both remember every decision, up to their bound of 1<<20)
// and the reps daily caps that never bind but are counted, in eight time
// zones; no-ids is the leads without IDs and reps without caps, as
// BenchmarkRoute. IDs are formatted 65536 at a time with the timer
// stopped, so the figures are the routing alone.
func BenchmarkRouteFair(b *testing.B) {
	for _, set := range fairBenchSets {
		for _, engine := range []string{"fair", "leadroute"} {
			for _, variant := range []string{"ids-caps", "no-ids"} {
				b.Run(set+"/"+engine+"/"+variant, func(b *testing.B) {
					reps := fairReps(variant)
					leads := workload.Leads()
					var ids *IDs
					if variant == "ids-caps" {
						ids = NewIDs("lead-", 1<<16)
					}
					var f *Fair
					var r *leadroute.Router
					if engine == "fair" {
						f = newFair(b, set, reps, nil)
					} else {
						r = newFairRouter(b, set, reps, nil)
					}
					b.ReportAllocs()
					i := 0
					for b.Loop() {
						l := &leads[i%len(leads)]
						i++
						if ids != nil {
							if ids.Left() == 0 {
								b.StopTimer()
								ids.Refill()
								b.StartTimer()
							}
							l.ID = ids.Next()
						}
						if f != nil {
							f.Route(l)
						} else if _, err := r.Route(ctx, *l); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// BenchmarkRouteFairParallel is BenchmarkRouteFair from GOMAXPROCS
// goroutines. Each goroutine has its own lead IDs, formatted 4096 at a
// time in the loop (about 2 ns and 21 bytes per op, the same for both
// engines: the timer cannot stop for one goroutine).
func BenchmarkRouteFairParallel(b *testing.B) {
	for _, set := range fairBenchSets[:2] {
		for _, engine := range []string{"fair", "leadroute"} {
			for _, variant := range []string{"ids-caps", "no-ids"} {
				b.Run(set+"/"+engine+"/"+variant, func(b *testing.B) {
					reps := fairReps(variant)
					leads := workload.Leads()
					var f *Fair
					var r *leadroute.Router
					if engine == "fair" {
						f = newFair(b, set, reps, nil)
					} else {
						r = newFairRouter(b, set, reps, nil)
					}
					var worker atomic.Int64
					b.ReportAllocs()
					b.RunParallel(func(pb *testing.PB) {
						mine := slices.Clone(leads)
						var ids *IDs
						if variant == "ids-caps" {
							ids = NewIDs(fmt.Sprintf("g%d-", worker.Add(1)), 1<<12)
						}
						i := 0
						for pb.Next() {
							l := &mine[i%len(mine)]
							i++
							if ids != nil {
								l.ID = ids.Next()
							}
							if f != nil {
								f.Route(l)
							} else if _, err := r.Route(ctx, *l); err != nil {
								b.Error(err)
								return
							}
						}
					})
				})
			}
		}
	}
}
