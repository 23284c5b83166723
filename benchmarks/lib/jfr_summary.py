"""A short text summary of a JFR recording, for benchmarks/profiles/ (the evidence behind each performance change).

Usage: jfr_summary.py RECORDING.jfr FILTER [TOP]. Only the samples whose stack holds a frame containing FILTER count
(e.g. "SessionEndpoints.me" for GET /v1/me), so a recording of a whole run can be cut down to one route. Prints, for
jdk.ExecutionSample, the methods with the most samples on top of the stack (self) and anywhere in it (inclusive, the
share of the route's CPU spent in or below the method), and for jdk.ObjectAllocationSample the allocated classes
and allocating methods by sampled weight. Reads the recording with the JDK's own `jfr` tool.
"""
import collections, json, subprocess, sys

recording, needle = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25


def events(kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", kind, recording],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    stack = (event["values"].get("stackTrace") or {}).get("frames") or []
    return [f"{f['method']['type']['name']}.{f['method']['name']}" for f in stack]


def table(title, counter, total, unit):
    print(f"\n{title}")
    for name, n in counter.most_common(top):
        print(f"  {100 * n / total:5.1f}%  {n:>10}{unit}  {name}")


def below(stack):
    """The frames from the top of the stack down to the outermost frame matching the filter: the route's own work."""
    last = max(i for i, f in enumerate(stack) if needle in f)
    return stack[:last + 1]


samples = [frames(e) for e in events("jdk.ExecutionSample")]
route = [below(s) for s in samples if any(needle in f for f in s)]
print(f"{recording}: {len(samples)} execution samples, {len(route)} with a frame matching '{needle}'")
if route:
    self_ = collections.Counter(s[0] for s in route)
    inclusive = collections.Counter(f for s in route for f in set(s))
    table("Self (top of stack):", self_, len(route), " samples")
    table("Inclusive (in or below):", inclusive, len(route), " samples")

allocations = [(frames(e), e["values"]["objectClass"]["name"], e["values"]["weight"])
               for e in events("jdk.ObjectAllocationSample")]
allocs = [(below(s), c, w) for s, c, w in allocations if any(needle in f for f in s)]
print(f"\n{len(allocations)} allocation samples, {len(allocs)} matching '{needle}'")
if allocs:
    total = sum(w for _, _, w in allocs)
    by_class, by_site = collections.Counter(), collections.Counter()
    for s, c, w in allocs:
        by_class[c] += w
        by_site[s[0] if s else "?"] += w
    table("Allocated classes (sampled weight, bytes):", by_class, total, " B")
    table("Allocating methods (sampled weight, bytes):", by_site, total, " B")
    by_caller = collections.Counter()
    for s, c, w in allocs:
        for f in set(s):
            by_caller[f] += w
    table("Allocations in or below (sampled weight, bytes):", by_caller, total, " B")
