"""What several analyses need of one organisation graph, computed once per Network.

The analysis tables of one Network (spanners, fragile ties, cut points, departure risk,
clusters, mixing ...) all start from the same organisation graph: its node order, its
adjacency matrix, its igraph twin, its bridges, articulation points, biconnected blocks
and triangles. :func:`parts` computes each of them on first use and keeps them for that
Network, so a whole analysis bundle builds each once instead of once per table.

Why keeping them is safe: a :class:`~elznet.network.Network` is never changed after it
is made (every ``with_*``/``filter`` returns a new one, and ``net.graph`` is itself built
once and kept), and no elznet code changes ``net.graph``. The cache is keyed on the
Network object (weakly: it goes when the Network goes), and checked against the graph's
numbers of nodes and edges at each use. A plain networkx graph passed
in by a user may be changed between calls, so it is never cached: :func:`parts` of a
graph is computed afresh, and shared only within the one call that asked for it.

Bridges and articulation points come from igraph (Tarjan 1974; Hopcroft & Tarjan
1973), the same sets as networkx's ``bridges`` and ``articulation_points`` (tested).
"""

from __future__ import annotations

import weakref
from functools import cached_property

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def parts(source) -> GraphParts:
    """The shared intermediates of a Network's organisation graph (kept with the Network),
    or of a plain networkx graph (not kept)."""
    from elznet.network import Network

    if isinstance(source, Network):
        found = _CACHE.get(source)
        if found is None or not found.describes(source.graph):
            found = _CACHE[source] = GraphParts(source.graph)
        return found
    return GraphParts(source)


