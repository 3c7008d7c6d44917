import { hash } from 'node:crypto';
import type { RedisScript } from './redis-scripts.js';

function script(source: string): RedisScript {
  return { source, sha1: hash('sha1', source, 'hex') };
}

/**
 * KEYS: the bucket hashes, then the name sets. ARGV[1]: the number of buckets; ARGV[2]: the name
 * sets' lifetime (ms); then per bucket its lifetime (ms); then per name set the name to add; then
 * field, increment pairs added to every bucket. Atomic: every bucket of one request, or none.
 */
export const addUsageScript = script(`
local buckets = tonumber(ARGV[1])
local namesTtl = tonumber(ARGV[2])
local sets = #KEYS - buckets
local fields = 3 + buckets + sets
for i = 1, buckets do
  for f = fields, #ARGV, 2 do
    redis.call('HINCRBY', KEYS[i], ARGV[f], ARGV[f + 1])
  end
  redis.call('PEXPIRE', KEYS[i], ARGV[2 + i])
end
for s = 1, sets do
  redis.call('SADD', KEYS[buckets + s], ARGV[2 + buckets + s])
  redis.call('PEXPIRE', KEYS[buckets + s], namesTtl)
end
return buckets
`);

/** KEYS: bucket hashes. Replies each one's `HGETALL` (an empty list for a bucket not there). */
export const readUsageScript = script(`
local reply = {}
for i = 1, #KEYS do reply[i] = redis.call('HGETALL', KEYS[i]) end
return reply
`);

/** KEYS[1]: a name set. Replies its members. */
export const usageNamesScript = script(`
return redis.call('SMEMBERS', KEYS[1])
`);
