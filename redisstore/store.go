package redisstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/leadroute/leadroute/store"
	"github.com/redis/go-redis/v9"
)

// Options configures a Store.
type Options struct {
	// Namespace prefixes every key, as the hash tag "{Namespace}", so all
	// of a namespace's keys live in one Cluster slot. Routers that share
	// rotations and caps use the same Namespace; unrelated routers (or
	// tests) use different ones. It must be non-empty and contain neither
	// '{' nor '}'.
	Namespace string
	// Clock tells the time, used to turn a counter's Expire into a time to
	// live. It is called from many goroutines. Nil means the system clock.
	// A router with its own clock (leadroute.WithClock) should pass the
	// same clock here; any leadroute.Clock fits.
	Clock interface{ Now() time.Time }
}

// Store is a store.State kept in Redis, for routers in many processes that
// share rotations, caps and decisions. Each method is one command (one
// round trip): a Lua script for Commit and Add, a GET for Get and Recall.
//
// A Store is safe for concurrent use by many goroutines, and any number of
// Stores (in any number of processes) with the same Namespace on the same
// Redis share one state exactly. It holds no connection of its own: it
// uses the client it was given, and closing that client is the caller's
// business.
type Store struct {
	rdb    redis.UniversalClient
	prefix string // "{namespace}"
	preArg any    // prefix, boxed once for the scripts' ARGV
	now    func() time.Time
	bufs   sync.Pool // *request
}

var _ store.State = (*Store)(nil)

// New returns a Store on rdb (a *redis.Client, a Sentinel failover client
// or a *redis.ClusterClient) under opts.Namespace. It does not contact
// Redis. See the package doc for the client settings that make a dead
// Redis fail fast.
func New(rdb redis.UniversalClient, opts Options) (*Store, error) {
	if rdb == nil {
		return nil, errors.New("redisstore: nil client")
	}
	if opts.Namespace == "" || strings.ContainsAny(opts.Namespace, "{}") {
		return nil, fmt.Errorf("redisstore: namespace %q must be non-empty and contain neither '{' nor '}'", opts.Namespace)
	}
	now := time.Now
	if opts.Clock != nil {
		now = opts.Clock.Now
	}
	return &Store{
		rdb:    rdb,
		prefix: "{" + opts.Namespace + "}",
		preArg: "{" + opts.Namespace + "}",
		now:    now,
		bufs:   sync.Pool{New: func() any { return new(request) }},
	}, nil
}

// Key kinds, after the namespace's hash tag.
const (
	kindCounter  = 'c'
	kindDecision = 'd'
	kindOp       = 'o'
	kindRotation = 'r'
)

// appendLP appends s length-prefixed ("5:daily"), so that a key made of
// several parts is unambiguous whatever bytes the parts hold.
func appendLP(b []byte, s string) []byte {
	b = strconv.AppendInt(b, int64(len(s)), 10)
	b = append(b, ':')
	return append(b, s...)
}

// counterKey is {ns}c<kind><scope><member><window>, each string
// length-prefixed.
func (s *Store) counterKey(b []byte, c store.Counter) []byte {
	return appendCounter(append(b, s.prefix...), c)
}

// appendCounter appends a counter's key after the namespace prefix.
func appendCounter(b []byte, c store.Counter) []byte {
	b = append(b, kindCounter)
	b = appendLP(b, c.Kind)
	b = appendLP(b, c.Scope)
	b = appendLP(b, c.Member)
	return strconv.AppendInt(b, c.Window, 10)
}

// idKey is {ns}<kind><id>: decision records, op IDs, rotation cursors.
func (s *Store) idKey(kind byte, id string) string {
	var b strings.Builder
	b.Grow(len(s.prefix) + 1 + len(id))
	b.WriteString(s.prefix)
	b.WriteByte(kind)
	b.WriteString(id)
	return b.String()
}

func unixMS(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return max(t.UnixMilli(), 1)
}

const windowMS = int64(store.IdempotencyWindow / time.Millisecond)

