package bench

import (
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/bench/workload"
	"github.com/leadroute/leadroute/internal/iso3166"
	"github.com/leadroute/leadroute/store"
)

// Fair is the fair baseline: the plain Go a careful engineer would write
// for the same workload and the same guarantees as leadroute.Router.Route
// with round-robin rules, so that Route ÷ Fair is the price of the library
// rather than of the work. Per lead it
//
//   - normalises what the rules read: the country by a case-folded map
//     lookup ("us", "United States", "USA" → "US"), the state to upper
//     case, the language and domain to lower case (the domain taken from
//     the email when missing, without "www."), copying the lead only when
//     something changes;
//   - reads the clock once;
//   - finds the first matching rule with the generated if-chain of the set
//     (baseline_gen.go);
//   - picks the rule pool's next rep with an atomic round-robin counter,
//     skipping reps at their daily cap: each rep has one atomic word (its
//     local day number and the count of that day), checked and
//     incremented by a CAS loop, so caps are exact under any concurrency;
//     when the whole pool is at its caps the lead goes on to the next
//     matching rule, and to the fallback queue when no rule is left;
//   - remembers lead ID → decision in a bounded map of 64 shards (a mutex
//     each, two generations swapped when full or older than
//     store.IdempotencyWindow), holding the shard's lock from the look-up
//     to the insert, so a retried or racing ID replays the first decision
//     and is counted once.
//
// Its decisions are leadroute's, lead for lead, for the same rules, reps
// and order of calls (TestFairAgrees). What it does not do: no trace,
// problems, reasons, observers, logging, hot reload, Explain or Reroute,
// no open-count (Release/MaxOpen) or weekly counters, no pluggable state
// (one process only), no other strategies or rep availability (hours,
// absences, skills), no lead-size bounds beyond hashing the whole ID.
//
// A Fair is safe for concurrent use.
type Fair struct {
	set      int // index into fairSets
	pools    [][]int32
	rr       []fairCounter // per rule
	reps     []fairRep
	fallback string
	now      func() time.Time
	seed     maphash.Seed
	half     int // records per shard generation
	seen     [fairShards]fairShard
}

// FairDecision is the fair baseline's result: the index of the rule that
// decided (-1 for the fallback queue), the rep or else the queue, and
// whether it is the replay of an earlier decision for the same lead ID.
type FairDecision struct {
	Rule   int
	Rep    string
	Queue  string
	Replay bool
}

// FairOptions configures NewFair. The zero value is ready to use.
type FairOptions struct {
	// Fallback is the queue for leads no rule decides; empty means
	// leadroute.DefaultFallbackQueue.
	Fallback string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// MaxRecords bounds the remembered decisions as store.Memory's does
	// (at least MaxRecords/2 most recent, at most MaxRecords); 0 means
	// 1<<20, the Memory store's default.
	MaxRecords int
}

const fairShards = 64

// fairCounter is a round-robin counter on its own cache line.
type fairCounter struct {
	n atomic.Uint64
	_ [56]byte
}

// fairRep is a rep and its daily count, on its own cache line.
type fairRep struct {
	id  string
	loc *time.Location // nil: UTC
	cap uint64         // 0: no daily cap
	// used is day<<32 | count: the rep-local day number (days since
	// 1970-01-01 in the rep's zone) and the leads assigned that day.
	used atomic.Uint64
	_    [24]byte
}

// fairRec is a remembered decision.
type fairRec struct {
	rule, rep int32  // rep -1: the fallback queue
	at        uint32 // seconds since 2000, as store.Memory stamps
}

type fairShard struct {
	mu        sync.Mutex
	cur, prev map[uint64]fairRec
	curStart  uint32
	_         [24]byte
}

// NewFair builds the fair baseline for the named workload set with the
// given reps (their IDs, time zones and daily caps are used).
func NewFair(set string, reps []leadroute.Rep, opts FairOptions) (*Fair, error) {
	si := -1
	for i := range fairSets {
		if fairSets[i].name == set {
			si = i
		}
	}
	if si < 0 {
		return nil, fmt.Errorf("bench: no fair baseline for set %q", set)
	}
	f := &Fair{set: si, fallback: opts.Fallback, now: opts.Now, seed: maphash.MakeSeed()}
	if f.fallback == "" {
		f.fallback = leadroute.DefaultFallbackQueue
	}
	if f.now == nil {
		f.now = time.Now
	}
	maxRecords := opts.MaxRecords
	if maxRecords <= 0 {
		maxRecords = 1 << 20
	}
	f.half = max(maxRecords/fairShards/2, 1)
	f.reps = make([]fairRep, len(reps))
	index := make(map[string]int32, len(reps))
	for i, r := range reps {
		fr := &f.reps[i]
		fr.id = r.ID
		if r.TimeZone != "" && r.TimeZone != "UTC" {
			loc, err := time.LoadLocation(r.TimeZone)
			if err != nil {
				return nil, fmt.Errorf("bench: rep %q: %w", r.ID, err)
			}
			fr.loc = loc
		}
		if r.DailyCap > 0 {
			fr.cap = uint64(min(r.DailyCap, 1<<32-1))
		}
		index[r.ID] = int32(i)
	}
	pools := fairSets[si].pools
	f.pools = make([][]int32, len(pools))
	f.rr = make([]fairCounter, len(pools))
	for ri, p := range pools {
		f.pools[ri] = make([]int32, len(p))
		for j, id := range p {
			i, ok := index[id]
			if !ok {
				return nil, fmt.Errorf("bench: rule %d: unknown rep %q", ri, id)
			}
			f.pools[ri][j] = i
		}
	}
	for i := range f.seen {
		f.seen[i].cur = make(map[uint64]fairRec)
		f.seen[i].prev = make(map[uint64]fairRec)
	}
	return f, nil
}

