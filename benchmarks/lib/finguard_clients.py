"""FinGuard's side of benchmarks/run, through the public API only.

prepare: signs users up (OTP -> credentials -> profile -> submit) and takes them through KYC with the
         admin endpoints (on the management port, --management), then writes one credential per line for each
         wrk scenario, and the signup timings. The --me-dpop users send a DPoP proof at submit (lib/dpop.py, one key
         each, saved beside their tokens), so their sessions are bound to it (docs/security.md, DPoP).
otp:     the OTP entry scenario: request a code for a fresh phone, wait for the SMS sink, verify it; pairs start
         at a fixed rate (the global send budget by default in benchmarks/run), with the server's CPU per pair.
Every request sends its own X-Forwarded-For address (FinGuard runs with 127.0.0.1 as trusted proxy), so the
per-IP OTP limits see many clients, as behind a load balancer; phones are random, so no per-phone limit trips.
"""
import argparse, http.client, json, os, random, statistics, sys, threading, time
import dpop
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

# German (+4915.., +4916.., +4917..) and British (+4474.., +4475.., +4477.., +4478.., +4479..) mobile ranges: eight
# 5-character prefixes, each drawn equally often, share the per-prefix budget (200 sends per 10 minutes each). Every
# range below gave valid mobile numbers only, 200 random ones each, in libphonenumber 9.0.43 (the server's parser).
MOBILE_PREFIXES = {"+4915": ["+49151", "+49152", "+49157"], "+4916": ["+49160", "+49162", "+49163"],
                   "+4917": ["+49170", "+49171", "+49176"],
                   "+4474": ["+44740", "+44741", "+44742", "+44743", "+44744", "+44745", "+44746", "+44747"],
                   "+4475": ["+44750", "+44751", "+44752", "+44753", "+44754", "+44755", "+44756", "+44757"],
                   "+4477": ["+44771", "+44772", "+44773", "+44774", "+44775", "+44776", "+44777"],
                   "+4478": ["+44780", "+44781", "+44784", "+44785", "+44786", "+44787", "+44788", "+44789"],
                   "+4479": ["+44790", "+44792", "+44794", "+44795", "+44796", "+44797", "+44798", "+44799"]}
NATIONAL_DIGITS = dict({"+49151": 8, "+49152": 8, "+49157": 8, "+49160": 7, "+49162": 7, "+49163": 7,
                        "+49170": 7, "+49171": 7, "+49176": 8},
                       **{p: 7 for g in ("+4474", "+4475", "+4477", "+4478", "+4479") for p in MOBILE_PREFIXES[g]})


class Api:
    """One keep-alive connection per worker thread."""

    def __init__(self, base):
        url = urlparse(base)
        self.host, self.port = url.hostname, url.port
        self.base = base.rstrip("/")  # FinGuard's public base URL in benchmarks/run (its issuer): the htu of proofs
        self.local = threading.local()

    def call(self, method, path, body=None, headers=None, expect=(200,)):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        hdrs = {"content-type": "application/json"} if body is not None else {}
        hdrs.update(headers or {})
        data = json.dumps(body) if body is not None else None
        started = time.perf_counter()
        try:
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            raw = resp.read()
        except (http.client.HTTPException, OSError):
            self.local.conn = None
            raise
        elapsed = (time.perf_counter() - started) * 1000
        if resp.status not in expect:
            raise RuntimeError(f"{method} {path} answered {resp.status}: {raw[:300]!r}")
        return (json.loads(raw) if raw else {}), elapsed


def random_phone(rng):
    prefix = rng.choice(MOBILE_PREFIXES[rng.choice(sorted(MOBILE_PREFIXES))])
    return prefix + "".join(str(rng.randrange(10)) for _ in range(NATIONAL_DIGITS[prefix]))


def random_ip(rng):
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def wait_code(codes, phone, timeout=20.0):
    path = os.path.join(codes, phone)
    deadline = time.monotonic() + timeout
    started = time.perf_counter()
    while time.monotonic() < deadline:
        try:
            with open(path) as f:
                code = f.read().strip()
            os.remove(path)
            return code, (time.perf_counter() - started) * 1000
        except FileNotFoundError:
            time.sleep(0.01)
    raise RuntimeError("no code delivered within %.0f s" % timeout)


class Pacer:
    """At most `per_second` calls a second across threads: the preparation's OTP sends stay under FinGuard's global
    budget (600 a minute; going over opens its breaker for a minute)."""

    def __init__(self, per_second):
        self.interval, self.next, self.lock = 1.0 / per_second, time.monotonic(), threading.Lock()

    def wait(self):
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next)
            self.next = slot + self.interval
        time.sleep(max(0.0, slot - now))


PREPARATION_SENDS = Pacer(8)


