"""Where the organisations sit: one layout of the organisation graph that every drawing shares.

:func:`network_positions` — Kamada & Kawai (1989; igraph's implementation, from a seeded
spring layout) for a connected zone up to :data:`KAMADA_KAWAI_UP_TO` organisations (even
spacing); a zone in separate parts has each part laid out so and the parts packed side by
side (largest first); otherwise a force-directed
layout (Fruchterman & Reingold 1991): networkx's spring layout, igraph's grid-accelerated
version past :data:`IGRAPH_LAYOUT_FROM` nodes. The same graph and seed give the same
positions. :attr:`elznet.Analysis.positions` keeps them, so the map and the slide figure
of one analysis compute them once.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

__all__ = ["network_positions", "IGRAPH_LAYOUT_FROM", "KAMADA_KAWAI_UP_TO"]

IGRAPH_LAYOUT_FROM = 500
KAMADA_KAWAI_UP_TO = 250


def network_positions(graph: nx.Graph, *, seed: int = 0, weight: str | None = "weight", converted=None) -> dict:
    """``{node: (x, y)}`` in roughly [-1, 1]², deterministic for a seed.

    ``converted`` may pass ``elznet.analysis.centrality.to_igraph(graph)`` when the
    caller has it already (big maps convert once)."""
    nodes = list(graph)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) >= IGRAPH_LAYOUT_FROM:
        loose = [v for v in nodes if graph.degree(v) == 0]
        if loose and len(loose) < len(nodes) - 1:
            return _with_loose_nodes(graph, loose, seed=seed, weight=weight)
    if len(nodes) < IGRAPH_LAYOUT_FROM and not nx.is_connected(graph):
        return _packed_components(graph, seed=seed, weight=weight)
    if len(nodes) <= KAMADA_KAWAI_UP_TO:
        # spreads a zone evenly; seeded start, so deterministic. igraph's Kamada-Kawai (in C)
        # reaches the same stress as networkx's (scipy's L-BFGS: 0.5-2 s for 60 nodes on a
        # busy machine, against 0.07 s)
        from elznet.analysis.centrality import to_igraph

        start = nx.spring_layout(graph, seed=seed, weight=None, iterations=50)
        h, order = converted if converted is not None else to_igraph(graph)
        nodes = list(order)
        layout = h.layout_kamada_kawai(seed=[list(start[v]) for v in nodes], maxiter=50 * len(nodes))
        coords = np.asarray(layout.coords, dtype=float)
    elif len(nodes) < IGRAPH_LAYOUT_FROM:
        k = 1.8 / np.sqrt(len(nodes))
        pos = nx.spring_layout(graph, seed=seed, weight=None, k=k, iterations=200)
        coords = np.array([pos[v] for v in nodes])
    else:
        from elznet.analysis.centrality import to_igraph

        h, nodes = converted if converted is not None else to_igraph(graph)
        nodes = list(nodes)
        start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)) * np.sqrt(len(nodes))
        # fewer iterations for big maps: the grid variant converges well before 300 there,
        # and it keeps a 5,000-organisation map inside its time budget (benchmarks/bench_maps.py)
        niter = 300 if len(nodes) <= 2000 else max(100, int(300 * 2000 / len(nodes)))
        layout = h.layout_fruchterman_reingold(seed=start.tolist(), niter=niter, grid="auto")
        coords = np.asarray(layout.coords, dtype=float)
    coords -= coords.mean(axis=0)
    scale = np.abs(coords).max() or 1.0
    coords /= scale
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, coords, strict=False)}


def _packed_components(graph: nx.Graph, *, seed: int, weight, aspect: float = 16 / 9) -> dict:
    """A network in separate parts: each part laid out on its own (so one far-off pair does
    not squeeze the rest into a corner), scaled to the square root of its size (equal
    density everywhere), and the parts packed in rows, largest first, on a 16:9 page (a
    shelf packing)."""
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    pieces = []
    for members in parts:
        sub = graph.subgraph(members)
        pieces.append((network_positions(sub, seed=seed, weight=weight), float(np.sqrt(len(members)))))
    gap = 0.6
    width = max(max(2 * r for _, r in pieces), float(np.sqrt(sum((2 * r + gap) ** 2 for _, r in pieces) * aspect)))
    out: dict = {}
    x = y = row_height = 0.0
    for pos, r in pieces:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        cx, cy = x + r, y - r
        for v, (px, py) in pos.items():
            out[v] = (cx + px * r, cy + py * r)
        x += 2 * r + gap
        row_height = max(row_height, 2 * r)
    coords = np.array([out[v] for v in graph])
    coords -= (coords.max(axis=0) + coords.min(axis=0)) / 2
    coords /= np.abs(coords).max() or 1.0
    return {v: (float(a), float(b)) for v, (a, b) in zip(graph, coords, strict=False)}


def _with_loose_nodes(graph: nx.Graph, loose: list, *, seed: int, weight) -> dict:
    """Big maps: a force-directed layout pushes organisations without ties far out, so the
    network shrinks to a dot in the middle. Lay out the connected part, and set the loose
    organisations in tidy rows under it."""
    kept = set(loose)
    core = graph.subgraph([v for v in graph if v not in kept])
    pos = network_positions(core, seed=seed, weight=weight)
    xs = np.array([p[0] for p in pos.values()])
    ys = np.array([p[1] for p in pos.values()])
    per_row = max(1, int(np.ceil(np.sqrt(len(loose) * 4))))
    step = (xs.max() - xs.min()) / per_row if per_row > 1 else 0.1
    top = ys.max() + 2 * step
    for k, v in enumerate(loose):
        pos[v] = (float(xs.min() + (k % per_row + 0.5) * step), float(top + (k // per_row) * step))
    coords = np.array([pos[v] for v in graph])
    coords -= coords.mean(axis=0)
    coords /= np.abs(coords).max() or 1.0
    return {v: (float(x), float(y)) for v, (x, y) in zip(graph, coords, strict=False)}