class GraphParts:
    """Intermediates of one undirected graph, each computed on first use.

    Vertex ``i`` is ``nodes[i]`` everywhere (the graph's own node order); edge ``e`` is
    the ``e``-th of ``graph.edges()``.
    """

    def __init__(self, graph: nx.Graph) -> None:
        self.graph = graph
        self.nodes = list(graph)
        self.n = len(self.nodes)
        self._size = graph.number_of_edges()
        #: Further intermediates kept by the analyses that compute them.
        self.memo: dict = {}

    def describes(self, graph: nx.Graph) -> bool:
        """Whether these are still the intermediates of ``graph``: the same graph object,
        with as many nodes and edges as when they were computed (a cheap guard against a
        user who changed ``net.graph`` in place, which no elznet code does)."""
        return graph is self.graph and len(graph) == self.n and graph.number_of_edges() == self._size

    @cached_property
    def index(self) -> dict:
        return {v: i for i, v in enumerate(self.nodes)}

    @cached_property
    def edges(self) -> np.ndarray:
        """``(m, 2)`` vertex numbers of the edges, in ``graph.edges()`` order."""
        index = self.index
        return np.array([(index[u], index[v]) for u, v in self.graph.edges()], dtype=np.int64).reshape(-1, 2)

    @cached_property
    def edge_id(self) -> dict:
        """Sorted pair of node ids -> edge number."""
        return {(u, v) if u <= v else (v, u): e for e, (u, v) in enumerate(self.graph.edges())}

    @cached_property
    def adjacency(self) -> sp.csr_array:
        """The 0/1 adjacency matrix (self-loops on the diagonal), as networkx builds it."""
        if not self.n:
            return sp.csr_array((0, 0), dtype=float)
        if self.graph.is_directed() or self.graph.is_multigraph():
            a = nx.to_scipy_sparse_array(self.graph, nodelist=self.nodes, weight=None, format="csr", dtype=float)
        else:  # from the edge array: no Python loop over the edges' attribute dicts
            u, v = self.edges[:, 0], self.edges[:, 1]
            both = u != v  # a self-loop stands once, on the diagonal
            rows, cols = np.concatenate([u, v[both]]), np.concatenate([v, u[both]])
            a = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(self.n, self.n))
            a.sum_duplicates()
            a.sort_indices()
        a.data[:] = 1.0
        return a

    def weighted(self, weight: str) -> sp.csr_array:
        """The adjacency matrix with edge attribute ``weight`` (1 where missing) as values,
        as networkx's ``to_scipy_sparse_array(weight=...)`` builds it (a copy)."""
        key = ("weighted", weight)
        if key not in self.memo:
            values = np.array([w for _, _, w in self.graph.edges(data=weight, default=1)], dtype=float)
            u, v = self.edges[:, 0], self.edges[:, 1]
            both = u != v  # a self-loop stands once, on the diagonal
            self.memo[key] = sp.csr_array(
                (np.concatenate([values, values[both]]), (np.concatenate([u, v[both]]), np.concatenate([v, u[both]]))),
                shape=(self.n, self.n))
        return self.memo[key].copy()

    @cached_property
    def pattern(self) -> sp.csr_array:
        """The adjacency without self-loops, sorted indices: the pattern measures run on."""
        a = sp.csr_array(self.adjacency, copy=True)
        a.setdiag(0)
        a.eliminate_zeros()
        a.sort_indices()
        return a

    @cached_property
    def adjacency_rows(self) -> np.ndarray:
        """The row of every stored entry of :attr:`adjacency`."""
        return np.repeat(np.arange(self.n, dtype=np.int64), np.diff(self.adjacency.indptr))

    @cached_property
    def _entry_keys(self) -> tuple[np.ndarray, np.ndarray]:
        keys = self.adjacency_rows * self.n + self.adjacency.indices
        order = np.argsort(keys, kind="stable")
        return keys[order], order

    def entry_positions(self, ends: np.ndarray) -> np.ndarray:
        """Where the entries ``(u, v)`` and ``(v, u)`` of the edges ``ends = [u0, v0, u1, v1, ...]``
        (vertex numbers) are stored in :attr:`adjacency` (pairs that are no edge are left out)."""
        u, v = ends[0::2], ends[1::2]
        keys, order = self._entry_keys
        wanted = np.concatenate([u * self.n + v, v * self.n + u])
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        found = keys[at] == wanted if len(keys) else np.zeros(len(wanted), dtype=bool)
        return order[at[found]]  # a pair that is no edge has nothing to remove

    @cached_property
    def igraph(self):
        """``(igraph.Graph, nodes)`` as :func:`elznet.analysis.centrality.to_igraph` gives it."""
        import igraph as ig

        return ig.Graph(n=self.n, edges=self.edges.tolist(), directed=self.graph.is_directed()), self.nodes

    @cached_property
    def components(self) -> np.ndarray:
        """Component number of every vertex."""
        if not self.n:
            return np.zeros(0, dtype=np.int64)
        return connected_components(self.adjacency, directed=False)[1]

    @cached_property
    def bridges(self) -> set[frozenset]:
        """The bridges, as frozensets of their two node ids."""
        g, nodes = self.igraph
        if not g.ecount():
            return set()
        return {frozenset((nodes[u], nodes[v])) for u, v in (self.edges[e] for e in g.bridges())}

    @cached_property
    def articulation_points(self) -> list:
        """The articulation points (node ids)."""
        g, nodes = self.igraph
        return [nodes[i] for i in sorted(g.articulation_points())] if g.ecount() else []

    @cached_property
    def edge_blocks(self) -> np.ndarray:
        """Per edge, its biconnected block (-1 for a self-loop, which lies in no block)."""
        g, _ = self.igraph
        m = len(self.edges)
        if not m:
            return np.zeros(0, dtype=np.int64)
        blocks = list(g.biconnected_components())
        rows = np.concatenate([np.asarray(b, dtype=np.int64) for b in blocks])
        cols = np.repeat(np.arange(len(blocks)), [len(b) for b in blocks])
        member = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(self.n, len(blocks)))
        u, v = self.edges[:, 0], self.edges[:, 1]
        loop = u == v
        # two blocks share at most one vertex, so an edge's two ends lie together in exactly one block
        both = sp.csr_array(member[u[~loop]].multiply(member[v[~loop]]))
        both.sort_indices()
        out = np.full(m, -1, dtype=np.int64)
        out[~loop] = both.indices[both.indptr[:-1]]
        return out

    @cached_property
    def block_degree(self) -> dict[tuple[int, int], int]:
        """(vertex, block) -> how many edges the vertex has in that block."""
        blocks = self.edge_blocks
        keep = blocks >= 0
        ends = np.concatenate([self.edges[keep, 0], self.edges[keep, 1]])
        of = np.concatenate([blocks[keep], blocks[keep]])
        keys, counts = np.unique(ends * (int(of.max(initial=0)) + 1) + of, return_counts=True)
        width = int(of.max(initial=0)) + 1
        return {(int(k // width), int(k % width)): int(c) for k, c in zip(keys, counts, strict=True)}

    @cached_property
    def block_sizes(self) -> np.ndarray:
        """Edges per block."""
        blocks = self.edge_blocks
        return np.bincount(blocks[blocks >= 0], minlength=int(blocks.max(initial=-1)) + 1)

    def edges_keep_connected(self, pairs: list[tuple]) -> bool | None:
        """Whether every removed edge's two ends stay connected when all ``pairs`` (edges, as
        node-id pairs) are removed at once; None when this quick test cannot tell.

        Two ends of an edge stay connected in ``G - F`` exactly when they do inside the
        edge's biconnected block (a path that leaves a block returns through the same cut
        vertex). Inside a block, when every removed edge shares one vertex ``o``, the rest
        of the block stays connected (a block without one vertex stays connected), so the
        ends stay connected exactly when ``o`` keeps an edge in the block; a block that is
        one edge (a bridge) always splits. Other shapes (removed edges without a common
        vertex in one block) are left to the caller (None).
        """
        edge_id, blocks, index = self.edge_id, self.edge_blocks, self.index
        by_block: dict[int, list[tuple[int, int]]] = {}
        for a, b in pairs:
            e = edge_id.get((a, b) if a <= b else (b, a))
            if e is None:  # not an edge of the graph: leave it to the caller
                return None
            if blocks[e] >= 0:  # a self-loop connects nothing
                by_block.setdefault(int(blocks[e]), []).append((index[a], index[b]))
        degree, sizes = self.block_degree, self.block_sizes
        for block, removed in by_block.items():
            if sizes[block] == 1:
                return False
            common = set(removed[0]).intersection(*removed[1:])
            if not common:
                return None
            o = next(iter(common))
            if degree[(o, block)] <= len(removed):
                return False
        return True

    @cached_property
    def triangles(self) -> np.ndarray:
        """``(t, 3)`` vertex numbers of the triangles (self-loops and multiple edges ignored)."""
        g, _ = self.igraph
        return np.asarray(g.list_triangles(), dtype=np.int64).reshape(-1, 3)
