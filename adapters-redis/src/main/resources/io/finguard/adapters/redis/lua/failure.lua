-- Records one failure under a lockout, and for users also toward the account ceiling.
-- KEYS: lock, failure log, lock history[, ceiling lock, streak, held attempts].
-- ARGV: failures, window ms, first lock ms, growth, max lock ms, memory ms, member (the held attempt's, if any),
--       ceiling (0 = none), ceiling lock ms, streak memory ms.
-- {0, 0}: recorded. {1, ms}: locked (already, or by this failure). {2, ms}: at the ceiling.
local now = now_ms()
if KEYS[6] then
  redis.call('ZREM', KEYS[6], ARGV[7])
end
local ceiling = tonumber(ARGV[8])
if ceiling > 0 then
  local at_ceiling = remaining(KEYS[4])
  if at_ceiling > 0 then
    return {2, at_ceiling}
  end
  -- Counted before the lock check: a failure evaluated while a lock began still counts toward the ceiling.
  local streak = redis.call('INCR', KEYS[5])
  redis.call('PEXPIRE', KEYS[5], ARGV[10])
  if streak >= ceiling then
    redis.call('SET', KEYS[4], '1', 'PX', ARGV[9])
    redis.call('DEL', KEYS[5], KEYS[2])
    return {2, tonumber(ARGV[9])}
  end
end
local locked = remaining(KEYS[1])
if locked > 0 then
  return {1, locked}
end
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
redis.call('ZADD', KEYS[2], now, ARGV[7])
redis.call('PEXPIRE', KEYS[2], window)
if redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[1]) then
  return {0, 0}
end
-- The n-th lock while the history lasts is growth^(n-1) times the first, capped (Lockout.lockNumber).
local n = redis.call('INCR', KEYS[3])
local lock = tonumber(ARGV[3])
local max_lock = tonumber(ARGV[5])
local i = 1
while i < n and lock < max_lock do
  lock = lock * tonumber(ARGV[4])
  i = i + 1
end
if lock > max_lock then
  lock = max_lock
end
redis.call('SET', KEYS[1], '1', 'PX', lock)
redis.call('PEXPIRE', KEYS[3], lock + tonumber(ARGV[6]))
redis.call('DEL', KEYS[2])
return {1, lock}