def otp_pair(api, codes, rng, device, xff=None, patient=False):
    """Request and verify one code for a fresh phone; returns (ticket result, timings in ms). A patient caller (the
    preparation) is paced under the global budget, and waits and asks again should it still be refused."""
    phone, xff = random_phone(rng), xff or {"x-forwarded-for": random_ip(rng)}
    for attempt in range(90 if patient else 1):
        if patient:
            PREPARATION_SENDS.wait()
        challenge, t_request = api.call("POST", "/v1/auth/otp", {"phone": phone}, xff,
                                        expect=(202, 429) if patient else (202,))
        if "challengeId" in challenge:
            break
        time.sleep(2)
    else:
        raise RuntimeError("OTP request still refused after 3 minutes")
    code, t_delivery = wait_code(codes, phone)
    verified, t_verify = api.call("POST", "/v1/auth/otp/verify",
                                  {"challengeId": challenge["challengeId"], "code": code, "deviceId": device}, xff)
    return verified, {"request": t_request, "delivery": t_delivery, "verify": t_verify}


def signup(api, admin, codes, admin_token, password, pin, seed, key=None):
    """One user through signup and KYC; with a DPoP key the session is bound to it at submit."""
    rng = random.Random(seed)
    device = f"bench-{seed}"
    # One client address per user for the whole walk: the per-client hashing budget sees many clients.
    xff = {"x-forwarded-for": random_ip(rng)}
    started = time.perf_counter()
    verified, t = otp_pair(api, codes, rng, device, xff, patient=True)
    if verified.get("authState") != "ONBOARDING_REQUIRED":
        raise RuntimeError(f"fresh phone did not start a signup: {verified.get('authState')}")
    ticket = dict(xff, authorization="Bearer " + verified["ticket"])
    _, t["credentials"] = api.call("PUT", "/v1/signup/credentials", {"password": password, "pin": pin}, ticket)
    _, t["profile"] = api.call("PUT", "/v1/signup/profile", {
        "firstName": "Bench", "lastName": f"User{seed}", "dateOfBirth": "1990-05-17",
        "address": {"line1": "1 Way", "city": "Berlin", "postalCode": "10115", "country": "DE"}}, ticket)
    proof = {"dpop": dpop.proof(key, "POST", api.base + "/v1/signup/submit")} if key else {}
    submitted, t["submit"] = api.call("POST", "/v1/signup/submit", None, dict(ticket, **{"x-device-id": device}, **proof),
                                      expect=(200, 201))
    if submitted.get("authState") != "AUTHENTICATED":
        raise RuntimeError(f"signup not approved: {submitted.get('authState')}")
    t["walk"] = (time.perf_counter() - started) * 1000
    tokens = submitted["tokens"]
    bearer = dict(xff, authorization="Bearer " + tokens["accessToken"])
    if key:
        if tokens.get("tokenType") != "DPoP":
            raise RuntimeError(f"submit with a DPoP proof gave tokenType {tokens.get('tokenType')}")
        bearer = dict(xff, authorization="DPoP " + tokens["accessToken"],
                      dpop=dpop.proof(key, "POST", api.base + "/v1/kyc", tokens["accessToken"]))
    kyc, t["kyc_submit"] = api.call("POST", "/v1/kyc", {"documentType": "PASSPORT", "documentNumber": f"C0{seed}X"},
                                    bearer, expect=(200, 202))
    # Operator requests are limited per caller address (60/min): each decision comes from an address of its own.
    decided, t["kyc_decision"] = admin.call("POST", f"/v1/admin/kyc/{kyc['reference']}/decision", {"verified": True},
                                            {"authorization": "Bearer " + admin_token,
                                             "x-forwarded-for": random_ip(rng)})
    if decided.get("accountTier") != "FULL":
        raise RuntimeError(f"KYC approval did not open a FULL account: {decided}")
    return tokens, t


def summarize(samples):
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
    return {"n": len(ordered), "p50_ms": round(pick(0.5), 2), "p99_ms": round(pick(0.99), 2),
            "max_ms": round(ordered[-1], 2), "mean_ms": round(statistics.fmean(ordered), 2)}


