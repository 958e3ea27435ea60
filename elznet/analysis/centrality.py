"""Node centrality and structural holes, on networkx for a zone and igraph past a size.

Every function takes a plain networkx graph and returns a ``pandas.Series`` indexed by
node. The engine (``"networkx"``, ``"igraph"`` or ``"auto"``: igraph for undirected
graphs of more than :data:`IGRAPH_FROM` nodes when it is installed) changes the speed,
not the numbers: tests compare both on random graphs within 1e-9.

Definitions and sources
-----------------------
* betweenness — Freeman (1977), Brandes (2001); shortest paths counted in hops,
  normalised by the number of pairs ``(n-1)(n-2)`` (``/2`` for undirected graphs), as
  networkx's ``normalized=True``. Graphs larger than ``exact_up_to`` nodes get the
  Brandes & Pich (2007) estimate from ``k`` random sources, with the error bound
  of :func:`betweenness_error_bound`.
* closeness — Freeman (1979) with the Wasserman & Faust (1994) correction for
  disconnected graphs (networkx's ``wf_improved=True``): ``(r-1)/(n-1) * (r-1)/sum(d)``
  over the ``r`` nodes in reach.
* eigenvector — Bonacich (1972): the leading eigenvector of the adjacency matrix, unit
  length (networkx's ``eigenvector_centrality_numpy``).
* constraint and effective size — Burt (1992), *Structural Holes*, ch. 2; with
  ``weight`` the proportional tie strengths use the weights (Burt's ``p_ij`` and
  ``m_jq``), without they count ties. Unweighted effective size equals Borgatti's
  (1997) ``n - 2t/n``. Computed here with sparse matrices for both engines and pinned
  by tests to Borgatti's published example, weighted and unweighted.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["IGRAPH_FROM", "betweenness", "closeness", "eigenvector", "structural_holes",
           "betweenness_error_bound", "choose_engine", "to_igraph", "start_betweenness"]

#: Past this many nodes ``engine="auto"`` uses igraph (when installed).
IGRAPH_FROM = 1000
#: From this many nodes, betweenness runs in a second process beside the other measures.
PARALLEL_FROM = 2000
#: Exact betweenness up to this many nodes; past it, a sampled estimate.
EXACT_BETWEENNESS_UP_TO = 10_000


def choose_engine(graph: nx.Graph, engine: str = "auto") -> str:
    """The engine that will run: ``"networkx"`` or ``"igraph"``."""
    if engine not in ("auto", "networkx", "igraph"):
        raise ValueError(f"engine must be 'auto', 'networkx' or 'igraph', not {engine!r}")
    if engine == "auto":
        if graph.is_directed() or len(graph) <= IGRAPH_FROM:
            return "networkx"
        try:
            import igraph  # noqa: F401
        except ImportError:
            return "networkx"
        return "igraph"
    if engine == "igraph" and graph.is_directed():
        raise ValueError("the igraph engine is used for undirected graphs; use engine='networkx'")
    return engine


def to_igraph(graph: nx.Graph):
    """``(igraph.Graph, nodes)``: the same graph for igraph, vertex ``i`` is ``nodes[i]``."""
    import igraph as ig

    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges()]
    return ig.Graph(n=len(nodes), edges=edges, directed=graph.is_directed()), nodes


def betweenness_error_bound(k: int, n: int, *, confidence: float = 0.95) -> float:
    """Half-width ``e`` such that every node's sampled normalised betweenness lies within
    ``e`` of the exact value with probability ``confidence`` (Hoeffding bound of Brandes
    & Pich 2007 for ``k`` uniformly drawn sources, normalised by ``(n-1)(n-2)``)."""
    if k >= n:
        return 0.0
    return math.sqrt(math.log(2 / (1 - confidence)) / (2 * k)) * n / (n - 1)


def _sample_size(n: int, k: int | None, exact_up_to: int) -> int | None:
    if k is None and n > exact_up_to:
        k = 1000
    return None if k is not None and k >= n else k


def _igraph_betweenness(g, directed: bool, k: int | None, seed: int) -> np.ndarray:
    """Raw igraph betweenness, exact or estimated from ``k`` random sources."""
    n = g.vcount()
    if k is None:
        return np.asarray(g.betweenness(directed=directed))
    sources = np.random.default_rng(seed).choice(n, size=k, replace=False).tolist()
    # igraph halves undirected counts for a subset of sources as for all of them
    return np.asarray(g.betweenness(directed=directed, sources=sources)) * (n / k)


def _betweenness_in_worker(n: int, edges: list, directed: bool, k: int | None, seed: int) -> np.ndarray:
    import igraph as ig

    return _igraph_betweenness(ig.Graph(n=n, edges=edges, directed=directed), directed, k, seed)


def betweenness(graph: nx.Graph, *, engine: str = "auto", k: int | None = None, seed: int = 0,
                exact_up_to: int = EXACT_BETWEENNESS_UP_TO, converted=None) -> pd.Series:
    """Normalised shortest-path betweenness (hops). Sampled from ``k`` sources (default
    1000) when the graph has more than ``exact_up_to`` nodes; see the module notes.
    ``converted`` is :func:`to_igraph`'s result, to convert a large graph only once."""
    return start_betweenness(graph, engine=engine, k=k, seed=seed, exact_up_to=exact_up_to,
                             converted=converted, parallel=False)()