// wrap reports ctx's error when ctx is done (or its deadline is the
// timeout that err reports: go-redis sets the connection's deadline to
// ctx's, which may fire a moment before ctx does), else err, prefixed with
// what failed.
func wrap(ctx context.Context, what string, err error) error {
	cerr := ctx.Err()
	var ne net.Error
	if dl, ok := ctx.Deadline(); cerr == nil && ok && errors.As(err, &ne) && ne.Timeout() && time.Until(dl) < 10*time.Millisecond {
		cerr = context.DeadlineExceeded
	}
	if cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("redisstore: %s: %w (%w)", what, cerr, err)
	}
	return fmt.Errorf("redisstore: %s: %w", what, err)
}

// Get implements store.State: one GET.
func (s *Store) Get(ctx context.Context, c store.Counter) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var buf [128]byte
	v, err := s.rdb.Get(ctx, string(s.counterKey(buf[:0], c))).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, wrap(ctx, "get", err)
	}
	return v, nil
}

// GetMany implements store.BatchGetter: one MGET (every key of a
// namespace is in one Cluster slot), so the router reads a pool's caps,
// and LeastLoaded or Balanced their counts, in one round trip.
func (s *Store) GetMany(ctx context.Context, cs []store.Counter, out []int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(cs) == 0 {
		return nil
	}
	keys := make([]string, len(cs))
	var buf []byte
	for i, c := range cs {
		buf = s.counterKey(buf[:0], c)
		keys[i] = string(buf)
	}
	vals, err := s.rdb.MGet(ctx, keys...).Result()
	if err != nil {
		return wrap(ctx, "get many", err)
	}
	for i, v := range vals {
		out[i] = 0
		if str, ok := v.(string); ok {
			n, err := strconv.ParseInt(str, 10, 64)
			if err != nil {
				return fmt.Errorf("redisstore: get many: counter %q holds %q, not an integer", keys[i], str)
			}
			out[i] = n
		}
	}
	return nil
}

var _ store.BatchGetter = (*Store)(nil)

// Recall implements store.State: one GET.
func (s *Store) Recall(ctx context.Context, decision string) (store.Record, bool, error) {
	if err := ctx.Err(); err != nil || decision == "" {
		return store.Record{}, false, err
	}
	v, err := s.rdb.Get(ctx, s.idKey(kindDecision, decision)).Result()
	if errors.Is(err, redis.Nil) {
		return store.Record{}, false, nil
	}
	if err != nil {
		return store.Record{}, false, wrap(ctx, "recall", err)
	}
	r, err := parseRecord(v)
	if err != nil {
		return store.Record{}, false, err
	}
	return r, true, nil
}

// Add implements store.State: one script call.
func (s *Store) Add(ctx context.Context, op string, c store.Counter, delta int64, expire time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	var buf [128]byte
	ck := string(s.counterKey(buf[:0], c))
	ok, hasOp := ck, "0"
	if op != "" {
		ok, hasOp = s.idKey(kindOp, op), "1"
	}
	n, err := addScript.Run(ctx, s.rdb, []string{ck, ok},
		s.now().UnixMilli(), windowMS, delta, unixMS(expire), hasOp).Int64()
	if err != nil {
		return 0, wrap(ctx, "add", err)
	}
	return n, nil
}

// request holds the KEYS and ARGV of one Commit; pooled. The ARGV that
// are built per call (the time, the rule, the members) are []byte slices
// of its buffers, which go-redis writes as they are: the request goes back
// to the pool only after the call has returned.
type request struct {
	keys []string
	args []any
	b    []byte // a counter key being built; then the members blob
	offs []byte // the members' offsets
	k    []byte // a counter key inside the blob
	h    []byte // now, rule and past
	sl   []byte // the schedule
}

func (r *request) key(k string) int {
	r.keys = append(r.keys, k)
	return len(r.keys) // Lua's 1-based index
}

func (r *request) counter(s *Store, c store.Counter) int {
	r.b = s.counterKey(r.b[:0], c)
	return r.key(string(r.b))
}

