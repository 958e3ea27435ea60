"""All of Flanders: spanners() on 50,000 organisations, its estimates against exact values,
and read_zones() on 60 generated zones. Every number is a ratio measured in one run, each
job in a fresh subprocess (its own peak memory).

1. ``spanners()`` at 50,000 organisations (~400,000 ties, ``powerlaw_cluster_graph``),
   sampled past ``EXACT_UP_TO``, against raw igraph's exact closeness + betweenness from
   1,000 sources + constraint on the same graph (target: spanners at least 10x faster).
   Exact closeness is one breadth-first search per vertex; by default it is timed on
   2,000 of the 50,000 vertices and scaled by 25 (linear: every vertex costs one search),
   which the output says; ``--full`` times all of it (about 5-45 min here).
2. The estimates of ``spanners()`` against exact values on a 5,000-node graph (sampled
   with ``exact_up_to=1000``): betweenness states one bound for all nodes at once
   (target: every node within it); harmonic closeness a bound per node (target: >= 95 %
   of the nodes within their own bound). The largest error against the stated error.
3. ``read_zones()`` on 60 generated zones of 1,000 organisations (``{zone: sheets}``),
   against the 60 ``read_inventory()`` calls it makes (the price of joining zones), then
   ``spanners(net, group="zone")`` and ``zone_comparison(net)`` on the joined network.

Run: ``python benchmarks/bench_flanders.py [--quick] [--full]`` (``--quick``: 10,000
organisations, 12 zones).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

from elznet.analysis import centrality, sampling  # noqa: E402

JOB = r"""
import json, resource, sys, time
import networkx as nx, numpy as np

from _jobs import collaboration_graph

job, arg = sys.argv[1], sys.argv[2]
out = {}
import elznet, igraph as ig  # imported before the clock starts, on both sides
from elznet.analysis import centrality
if job in ("spanners", "igraph", "igraph_full", "accuracy"):
    n = int(arg)
    g = collaboration_graph(n)
    out["edges"] = g.number_of_edges()
t = time.perf_counter()
if job == "spanners":
    table = elznet.spanners(g)
    out["bounds"] = {k: e.text() for k, e in table.estimates.items()}
    out["samples"] = {k: e.samples for k, e in table.estimates.items()}
elif job in ("igraph", "igraph_full"):
    nodes = list(g); index = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in g.edges()])
    sources = np.random.default_rng(0).choice(n, size=1000, replace=False).tolist()
    h.betweenness(sources=sources)
    h.constraint()
    out["rest_seconds"] = time.perf_counter() - t
    part = n if job == "igraph_full" else 2000
    t2 = time.perf_counter()
    h.closeness(vertices=list(range(part)))
    out["closeness_seconds"] = (time.perf_counter() - t2) * n / part
    out["closeness_timed_on"] = part
    out["seconds"] = out["rest_seconds"] + out["closeness_seconds"]
elif job == "accuracy":
    sampled = elznet.spanners(g, exact_up_to=1000)
    out["sampled_seconds"] = time.perf_counter() - t
    t2 = time.perf_counter()
    converted = centrality.to_igraph(g)
    exact = {"betweenness": centrality.betweenness(g, engine="igraph", exact_up_to=n, converted=converted),
             "harmonic_closeness": centrality.harmonic_closeness(g, engine="igraph", converted=converted)}
    out["exact_seconds"] = time.perf_counter() - t2
    for name, values in exact.items():
        est = sampled.estimates[name]
        error = (sampled[name] - values.reindex(sampled.index)).abs()
        out[name] = {"stated": est.text(), "stated_error": est.error, "max_error": float(error.max()),
                     "within_own_bound": float((error <= est.per_node.reindex(sampled.index)).mean()),
                     "within_stated": float((error <= est.error).mean()), "scope": est.scope, "samples": est.samples}
