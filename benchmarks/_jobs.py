"""Shared by the benchmarks: one job in a fresh Python process, and the generated graph.

A fresh process per job keeps each job's peak memory (``ru_maxrss``) its own. The jobs
(scripts passed to ``python -c``) import this module too: :func:`run` puts this folder on
their path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(script: str, job: str, n: object) -> dict:
    """Run ``script`` with arguments ``job`` and ``n``; return the JSON it prints last."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).resolve().parent), env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-c", script, job, str(n)], capture_output=True, text=True, env=env)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def collaboration_graph(n: int, seed: int = 0):
    """A generated collaboration graph: clustered, heavy-tailed, about 16 ties per
    organisation (Holme & Kim's ``powerlaw_cluster_graph``); eight sectors as node groups,
    tie weights 1-3."""
    import networkx as nx
    import numpy as np

    g = nx.powerlaw_cluster_graph(n, 8, 0.3, seed=seed)
    rng = np.random.default_rng(seed)
    nx.set_node_attributes(g, {v: f"sector{rng.integers(8)}" for v in g}, "sector")
    nx.set_edge_attributes(g, {e: int(w) for e, w in zip(g.edges(), rng.integers(1, 4, g.number_of_edges()))}, "weight")
    return g
