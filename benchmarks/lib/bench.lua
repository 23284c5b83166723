-- One wrk script for every scenario of benchmarks/run, configured through the environment:
--   BENCH_KIND      fg-me | fg-refresh | fg-stepup | fg-introspect | kc-password | kc-refresh | kc-userinfo | kc-introspect
--                   | fg-me-dpop | kc-userinfo-dpop
--   BENCH_TOKENS    file with one credential per line (a token, "username password" for kc-password, or
--                   "basic-credential token" for the introspection kinds: an answer other than active is an error)
--   BENCH_SECRET    the password step-up proves (fg-stepup)
--   BENCH_RATE      total requests/s to offer (0: as fast as the connections allow, i.e. saturation)
--   BENCH_SECONDS   the wrk -d duration; new requests stop BENCH_MARGIN seconds before it ends, so every
--                   rotating chain's last answer is read and its token survives for the next run
--   BENCH_OUT       where done() writes one JSON line of figures; chains are written to BENCH_OUT.tokens
--   BENCH_PROOFS    the DPoP kinds: lines "<token line> <iat> <proof>" from lib/dpop.py, ordered by iat; each request
--                   sends its token with the next unused proof for it. A proof is never sent twice: one whose iat is
--                   more than 10 s behind the clock is passed over (unsent), and when a token has no proof left
--                   within 10 s of the clock the request is not made (counted as starved and as proofs_dry).
-- Rotating scenarios (refresh, step-up) keep a pool of live tokens per wrk thread: a request takes one,
-- its answer puts the new one back. Each connection has at most one request in flight, so a pool at
-- least as large as the thread's connections never runs dry while every answer is a success.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local kind = os.getenv("BENCH_KIND")
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local seconds = tonumber(os.getenv("BENCH_SECONDS") or "10")
local margin = tonumber(os.getenv("BENCH_MARGIN") or "1.5")
local out = os.getenv("BENCH_OUT")
local realm = os.getenv("BENCH_KC_REALM") or "bench"
local client = os.getenv("BENCH_KC_CLIENT") or "bench"
local secret = os.getenv("BENCH_SECRET") or ""

local chained = (kind == "fg-refresh" or kind == "fg-stepup" or kind == "kc-refresh")
local introspection = (kind == "fg-introspect" or kind == "kc-introspect")
local dpop = (kind == "fg-me-dpop" or kind == "kc-userinfo-dpop")
local token_pattern = ({
  ["fg-refresh"] = '"refreshToken"%s*:%s*"([^"]+)"',
  ["fg-stepup"] = '"accessToken"%s*:%s*"([^"]+)"',
  ["kc-refresh"] = '"refresh_token"%s*:%s*"([^"]+)"',
})[kind]
local kc_token = "/realms/" .. realm .. "/protocol/openid-connect/token"
local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

local threads = {}
local next_id = 0
function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state); globals, so done() can read them with thread:get.
pool, head, tail = {}, 1, 0
ok, bad, starved, statuses = 0, 0, 0, {}
proofs_dry, proofs_stale = 0, 0
local token_line, proofs, proof_iats, proof_next = {}, {}, {}, {} -- DPoP: per token line, its proofs and a cursor
t_first, t_last = 0, 0
local stop_at, next_slot, interval = nil, nil, 0

function init(args)
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local i = 0
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if line ~= "" then
      if i % nthreads == tid then
        tail = tail + 1
        pool[tail] = line
      end
      token_line[line] = i
      proofs[i], proof_iats[i], proof_next[i] = {}, {}, 1
      i = i + 1
    end
  end
  if dpop then
    for line in io.lines(os.getenv("BENCH_PROOFS")) do
      local n, iat, jws = line:match("^(%d+) (%d+) (%S+)$")
      n = tonumber(n)
      if n and proofs[n] then
        table.insert(proofs[n], jws)
        table.insert(proof_iats[n], tonumber(iat))
      end
    end
  end
  local start = now_ms()
  stop_at = start + (seconds - margin) * 1000
  next_slot = start
  if rate > 0 then interval = 1000 * nthreads / rate end
end

-- Fixed offered load: the thread hands out send slots every `interval` ms; unpaced runs never wait.
function delay()
  local now = now_ms()
  if now >= stop_at then return 10000000 end
  if interval == 0 then return 0 end
  local slot = next_slot
  if slot >= stop_at then return 10000000 end -- a slot past the stop would send after the chains are saved
  next_slot = slot + interval
  if slot > now then return slot - now end
  return 0
end

local function take()
  if head > tail then return nil end
  local v = pool[head]
  pool[head] = nil
  head = head + 1
  if not chained then -- static credentials go round the list
    tail = tail + 1
    pool[tail] = v
  end
  return v
end

-- The next unused DPoP proof for a token, or nil when none is left within 10 s of the clock.
local function next_proof(token)
  local n = token_line[token]
  local list, iats, c = proofs[n], proof_iats[n], proof_next[n]
  local now = os.time()
  while c <= #list and iats[c] < now - 10 do c = c + 1; proofs_stale = proofs_stale + 1 end
  proof_next[n] = c
  if c > #list or iats[c] > now + 10 then return nil end
  proof_next[n] = c + 1 -- the cursor only moves forward: a proof is sent once at most
  return list[c]
end

local function put(v)
  tail = tail + 1
  pool[tail] = v
