"""networkx and igraph give the same numbers; large graphs get a stated sampling bound."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from elznet import spanners
from elznet.analysis import centrality


def _random_graphs():
    yield nx.gnp_random_graph(300, 0.03, seed=1)  # connected-ish
    g = nx.gnp_random_graph(250, 0.008, seed=2)  # many components and isolates
    yield g
    yield nx.connected_watts_strogatz_graph(400, 6, 0.2, seed=3)
    yield nx.barabasi_albert_graph(500, 3, seed=4)


@pytest.mark.parametrize("graph", list(_random_graphs()), ids=["gnp", "sparse", "ws", "ba"])
def test_betweenness_and_closeness_agree_between_engines(graph):
    for measure in (centrality.betweenness, centrality.closeness):
        a = measure(graph, engine="networkx")
        b = measure(graph, engine="igraph")
        assert np.max(np.abs(a.to_numpy() - b.reindex(a.index).to_numpy())) < 1e-9, measure.__name__


@pytest.mark.parametrize("graph", list(_random_graphs()), ids=["gnp", "sparse", "ws", "ba"])
def test_structural_holes_agree_with_networkx_and_igraph(graph):
    import igraph as ig

    ours = centrality.structural_holes(graph)
    theirs = nx.constraint(graph)
    a = ours["constraint"].to_numpy()
    b = np.array([theirs[n] for n in ours.index])
    assert np.allclose(a, b, atol=1e-9, equal_nan=True)
    esize = nx.effective_size(graph)
    assert np.allclose(ours["effective_size"], [esize[n] for n in ours.index], atol=1e-9, equal_nan=True)
    # weighted constraint against igraph's own (Burt 1992)
    rng = np.random.default_rng(0)
    weights = {e: int(w) for e, w in zip(graph.edges(), rng.integers(1, 5, graph.number_of_edges()), strict=False)}
    nx.set_edge_attributes(graph, weights, "weight")
    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()])
    h.es["weight"] = [graph.edges[u, v]["weight"] for u, v in graph.edges()]
    expected = np.asarray(h.constraint(weights="weight"), dtype=float)
    got = centrality.structural_holes(graph, weight="weight")["constraint"].to_numpy()
    connected = ~np.isnan(got)
    assert np.allclose(got[connected], expected[connected], atol=1e-9)


def test_spanners_is_the_same_table_on_both_engines():
    g = nx.gnp_random_graph(200, 0.04, seed=5)
    nx.set_node_attributes(g, {n: "abc"[n % 3] for n in g}, "sector")
    a, b = spanners(g, engine="networkx"), spanners(g, engine="igraph")
    numeric = a.select_dtypes("number").columns
    assert np.allclose(a[numeric].to_numpy(float), b.loc[a.index, numeric].to_numpy(float), atol=1e-9,
                       equal_nan=True)


def test_auto_engine_switches_on_size():
    assert centrality.choose_engine(nx.path_graph(10)) == "networkx"
    assert centrality.choose_engine(nx.path_graph(centrality.IGRAPH_FROM + 1)) == "igraph"
    assert centrality.choose_engine(nx.DiGraph(nx.path_graph(5000))) == "networkx"
    with pytest.raises(ValueError, match="engine must be"):
        centrality.choose_engine(nx.path_graph(3), "gephi")


def test_sampled_betweenness_stays_within_its_stated_bound():
    g = nx.barabasi_albert_graph(1500, 4, seed=6)
    exact = centrality.betweenness(g, engine="igraph")
    k = 300
    for engine in ("igraph", "networkx"):
        sampled = centrality.betweenness(g, engine=engine, k=k, seed=1)
        bound = centrality.betweenness_error_bound(k, len(g))
        assert np.max(np.abs(sampled - exact)) <= bound
        # and far better than the bound in practice on the top node
        top = exact.idxmax()
        assert abs(sampled[top] - exact[top]) < 0.25 * exact[top]


def test_betweenness_in_a_second_process_gives_the_same_numbers():
    g = nx.barabasi_albert_graph(centrality.PARALLEL_FROM, 3, seed=7)
    alone = centrality.start_betweenness(g, engine="igraph", parallel=False)()
    beside = centrality.start_betweenness(g, engine="igraph", parallel=True)()
    assert np.array_equal(alone.to_numpy(), beside.reindex(alone.index).to_numpy())


def test_eigenvector_on_a_disconnected_graph_is_networkx_power_iteration():
    """eigenvector_centrality_numpy refuses disconnected graphs; the sparse fallback must give
    networkx's own power-iteration numbers (same start, stopping rule and scaling)."""
    g = nx.disjoint_union(nx.karate_club_graph(), nx.gnp_random_graph(80, 0.03, seed=9))
    ours = centrality.eigenvector(g)
    theirs = nx.eigenvector_centrality(g, weight=None, max_iter=1000)
    assert np.max(np.abs(ours.to_numpy() - np.array([theirs[v] for v in ours.index]))) < 1e-12


