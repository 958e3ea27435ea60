"""Betweenness of large graphs from sampled shortest paths, with one guarantee for all nodes.

Riondato & Kornaropoulos (2016) sample pairs of nodes ``(s, t)`` uniformly and one of
their shortest paths uniformly; a node's betweenness is estimated by the share of
sampled paths it lies inside. Every sample is the same experiment, so a node's count is
exactly binomial with the node's betweenness (as a share of ordered pairs) as success
probability. This module:

* samples the paths with a balanced bidirectional breadth-first search, as KADABRA does
  (Borassi & Natale 2019): the side whose frontier has the smaller degree sum grows,
  until the two balls meet; a meeting node is drawn in proportion to the paths through
  it, then predecessors in proportion to their path counts (compiled with numba);
* bounds every node at once: each node's count gets a two-sided Clopper & Pearson (1934)
  interval at level ``delta / (n * rounds)``, so by the union bound all nodes, at every
  checkpoint, lie in their intervals with probability at least ``1 - delta``;
* stops adaptively: the sample grows by half from :data:`FIRST_PATHS` up to at most
  :data:`MAX_PATHS` paths, and stops at the first checkpoint where the widest interval
  is within the target error, or before one that would pass :data:`MAX_ARCS` arcs
  scanned (hubs can make every search touch much of the graph). The checkpoints are
  fixed in advance, so the bound stated at whichever one it stops holds (the union
  bound covers all of them).

networkit's ``KadabraBetweenness`` (11.3) was measured and not used: its path sampler
picks predecessors without weighting them by their path counts, which biases graphs with
many equal shortest paths (an 8x8 grid: errors of 0.025 against a stated 0.005 in every
run); its ``ApproxBetweenness`` is unbiased but runs a full search per path (35 ms a path
at 50,000 nodes). Both normalise by ordered pairs ``n(n-1)``; KADABRA's undirected scores
are twice that share.

Normalisation: a sampled share ``p`` estimates ``sum_{s != t} sigma_st(v)/sigma_st /
(n(n-1))``; networkx's ``normalized=True`` betweenness (undirected: over the
``(n-1)(n-2)/2`` unordered pairs without ``v``; directed: over ``(n-1)(n-2)``) is that
times ``n / (n-2)``. All errors here are stated in networkx's normalisation.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.stats import beta

__all__ = ["BETWEENNESS_ERROR", "FIRST_PATHS", "MAX_PATHS", "MAX_ARCS", "PathSample", "sample_betweenness",
           "clopper_pearson_half_width", "harmonic_sums"]

#: Target half-width of the betweenness bound, in networkx's normalisation, for all nodes at once.
BETWEENNESS_ERROR = 0.002
#: Paths sampled before the first checkpoint; the sample grows by half at every checkpoint.
FIRST_PATHS = 25_000
#: The most paths sampled: past it the sampler stops and states the bound it reached.
MAX_PATHS = 800_000
#: The most work, in arcs scanned by the path searches (about 10 s here): where hubs make
#: every search touch much of the graph, the sampler stops at the last checkpoint within it
#: and states the bound reached.
MAX_ARCS = 2_000_000_000


@dataclass(frozen=True)
class PathSample:
    """What :func:`sample_betweenness` returns.

    Attributes
    ----------
    values : numpy.ndarray
        Estimated betweenness per node (networkx's ``normalized=True``).
    per_node : numpy.ndarray
        Each node's half-width; with probability ``confidence`` every node lies within
        its own half-width of the exact value, all at once.
    error : float
        The largest half-width: every node within ``error`` of its exact value, at once.
    paths : int
        Paths sampled.
    checkpoints : int
        Checkpoints planned in advance (the confidence is shared over them).
    reached : bool
        Whether the target error was reached within :data:`MAX_PATHS` and :data:`MAX_ARCS`.
    arcs : int
        Arcs scanned by the path searches (the work done).
    """

    values: np.ndarray
    per_node: np.ndarray
    error: float
    confidence: float
    paths: int
    checkpoints: int
    reached: bool
    arcs: int


def clopper_pearson_half_width(counts: np.ndarray, trials: int, alpha: float) -> np.ndarray:
    """Half-width, around ``counts / trials``, of the two-sided Clopper & Pearson (1934)
    interval at level ``alpha`` (``alpha / 2`` in each tail): the larger of the distances
    from the estimate to the interval's ends, so the symmetric interval contains it."""
    counts = np.asarray(counts, dtype=np.int64)
    values, inverse = np.unique(counts, return_inverse=True)  # few distinct counts: compute each once
    p = values / trials
    lower = np.where(values > 0, beta.ppf(alpha / 2, values, trials - values + 1), 0.0)
    upper = np.where(values < trials, beta.ppf(1 - alpha / 2, values + 1, trials - values), 1.0)
    return np.maximum(p - lower, upper - p)[inverse.ravel()]


@functools.cache
def _kernel():
    """The compiled path sampler (:func:`elznet.analysis._kernels.sample_paths`; numba,
    compiled on first use and cached on disk)."""
    from elznet.analysis._kernels import sample_paths

    return sample_paths


@functools.cache
def _harmonic_kernel():
    """Breadth-first searches from sources, summing ``scale / d(s, v)`` and its square
    per node (:func:`elznet.analysis._kernels.harmonic_sums`; numba, cached on disk)."""
    from elznet.analysis._kernels import harmonic_sums

    return harmonic_sums


def harmonic_sums(adjacency: sp.csr_array, sources: np.ndarray) -> np.ndarray:
    """Per node, over the ``sources``: the sums of Eppstein & Wang's (2004) harmonic terms
    ``n / (n-1) / d(s, v)`` (0 for ``s = v`` and out of reach) and of their squares, rows
    ``0`` and ``1``; ``adjacency[u, v]`` nonzero for an arc ``u -> v``."""
    n = adjacency.shape[0]
    a = sp.csr_array(adjacency)
    a.sort_indices()
    sums = np.zeros((2, n))
    _harmonic_kernel()(a.indptr.astype(np.int64), a.indices.astype(np.int64), np.asarray(sources, dtype=np.int64),
                       n / (n - 1), sums)
    return sums


def _checkpoints(first: int, most: int) -> list[int]:
    """Sample sizes at the checkpoints: ``first``, growing by half each time, ending at ``most``."""
    sizes = [first]
    while sizes[-1] < most:
        sizes.append(min(math.ceil(1.5 * sizes[-1]), most))
    return sizes


def sample_betweenness(adjacency: sp.csr_array, *, directed: bool, error: float = BETWEENNESS_ERROR,
                       confidence: float = 0.95, first: int = FIRST_PATHS, most: int = MAX_PATHS,
                       arcs: float = MAX_ARCS, seed: int = 0) -> PathSample:
    """Betweenness of every node from sampled shortest paths (hops), within ``error`` of the
    exact value for all nodes at once with probability ``confidence`` — or, when
    ``most`` paths do not reach ``error``, within the error this returns.

    ``adjacency[u, v]`` is nonzero for an arc ``u -> v`` (symmetric when undirected); the
    diagonal is ignored. The sampler also stops at a checkpoint when the next one would
    scan more than ``arcs`` arcs in all (the same seed, the same stop).
    See the module notes for the method and its sources.
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie between 0 and 1, not {confidence!r}")
    if not error > 0:
        raise ValueError(f"error must be positive, not {error!r}")
    n = adjacency.shape[0]
    if n < 3:
        raise ValueError("sampling needs at least 3 nodes")
    first, most = int(first), int(most)
    if first < 1 or most < first:
        raise ValueError(f"need 1 <= first <= most, not first={first}, most={most}")
    a = sp.csr_array(adjacency, dtype=np.float64)
    a.setdiag(0)
    a.eliminate_zeros()
    a.sort_indices()
    out_ptr, out_idx = a.indptr.astype(np.int64), a.indices.astype(np.int64)
    if directed:
        b = sp.csr_array(a.T)
        b.sort_indices()
        in_ptr, in_idx = b.indptr.astype(np.int64), b.indices.astype(np.int64)
        comp = connected_components(a, directed=True, connection="weak")[1].astype(np.int64)
    else:
        in_ptr, in_idx = out_ptr, out_idx
        comp = connected_components(a, directed=False)[1].astype(np.int64)
    sizes = _checkpoints(first, most)
    alpha = (1 - confidence) / (n * len(sizes))  # union bound over the nodes and the checkpoints
    scale = n / (n - 2)  # share of ordered pairs -> networkx's normalisation
    rng = np.random.default_rng(seed)
    kernel = _kernel()
    counts = np.zeros(n, dtype=np.int64)
    work = np.zeros(1, dtype=np.int64)
    done = 0
    for round_, size in enumerate(sizes):
        r = size - done
        sources = rng.integers(n, size=r)
        targets = rng.integers(n - 1, size=r)
        targets += targets >= sources  # uniform over the other n - 1 nodes
        kernel(out_ptr, out_idx, in_ptr, in_idx, comp, sources, targets, int(rng.integers(2**31)), counts, work)
        done = size
        half = clopper_pearson_half_width(counts, done, alpha) * scale
        reached = float(half.max()) <= error
        last = round_ == len(sizes) - 1 or work[0] / done * sizes[round_ + 1] > arcs
        if reached or last:
            return PathSample(values=counts / done * scale, per_node=half, error=float(half.max()),
                              confidence=confidence, paths=done, checkpoints=len(sizes), reached=reached,
                              arcs=int(work[0]))
    raise AssertionError("unreachable")  # pragma: no cover