elif job in ("read_zones", "read_each"):
    from elznet._fictitious import flanders_inventories
    zones, size = (int(x) for x in arg.split("x"))
    inventories = flanders_inventories(zones=zones, organisations=size)
    t = time.perf_counter()
    if job == "read_each":
        for inventory in inventories.values():
            elznet.read_inventory(inventory)
    else:
        net = elznet.read_zones(inventories)
        out["read_seconds"] = time.perf_counter() - t
        out["organisations"] = len(net.organisations)
        out["shared"] = int((net.organisations["zones"].map(len) > 1).sum())
        out["initiatives"] = len(net.initiatives)
        out["rows"] = net.report.rows_read
        t2 = time.perf_counter()
        out["ties"] = net.graph.number_of_edges()
        out["graph_seconds"] = time.perf_counter() - t2
        t2 = time.perf_counter()
        table = elznet.spanners(net, group="zone")
        out["spanners_seconds"] = time.perf_counter() - t2
        out["bounds"] = {k: e.text() for k, e in table.estimates.items()}
        t2 = time.perf_counter()
        elznet.zone_comparison(net)
        out["comparison_seconds"] = time.perf_counter() - t2
        t = t + (time.perf_counter() - t) - out["read_seconds"]  # "seconds" = reading only
if "seconds" not in out:
    out["seconds"] = time.perf_counter() - t
out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def run(job: str, arg: object) -> dict:
    """One job of JOB in a fresh process."""
    return run_job(JOB, job, arg)


def main() -> None:
    quick, full = "--quick" in sys.argv, "--full" in sys.argv
    n = 15_000 if quick else 50_000
    ours = run("spanners", n)
    base = run("igraph_full" if full else "igraph", n)
    print(f"1. {n:,} organisations, {ours['edges']:,} ties; target betweenness error {sampling.BETWEENNESS_ERROR} "
          f"for all organisations at once, confidence {centrality.CONFIDENCE:.0%} (delta {1 - centrality.CONFIDENCE:.2f})")
    print(f"   spanners() (sampled)                     {ours['seconds']:8.1f} s  peak {ours['peak_mib']:6.0f} MiB")
    print(f"   stated: {ours['bounds']}; {ours['samples']['betweenness']:,} paths, "
          f"{ours['samples']['harmonic_closeness']:,} sources")
    how = "all vertices" if full else f"timed on {base['closeness_timed_on']:,} vertices, scaled"
    print(f"   igraph 1,000-source betweenness + constraint {base['rest_seconds']:8.1f} s")
    print(f"   igraph exact closeness ({how}) {base['closeness_seconds']:8.1f} s")
    print(f"   ratio igraph / spanners(): {base['seconds'] / ours['seconds']:.1f}x  (target >= 10x)")
    acc = run("accuracy", 2000 if quick else 5000)
    print(f"2. estimates on {2000 if quick else 5000:,} nodes against exact values "
          f"(sampled {acc['sampled_seconds']:.1f} s, exact {acc['exact_seconds']:.1f} s)")
    for name in ("betweenness", "harmonic_closeness"):
        a = acc[name]
        target = ("target: all 100 %, every node at once" if a["scope"] == "all"
                  else "target >= 95 %, a bound per node")
        print(f"   {name:<19} stated {a['stated']:<36} ({a['samples']:,} samples) largest error {a['max_error']:.5f} "
              f"({a['max_error'] / a['stated_error']:.2f} of the stated error); "
              f"{a['within_stated'] * 100:.1f} % within the stated error, "
              f"{a['within_own_bound'] * 100:.1f} % within their own bound ({target})")
    shape = "12x1000" if quick else "60x1000"
    zones = run("read_zones", shape)
    each = run("read_each", shape)
    print(f"3. read_zones() on {shape.replace('x', ' zones of ')} organisations: {zones['read_seconds']:.1f} s "
          f"({zones['rows']:,} rows) -> {zones['organisations']:,} organisations ({zones['shared']} in several zones), "
          f"{zones['initiatives']:,} initiatives; the {shape.split('x')[0]} read_inventory() calls alone "
          f"{each['seconds']:.1f} s: ratio {zones['read_seconds'] / each['seconds']:.2f}x")
    print(f"   organisation graph {zones['graph_seconds']:.1f} s ({zones['ties']:,} ties); "
          f"spanners(net, group='zone') {zones['spanners_seconds']:.1f} s {zones['bounds']}; "
          f"zone_comparison {zones['comparison_seconds']:.1f} s; peak {zones['peak_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