// Route decides who gets the lead. The caller's lead is not modified. A
// lead with an ID is decided once: a retry, or a copy racing this call,
// gets the first decision again with Replay set, and nothing counted
// twice.
func (f *Fair) Route(l *leadroute.Lead) FairDecision {
	country := normCountry(l.Country)
	if country != l.Country || !isUpperASCII(l.State) || !isLowerASCII(l.Language) || !isLowerASCII(l.Domain) ||
		(l.Domain == "" && l.Email != "") || strings.HasPrefix(l.Domain, "www.") {
		c := *l
		c.Country = country
		c.State = strings.ToUpper(c.State)
		c.Language = strings.ToLower(c.Language)
		if c.Domain == "" {
			if at := strings.LastIndexByte(c.Email, '@'); at >= 0 {
				c.Domain = c.Email[at+1:]
			}
		}
		c.Domain = strings.TrimPrefix(strings.ToLower(c.Domain), "www.")
		return f.route(&c)
	}
	return f.route(l)
}

func (f *Fair) route(l *leadroute.Lead) FairDecision {
	now := f.now()
	if l.ID == "" {
		d, _ := f.decide(l, now)
		return d
	}
	h := maphash.String(f.seed, l.ID)
	sh := &f.seen[h%fairShards]
	at := fairStamp(now)
	sh.mu.Lock()
	rec, ok, inPrev := sh.lookup(h, at)
	if ok {
		sh.mu.Unlock()
		d := FairDecision{Rule: int(rec.rule), Replay: true}
		if rec.rep >= 0 {
			d.Rep = f.reps[rec.rep].id
		} else {
			d.Queue = f.fallback
		}
		return d
	}
	d, rec := f.decide(l, now)
	rec.at = at
	sh.remember(h, rec, f.half, inPrev)
	sh.mu.Unlock()
	return d
}

// decide runs the rules for l at now, counting the assignment.
func (f *Fair) decide(l *leadroute.Lead, now time.Time) (FairDecision, fairRec) {
	for ri := fairNext(f.set, l, 0); ri >= 0; ri = fairNext(f.set, l, ri+1) {
		if rep := f.pick(ri, now); rep >= 0 {
			return FairDecision{Rule: ri, Rep: f.reps[rep].id}, fairRec{rule: int32(ri), rep: rep}
		}
	}
	return FairDecision{Rule: -1, Queue: f.fallback}, fairRec{rule: -1, rep: -1}
}

// pick takes the next rep of rule ri's pool who is under the daily cap,
// or returns -1 when all of them are at it. The counter moves past every
// rep it skips, so the next lead starts after the one chosen (as a
// rotation cursor would); when nobody fits it moves a whole turn (no
// change modulo the pool size).
func (f *Fair) pick(ri int, now time.Time) int32 {
	pool := f.pools[ri]
	n := uint64(len(pool))
	ctr := &f.rr[ri].n
	t := ctr.Add(1) - 1
	for k := range n {
		rep := pool[(t+k)%n]
		if f.reps[rep].take(now) {
			if k > 0 {
				ctr.Add(k)
			}
			return rep
		}
	}
	ctr.Add(n - 1)
	return -1
}

// take counts one lead for the rep on its local day of now, unless that
// would exceed the daily cap.
func (r *fairRep) take(now time.Time) bool {
	if r.cap == 0 {
		return true
	}
	today := r.day(now)
	for {
		v := r.used.Load()
		day, n := v>>32, v&(1<<32-1)
		switch {
		case day > today:
			// A concurrent call read the clock later and is in the next
			// day already: count this lead there too, so that no day's
			// cap is ever exceeded.
			today = day
		case day < today:
			n = 0
		}
		if n >= r.cap {
			return false
		}
		if r.used.CompareAndSwap(v, today<<32|(n+1)) {
			return true
		}
	}
}

// day is the rep-local day number of t (days since 1970-01-01 local).
func (r *fairRep) day(t time.Time) uint64 {
	sec := t.Unix()
	if r.loc != nil {
		_, off := t.In(r.loc).Zone()
		sec += int64(off)
	}
	if sec < 0 {
		return 0
	}
	return uint64(sec / 86400)
}

var fairEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

const fairWindow = uint32(store.IdempotencyWindow / time.Second)