def prepare(args):
    api, admin = Api(args.base), Api(args.management)
    groups = [("refresh", args.refresh), ("stepup", args.stepup), ("me", args.me), ("me-dpop", args.me_dpop)]
    total = sum(n for _, n in groups)
    keys = [dpop.new_key() for _ in range(args.me_dpop)]
    key_of = lambda i: keys[i - (total - args.me_dpop)] if i >= total - args.me_dpop else None  # the last group's
    base_seed = random.SystemRandom().randrange(10**9)
    started = time.perf_counter()
    with ThreadPoolExecutor(args.workers) as pool:
        results = list(pool.map(lambda i: signup(api, admin, args.codes, os.environ["FG_ADMIN_TOKEN"], args.password,
                                                 args.pin, base_seed + i, key_of(i)), range(total)))
    elapsed = time.perf_counter() - started
    files = {"refresh": "refreshToken", "stepup": "accessToken", "me": "accessToken", "me-dpop": "accessToken"}
    i = 0
    for name, n in groups:
        with open(os.path.join(args.out, f"fg-{name}.tokens"), "w") as f:
            for tokens, _ in results[i:i + n]:
                f.write(tokens[files[name]] + "\n")
        # The readers' refresh tokens too: access tokens live at most 15 minutes, shorter than a default run, so the
        # read, introspection and DPoP read scenarios renew theirs just before they start (renew below).
        if name in ("me", "me-dpop"):
            with open(os.path.join(args.out, f"fg-{name}.refresh"), "w") as f:
                for tokens, _ in results[i:i + n]:
                    f.write(tokens["refreshToken"] + "\n")
        i += n
    dpop.save_keys(keys, os.path.join(args.out, "fg-me-dpop.keys"))
    steps = ["request", "delivery", "verify", "credentials", "profile", "submit", "walk", "kyc_submit", "kyc_decision"]
    report = {"users": total, "workers": args.workers, "seconds": round(elapsed, 2),
              "signups_per_s": round(total / elapsed, 2),
              "steps": {s: summarize([t[s] for _, t in results]) for s in steps}}
    json.dump(report, open(os.path.join(args.out, "fg-signup.json"), "w"), indent=1)
    print(f"prepared {total} FinGuard users (signup + KYC) in {elapsed:.1f} s")


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc), or None without a pid."""
    if not pid:
        return None
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def otp(args):
    """Pairs start at --rate per second (0: as fast as the workers go); a refused request counts as refused."""
    api = Api(args.base)
    base_seed = random.SystemRandom().randrange(10**9)
    cpu0, started = cpu_seconds(args.server_pid), time.perf_counter()
    refused = []

    def paced(i):
        if args.rate > 0:
            delay = started + i / args.rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        try:
            return otp_pair(api, args.codes, random.Random(base_seed + i), f"otp-{i}")
        except RuntimeError as e:
            refused.append(str(e)[:120])
            return None

    with ThreadPoolExecutor(args.workers) as pool:
        results = [r for r in pool.map(paced, range(args.count)) if r is not None]
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds(args.server_pid)
    states = {}
    for verified, _ in results:
        states[verified.get("authState")] = states.get(verified.get("authState"), 0) + 1
    report = {"pairs": args.count, "offered_pairs_per_s": args.rate, "workers": args.workers, "seconds": round(elapsed, 2),
              "pairs_per_s": round(len(results) / elapsed, 2), "auth_states": states, "errors": len(refused),
              "error_samples": refused[:5], "loadavg": float(open("/proc/loadavg").read().split()[0]),
              "server_cpu_ms_per_pair": round(1000 * (cpu - cpu0) / len(results), 3) if cpu is not None and results else None,
              "steps": {s: summarize([t[s] for _, t in results]) for s in ["request", "delivery", "verify"]}}
    json.dump(report, open(args.result, "w"), indent=1)
    print(f"OTP entry: {len(results)} of {args.count} request+verify pairs in {elapsed:.1f} s, {len(refused)} refused")


def renew(args):
    """Rotates each refresh token once: fresh access tokens to --out, the successors back to --refresh. Bound
    sessions (--keys, one key a line in the order of --refresh) send a proof by their key."""
    api = Api(args.base)
    keys = dpop.load_keys(args.keys) if args.keys else []
    renewed = []
    for i, line in enumerate(open(args.refresh).read().split()):
        proof = {"dpop": dpop.proof(keys[i], "POST", api.base + "/v1/auth/refresh")} if keys else {}
        answer, _ = api.call("POST", "/v1/auth/refresh", {"refreshToken": line}, proof)
        if keys and answer["tokens"].get("tokenType") != "DPoP":
            raise RuntimeError(f"a bound refresh gave tokenType {answer['tokens'].get('tokenType')}")
        renewed.append(answer["tokens"])
    with open(args.out, "w") as f:
        f.writelines(t["accessToken"] + "\n" for t in renewed)
    with open(args.refresh, "w") as f:
        f.writelines(t["refreshToken"] + "\n" for t in renewed)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--base", required=True); p.add_argument("--codes", required=True); p.add_argument("--out", required=True)
    p.add_argument("--management", required=True)
    p.add_argument("--refresh", type=int, default=24); p.add_argument("--stepup", type=int, default=8)
    p.add_argument("--me", type=int, default=8); p.add_argument("--workers", type=int, default=3)
    p.add_argument("--me-dpop", type=int, default=0, help="readers whose sessions are bound to a DPoP key")
    p.add_argument("--password", required=True); p.add_argument("--pin", required=True)
    o = sub.add_parser("otp")
    o.add_argument("--base", required=True); o.add_argument("--codes", required=True); o.add_argument("--result", required=True)
    o.add_argument("--count", type=int, default=120); o.add_argument("--workers", type=int, default=4)
    o.add_argument("--rate", type=float, default=0); o.add_argument("--server-pid", type=int, default=0)
    r = sub.add_parser("renew")
    r.add_argument("--base", required=True); r.add_argument("--refresh", required=True); r.add_argument("--out", required=True)
    r.add_argument("--keys", help="the sessions' DPoP keys (lib/dpop.py), for bound sessions")
    args = parser.parse_args()
    {"prepare": prepare, "otp": otp, "renew": renew}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
