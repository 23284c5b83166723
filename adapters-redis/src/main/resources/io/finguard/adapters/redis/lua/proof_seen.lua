-- KEYS[1]: the proof id's key, e.g. fg:dpop:{k:<thumbprint>}:<sha256 of jti>; ARGV[1]: how long to remember it (ms).
-- 1 the first time the key is set within its lifetime, 0 for every later sighting (a replay). One SET NX PX: atomic
-- on one slot, so every instance sharing this Redis (or Cluster) agrees.
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', tonumber(ARGV[1])) then
  return {1}
end
return {0}
