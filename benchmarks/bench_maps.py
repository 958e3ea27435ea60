"""How fast a large network map is built in Python and becomes interactive in Chromium.

Generates an inventory of N organisations (default 5,000; about 15 ties each), builds
``network_map`` (layout, highlighting, HTML), saves it, opens it in headless Chromium
(Debian's, as the tests do) and measures the time until the first frame with every node
is drawn, against the budgets of issue 12 (3 s in Python, 2 s in Chromium, measured in
this one run), plus one zoom redraw, the map with reused positions and the aggregated
map (one node per cluster).
Run: ``python benchmarks/bench_maps.py [N]``.

``python benchmarks/bench_maps.py zone``: ``network_map()`` of the 2,000-organisation zone
that ``benchmarks/bench_zone.py`` generates (its generator, imported), against the 1 s
budget of issue 11: built from an :class:`elznet.Analysis` whose tables and layout are
computed (the map's own work; the analysis has its own budget in bench_zone.py), first
map of the process; and, for scale, from the bare Network (analysis inside the clock).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import elznet  # noqa: E402
from tests.browser import visit  # noqa: E402


def inventory(n: int, seed: int = 0) -> elznet.Network:
    rng = np.random.default_rng(seed)
    sectors = ["zorg", "welzijn", "lokaal bestuur", "onderwijs", "jeugdwerk", "pzon"]
    orgs = [f"Organisatie {i}" for i in range(n)]
    rows = []
    for i in range(int(n * 1.2)):  # initiatives of 3-5 partners, mostly among neighbours
        centre = rng.integers(n)
        members = {int((centre + rng.normal(0, 30)) % n) for _ in range(rng.integers(3, 6))}
        rows += [(f"Initiatief {i}", orgs[m]) for m in members]
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": orgs, "sector": rng.choice(sectors, n)}),
        "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie"]),
        "initiatieven": pd.DataFrame({"naam": sorted({r[0] for r in rows})}),
    })


#: Budgets of issue 12 (item 3): a 5,000-organisation map built in Python and drawn by Chromium.
PYTHON_BUDGET_S = 3.0
CHROMIUM_BUDGET_S = 2.0
#: Budget of issue 11 (item 6): the map of a 2,000-organisation zone from its Analysis.
ZONE_MAP_BUDGET_S = 1.0


def zone_inventory() -> elznet.Network:
    """The 2,000-organisation zone of ``benchmarks/bench_zone.py`` (3,000 initiatives, 4,000
    people), from that script's own generator (its job text defines ``zone()``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_zone

    namespace: dict = {}
    exec(bench_zone.JOB.split("\njob, scale")[0], namespace)  # noqa: S102 (our own benchmark's generator)
    return namespace["zone"](2000, 3000, 4000)


def zone_map() -> None:
    import igraph  # noqa: F401  (libraries load before the clock starts)

    net = zone_inventory()
    g = net.graph
    print(f"zone: {len(net.organisations)} organisations, {len(net.initiatives)} initiatives, "
          f"{g.number_of_edges()} ties; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    a = elznet.analyse(net)
    t = time.perf_counter()
    a.spanners, a.fragile_ties, a.communities, a.positions  # noqa: B018 (what the map reads)
    print(f"  the tables and layout the map reads (spanners, fragile ties, clusters, positions): "
          f"{time.perf_counter() - t:.2f} s, once, in the Analysis")
    wall, cpu = time.perf_counter(), time.process_time()
    m = elznet.network_map(a)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"network_map(analysis), first map of the process: {_verdict(wall, ZONE_MAP_BUDGET_S)} wall; "
          f"{cpu:.2f} s CPU; {len(m.nodes)} nodes, {len(m.edges)} ties")
    wall = time.perf_counter()
    elznet.network_map(net)
    print(f"network_map(net), analysis inside the clock (for scale): {time.perf_counter() - wall:.2f} s")


def _draw(path: Path) -> tuple[float, dict, list, list]:
    seen = visit(path, evaluate={
        "nodes": "window.elznet.visibleIds().length",
        "labels": "window.elznet.labels().length",
        "zoom_ms": "(() => { const t = performance.now(); const n = window.elznet.network; "
                   "n.moveTo({scale: n.getScale() * 1.5}); n.redraw(); return performance.now() - t; })()",
        "drawn_ms": "window.elznetReady",
    })
    return seen.seconds_to_ready, seen.values, seen.errors, seen.requests


def _verdict(seconds: float, budget: float) -> str:
    return f"{seconds:.2f} s of {budget:.0f} s budget ({seconds / budget:.0%}: {'within' if seconds <= budget else 'OVER'})"


def main() -> None:
    if sys.argv[1:] == ["zone"]:
        zone_map()
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    import igraph  # noqa: F401  (libraries load before the clock starts)
    import scipy.sparse  # noqa: F401

    net = inventory(n)
    g = net.graph  # the Network's graph is built before the clock: the map's cost is the map
    print(f"{len(net.organisations)} organisations, {g.number_of_edges()} ties; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time suffers when it is high)")

    def timed(**kwargs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = elznet.network_map(net, **kwargs)
        return result, time.perf_counter() - wall, time.process_time() - cpu

    m, built, built_cpu = timed()
    again, reused, reused_cpu = timed(positions=m)
    grouped, aggregated, aggregated_cpu = timed(aggregate="cluster")
    with tempfile.TemporaryDirectory() as tmp:
        path = m.save(Path(tmp) / "kaart.html")
        size = path.stat().st_size / 1e6
        seconds, values, errors, requests = _draw(path)
        gpath = grouped.save(Path(tmp) / "samengevat.html")
        gseconds, gvalues, gerrors, grequests = _draw(gpath)
    print(f"network_map() in Python: {_verdict(built, PYTHON_BUDGET_S)} wall; "
          f"{_verdict(built_cpu, PYTHON_BUDGET_S)} CPU; HTML {size:.1f} MB")
    print(f"  with last year's positions (no layout): {reused:.2f} s wall, {reused_cpu:.2f} s CPU; "
          f"{int(again.nodes['kept'].sum())} of {len(again.nodes[again.nodes['kind'] == 'organisation'])} kept")
    print(f"Chromium, file opened to first frame with all {values['nodes']} nodes: {_verdict(seconds, CHROMIUM_BUDGET_S)} "
          f"(in-page clock: {values['drawn_ms'] / 1000:.2f} s from navigation start); "
          f"{values['labels']} labels drawn (level of detail); one zoom redraw {values['zoom_ms']:.0f} ms; "
          f"JS errors {len(errors)}, requests beyond the file {len(requests) - 1}")
    print(f"Aggregated map (one node per cluster, {len(grouped.nodes)} clusters): {aggregated:.2f} s wall, "
          f"{aggregated_cpu:.2f} s CPU in Python, "
          f"{gseconds:.2f} s to first frame in Chromium; JS errors {len(gerrors)}, "
          f"requests beyond the file {len(grequests) - 1}")
    print(f"Default past {elznet.output.maps.AGGREGATE_FROM} organisations: the aggregated map "
          "(elznet.output.maps.AGGREGATE_FROM).")


if __name__ == "__main__":
    main()
