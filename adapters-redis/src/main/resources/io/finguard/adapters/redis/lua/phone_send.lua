-- Per-phone send limits. KEYS: cooldown, burst log, daily log.
-- ARGV: cooldown ms, burst max, burst ms, daily max, daily ms, member.
-- {0, 0}: counted. {1|2|3, ms}: refused by cooldown|burst|daily; of those that refuse,
-- the one that frees last is named, since retrying any earlier would fail again.
local now = now_ms()
local c = remaining(KEYS[1])
local b = window_wait(KEYS[2], tonumber(ARGV[2]), tonumber(ARGV[3]), now)
local d = window_wait(KEYS[3], tonumber(ARGV[4]), tonumber(ARGV[5]), now)
if d > 0 and d >= b and d >= c then
  return {3, d}
end
if b > 0 and b >= c then
  return {2, b}
end
if c > 0 then
  return {1, c}
end
redis.call('SET', KEYS[1], ARGV[6], 'PX', ARGV[1])
redis.call('ZADD', KEYS[2], now, ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('ZADD', KEYS[3], now, ARGV[6])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return {0, 0}
