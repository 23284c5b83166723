"""Charts of one benchmarks/run from its results JSON, drawn by gnuplot (Debian's gnuplot-nox; no PyPI needed).

Usage: charts.py RESULTS.json OUT_DIR. Writes OUT_DIR/<scenario>.png per scenario: on the left each saturation
run's req/s for both sides (with the median as a line), on the right each fixed-load run's p50 and p99 latency.
File names do not carry the date, so README's links always show the latest run.
"""
import json, os, subprocess, sys, tempfile

results, out_dir = json.load(open(sys.argv[1])), sys.argv[2]
os.makedirs(out_dir, exist_ok=True)
date = results["machine"]["date_utc"]


def column(side, *keys):
    value = side
    for k in keys:
        value = (value or {}).get(k)
    return value or []


for name, entry in results["scenarios"].items():
    fg, kc = entry.get("finguard"), entry.get("keycloak")
    if not fg:
        continue
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "runs.dat")
        sides = [("FinGuard", fg), ("Keycloak", kc)] if kc else [("FinGuard", fg)]
        with open(data, "w") as f:
            for label, side in sides:  # one gnuplot data block per side: run, req/s, p50, p99
                f.write(f"# {label}\n")
                rps, p50, p99 = column(side, "saturation", "rps_runs"), column(side, "fixed_load", "p50_ms_runs"), \
                    column(side, "fixed_load", "p99_ms_runs")
                for i in range(max(len(rps), len(p50))):
                    pick = lambda xs: xs[i] if i < len(xs) and xs[i] is not None else "NaN"
                    f.write(f"{i + 1} {pick(rps)} {pick(p50)} {pick(p99)}\n")
                f.write("\n\n")
        colors = {"FinGuard": "#1f77b4", "Keycloak": "#d62728"}
        rps_plots = ", ".join(
            f"'{data}' index {i} using 1:2 with linespoints lw 2 pt 7 lc rgb '{colors[l]}' title '{l} (median "
            f"{s['saturation']['rps_median']})'" for i, (l, s) in enumerate(sides))
        lat_plots = ", ".join(
            f"'{data}' index {i} using 1:3 with linespoints lw 2 pt 7 lc rgb '{colors[l]}' title '{l} p50', "
            f"'{data}' index {i} using 1:4 with linespoints lw 2 pt 5 dt 2 lc rgb '{colors[l]}' title '{l} p99'"
            for i, (l, s) in enumerate(sides))
        offered = (fg.get("fixed_load") or {}).get("offered_rps")
        script = f"""
set terminal pngcairo size 1200,460 font 'DejaVu Sans,10'
set output '{os.path.join(out_dir, name + '.png')}'
set multiplot layout 1,2 title "{entry['what']} ({date})"
set grid
set key bottom left
set xlabel 'run'
set xtics 1
set ylabel 'req/s at saturation'
set yrange [0:*]
plot {rps_plots}
set key top left
set ylabel 'latency, ms (offered {offered} req/s to both)'
set logscale y
set yrange [*:*]
plot {lat_plots}
unset multiplot
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        print(f"chart: {os.path.join(out_dir, name + '.png')}")