# --- shared intermediates: the same numbers as computing each measure on its own (issue 11, item 6)
def _weighted(graph, seed):
    rng = np.random.default_rng(seed)
    g = graph.copy()
    nx.set_edge_attributes(g, {e: int(w) for e, w in zip(g.edges(), rng.integers(1, 5, g.number_of_edges()))},
                           "weight")
    return g


@pytest.mark.parametrize("graph", list(_random_graphs()), ids=["gnp", "sparse", "ws", "ba"])
def test_measures_on_shared_intermediates_equal_the_measures_on_their_own(graph):
    """Burt's (1992) constraint and effective size, Gould & Fernandez's (1989) brokerage and
    eigenvector centrality (Bonacich 1972) computed from the intermediates one Network shares
    equal each measure computed on its own (itself pinned to published examples in
    test_spanners.py), and networkx's eigenvector_centrality_numpy on connected graphs."""
    from elznet.analysis._shared import parts
    from elznet.analysis.spanners import _brokerage, brokerage

    g = _weighted(graph, 5)
    nx.set_node_attributes(g, {v: f"s{v % 3}" for v in g}, "sector")
    shared = parts(g)
    for weight in (None, "weight"):
        alone = centrality.structural_holes(g, weight=weight)
        together = centrality._structural_holes(g, weight=weight, shared=shared)
        assert np.allclose(alone.to_numpy(), together.to_numpy(), rtol=1e-12, equal_nan=True), weight
        expected = nx.to_scipy_sparse_array(g, nodelist=list(g), weight=weight or None, format="csr")
        if weight:
            assert abs(shared.weighted(weight) - expected).max() == 0
    assert brokerage(g, group="sector").equals(_brokerage(g, "sector", shared=shared))
    assert np.allclose(centrality._eigenvector(g, shared=shared), centrality.eigenvector(g), atol=1e-9)
    if nx.is_connected(g):  # the shared path repeats networkx's eigenvector_centrality_numpy
        reference = pd.Series(nx.eigenvector_centrality_numpy(g)).reindex(list(g))
        assert np.allclose(centrality._eigenvector(g, shared=shared), reference, atol=1e-9)


def test_intermediates_are_kept_with_a_network_but_never_with_a_plain_graph():
    import elznet
    from elznet.analysis._shared import parts

    net = elznet.examples.load("meetjesland_zorgpad")
    assert parts(net) is parts(net) and parts(net).graph is net.graph
    assert parts(net.with_status("all")) is not parts(net)  # another Network, its own
    g = net.graph.copy()
    assert parts(g) is not parts(g)  # a graph can change between calls: nothing kept
    kept = parts(net)
    edges = len(kept.edges)
    net.graph.remove_edge(*next(iter(net.graph.edges())))  # a user changing the graph in place (a fresh Network)
    assert parts(net) is not kept and len(parts(net).edges) == edges - 1


def test_the_garbage_collector_runs_again_after_an_analysis():
    import gc

    import elznet

    net = elznet.examples.load("meetjesland_zorgpad")
    assert gc.isenabled()
    elznet.analyse(net).compute()
    assert gc.isenabled()
    gc.disable()
    try:  # left off by the caller: stays off
        elznet.spanners(net)
        assert not gc.isenabled()
    finally:
        gc.enable()