// appendHex8 appends v as 8 hex digits.
func appendHex8(b []byte, v uint32) []byte {
	const digits = "0123456789abcdef"
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, digits[v>>uint(shift)&0xf])
	}
	return b
}

// appendMembers appends the members blob, their offsets and the schedule
// to r.args (three strings, whatever the pool's size; the script decodes
// only the members its walk considers). Member i's record is
// <len>:<ID>, then "-" when it is not eligible, else "+" and, per limit,
// <max>,<expire ms>,<len>:<counter key without the namespace prefix>.
func (r *request) appendMembers(st *store.Step) []any {
	mem := st.Members
	n := mem.Len()
	b, offs, k := r.b[:0], r.offs[:0], r.k[:0]
	for i := range n {
		offs = appendHex8(offs, uint32(len(b)))
		b = appendLP(b, mem.ID(i))
		if !mem.Eligible(i) {
			b = append(b, '-')
			continue
		}
		b = append(b, '+')
		for _, l := range mem.Limits(i) {
			b = strconv.AppendInt(b, l.Max, 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, unixMS(l.Expire), 10)
			b = append(b, ',')
			if l.Claim {
				b = append(b, '-') // a claim: see the script
			}
			b = strconv.AppendInt(b, l.Amount(), 10)
			b = append(b, ',')
			k = k[:0]
			if l.Gate != "" {
				k = appendCounter(k, l.GateCounter())
			}
			b = strconv.AppendInt(b, int64(len(k)), 10)
			b = append(b, ':')
			b = append(b, k...)
			k = appendCounter(k[:0], l.Counter)
			b = strconv.AppendInt(b, int64(len(k)), 10)
			b = append(b, ':')
			b = append(b, k...)
		}
	}
	offs = appendHex8(offs, uint32(len(b)))
	args := append(r.args, b, offs)
	if st.Slots == nil {
		args = append(args, argIdentity)
	} else {
		sl := r.sl[:0]
		for _, slot := range st.Slots {
			sl = appendHex8(sl, uint32(slot))
		}
		r.sl = sl
		args = append(args, sl)
	}
	r.b, r.offs, r.k = b, offs, k
	return args
}

// Constant arguments, boxed once.
var (
	argOne, argZero any = "1", "0"
	argIdentity     any = "-" // the identity schedule
	argWindowMS     any = windowMS
)

// weightArg is the record's weight suffix: "" or "/N" (after the round).
func weightArg(w int64) any {
	if w := store.RecordedWeight(w); w > 0 {
		return "/" + strconv.FormatInt(w, 10)
	}
	return ""
}

func flag(b bool) any {
	if b {
		return argOne
	}
	return argZero
}

