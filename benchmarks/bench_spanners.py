"""Speed and memory of spanners(), brokerage() and departure_risk() on generated networks.

For collaboration graphs of 5,000 organisations (about 15 ties each, eight sectors,
clustered as zones are) this prints, each job in a fresh subprocess so peak memory is
its own:

* ``spanners()`` time as a ratio to igraph's own betweenness + closeness + constraint
  on the same graph (target: at most 1.5x), both exact. Past ``EXACT_UP_TO`` (10,000)
  ``spanners()`` samples instead: ``bench_flanders.py`` measures 50,000 organisations
  against igraph's exact closeness + 1,000-source betweenness (target: 10x faster).
* ``spanners(engine="networkx")`` at 5,000 (target: spanners() at least 30x faster).
* brokerage two-paths per second;
* ``departure_risk()`` time for 5,000 people, and as a ratio to simulating ``what_if``
  for each person (measured on 25 people, scaled).

Run: ``python benchmarks/bench_spanners.py [--quick]`` (``--quick``: no pure-networkx run).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import json, resource, sys, time
import networkx as nx, numpy as np, pandas as pd

from _jobs import collaboration_graph

def inventory(n_people, seed=0):
    rng = np.random.default_rng(seed)
    n_org, n_ini = n_people // 2, int(n_people * 0.8)
    orgs = [f"o{i}" for i in range(n_org)]
    people = [f"p{i}" for i in range(n_people)]
    person_org = rng.integers(n_org, size=n_people)
    rows = []
    for i in range(n_ini):
        for org in rng.choice(n_org, size=rng.integers(2, 7), replace=False):
            staff = np.flatnonzero(person_org == org)
            carriers = rng.choice(staff, size=min(len(staff), rng.integers(0, 3)), replace=False) if len(staff) else []
            rows += [(f"i{i}", orgs[org], people[p]) for p in carriers] or [(f"i{i}", orgs[org], None)]
    import elznet
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"id": orgs, "naam": orgs,
                                      "sector": rng.choice(["zorg", "welzijn", "onderwijs", "lokaal bestuur"], n_org)}),
        "personen": pd.DataFrame({"id": people, "naam": [f"Persoon {p}" for p in people],
                                  "organisatie": [orgs[o] for o in person_org]}),
        "initiatieven": pd.DataFrame({"id": [f"i{i}" for i in range(n_ini)], "naam": [f"I{i}" for i in range(n_ini)]}),
        "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie", "persoon"]),
    })

job, n = sys.argv[1], int(sys.argv[2])
out = {}
import elznet, igraph as ig  # imported before the clock starts, on both sides
if job in ("spanners", "spanners_nx", "igraph", "brokerage"):
    g = collaboration_graph(n)
    out["edges"] = g.number_of_edges()
t = time.perf_counter()
if job == "spanners":
    elznet.spanners(g)
elif job == "spanners_nx":
    elznet.spanners(g, engine="networkx")
elif job == "igraph":
    nodes = list(g); index = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in g.edges()])
    if n > 10_000:
        sources = np.random.default_rng(0).choice(n, size=1000, replace=False).tolist()
        h.betweenness(sources=sources)
    else:
        h.betweenness()
    h.closeness()
    h.constraint()
elif job == "brokerage":
    roles = elznet.brokerage(g, group="sector")
    out["two_paths"] = int(roles["total"].sum())
elif job == "departure":
    net = inventory(n)
    t = time.perf_counter()
    risk = elznet.departure_risk(net)
    out["departure_seconds"] = time.perf_counter() - t
    t2 = time.perf_counter()
    for pid in risk.index[:25]:
        elznet.what_if(net, person=pid)
    out["what_if_each_seconds"] = (time.perf_counter() - t2) / 25
    out["people"] = len(net.people)
out["seconds"] = time.perf_counter() - t
out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def run(job: str, n: int) -> dict:
    """One job of JOB in a fresh process (its own peak memory)."""
    return run_job(JOB, job, n)


def main() -> None:
    quick = "--quick" in sys.argv
    for n in (5000,):
        ours, base = run("spanners", n), run("igraph", n)
        print(f"{n:>6} organisations, {ours['edges']} ties")
        print(f"  spanners()                    {ours['seconds']:8.2f} s  peak {ours['peak_mib']:6.0f} MiB")
        print(f"  igraph betw.+clos.+constraint {base['seconds']:8.2f} s  peak {base['peak_mib']:6.0f} MiB")
        print(f"  ratio spanners / igraph: {ours['seconds'] / base['seconds']:.2f}x  (target <= 1.5x)")
        b = run("brokerage", n)
        print(f"  brokerage: {b['two_paths']:,} open two-paths in {b['seconds']:.2f} s = "
              f"{b['two_paths'] / b['seconds']:,.0f} two-paths/s  peak {b['peak_mib']:.0f} MiB")
        if n == 5000 and not quick:
            nxr = run("spanners_nx", n)
            print(f"  spanners(engine='networkx')   {nxr['seconds']:8.2f} s  -> auto is "
                  f"{nxr['seconds'] / ours['seconds']:.0f}x faster (target >= 30x)")
    d = run("departure", 5000)
    print(f"departure_risk for {d['people']} people: {d['departure_seconds']:.2f} s  peak {d['peak_mib']:.0f} MiB; "
          f"what_if per person {d['what_if_each_seconds']:.3f} s -> simulating everyone would take "
          f"{d['what_if_each_seconds'] * d['people']:.0f} s "
          f"({d['what_if_each_seconds'] * d['people'] / d['departure_seconds']:.0f}x)")


if __name__ == "__main__":
    main()
