-- Reads locks in order of precedence. KEYS: lock keys.
-- {0, 0}: none set. {i, ms}: KEYS[i] is set for ms more.
for i, key in ipairs(KEYS) do
  local ms = remaining(key)
  if ms > 0 then
    return {i, ms}
  end
end
return {0, 0}