// Commit implements store.State: one script call, which receives the
// whole Step (the schedule, every member's ID, and the limits of the
// eligible members) and walks it in Redis exactly as store.Memory does.
func (s *Store) Commit(ctx context.Context, st *store.Step) (store.Outcome, error) {
	none := store.Outcome{Index: -1}
	if err := ctx.Err(); err != nil {
		return none, err
	}
	queuePath := st.Queue != "" || st.Members == nil
	if queuePath && st.Queue == "" && st.Decision == "" {
		return none, nil // nothing to record and nothing to replay
	}
	r := s.bufs.Get().(*request)
	defer func() {
		clear(r.keys)
		clear(r.args)
		r.keys, r.args = r.keys[:0], r.args[:0]
		s.bufs.Put(r)
	}()

	decKey := s.prefix
	if st.Decision != "" {
		decKey = s.idKey(kindDecision, st.Decision)
	}
	rotKey := s.prefix
	if st.Rotation != "" && !queuePath {
		rotKey = s.idKey(kindRotation, st.Rotation)
	}
	r.key(decKey)
	r.key(rotKey)

	h := strconv.AppendInt(r.h[:0], s.now().UnixMilli(), 10)
	nowEnd := len(h)
	h = appendLP(h, st.Rule)
	ruleEnd := len(h)
	for _, p := range st.Past {
		h = appendLP(h, p)
	}
	r.h = h
	r.args = append(r.args, h[:nowEnd], argWindowMS,
		flag(st.DryRun), flag(st.Decision != ""), int64(st.Round), weightArg(st.Weight), flag(st.Seen), ceilMS(st.Deadline), st.IfPending,
		h[nowEnd:ruleEnd], h[ruleEnd:], flag(queuePath), st.Queue, len(st.Ops))
	for i := range st.Ops {
		op := &st.Ops[i]
		ck := r.counter(s, op.Counter)
		id, once := 0, 0
		if op.ID != "" {
			id = r.key(s.idKey(kindOp, op.ID))
		}
		if op.Once.Kind != "" {
			once = r.counter(s, op.Once)
		}
		r.args = append(r.args, ck, op.Delta, unixMS(op.Expire), id, once, flag(op.HasExpect), op.Expect)
	}
	if !queuePath {
		r.args = append(r.args, flag(st.Rotation != ""), s.preArg)
		r.args = r.appendMembers(st)
	}

	reply, err := commitScript.Run(ctx, s.rdb, r.keys, r.args...).Slice()
	if err != nil {
		return none, wrap(ctx, "commit", err)
	}
	if len(reply) < 2 {
		return none, fmt.Errorf("redisstore: commit: malformed reply %v", reply)
	}
	res, _ := reply[0].(int64)
	idx, _ := reply[1].(int64)
	switch res {
	case resNone:
		return none, nil
	case resConflict:
		return store.Outcome{Index: -1, Conflict: true}, nil
	case resNotPending:
		return store.Outcome{Index: -1, NotPending: true}, nil
	case resQueue:
		return store.Outcome{Index: -1, Record: store.Record{Rule: st.Rule, Queue: st.Queue, Round: st.Round, Past: st.Past}}, nil
	case resChosen:
		if idx < 0 || int(idx) >= st.Members.Len() {
			return none, fmt.Errorf("redisstore: commit: chosen index %d out of range", idx)
		}
		i := int(idx)
		return store.Outcome{Index: i, Record: store.Record{Rule: st.Rule, Member: st.Members.ID(i), Round: st.Round, Past: st.Past, Weight: store.RecordedWeight(st.Weight)}}, nil
	case resReplay:
		if len(reply) < 3 {
			return none, fmt.Errorf("redisstore: commit: malformed reply %v", reply)
		}
		v, _ := reply[2].(string)
		rec, err := parseRecord(v)
		if err != nil {
			return none, err
		}
		return store.Outcome{Record: rec, Replay: true, Index: -1}, nil
	}
	return none, fmt.Errorf("redisstore: commit: unknown result %d", res)
}

// parseRecord decodes a decision record,
// <round>:<m|q><len>:<rule><len>:<target>[<len>:<past>]...
func parseRecord(v string) (store.Record, error) {
	bad := func() (store.Record, error) {
		return store.Record{}, fmt.Errorf("redisstore: malformed decision record %q", v)
	}
	roundStr, rest, ok := strings.Cut(v, ":")
	var weight int64
	if r, w, found := strings.Cut(roundStr, "/"); found {
		n, err := strconv.ParseInt(w, 10, 64)
		if err != nil || n < 2 || n > store.MaxRecordedWeight {
			return bad()
		}
		roundStr, weight = r, n
	}
	round, err := strconv.ParseUint(roundStr, 10, 32)
	if !ok || err != nil || rest == "" {
		return bad()
	}
	kind, rest := rest[0], rest[1:]
	var parts []string
	for rest != "" {
		ls, tail, ok := strings.Cut(rest, ":")
		l, err := strconv.Atoi(ls)
		if !ok || err != nil || l < 0 || l > len(tail) {
			return bad()
		}
		parts, rest = append(parts, tail[:l]), tail[l:]
	}
	if len(parts) < 2 {
		return bad()
	}
	rec := store.Record{Rule: parts[0], Round: uint32(round), Weight: weight}
	switch kind {
	case 'm':
		rec.Member = parts[1]
	case 'q':
		rec.Queue = parts[1]
	default:
		return bad()
	}
	if len(parts) > 2 {
		rec.Past = parts[2:]
	}
	return rec, nil
}
