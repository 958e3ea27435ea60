"""communities() and white_spots() on generated zones of 5,000 and 50,000 organisations.

Prints, each job in a fresh subprocess (peak memory per job):

* ``communities()`` time as a ratio to igraph's own ``community_leiden`` (modularity
  objective, same weights, same graph) — target at most 1.5x. communities() also labels
  every cluster and computes the modularity of the partition;
* ``white_spots()`` over expertise domain x target group x municipality for an
  inventory with as many initiatives as organisations.

Run: ``python benchmarks/bench_structure.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import json, random, resource, sys, time
import networkx as nx, numpy as np, pandas as pd

job, n = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(0)
out = {}
import elznet, igraph as ig  # imported before the clock starts, on both sides
if job in ("communities", "leiden"):
    g = nx.powerlaw_cluster_graph(n, 8, 0.3, seed=0)
    nx.set_node_attributes(g, {v: f"sector{rng.integers(8)}" for v in g}, "sector")
    nx.set_edge_attributes(g, {e: int(w) for e, w in zip(g.edges(), rng.integers(1, 4, g.number_of_edges()))}, "weight")
    t = time.perf_counter()
    if job == "communities":
        c = elznet.communities(g, seed=0)
        out["clusters"] = int(c["community"].nunique()); out["modularity"] = float(c.modularity)
    else:
        nodes = list(g); index = {v: i for i, v in enumerate(nodes)}
        h = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in g.edges()])
        weights = [g.edges[a, b]["weight"] for a, b in g.edges()]
        ig.set_random_number_generator(random.Random(0))
        parts = h.community_leiden(objective_function="modularity", weights=weights, n_iterations=-1)
        out["clusters"] = len(parts); out["modularity"] = float(h.modularity(parts, weights=weights))
else:
    domains = list(elznet.vocabulary.EXPERTISE_DOMAINS)
    groups = ["kwetsbare gezinnen", "ouderen", "jongeren", "mantelzorgers", "nieuwkomers", "mensen in armoede"]
    munis = [f"Gemeente {i}" for i in range(40)]
    orgs = [f"Org {i}" for i in range(n)]
    ini = pd.DataFrame({"naam": [f"Initiatief {i}" for i in range(n)],
                        "expertisedomeinen": ["; ".join(rng.choice(domains, 2, replace=False)) for _ in range(n)],
                        "doelgroepen": ["; ".join(rng.choice(groups, 2, replace=False)) for _ in range(n)],
                        "gemeenten": ["; ".join(rng.choice(munis, 3, replace=False)) for _ in range(n)]})
    parts = pd.DataFrame({"initiatief": np.repeat(ini["naam"], 3), "organisatie": rng.choice(orgs, 3 * n)})
    net = elznet.read_inventory({"organisaties": pd.DataFrame({"naam": orgs, "sector": "zorg"}),
                                 "initiatieven": ini, "deelnames": parts})
    t = time.perf_counter()
    w = elznet.white_spots(net, universe={"municipality": munis})
    out["cells"] = len(w); out["white_spots"] = int(w["white_spot"].sum())
out["seconds"] = time.perf_counter() - t
out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def run(job: str, n: int) -> dict:
    """One job of JOB in a fresh process (its own peak memory)."""
    return run_job(JOB, job, n)


def main() -> None:
    for n in (5000, 50000):
        ours, base = run("communities", n), run("leiden", n)
        print(f"{n:>6} organisations")
        print(f"  communities()            {ours['seconds']:7.2f} s  {ours['clusters']} clusters, "
              f"Q = {ours['modularity']:.3f}, peak {ours['peak_mib']:.0f} MiB")
        print(f"  igraph community_leiden  {base['seconds']:7.2f} s  {base['clusters']} clusters, "
              f"Q = {base['modularity']:.3f}, peak {base['peak_mib']:.0f} MiB")
        print(f"  ratio: {ours['seconds'] / base['seconds']:.2f}x  (target <= 1.5x)")
        w = run("white_spots", n)
        print(f"  white_spots() on {n} initiatives: {w['seconds']:.2f} s for {w['cells']} cells "
              f"({w['white_spots']} white), peak {w['peak_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
