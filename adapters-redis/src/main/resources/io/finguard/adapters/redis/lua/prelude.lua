-- Prepended to every script. Time is the Redis server's, so every FinGuard instance agrees on it.
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- Sliding log in a sorted set scored by ms: drops what left the window, then
-- 0 when there is room, else the ms until the oldest entry leaves.
local function window_wait(key, max, period, now)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
  if redis.call('ZCARD', key) < max then
    return 0
  end
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + period - now
end

-- Ms left on a lock, cooldown or breaker key; 0 when it is not set.
local function remaining(key)
  local ttl = redis.call('PTTL', key)
  if ttl > 0 then
    return ttl
  end
  return 0
end

