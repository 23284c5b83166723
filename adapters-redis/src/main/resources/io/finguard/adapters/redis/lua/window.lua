-- One sliding-window limit. KEYS: log. ARGV: max, period ms, member.
-- {0, 0}: counted. {1, ms}: refused, nothing counted.
local now = now_ms()
local period = tonumber(ARGV[2])
local wait = window_wait(KEYS[1], tonumber(ARGV[1]), period, now)
if wait > 0 then
  return {1, wait}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], period)
return {0, 0}
