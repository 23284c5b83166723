-- Takes one step-up attempt before the slow hash. KEYS: ceiling, lock, failure log, held attempts.
-- ARGV: failures, window ms, member, in-flight retry ms.
-- {0, 0}: taken. {2, ms}: at the account ceiling. {1, ms}: locked, or every attempt the lockout leaves is taken
-- by failures and by attempts still being evaluated (ms is then the in-flight retry).
local now = now_ms()
local ceiling = remaining(KEYS[1])
if ceiling > 0 then
  return {2, ceiling}
end
local locked = remaining(KEYS[2])
if locked > 0 then
  return {1, locked}
end
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
-- An attempt never settled (its instance died mid-hash) keeps its place for the window, as a failure would.
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - window)
if redis.call('ZCARD', KEYS[3]) + redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[1]) then
  return {1, tonumber(ARGV[4])}
end
redis.call('ZADD', KEYS[4], now, ARGV[3])
redis.call('PEXPIRE', KEYS[4], window)
return {0, 0}
