-- Settles a step-up attempt whose secret was right. KEYS: ceiling, lock, failure log, streak, held attempts.
-- ARGV: member. The attempt is given back in every case.
-- {0, 0}: allowed; the consecutive failures reset. {2, ms}: the account ceiling began while it was evaluated.
-- {1, ms}: a step-up lock began while it was evaluated.
redis.call('ZREM', KEYS[5], ARGV[1])
local ceiling = remaining(KEYS[1])
if ceiling > 0 then
  return {2, ceiling}
end
local locked = remaining(KEYS[2])
if locked > 0 then
  return {1, locked}
end
redis.call('DEL', KEYS[3], KEYS[4])
return {0, 0}
