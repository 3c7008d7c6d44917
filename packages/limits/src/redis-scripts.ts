import { hash } from 'node:crypto';

// The Lua the Redis store runs: each call is one EVALSHA, atomic in Redis. The rate scripts are
// `gcra.ts` written again in Lua, formula for formula (same operations in the same order on the
// same doubles, so both stores agree to the bit). TATs travel as `%.17g` strings, which round-trip a
// double exactly: Redis would truncate a Lua number reply to an integer.

/** A script and its SHA-1, the name EVALSHA calls it by. */
export interface RedisScript {
  readonly source: string;
  readonly sha1: string;
}

function script(source: string): RedisScript {
  return { source, sha1: hash('sha1', source, 'hex') };
}

/**
 * KEYS: the counters. ARGV[1]: now (ms); then per counter: limit, period (ms), cost.
 * Charges every counter when all fit, else none. Replies `[allowed (1|0), tat1, tat2, ...]`: the
 * TATs after the charge, or as they stand when refused. A charged key expires when it is full again.
 */
export const takeScript = script(`
local now = tonumber(ARGV[1])
local allowed = 1
local tats = {}
local charged = {}
for i = 1, #KEYS do
  local limit = tonumber(ARGV[i * 3 - 1])
  local period = tonumber(ARGV[i * 3])
  local cost = tonumber(ARGV[i * 3 + 1])
  local tat = tonumber(redis.call('GET', KEYS[i])) or now
  if tat < now then tat = now end
  local new = tat + (cost * period) / limit
  if new - period > now then allowed = 0 end
  tats[i] = tat
  charged[i] = new
end
local reply = { allowed }
for i = 1, #KEYS do
  local tat = tats[i]
  if allowed == 1 then
    tat = charged[i]
    local ttl = math.ceil(tat - now)
    if ttl > 0 then redis.call('SET', KEYS[i], string.format('%.17g', tat), 'PX', ttl) end
  end
  reply[i + 1] = string.format('%.17g', tat)
end
return reply
`);

/**
 * KEYS[1]: a counter. ARGV: now (ms), limit, period (ms), cost (may be negative).
 * Adds `cost` without checking the limit, never going back past full (the key is then deleted).
 */
export const adjustScript = script(`
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local period = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local new = tat + (cost * period) / limit
if new <= now then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('SET', KEYS[1], string.format('%.17g', new), 'PX', math.ceil(new - now))
return 1
`);

/** KEYS[1]: a budget window. Replies its spend in nano-dollars, or nil. */
export const spentScript = script(`
return redis.call('GET', KEYS[1])
`);

/**
 * KEYS[1]: a budget window. ARGV: nano-dollars to add (an integer), ms until the window ends (an
 * integer >= 1: relative, like the counters' TTLs, so Redis's own clock never has to agree with the
 * callers'). Replies the new total.
 */
export const spendScript = script(`
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return total
`);
