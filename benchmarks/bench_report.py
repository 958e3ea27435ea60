"""The zorgraad report and the whole demo against their budgets (issue "Compute once, draw fast").

Each job runs in a fresh process (imports outside the clock, except for the demo, which is
timed as a user starts it) and prints seconds against its budget, measured in this one run:

* ``report(net)`` on every bundled example, the first report of a fresh process, from
  the Network (the analysis computed inside the clock) — budget 3 s each — and, for
  scale, ``report(analysis)`` from an Analysis whose tables are computed already (what
  is left is drawing and writing);
* where a second report's time goes (profiled, one figure per section);
* ``elznet demo`` from the command line, the whole job in a fresh interpreter — budget 10 s
  "after installation" (Python's bytecode caches are warmed by one untimed run first).

Run: ``python benchmarks/bench_report.py``. The machine is shared: read the ratios and
the split, not single seconds.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import cProfile, json, pstats, sys, tempfile, time
from pathlib import Path
import matplotlib; matplotlib.use("Agg")
import elznet

name, mode = sys.argv[1], sys.argv[2]
net = elznet.examples.load(name)
net.graph  # reading is not the report's work
out = {"organisations": len(net.organisations)}
given = net if mode == "network" else elznet.analyse(net).compute()
if mode == "analysis":
    given.positions
t = time.perf_counter()
elznet.report(given, Path(tempfile.mkdtemp()) / "r.html")  # the first report of a fresh process
out["seconds"] = time.perf_counter() - t
if mode == "analysis":  # where a second report's time goes
    profile = cProfile.Profile()
    profile.enable()
    elznet.report(given, Path(tempfile.mkdtemp()) / "r.html")
    profile.disable()
    out["sections"] = {f[2]: round(v[3], 2) for f, v in pstats.Stats(profile).stats.items()
                       if f[0].endswith("reporting.py") and f[2].startswith("_section_")}
print(json.dumps(out))
"""


def _line(what: str, seconds: float, budget: float) -> None:
    print(f"{what:<58} {seconds:6.2f} s  (budget {budget:.0f} s) -> {'ok' if seconds <= budget else 'OVER BUDGET'}")


def main() -> None:
    for name in ("meetjesland_zorgpad", "meetjesland_inventaris", "waasland_voorbeeld", "knoke"):
        r = run_job(JOB, name, "network")
        _line(f"report(net), {name} ({r['organisations']} org.)", r["seconds"], 3.0)
        b = run_job(JOB, name, "analysis")
        print(f"{'':<4}report(analysis) with every table computed: {b['seconds']:.2f} s "
              f"({b['seconds'] / r['seconds']:.0%} of the above is drawing and writing); a second report, "
              "profiled, by section: "
              + ", ".join(f"{k[9:]} {v:.2f}" for k, v in sorted(b["sections"].items(), key=lambda kv: -kv[1])))
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "elznet", "demo", "--quiet", "--overwrite"]
        subprocess.run(command, cwd=folder, check=True, capture_output=True)  # bytecode caches, as after pip install
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(command, cwd=folder, check=True, capture_output=True)
        wall = time.perf_counter() - t
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        _line("elznet demo (command line, whole job, fresh interpreter)", wall, 10.0)
        print(f"{'':<4}of which CPU time {used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime:.2f} s "
              "(the rest is waiting for a shared machine: compare with the load average)")


if __name__ == "__main__":
    main()
