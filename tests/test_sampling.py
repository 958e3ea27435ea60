"""Sampled betweenness and harmonic closeness: pinned to the exact values, and their
stated error bounds hold over repeated seeds at the stated confidence."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from elznet import spanners
from elznet.analysis import centrality
from elznet.analysis.centrality import Estimate, empirical_bernstein_bound, harmonic_closeness, sampled_paths


def _graphs():
    yield "ba", nx.barabasi_albert_graph(400, 3, seed=1)
    yield "sparse", nx.gnp_random_graph(300, 0.006, seed=2)  # many components and isolates
    yield "directed", nx.gnp_random_graph(200, 0.03, seed=3, directed=True)


@pytest.mark.parametrize(("name", "graph"), list(_graphs()), ids=lambda x: x if isinstance(x, str) else "")
def test_sampling_every_source_gives_the_exact_values(name, graph):
    """With every node as source the estimators are the exact definitions: Brandes (2001)
    betweenness as networkx normalises it, harmonic closeness sum(1/d)/(n-1)."""
    between, b_est, harmonic, h_est = sampled_paths(graph, samples=len(graph))
    exact_b = nx.betweenness_centrality(graph)
    exact_h = nx.harmonic_centrality(graph)
    n = len(graph)
    assert max(abs(between[v] - exact_b[v]) for v in graph) < 1e-6  # float32 passes: ~1e-6 relative
    assert max(abs(harmonic[v] - exact_h[v] / (n - 1)) for v in graph) < 1e-6  # float32 passes: ~1e-6 relative
    assert b_est.exact and h_est.exact and b_est.error == 0 == h_est.error


def test_harmonic_closeness_of_a_path_worked_by_hand():
    """Path a - b - c: the ends reach one node at 1 and one at 2, (1 + 1/2) / 2 = 0.75;
    the middle reaches both at 1, (1 + 1) / 2 = 1."""
    g = nx.path_graph(["a", "b", "c"])
    for engine in ("networkx", "igraph"):
        assert harmonic_closeness(g, engine=engine).round(12).to_dict() == {"a": 0.75, "b": 1.0, "c": 0.75}


def test_empirical_bernstein_bound_worked_by_hand():
    """Maurer & Pontil (2009), Thm 4, two-sided: sqrt(2 V ln(4/d) / k) + 7 ln(4/d) / (3 (k-1)).
    d = 0.05, k = 101: ln 80 = 4.3820; V = 0 gives 7 * 4.3820 / 300 = 0.10225;
    V = 0.01 adds sqrt(2 * 0.01 * 4.3820 / 101) = 0.02946."""
    assert float(empirical_bernstein_bound(0.0, 101)) == pytest.approx(0.10225, abs=1e-5)
    assert float(empirical_bernstein_bound(0.01, 101)) == pytest.approx(0.10225 + 0.02946, abs=1e-5)
    assert float(empirical_bernstein_bound(0.01, 101, confidence=0.99)) > float(empirical_bernstein_bound(0.01, 101))


def test_the_bound_holds_over_repeated_seeds_at_the_stated_confidence():
    """Each node's value lies within its bound with probability >= 95 %: over 30 seeds
    and 1,500 nodes, at most 5 % of (node, seed) pairs fall outside, and the stated
    table-wide error (the largest per-node bound) is exceeded in at most 5 % of the runs."""
    g = nx.barabasi_albert_graph(1500, 4, seed=6)
    exact_b = centrality.betweenness(g, engine="igraph").to_numpy()
    exact_h = harmonic_closeness(g, engine="igraph").to_numpy()
    outside = {"b": 0, "h": 0}
    runs_over = {"b": 0, "h": 0}
    seeds = range(30)
    for seed in seeds:
        b, b_est, h, h_est = sampled_paths(g, samples=120, seed=seed)
        for key, values, exact, est in (("b", b, exact_b, b_est), ("h", h, exact_h, h_est)):
            error = np.abs(values.to_numpy() - exact)
            outside[key] += int((error > est.per_node.to_numpy()).sum())
            runs_over[key] += bool(error.max() > est.error)
            assert est.confidence == 0.95 and not est.exact and est.samples == 120
    for key in outside:
        assert outside[key] <= 0.05 * len(g) * len(seeds), key
        assert runs_over[key] <= 0.05 * len(seeds), key


def test_the_estimates_are_unbiased_over_seeds():
    """The mean of 30 estimates is much closer to the exact value than one estimate's bound."""
    g = nx.connected_watts_strogatz_graph(600, 6, 0.1, seed=4)
    exact = centrality.betweenness(g, engine="igraph")
    runs = [sampled_paths(g, samples=60, seed=s) for s in range(30)]
    mean = pd.concat([r[0] for r in runs], axis=1).mean(axis=1)
    assert np.max(np.abs(mean - exact)) < runs[0][1].error / 3


def test_spanners_samples_past_the_threshold_and_says_so():
    g = nx.barabasi_albert_graph(600, 3, seed=8)
    nx.set_node_attributes(g, {v: "abc"[v % 3] for v in g}, "sector")
    exact = spanners(g)
    assert exact.estimates["betweenness"].exact and exact.estimates["betweenness"].text() == "exact berekend"
    assert "closeness" in exact and "harmonic_closeness" in exact
    sampled = spanners(g, exact_up_to=500, samples=200, seed=3)
    est = sampled.estimates["betweenness"]
    assert not est.exact and est.samples == 200
    assert "closeness" not in sampled  # Wasserman-Faust needs all distances: not estimated
    error = (sampled["betweenness"] - exact["betweenness"].reindex(sampled.index)).abs()
    assert (error <= est.per_node.reindex(sampled.index)).mean() >= 0.95
    # the same seed gives the same table; the estimates survive selections and sorting
    again = spanners(g, exact_up_to=500, samples=200, seed=3)
    pd.testing.assert_frame_equal(sampled, again)
    assert sampled.head(5).estimates is sampled.estimates
    assert sampled.sort_values("degree").loc[[0, 1]].estimates["harmonic_closeness"].samples == 200
    assert "met 95% zekerheid" in sampled.bounds_text()


def test_sampling_is_used_by_default_only_past_exact_up_to():
    assert centrality.EXACT_UP_TO == 10_000
    g = nx.path_graph(30)
    nx.set_node_attributes(g, "x", "sector")
    assert spanners(g).estimates["harmonic_closeness"].exact
    assert not spanners(g, exact_up_to=10, samples=10).estimates["harmonic_closeness"].exact


def test_the_bound_reads_in_dutch_and_english():
    est = Estimate("betweenness", exact=False, error=0.002, confidence=0.95, samples=500, method="")
    assert est.text() == str(est) == "±0,002 met 95% zekerheid"
    assert est.text("en") == "±0.002 with 95% confidence"
    assert Estimate("x", exact=False, error=0.0314159, confidence=0.99, samples=9, method="").text() == \
        "±0,0315 met 99% zekerheid"  # rounded up: a bound is never understated
    with pytest.raises(ValueError, match="lang"):
        est.text("fr")


def test_sampling_rejects_too_few_samples():
    with pytest.raises(ValueError, match="at least 2"):
        sampled_paths(nx.path_graph(10), samples=1)
    assert math.isclose(centrality.CONFIDENCE, 0.95)
