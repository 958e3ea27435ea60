"""Communities, components, mixing, the E-I index and sectors that do not meet."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import elznet
from elznet import communities, components, disconnected_groups, ei_index, mixing


@pytest.fixture
def five():
    """X = {a, b, c}, Y = {d, e}; ties a-b, b-c (inside X), d-e (inside Y), c-d, a-e (between)."""
    g = nx.Graph([("a", "b"), ("b", "c"), ("d", "e"), ("c", "d"), ("a", "e")])
    nx.set_node_attributes(g, {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}, "sector")
    return g


def test_ei_index_by_hand_at_network_group_and_node_level(five):
    """Krackhardt & Stern (1988): (E - I) / (E + I). Network: 2 external, 3 internal ties ->
    -0.2. Counted from the members' ties as UCINET does: group X has E = 2 (a-e, c-d) and
    I = 4 (a-b, b-c, each seen from both ends) -> -1/3; group Y: E = 2, I = 2 -> 0;
    node b: two ties inside -> -1; node a: one in, one out -> 0."""
    ei = ei_index(five, group="sector", permutations=0)
    assert ei.network == pytest.approx(-0.2)
    assert ei.groups.loc["X", "ei"] == pytest.approx(-1 / 3) and ei.groups.loc["Y", "ei"] == 0
    assert ei.groups.loc["X", ["external", "internal"]].tolist() == [2, 4]
    assert ei.nodes["ei"].to_dict() == {"a": 0.0, "b": -1.0, "c": 0.0, "d": 0.0, "e": 0.0}


def test_ei_permutation_test_matches_exact_enumeration(five):
    """All 10 ways to choose the two Y nodes, each equally likely under relabelling."""
    observed = -0.2
    values = []
    for ys in itertools.combinations("abcde", 2):
        group = {v: ("Y" if v in ys else "X") for v in "abcde"}
        external = sum(group[u] != group[v] for u, v in five.edges())
        values.append((2 * external - 5) / 5)
    exact_less = np.mean([v <= observed + 1e-12 for v in values])
    exact_greater = np.mean([v >= observed - 1e-12 for v in values])
    ei = ei_index(five, group="sector", permutations=20000, seed=1)
    assert ei.p_less == pytest.approx(exact_less, abs=0.015)
    assert ei.p_greater == pytest.approx(exact_greater, abs=0.015)
    assert ei.expected == pytest.approx(np.mean(values), abs=0.01)
    assert "E-I-index -0,200" in repr(ei)  # Dutch by default
    assert "E-I index -0.200" in ei.describe("en")


def test_mixing_counts_shares_and_expected_ties(five):
    m = mixing(five).set_index(["group_a", "group_b"])
    assert m.loc[("X", "X"), "ties"] == 2 and m.loc[("Y", "Y"), "ties"] == 1 and m.loc[("X", "Y"), "ties"] == 2
    assert m.loc[("X", "Y"), "share"] == pytest.approx(0.4)
    # 10 pairs of nodes: 3 inside X, 1 inside Y, 6 between -> 5 ties spread at random
    assert m["expected"].tolist() == pytest.approx([1.5, 3.0, 0.5])


def test_communities_find_two_cliques_reproducibly():
    g = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    g.add_edge(0, 5)
    nx.set_node_attributes(g, {n: ("zorg" if n < 5 else "welzijn") for n in g}, "sector")
    a = communities(g, seed=3)
    b = communities(g, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert a.groupby("community").size().tolist() == [5, 5]
    assert a.loc[0, "community"] != a.loc[5, "community"]
    expected_q = nx.community.modularity(g, [set(range(5)), set(range(5, 10))])
    assert a.modularity == pytest.approx(expected_q)
    assert set(a["label"]) == {"Zorg", "Welzijn"}
    louvain = communities(g, engine="networkx", seed=3)
    assert louvain.groupby("community").size().tolist() == [5, 5]


def test_communities_on_the_wide_inventory_are_labelled_in_dutch():
    net = elznet.examples.load("meetjesland_inventaris")
    c = communities(net)
    assert c.modularity > 0.3 and c["community"].nunique() > 2
    assert c["size"].iloc[0] == c["size"].max()
    assert all("·" in label for label in c["label"])


def test_components_largest_first():
    net = elznet.examples.load("meetjesland_inventaris")
    comps = components(net)
    assert comps["size"].is_monotonic_decreasing and comps["size"].sum() == len(net.organisations)


def test_disconnected_groups_by_hand(hand_net):
    """conftest.hand_network: welzijn A, F; zorg B, D; onderwijs C; lokaal bestuur E."""
    net = hand_net
    d = disconnected_groups(net, people="names").set_index(["group_a", "group_b"])
    assert d.loc[("lokaal_bestuur", "onderwijs"), "status"] == "geen band"
    assert d.loc[("lokaal_bestuur", "welzijn"), "status"] == "geen band"
    assert d.loc[("lokaal_bestuur", "zorg"), "status"] == "één band"
    assert d.loc[("onderwijs", "welzijn"), "status"] == "één band"
    # welzijn-zorg has two ties (A-B, B-F) but P3 alone carries B's side of both
    assert d.loc[("welzijn", "zorg"), "status"] == "één persoon" and d.loc[("welzijn", "zorg"), "people"] == ["Cis Maes"]
    assert len(d) == 6
    hidden = disconnected_groups(net).set_index(["group_a", "group_b"])  # people hidden: how many, not who
    assert hidden.loc[("welzijn", "zorg"), "people"] == 1 and hidden.loc[("lokaal_bestuur", "onderwijs"), "people"] == 0


def test_cluster_labels_do_not_depend_on_string_hashing():
    """A cluster's label names its most common expertise domain; where two domains are as
    common, the first met among the members in the graph's order wins, never the order of a
    set (which changes with Python's string hashing from run to run)."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, elznet; c = elznet.communities(elznet.examples.load('meetjesland_inventaris')); "
            "print(json.dumps(c['label'].to_dict()))")
    labels = []
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        labels.append(json.loads(done.stdout))
    assert labels[0] == labels[1] == labels[2]