func fairStamp(t time.Time) uint32 {
	s := t.Unix() - fairEpoch
	if s < 0 {
		return 0
	}
	return uint32(min(s, 1<<32-1))
}

func fairLive(at, now uint32) bool { return now < at || now-at <= fairWindow }

// lookup returns h's live record, and whether the previous generation
// holds h (live or not). Caller holds sh.mu.
func (sh *fairShard) lookup(h uint64, now uint32) (r fairRec, ok, inPrev bool) {
	if r, ok := sh.cur[h]; ok && fairLive(r.at, now) {
		return r, true, false
	}
	r, inPrev = sh.prev[h]
	return r, inPrev && fairLive(r.at, now), inPrev
}

// remember stores r under h; when the current generation is full or older
// than the window it becomes the previous one and the old previous one is
// cleared for reuse. inPrev (from lookup) says the previous generation
// holds an expired h, to drop. Caller holds sh.mu.
func (sh *fairShard) remember(h uint64, r fairRec, half int, inPrev bool) {
	if len(sh.cur) >= half || (len(sh.cur) > 0 && r.at > sh.curStart && r.at-sh.curStart > fairWindow) {
		sh.cur, sh.prev = sh.prev, sh.cur
		clear(sh.cur)
	}
	if len(sh.cur) == 0 {
		sh.curStart = r.at
	}
	sh.cur[h] = r
	if inPrev {
		delete(sh.prev, h)
	}
}

// countryByName maps case-folded country codes (alpha-2 and alpha-3),
// ISO English names and a few common aliases to ISO 3166-1 alpha-2 codes.
var countryByName = func() map[string]string {
	m := make(map[string]string, 1024)
	for _, c := range iso3166.Countries() {
		a2 := c.Alpha2
		for _, k := range []string{a2, c.Alpha3, c.Name} {
			if k != "" {
				m[strings.ToLower(k)] = a2
			}
		}
	}
	for k, a2 := range map[string]string{"uk": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "united states": "US", "america": "US", "netherlands": "NL"} {
		m[k] = a2
	}
	return m
}()

// normCountry returns s's alpha-2 code, or s when it is not a known
// country. The fold is into a stack buffer, so a short ASCII name costs
// one map look-up and no allocation.
func normCountry(s string) string {
	if s == "" {
		return s
	}
	var buf [48]byte
	t := strings.TrimSpace(s)
	if len(t) <= len(buf) {
		ascii := true
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			if code, ok := countryByName[string(buf[:len(t)])]; ok {
				return code
			}
			return s
		}
	}
	if code, ok := countryByName[strings.ToLower(t)]; ok {
		return code
	}
	return s
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// FairZones are the time zones CappedReps gives reps in the benchmarks
// with caps, so that daily windows are rep-local (UTC among them).
var FairZones = []string{"", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney", "Europe/London"}

// CappedReps returns workload.Reps() with a daily cap each and time zones
// taken in turn from zones (none: UTC). A cap of 1<<30 never binds in a
// benchmark but is checked and counted on every assignment.
func CappedReps(dailyCap int, zones ...string) []leadroute.Rep {
	reps := workload.Reps()
	for i := range reps {
		reps[i].DailyCap = dailyCap
		if len(zones) > 0 {
			reps[i].TimeZone = zones[i%len(zones)]
		}
	}
	return reps
}

// IDs hands out distinct lead IDs, a prefix and 16 hex digits of a
// counter, without allocating per ID: a block of them is formatted into
// one string at a time and the IDs are slices of it. Benchmarks refill
// with the timer stopped (Left tells when). An IDs is not safe for
// concurrent use; give each goroutine its own prefix.
type IDs struct {
	prefix string
	block  string
	size   int // IDs per block
	i      int // next ID in block
	digits [16]byte
}

// NewIDs returns an ID source formatting size IDs per block.
func NewIDs(prefix string, size int) *IDs {
	g := &IDs{prefix: prefix, size: max(size, 1)}
	for i := range g.digits {
		g.digits[i] = '0'
	}
	g.Refill()
	return g
}

// Left returns how many IDs remain in the current block.
func (g *IDs) Left() int { return g.size - g.i }

// Refill formats the next block of IDs.
func (g *IDs) Refill() {
	var b strings.Builder
	b.Grow((len(g.prefix) + len(g.digits)) * g.size)
	for range g.size {
		b.WriteString(g.prefix)
		b.Write(g.digits[:])
		for j := len(g.digits) - 1; j >= 0; j-- { // count up in hex
			switch g.digits[j] {
			case '9':
				g.digits[j] = 'a'
			case 'f':
				g.digits[j] = '0'
				continue
			default:
				g.digits[j]++
			}
			break
		}
	}
	g.block, g.i = b.String(), 0
}

// Next returns the next ID, refilling first if the block is used up.
func (g *IDs) Next() string {
	if g.i == g.size {
		g.Refill()
	}
	w := len(g.prefix) + len(g.digits)
	id := g.block[g.i*w : (g.i+1)*w]
	g.i++
	return id
}
