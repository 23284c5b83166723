"""Turns the scale tests' figures (JSON lines) and surefire's XML reports into benchmarks/results/scale-<date>.md/.json."""
import argparse, glob, json, os, platform, subprocess, xml.etree.ElementTree as ET

p = argparse.ArgumentParser()
for name in ("figures", "surefire", "out", "mode", "seconds", "status", "command", "maven"):
    p.add_argument("--" + name, required=True)
a = p.parse_args()

figures = []
if os.path.exists(a.figures):
    with open(a.figures) as f:
        figures = [json.loads(line) for line in f if line.strip()]

tests = []
for path in sorted(glob.glob(os.path.join(a.surefire, "TEST-io.finguard.bootstrap.scale.*.xml"))):
    suite = ET.parse(path).getroot()
    for case in suite.iter("testcase"):
        outcome = "passed"
        for kind in ("failure", "error", "skipped"):
            element = case.find(kind)
            if element is not None:
                outcome = kind if kind != "skipped" else "skipped: " + (element.get("message") or "")
        tests.append({"class": case.get("classname").rsplit(".", 1)[-1], "test": case.get("name"),
                      "seconds": float(case.get("time") or 0), "outcome": outcome})

def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:
        return ""

machine = {"cpus": os.cpu_count(), "kernel": platform.release(), "load": os.getloadavg()[0],
           "redis": sh("redis-server", "--version"), "git": sh("git", "rev-parse", "--short", "HEAD")}
report = {"mode": a.mode, "command": a.command, "maven": a.maven, "seconds": int(a.seconds),
          "exit": int(a.status), "machine": machine, "tests": tests, "figures": figures}
with open(a.out + ".json", "w") as f:
    json.dump(report, f, indent=2)

lines = [f"# FinGuard scale run ({a.mode}) of {os.path.basename(a.out)[6:]}", "",
         f"Command: `{a.command}` (runs `{a.maven}`); {int(a.seconds)} s; exit {a.status}.",
         f"Machine: {machine['cpus']} cores, Linux {machine['kernel']}, 1-min load {machine['load']:.2f} at the end, "
         f"{machine['redis'].split(' sha=')[0]}, commit {machine['git']}. Everything runs on this one machine: 6 Redis nodes, "
         "PostgreSQL, 3 FinGuard JVMs and the load generator share its cores.", "",
         "## Tests", "", "| class | test | outcome | s |", "|---|---|---|---|"]
lines += [f"| {t['class']} | {t['test']} | {t['outcome']} | {t['seconds']:.1f} |" for t in tests]
lines += ["", "## Figures", "", "Each was measured by the named test class in the command above.", "",
          "| test | figure | value | unit | conditions |", "|---|---|---|---|---|"]
lines += [f"| {x['test']} | {x['name']} | {x['value']} | {x['unit']} | {x['note']} |" for x in figures]
with open(a.out + ".md", "w") as f:
    f.write("\n".join(lines) + "\n")