def start_betweenness(graph: nx.Graph, *, engine: str = "auto", k: int | None = None, seed: int = 0,
                      exact_up_to: int = EXACT_BETWEENNESS_UP_TO, converted=None,
                      parallel: bool = True) -> Callable[[], pd.Series]:
    """Start :func:`betweenness`; return a function that waits for the result.

    On igraph, for graphs of :data:`PARALLEL_FROM` nodes or more and with ``parallel``,
    the computation runs in a second process (where the system can fork one and has a
    second core) while the caller computes other measures. Same numbers either way.
    """
    n = len(graph)
    nodes = list(graph)
    if n < 3:
        value = pd.Series(0.0, index=nodes, name="betweenness")
        return lambda: value
    k = _sample_size(n, k, exact_up_to)
    scale = (1.0 if graph.is_directed() else 2.0) / ((n - 1) * (n - 2))
    if choose_engine(graph, engine) == "networkx":
        raw = nx.betweenness_centrality(graph, k=k, normalized=False, seed=seed)
        value = pd.Series(raw, name="betweenness").reindex(nodes) * scale
        return lambda: value
    g, nodes = converted or to_igraph(graph)
    directed = graph.is_directed()
    if not (parallel and n >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
            and "fork" in mp.get_all_start_methods()):
        value = pd.Series(_igraph_betweenness(g, directed, k, seed) * scale, index=nodes, name="betweenness")
        return lambda: value
    pool = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"))
    future = pool.submit(_betweenness_in_worker, n, g.get_edgelist(), directed, k, seed)

    def result() -> pd.Series:
        try:
            raw = future.result()
        finally:
            pool.shutdown()
        return pd.Series(raw * scale, index=nodes, name="betweenness")

    return result


def closeness(graph: nx.Graph, *, engine: str = "auto", converted=None) -> pd.Series:
    """Closeness with the Wasserman–Faust correction (see the module notes)."""
    nodes = list(graph)
    n = len(graph)
    if choose_engine(graph, engine) == "networkx" or n < 2:
        return pd.Series(nx.closeness_centrality(graph), name="closeness").reindex(nodes)
    g, nodes = converted or to_igraph(graph)
    raw = np.nan_to_num(np.asarray(g.closeness(normalized=True), dtype=float))
    reach = np.asarray(g.components().membership)
    sizes = np.bincount(reach)[reach] - 1.0  # r - 1: the others in reach
    return pd.Series(raw * sizes / (n - 1), index=nodes, name="closeness")


def eigenvector(graph: nx.Graph) -> pd.Series:
    """Eigenvector centrality of the (unweighted) adjacency matrix, unit length.

    Where power iteration does not converge (a disconnected graph such as a long chain
    of two-partner projects), the leading eigenvector of each component, unit length
    within it, isolates 0: a value per component, never an exception.
    """
    nodes = list(graph)
    if graph.number_of_edges() == 0:
        return pd.Series(0.0, index=nodes, name="eigenvector")
    try:
        if len(graph) <= 3:  # scipy's sparse eigensolver needs more nodes: power iteration
            values = nx.eigenvector_centrality(graph, weight=None, max_iter=1000)
        else:
            try:
                values = nx.eigenvector_centrality_numpy(graph, weight=None)
            except (nx.AmbiguousSolution, ValueError, TypeError):
                values = nx.eigenvector_centrality(graph, weight=None, max_iter=1000)
    except nx.PowerIterationFailedConvergence:
        values = _eigenvector_per_component(graph)
    return pd.Series(values, name="eigenvector").reindex(nodes)


def _eigenvector_per_component(graph: nx.Graph) -> dict:
    values: dict = {}
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        order = list(sub)
        if len(order) == 1:
            values[order[0]] = 0.0
        elif len(order) > 2000:  # connected: scipy's sparse solver; a dense matrix would not fit
            values.update(nx.eigenvector_centrality_numpy(sub, weight=None))
        else:
            vector = np.abs(np.linalg.eigh(nx.to_numpy_array(sub, nodelist=order, weight=None))[1][:, -1])
            values.update(zip(order, vector / np.linalg.norm(vector)))
    return values


def _dense(values) -> np.ndarray:
    return np.asarray(values.todense() if hasattr(values, "todense") else values, dtype=float).ravel()


def structural_holes(graph: nx.Graph, *, weight: str | None = None) -> pd.DataFrame:
    """Burt's constraint and effective size for every node (NaN for isolates).

    Both directions of a tie count (``a_ij + a_ji``), as Burt and networkx do for
    directed graphs. With ``weight``, the tie strengths are that edge attribute.
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return pd.DataFrame(columns=["constraint", "effective_size"], dtype=float)
    a = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=weight, format="csr", dtype=float)
    a.setdiag(0)
    a.eliminate_zeros()
    w = sp.csr_array(a + a.T)  # mutual tie strength a_ij + a_ji
    adjacency = w.copy()
    adjacency.data[:] = 1.0
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    row_sum = np.asarray(w.sum(axis=1)).ravel()
    row_max = _dense(w.max(axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = sp.diags_array(np.where(row_sum > 0, 1 / row_sum, 0)) @ w  # proportional strength p_ij
        m = sp.diags_array(np.where(row_max > 0, 1 / row_max, 0)) @ w  # marginal strength m_jq
    p = sp.csr_array(p)
    # constraint: sum over neighbours j of (p_ij + sum_q p_iq p_qj)^2
    indirect = (p @ p).multiply(adjacency)
    constraint = np.asarray(((p + indirect).power(2)).sum(axis=1)).ravel()
    # effective size: n_i - sum_j sum_q p_iq m_jq over neighbours j, q of i
    redundancy = np.asarray(p.multiply(adjacency @ sp.csr_array(m)).sum(axis=1)).ravel()
    effective = degree - redundancy
    isolated = degree == 0
    constraint[isolated] = np.nan
    effective[isolated] = np.nan
    return pd.DataFrame({"constraint": constraint, "effective_size": effective}, index=nodes)
