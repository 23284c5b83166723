-- Global sends budget with a breaker. KEYS: breaker, log. ARGV: max, period ms, breaker ms, member.
-- {0, 0}: counted. {1, ms}: breaker open, or the budget is spent and the breaker trips now.
local now = now_ms()
local open = remaining(KEYS[1])
if open > 0 then
  return {1, open}
end
local period = tonumber(ARGV[2])
if window_wait(KEYS[2], tonumber(ARGV[1]), period, now) > 0 then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[3])
  return {1, tonumber(ARGV[3])}
end
redis.call('ZADD', KEYS[2], now, ARGV[4])
redis.call('PEXPIRE', KEYS[2], period)
return {0, 0}