end

-- wrk 4.1 calls request() once on the first thread's state to check the request, and never sends it: a
-- rotating token taken then would be lost, so the first call of each state builds a throwaway probe instead.
-- (Should a wrk ever send it, its answer is ignored in response().)
local probed = false
probe_outstanding = false

function request()
  if chained and not probed then
    probed = true
    probe_outstanding = true
    return wrk.format("GET", "/bench-probe-never-sent")
  end
  if t_first == 0 then t_first = now_ms() end
  local cred = take()
  if cred == nil then
    starved = starved + 1
    return wrk.format("GET", "/starved-no-token-left")
  end
  if kind == "fg-me" then
    return wrk.format("GET", "/v1/me", { ["Authorization"] = "Bearer " .. cred })
  elseif kind == "fg-refresh" then
    return wrk.format("POST", "/v1/auth/refresh", { ["Content-Type"] = "application/json" },
      '{"refreshToken":"' .. cred .. '"}')
  elseif kind == "fg-stepup" then
    -- A client address per request: FinGuard budgets hashing per client network (and per user: hence many users).
    local xff = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
    return wrk.format("POST", "/v1/auth/step-up",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. cred, ["X-Forwarded-For"] = xff },
      '{"method":"password","secret":"' .. secret .. '"}')
  elseif kind == "kc-password" then
    local user, password = cred:match("^(%S+) (.+)$")
    return wrk.format("POST", kc_token, form, "grant_type=password&client_id=" .. client .. "&scope=openid&username="
      .. user .. "&password=" .. password)
  elseif kind == "kc-refresh" then
    return wrk.format("POST", kc_token, form, "grant_type=refresh_token&client_id=" .. client .. "&refresh_token=" .. cred)
  elseif kind == "fg-introspect" or kind == "kc-introspect" then
    local basic, token = cred:match("^(%S+) (%S+)$")
    local path = kind == "fg-introspect" and "/oauth2/introspect" or kc_token .. "/introspect"
    return wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Authorization"] = "Basic " .. basic }, "token=" .. token)
  elseif kind == "kc-userinfo" then
    return wrk.format("GET", "/realms/" .. realm .. "/protocol/openid-connect/userinfo", { ["Authorization"] = "Bearer " .. cred })
  elseif dpop then
    local jws = next_proof(cred)
    if jws == nil then
      proofs_dry = proofs_dry + 1
      starved = starved + 1
      return wrk.format("GET", "/starved-no-dpop-proof-left")
    end
    local path = kind == "fg-me-dpop" and "/v1/me" or "/realms/" .. realm .. "/protocol/openid-connect/userinfo"
    return wrk.format("GET", path, { ["Authorization"] = "DPoP " .. cred, ["DPoP"] = jws })
  end
  error("unknown BENCH_KIND " .. tostring(kind))
end

function response(status, headers, body)
  if probe_outstanding and (status < 200 or status > 299) and (body == nil or not body:match(token_pattern)) then
    probe_outstanding = false
    return
  end
  t_last = now_ms()
  statuses[status] = (statuses[status] or 0) + 1
  if status < 200 or status > 299 then
    bad = bad + 1
    return
  end
  if introspection and not body:match('"active"%s*:%s*true') then bad = bad + 1 return end -- inactive is a failure here
  if chained then
    local fresh = body:match(token_pattern)
    if fresh == nil then bad = bad + 1 return end
    put(fresh)
  end
  ok = ok + 1
end

function done(summary, latency, requests)
  local total_ok, total_bad, total_starved, first, last = 0, 0, 0, nil, nil
  local dry, stale = 0, 0
  local status_totals, statuses_json, tokens = {}, {}, {}
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_bad = total_bad + thread:get("bad")
    total_starved = total_starved + thread:get("starved")
    dry, stale = dry + thread:get("proofs_dry"), stale + thread:get("proofs_stale")
    local t_first_ms, t_last_ms = thread:get("t_first"), thread:get("t_last")
    if t_first_ms > 0 and (first == nil or t_first_ms < first) then first = t_first_ms end
    if last == nil or t_last_ms > last then last = t_last_ms end
    for code, n in pairs(thread:get("statuses")) do status_totals[code] = (status_totals[code] or 0) + n end
    local p, h, t = thread:get("pool"), thread:get("head"), thread:get("tail")
    for i = h, t do table.insert(tokens, p[i]) end
  end
  for code, n in pairs(status_totals) do table.insert(statuses_json, '"' .. code .. '":' .. n) end
  local span = ((last or 0) - (first or 0)) / 1000
  local e = summary.errors
  local f = io.open(out, "w")
  f:write(string.format('{"ok":%d,"non2xx":%d,"starved":%d,"span_s":%.3f,"rps":%.2f,' ..
    '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f,' ..
    '"wrk_requests":%d,"wrk_errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},"statuses":{%s}%s}\n',
    total_ok, total_bad, total_starved, span, span > 0 and total_ok / span or 0,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, summary.requests, e.connect, e.read, e.write, e.status, e.timeout,
    table.concat(statuses_json, ","),
    dpop and string.format(',"proofs_dry":%d,"proofs_stale":%d', dry, stale) or ""))
  f:close()
  if chained then
    local t = io.open(out .. ".tokens", "w")
    t:write(table.concat(tokens, "\n"), "\n")
    t:close()
  end
end
