-- Takes back one counted send when a later limit refused it. KEYS: cooldown, burst log, daily log.
-- ARGV: member. The cooldown goes only if this send set it.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return {0, 0}
