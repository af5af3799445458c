package redisstore

import "github.com/redis/go-redis/v9"

// The Lua below mirrors store.Memory step by step; the comments name the
// Go function each part copies. Every key a script touches is passed in
// KEYS (Cluster routes the call by KEYS[1], and all keys of a namespace
// share its hash tag, so they live in one slot).
//
// Numbers cross as decimal strings. Counter values, rounds and unix
// milliseconds are integers below 2^53, so Lua's doubles hold them exactly;
// fmt writes them back without an exponent.
const luaCommon = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local function fmt(n) return string.format('%d', n) end
-- The script is the only writer while it runs, so each counter is read
-- from Redis at most once and then served from this table.
local cache = {}
local function get(key)
  local v = cache[key]
  if v == nil then
    v = tonumber(redis.call('GET', key) or '0')
    cache[key] = v
  end
  return v
end
-- counterShard.add: add delta to a counter whose value is cur, clamp at
-- zero, set the expiry (0: none). A counter at zero or past its expiry is
-- deleted: it reads as zero.
local function addTo(key, cur, delta, exp)
  local n = cur + delta
  if n <= 0 then
    if cur > 0 then redis.call('DEL', key) end
    cache[key] = 0
    return 0
  end
  if exp > 0 then
    local ttl = exp - now
    if ttl <= 0 then
      redis.call('DEL', key)
      cache[key] = 0
      return n
    end
    redis.call('SET', key, fmt(n), 'PX', fmt(ttl))
  else
    redis.call('SET', key, fmt(n))
  end
  cache[key] = n
  return n
end
local function add(key, delta, exp) return addTo(key, get(key), delta, exp) end
`

// addScript is State.Add.
//
// KEYS: counter, op ID key (any key of the namespace when there is no op).
// ARGV: now ms, window ms, delta, expire ms (0: none), has op (0/1).
var addScript = redis.NewScript(luaCommon + `
local hasOp = ARGV[5] == '1'
if hasOp then
  local done = redis.call('GET', KEYS[2])
  if done then return tonumber(done) end
end
local n = add(KEYS[1], tonumber(ARGV[3]), tonumber(ARGV[4]))
if hasOp then redis.call('SET', KEYS[2], fmt(n), 'PX', fmt(window)) end
return n
`)

// Commit outcomes, the first element of commitScript's reply.
const (
	resNone       = 0 // nobody fits (or an empty queue step): nothing changed
	resChosen     = 1 // member at reply[1] chosen
	resReplay     = 2 // reply[2] is the record on file
	resConflict   = 3 // an Op's Expect did not hold
	resQueue      = 4 // the queue decision was recorded
	resNotPending = 5 // Step.IfPending did not hold
)

// commitScript is State.Commit.
//
// KEYS: [1] decision record, [2] rotation cursor, [3..] the Ops' counter,
// Once and op ID keys, referred to from ARGV by index. The members' limit
// counters are built in the script from the namespace's prefix and the
// key suffixes in the members blob, only for the members the walk
// considers; they share the hash tag, so they are in the same slot.
//
// ARGV, in order (see Store.Commit, which writes them):
//
//	now ms, window ms, dry (0/1), has decision (0/1), round, weight
//	("" or "/N": see weightArg), seen (0/1), deadline ms (0: none),
//	if-pending member ("": none),
//	rule (length-prefixed), past (length-prefixed, concatenated),
//	queue path (0/1), queue,
//	op count, then per op: counter key index, delta, expire ms,
//	  op ID key index (0: none), once key index (0: none),
//	  has expect (0/1), expect,
//	rotation (0/1), key prefix, members blob, offsets, schedule (see
//	  the script's comments and appendMembers).
var commitScript = redis.NewScript(luaCommon + commitSrc)

const commitSrc = `
local p = 3
local function nxt() local v = ARGV[p]; p = p + 1; return v end
local function num() local v = tonumber(ARGV[p]); p = p + 1; return v end

