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
local function get(key)
  local v = redis.call('GET', key)
  if v then return tonumber(v) end
  return 0
end
-- counterShard.add: add delta to a counter whose value is cur, clamp at
-- zero, set the expiry (0: none). A counter at zero or past its expiry is
-- deleted: it reads as zero.
local function addTo(key, cur, delta, exp)
  local n = cur + delta
  if n <= 0 then
    redis.call('DEL', key)
    return 0
  end
  if exp > 0 then
    local ttl = exp - now
    if ttl <= 0 then
      redis.call('DEL', key)
    else
      redis.call('SET', key, fmt(n), 'PX', fmt(ttl))
    end
  else
    redis.call('SET', key, fmt(n))
  end
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
	resNone     = 0 // nobody fits (or an empty queue step): nothing changed
	resChosen   = 1 // member at reply[1] chosen
	resReplay   = 2 // reply[2] is the record on file
	resConflict = 3 // an Op's Expect did not hold
	resQueue    = 4 // the queue decision was recorded
)

// commitScript is State.Commit.
//
// KEYS: [1] decision record, [2] rotation cursor, [3..] counters and op ID
// keys, referred to from ARGV by index.
//
// ARGV, in order (see Store.Commit, which writes them):
//
//	now ms, window ms, dry (0/1), has decision (0/1), round, seen (0/1),
//	rule (length-prefixed), past (length-prefixed, concatenated),
//	queue path (0/1), queue,
//	op count, then per op: counter key index, delta, expire ms,
//	  op ID key index (0: none), once key index (0: none),
//	  has expect (0/1), expect,
//	rotation (0/1), member count, then per member: ID and its limits
//	  ("-": not eligible; else "key max expire" triples, space-separated,
//	  key an index into KEYS), slot count (-1: identity schedule), then
//	  the slots.
var commitScript = redis.NewScript(luaCommon + commitSrc)

const commitSrc = `
local p = 3
local function nxt() local v = ARGV[p]; p = p + 1; return v end
local function num() local v = tonumber(ARGV[p]); p = p + 1; return v end

local dry = nxt() == '1'
local hasDec = nxt() == '1'
local round = num()
local seen = nxt() == '1'
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

-- Memory.remember: round, kind, rule, target, past; see parseRecord.
local function remember(kind, target)
  if hasDec then
    local r = fmt(round) .. ':' .. kind .. rule .. #target .. ':' .. target .. past
    redis.call('SET', KEYS[1], r, 'PX', fmt(window))
  end
end

if queuePath then
  if queue == '' then return {0, -1} end
  if not expectsHold() then return {3, -1} end
  if not dry then
    applyOps()
    remember('q', queue)
  end
  return {4, -1}
end

-- Members, read lazily (a walk usually looks at one or two of them):
-- member i's ID is ARGV[base+2i], its limits ARGV[base+2i+1] ("-": not
-- eligible; else "key max expire" triples, space-separated, key an index
-- into KEYS), and slot s is ARGV[sbase+s].
local rotation = nxt() == '1'
local nmem = num()
local base = p
p = p + 2 * nmem
local n = num()
local sbase = p
local identity = n < 0
if identity then n = nmem end
local function memberAt(s)
  if identity then return s end
  return tonumber(ARGV[sbase + s])
end
local function id(i) return ARGV[base + 2 * i] end
local function valid(i) return i >= 0 and i < nmem end

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
local keys, exps = {}, {}
for k = 1, n do
  local slot = k - 1
  if rotation then slot = (start + k) % n end
  local i = memberAt(slot)
  local l = valid(i) and ARGV[base + 2 * i + 1]
  if l and l ~= '-' then
    if not checked then
      if not expectsHold() then return {3, -1} end
      checked = true
    end
    local fits, nl = true, 0
    for ki, mx, ex in string.gmatch(l, '(%d+) (%-?%d+) (%d+)') do
      local key, max = KEYS[tonumber(ki)], tonumber(mx)
      if max > 0 and get(key) + 1 > max then
        fits = false
        break
      end
      nl = nl + 1
      keys[nl], exps[nl] = key, tonumber(ex)
    end
    if fits then
      if not dry then
        for j = 1, nl do add(keys[j], 1, exps[j]) end
        applyOps()
        if rotation then redis.call('SET', KEYS[2], fmt(slot) .. ':' .. id(i)) end
        remember('m', id(i))
      end
      return {1, i}
    end
  end
end
return {0, -1}
`
