"""Slide figure and report against their budgets (issue "Compute once, draw fast").

Each job runs in a fresh process and prints seconds against its budget:

* ``plot_network()`` on generated zones of 150 and 1,000 organisations (about 570 and
  3,900 ties; budgets 1 s and 5 s): from the Network (its spanners and fragile ties computed inside the clock, as a
  user calling it once waits for them) and from an Analysis whose tables and layout are
  computed (what drawing alone costs, as in the report and the demo); with the old
  adjustText placement on the same 150-organisation zone for scale.

``report()`` and ``elznet demo`` are measured by ``benchmarks/bench_report.py``.

Run: ``python benchmarks/bench_figures.py``. The machine is shared: read the ratios,
not single seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import json, sys, time, tempfile, textwrap
import numpy as np, pandas as pd
import matplotlib; matplotlib.use("Agg")
import elznet

def zone(n_org, seed=0):
    rng = np.random.default_rng(seed)
    orgs = [f"Organisatie {i} {['Eeklo', 'Aalter', 'Maldegem'][i % 3]}" for i in range(n_org)]
    parts = []
    for i in range(int(n_org * 1.2)):
        for org in rng.choice(n_org, size=rng.integers(2, 5), replace=False):
            parts.append((f"Initiatief {i}", orgs[org]))
    # the initiatives sheet names them: without it the participations tie nobody (an edgeless "zone")
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": orgs,
                                      "sector": rng.choice(["zorg", "welzijn", "lokaal bestuur", "onderwijs"], n_org)}),
        "initiatieven": pd.DataFrame({"naam": sorted({ini for ini, _ in parts})}),
        "deelnames": pd.DataFrame(parts, columns=["initiatief", "organisatie"])})

job, n = sys.argv[1], int(sys.argv[2])
out = {}
if job in ("plot", "plot_analysis"):
    net = zone(n); net.graph  # reading is not the figure's work
    given = net
    if job == "plot_analysis":  # what the figure reads, computed before the clock; their times reported
        given = elznet.analyse(net)
        for name in ("spanners", "fragile_ties", "positions"):
            t = time.perf_counter(); getattr(given, name); out[name] = time.perf_counter() - t
    t = time.perf_counter(); fig = elznet.plot_network(given); fig.savefig(tempfile.mktemp(suffix=".png"), dpi=100)
    out["seconds"] = time.perf_counter() - t
    out["labels"] = len(fig.axes[0].texts)
    out["ties"] = net.graph.number_of_edges()
elif job == "adjusttext":
    from adjustText import adjust_text
    net = zone(n)
    fig = elznet.plot_network(net, label=None)
    ax = fig.axes[0]; g = net.graph; pos = elznet.output._layout.network_positions(g, seed=0)
    t = time.perf_counter()
    texts = [ax.text(*pos[v], textwrap.fill(g.nodes[v]["name"], 24), fontsize=7.5) for v in g]
    fig.canvas.draw()
    adjust_text(texts, ax=ax, expand=(1.25, 1.6), force_text=(0.4, 0.6), iter_lim=400)
    fig.savefig(tempfile.mktemp(suffix=".png"), dpi=100)
    out["seconds"] = time.perf_counter() - t
print(json.dumps(out))
"""


def _line(what: str, seconds: float, budget: float) -> None:
    print(f"{what:<48} {seconds:6.2f} s  (budget {budget:.0f} s) -> {'ok' if seconds <= budget else 'OVER BUDGET'}")


def main() -> None:
    for n, budget in ((150, 1.0), (1000, 5.0)):
        r = run_job(JOB, "plot", n)
        _line(f"plot_network(net), {n} org., {r['ties']} ties ({r['labels']} texts)", r["seconds"], budget)
        r = run_job(JOB, "plot_analysis", n)
        _line(f"plot_network(analysis), {n} organisations", r["seconds"], budget)
        print(f"    what it read, computed once in the Analysis: spanners {r['spanners']:.2f} s, fragile ties "
              f"{r['fragile_ties']:.2f} s, positions {r['positions']:.2f} s")
    old = run_job(JOB, "adjusttext", 150)["seconds"]
    new = run_job(JOB, "plot", 150)["seconds"]
    print(f"{'adjustText labels, 150 organisations (old way)':<48} {old:6.2f} s  -> place_labels x{old / new:.0f} faster")


if __name__ == "__main__":
    main()