local dry = nxt() == '1'
local hasDec = nxt() == '1'
local round = num()
local weight = nxt()
local seen = nxt() == '1'
local deadline = num()
local ifPending = nxt()
local rule = nxt()
local past = nxt()
local queuePath = nxt() == '1'
local queue = nxt()

-- Memory.Commit: a record of the same ID is replayed, and nothing
-- changes, when its round is at or above this one or when the caller did
-- not see it (Step.Seen).
if hasDec then
  local r = redis.call('GET', KEYS[1])
  if r and (not seen or tonumber(string.match(r, '^(%d+)')) >= round) then
    return {2, -1, r}
  end
end
-- Step.IfPending: only while the decision is pending for that member.
if ifPending ~= '' then
  local pre = string.match(KEYS[1], '^(%b{})')
  if not hasDec or redis.call('HGET', pre .. 'P', string.sub(KEYS[1], #pre + 2)) ~= ifPending then
    return {5, -1}
  end
end

local ops = {}
for j = 1, num() do
  ops[j] = {key = KEYS[num()], delta = num(), exp = num(), id = num(), once = num(),
    hasExpect = nxt() == '1', expect = num()}
end

-- Memory.expectsHold
local function expectsHold()
  for _, op in ipairs(ops) do
    if op.hasExpect and get(op.key) ~= op.expect then return false end
  end
  return true
end

-- Memory.applyOps: an op whose ID was applied before (by a Commit or an
-- Add) is skipped; a Once op applies only while its Once counter is zero.
local function applyOps()
  for _, op in ipairs(ops) do
    local skip = op.id > 0 and redis.call('EXISTS', KEYS[op.id]) == 1
    if not skip and op.once > 0 then
      if get(KEYS[op.once]) ~= 0 then
        skip = true
      else
        add(KEYS[op.once], 1, op.exp)
      end
    end
    if not skip then
      local n = add(op.key, op.delta, op.exp)
      if op.id > 0 then redis.call('SET', KEYS[op.id], fmt(n), 'PX', fmt(window)) end
    end
  end
end

-- pendingSet.set: the decision's pending acceptance (store.Pending), in
-- a sorted set by deadline and a hash of who has it, both keyed by the
-- decision ID, beside the decision record (same hash tag).
local function pending(who)
  if not hasDec then return end
  local pre = string.match(KEYS[1], '^(%b{})')
  local id = string.sub(KEYS[1], #pre + 2)
  if deadline > 0 and who ~= nil then
    redis.call('ZADD', pre .. 'p', deadline, id)
    redis.call('HSET', pre .. 'P', id, who)
    -- Bounded as Memory's default (1<<20): past it, the entry longest
    -- overdue goes.
    if redis.call('ZCARD', pre .. 'p') > 1048576 then
      local old = redis.call('ZRANGE', pre .. 'p', 0, 0)[1]
      redis.call('ZREM', pre .. 'p', old)
      redis.call('HDEL', pre .. 'P', old)
    end
  elseif round > 0 then
    redis.call('ZREM', pre .. 'p', id)
    redis.call('HDEL', pre .. 'P', id)
  end
end

-- Memory.remember: round, kind, rule, target, past; see parseRecord.
local function remember(kind, target)
  if hasDec then
    local r = fmt(round) .. weight .. ':' .. kind .. rule .. #target .. ':' .. target .. past
    redis.call('SET', KEYS[1], r, 'PX', fmt(window))
  end
end

if queuePath then
  if queue == '' then return {0, -1} end
  if not expectsHold() then return {3, -1} end
  if not dry then
    applyOps()
    remember('q', queue)
    pending(nil)
  end
  return {4, -1}
end

-- Members, read lazily (a walk usually looks at one or two of them)
-- from three strings: the members blob, their offsets in it (8 hex digits
-- each, plus the blob's end) and the schedule (8 hex digits per slot, or
-- "-" for the identity schedule). Member i's record is its length-prefixed
-- ID, then "-" (not eligible) or "+" and its limits, each
-- "max,expire,amount,<len>:<gate key after the prefix, or empty><len>:<counter
-- key after the prefix>" (store.Limit: the gate overrides max while it is
-- nonzero, 1 closing the limit; a negative amount -N is a claim: it
-- never stops the member fitting, and sets the counter to N if it is 0).
local rotation = nxt() == '1'
local prefix = nxt()
local blob = nxt()
local offs = nxt()
local sched = nxt()
local nmem = #offs / 8 - 1
local identity = sched == '-'
local n = nmem
if not identity then n = #sched / 8 end
local function hex(s, i) return tonumber(string.sub(s, 8 * i + 1, 8 * i + 8), 16) end
local function memberAt(s)
  if identity then return s end
  local i = hex(sched, s)
  if i >= 2147483648 then i = i - 4294967296 end -- int32
  return i
end
local function valid(i) return i >= 0 and i < nmem end
-- id returns member i's ID and the position after it.
local function id(i)
  local off = hex(offs, i) + 1
  local c = string.find(blob, ':', off, true)
  local e = c + tonumber(string.sub(blob, off, c - 1))
  return string.sub(blob, c + 1, e), e + 1
end

-- resume: the slot after which the rotation continues.
local start = -1
if rotation then
  local cur = redis.call('GET', KEYS[2])
  if cur then
    local slot, member = string.match(cur, '^(%d+):(.*)$')
    slot = tonumber(slot)
    if slot < n then
      local i = memberAt(slot)
      if valid(i) and id(i) == member then
        start = slot
      else
        -- The schedule changed: resume after the same member if it is
        -- still there, else at the same position.
        start = (slot - 1 + n) % n
        for s = 0, n - 1 do
          local j = memberAt(s)
          if valid(j) and id(j) == member then
            start = s
            break
          end
        end
      end
    end
  end
end

local checked = false
local keys, exps, amts = {}, {}, {}
for k = 1, n do
  local slot = k - 1
  if rotation then slot = (start + k) % n end
  local i = memberAt(slot)
  if valid(i) then
    local who, pos = id(i)
    if string.byte(blob, pos) == 43 then -- '+': eligible
      if not checked then
        if not expectsHold() then return {3, -1} end
        checked = true
      end
      local stop = hex(offs, i + 1)
      pos = pos + 1
      local fits, nl = true, 0
      while pos <= stop do
        local c1 = string.find(blob, ',', pos, true)
        local c2 = string.find(blob, ',', c1 + 1, true)
        local c3 = string.find(blob, ',', c2 + 1, true)
        local c4 = string.find(blob, ':', c3 + 1, true)
        local glen = tonumber(string.sub(blob, c3 + 1, c4 - 1))
        local c5 = string.find(blob, ':', c4 + glen + 1, true)
        local e = c5 + tonumber(string.sub(blob, c4 + glen + 1, c5 - 1))
        local max = tonumber(string.sub(blob, pos, c1 - 1))
        local amt = tonumber(string.sub(blob, c2 + 1, c3 - 1))
        local key = prefix .. string.sub(blob, c5 + 1, e)
        -- store.Limit.Fits
        if amt < 0 then
          -- a claim
        elseif glen > 0 then
          local g = get(prefix .. string.sub(blob, c4 + 1, c4 + glen))
          if g == 1 then
            fits = false
            break
          elseif g > 1 then
            max = g - 1
          end
        end
        if amt > 0 and max > 0 and get(key) + amt > max then
          fits = false
          break
        end
        nl = nl + 1
        keys[nl], exps[nl], amts[nl] = key, tonumber(string.sub(blob, c1 + 1, c2 - 1)), amt
        pos = e + 1
      end
      if fits then
        if not dry then
          for j = 1, nl do
            if amts[j] > 0 then
              add(keys[j], amts[j], exps[j])
            elseif get(keys[j]) == 0 then
              add(keys[j], -amts[j], exps[j])
            end
          end
          applyOps()
          if rotation then redis.call('SET', KEYS[2], fmt(slot) .. ':' .. who) end
          remember('m', who)
          pending(who)
        end
        return {1, i}
      end
    end
  end
end
return {0, -1}
`
