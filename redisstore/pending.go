package redisstore

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/leadroute/leadroute/store"
)

// Pending assignments (store.Pending) live beside the decision records:
// a sorted set {ns}p of decision IDs by deadline (unix ms) and a hash
// {ns}P of decision ID → member. The commit script writes and clears
// them in the same step as the decision.

var acceptScript = redis.NewScript(`
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
`)

// Accept implements store.Pending: one script call.
func (s *Store) Accept(ctx context.Context, decision, member string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	n, err := acceptScript.Run(ctx, s.rdb, []string{s.prefix + "p", s.prefix + "P"}, decision, member).Int64()
	if err != nil {
		return false, wrap(ctx, "accept", err)
	}
	return n > 0, nil
}

var dueScript = redis.NewScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
for i = 1, #ids, 2 do
  local who = redis.call('HGET', KEYS[2], ids[i]) or ''
  out[#out + 1] = ids[i]
  out[#out + 1] = ids[i + 1]
  out[#out + 1] = who
end
return out
`)

// Due implements store.Pending: one script call, O(log n + limit).
func (s *Store) Due(ctx context.Context, now time.Time, limit int) ([]store.Due, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if limit == 0 {
		return nil, nil
	}
	if limit < 0 || limit > 1<<31 {
		limit = -1 // Redis: no limit (a huge one would reach it as a float, 9.2e+18, and fail)
	}
	reply, err := dueScript.Run(ctx, s.rdb, []string{s.prefix + "p", s.prefix + "P"}, now.UnixMilli(), limit).StringSlice()
	if err != nil {
		return nil, wrap(ctx, "due", err)
	}
	if len(reply)%3 != 0 {
		return nil, fmt.Errorf("redisstore: due: malformed reply of %d items", len(reply))
	}
	out := make([]store.Due, 0, len(reply)/3)
	for i := 0; i < len(reply); i += 3 {
		ms, err := strconv.ParseFloat(reply[i+1], 64)
		if err != nil {
			return nil, fmt.Errorf("redisstore: due: malformed deadline %q", reply[i+1])
		}
		out = append(out, store.Due{Decision: reply[i], Member: reply[i+2], Deadline: time.UnixMilli(int64(ms))})
	}
	return out, nil
}

// ceilMS is a deadline in unix milliseconds, rounded up: Due compares
// whole milliseconds, and an assignment must never be listed before its
// deadline (at most a millisecond after it).
func ceilMS(t time.Time) int64 {
	ms := unixMS(t)
	if ms > 1 && t.Sub(time.UnixMilli(ms)) > 0 {
		ms++
	}
	return ms
}

var _ store.Pending = (*Store)(nil)
