"""Node positions, computed in Python so the same input and seed give the same picture.

* :func:`network_positions` — Kamada & Kawai (1989) for a connected zone up to
  :data:`KAMADA_KAWAI_UP_TO` organisations (even spacing), otherwise a force-directed
  layout (Fruchterman & Reingold 1991): networkx's spring layout, igraph's
  grid-accelerated version past :data:`IGRAPH_LAYOUT_FROM` nodes.
* :func:`care_path_grid` — columns by care-path stage, one box per actor and stage it
  works in, actors grouped in bands by sector.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from elznet.vocabulary import STAGES

IGRAPH_LAYOUT_FROM = 500
KAMADA_KAWAI_UP_TO = 250


def network_positions(graph: nx.Graph, *, seed: int = 0, weight: str | None = "weight") -> dict:
    """``{node: (x, y)}`` in roughly [-1, 1]², deterministic for a seed."""
    nodes = list(graph)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= KAMADA_KAWAI_UP_TO and nx.is_connected(graph):
        # spreads a zone evenly; seeded start, so deterministic
        start = nx.spring_layout(graph, seed=seed, weight=None, iterations=50)
        pos = nx.kamada_kawai_layout(graph, pos=start, weight=None)
        coords = np.array([pos[v] for v in nodes])
    elif len(nodes) < IGRAPH_LAYOUT_FROM:
        k = 1.8 / np.sqrt(len(nodes))
        pos = nx.spring_layout(graph, seed=seed, weight=None, k=k, iterations=200)
        coords = np.array([pos[v] for v in nodes])
    else:
        from elznet.analysis.centrality import to_igraph

        h, nodes = to_igraph(graph)
        start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)) * np.sqrt(len(nodes))
        layout = h.layout_fruchterman_reingold(seed=start.tolist(), niter=300, grid="auto")
        coords = np.asarray(layout.coords, dtype=float)
    coords -= coords.mean(axis=0)
    scale = np.abs(coords).max() or 1.0
    coords /= scale
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, coords, strict=False)}


def care_path_grid(actors: list[tuple[str, str, list[int]]], sector_order: list[str]) -> dict:
    """Place one box per actor and stage: ``actors`` are ``(id, sector, [column, ...])``.

    Returns ``{(id, column): (column, row)}``. Sectors form horizontal bands in
    ``sector_order`` (aligned across columns, so a colour reads as one band), half an
    empty row between bands; within a band and column, actors keep a stable order.
    """
    out = {}
    top = 0
    for sector in sector_order:
        members = sorted((a for a in actors if a[1] == sector), key=lambda a: (min(a[2]), a[0]))
        if not members:
            continue
        height = 0
        per_column: dict[int, int] = {}
        for actor, _, columns in members:
            for col in columns:
                row = per_column.get(col, 0)
                out[(actor, col)] = (col, top + row)
                per_column[col] = row + 1
                height = max(height, row + 1)
        top += height + 0.5
    return out


STAGE_ORDER = list(STAGES)
