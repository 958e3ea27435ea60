"""Boundary-spanner measures pinned to published values, and brokerage worked by hand."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import elznet
from elznet import brokerage, spanners, structural_holes

KITE = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]


def _grouped(graph, groups):
    nx.set_node_attributes(graph, groups, "sector")
    return graph


@pytest.fixture
def kite():
    g = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(KITE)))
    return _grouped(g, {n: "x" for n in g})


def test_krackhardt_kite_degree_betweenness_closeness(kite):
    """Krackhardt (1990), "Assessing the political landscape", Admin. Sci. Quarterly 35:342-369:
    Diane has most ties (6), Heather the highest betweenness (14 of 36 pairs), Fernando and
    Garth the highest closeness (.64)."""
    s = spanners(kite)
    assert s.loc["Diane", "degree"] == 6 and s["degree"].idxmax() == "Diane"
    raw = s["betweenness"] * 36  # (n-1)(n-2)/2 pairs
    expected = {"Heather": 14, "Fernando": 8.333, "Garth": 8.333, "Ike": 8, "Diane": 3.667,
                "Andre": 0.833, "Beverly": 0.833, "Carol": 0, "Ed": 0, "Jane": 0}
    for name, value in expected.items():
        assert raw[name] == pytest.approx(value, abs=1e-3), name
    closeness = {"Fernando": 0.64, "Garth": 0.64, "Diane": 0.60, "Heather": 0.60, "Andre": 0.53,
                 "Beverly": 0.53, "Carol": 0.50, "Ed": 0.50, "Ike": 0.43, "Jane": 0.31}
    for name, value in closeness.items():
        assert round(s.loc[name, "closeness"], 2) == value, name


def test_florentine_families_medici_betweenness():
    """Padgett's Florentine marriage network; Jackson (2008), *Social and Economic Networks*,
    Table 2.1: betweenness Medici .522, Guadagni .255, Strozzi .103."""
    g = _grouped(nx.florentine_families_graph(), {})
    nx.set_node_attributes(g, "familie", "sector")
    s = spanners(g)
    assert s.index[0] == "Medici"
    assert round(s.loc["Medici", "betweenness"], 3) == 0.522
    assert round(s.loc["Guadagni", "betweenness"], 3) == 0.255
    assert round(s.loc["Strozzi", "betweenness"], 3) == 0.103


@pytest.fixture
def borgatti():
    """Borgatti (1997), "Structural holes: unpacking Burt's redundancy measures",
    Connections 20(1):35-38, the ego network of G."""
    g = nx.Graph([("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"), ("B", "G"),
                  ("B", "D"), ("D", "G"), ("G", "C")])
    weights = {("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8, ("F", "G"): 3,
               ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10}
    nx.set_edge_attributes(g, weights, "weight")
    return _grouped(g, {n: "x" for n in g})


def test_borgatti_structural_holes_unweighted(borgatti):
    """Borgatti (1997): effective size of G 4.67, A 2.50, C 1; constraint (UCINET) G .400,
    A .595, C 1."""
    s = spanners(borgatti)
    assert s.loc[["G", "A", "C"], "effective_size"].round(2).tolist() == [4.67, 2.50, 1.0]
    assert s.loc[["G", "A", "C"], "constraint"].round(3).tolist() == [0.400, 0.595, 1.0]


def test_borgatti_structural_holes_weighted(borgatti):
    """Borgatti's graph with tie strengths, values from UCINET (as pinned in networkx's test
    suite): constraint G .299, A .795; effective size G 5.47, A 2.47. networkx 3.6's own
    weighted effective_size gives A 2.79, G 5.52 — the bug this guards against."""
    s = spanners(borgatti)
    assert s.loc[["G", "A", "C"], "constraint_weighted"].round(3).tolist() == [0.299, 0.795, 1.0]
    published = {"G": 5.47, "A": 2.47, "C": 1.0}  # two decimals: within half a unit of the last
    for node, value in published.items():
        assert s.loc[node, "effective_size_weighted"] == pytest.approx(value, abs=0.0051), node
    # by hand from Burt's definition: A's redundancy is 5/12 (via B) + 5/12 (via F) + 5/12 (via E)
    # + (2/12 * 4/10 + 3/12 * 3/10 + 2/12 * 8/10) (via G) = 1.525, so 4 - 1.525 = 2.475
    assert s.loc["A", "effective_size_weighted"] == pytest.approx(2.475, abs=1e-12)


def test_structural_holes_directed_and_isolates():
    """Directed example of networkx's test suite (values from UCINET and igraph)."""
    d = nx.DiGraph([(0, 1), (0, 2), (1, 0), (2, 1)])
    holes = structural_holes(d)
    assert holes["constraint"].round(3).tolist() == [1.003, 1.003, 1.389]
    assert holes["effective_size"].round(3).tolist() == [1.167, 1.167, 1.0]
    nx.set_edge_attributes(d, {(0, 1): 2, (0, 2): 2, (1, 0): 1, (2, 1): 1}, "weight")
    weighted = structural_holes(d, weight="weight")
    assert weighted["constraint"].round(3).tolist() == [0.840, 1.143, 1.378]
    assert weighted["effective_size"].round(3).tolist() == [1.567, 1.083, 1.0]
    g = nx.Graph([(1, 2)])
    g.add_node(3)
    assert np.isnan(structural_holes(g).loc[3, "constraint"])


def test_knoke_information_network_betweenness_matches_published():
    """Knoke & Wood information network (directed): per-node betweenness from R's sna 2.7-1,
    max 17.833 (MAYR) as in ORA's published report (data/knoke)."""
    net = elznet.examples.load("knoke")
    s = spanners(net.tie_graph("informatie"), group="sector_knoke")
    published = {"COUN": 0.6667, "COMM": 12.3333, "EDUC": 11.6944, "INDU": 0.8056, "MAYR": 17.8333,
                 "WRO": 0.3333, "NEWS": 2.75, "UWAY": 0.0, "WELF": 1.2222, "WEST": 0.3611}
    raw = s["betweenness"] * 9 * 8
    for node, value in published.items():
        assert raw[node] == pytest.approx(value, abs=1e-4), node


# --- brokerage by hand, one case per role (Gould & Fernandez 1989) ---------------------------
@pytest.mark.parametrize("groups, role", [
    (("X", "X", "X"), "coordinator"), (("Y", "X", "Y"), "itinerant"), (("X", "X", "Y"), "representative"),
    (("Y", "X", "X"), "gatekeeper"), (("Y", "X", "Z"), "liaison"),
])
def test_each_role_on_one_open_two_path(groups, role):
    g = nx.DiGraph([("a", "b"), ("b", "c")])
    nx.set_node_attributes(g, dict(zip("abc", groups, strict=False)), "sector")
    roles = brokerage(g, group="sector")
    assert roles.loc["b", role] == 1 and roles.loc["b", "total"] == 1
    assert roles.drop(columns=[c for c in roles if "_" in c]).drop(index="b").to_numpy().sum() == 0


def test_a_closed_two_path_is_no_brokerage():
    g = nx.DiGraph([("a", "b"), ("b", "c"), ("a", "c")])
    nx.set_node_attributes(g, {"a": "X", "b": "X", "c": "Y"}, "sector")
    assert brokerage(g, group="sector").loc["b", "total"] == 0


def test_an_undirected_tie_counts_as_two_arcs():
    # a - b - c with a, b in X and c in Y: a->b->c makes b a representative, c->b->a a gatekeeper
    g = nx.Graph([("a", "b"), ("b", "c")])
    nx.set_node_attributes(g, {"a": "X", "b": "X", "c": "Y"}, "sector")
    roles = brokerage(g, group="sector").loc["b"]
    assert (roles["representative"], roles["gatekeeper"], roles["total"]) == (1, 1, 2)


def _brokerage_by_definition(g, group):
    """Straight from the definition (and sna's brokerage_R loop): every open two-path."""
    out = {n: dict.fromkeys(["coordinator", "itinerant", "representative", "gatekeeper", "liaison"], 0) for n in g}
    d = g if g.is_directed() else g.to_directed()
    for b in d:
        for a, c in itertools.product(d.predecessors(b), d.successors(b)):
            if a == c or d.has_edge(a, c):
                continue
            ga, gb, gc = group[a], group[b], group[c]
            role = ("coordinator" if ga == gb == gc else "representative" if ga == gb
                    else "gatekeeper" if gb == gc else "itinerant" if ga == gc else "liaison")
            out[b][role] += 1
    return pd.DataFrame(out).T


@pytest.mark.parametrize("seed", range(4))
def test_brokerage_equals_the_definition_on_random_graphs(seed):
    rng = random.Random(seed)
    g = nx.gnp_random_graph(40, 0.12, seed=seed, directed=seed % 2 == 0)
    group = {n: rng.choice("ABCD") for n in g}
    nx.set_node_attributes(g, group, "sector")
    ours = brokerage(g, group="sector")
    expected = _brokerage_by_definition(g, group)
    for role in expected:
        assert ours[role].tolist() == expected.loc[ours.index, role].tolist(), role
    assert (ours["total"] == expected.sum(axis=1).loc[ours.index]).all()


def test_brokerage_expectations_follow_sna():
    """sna::brokerage's null model: E[total] = d^2 (1-d) (N-1)(N-2) for every node, and
    E[coordinator] = d^2 (1-d) (n_g-1)(n_g-2) for a broker in a group of size n_g."""
    g = nx.DiGraph([(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)])
    nx.set_node_attributes(g, {0: "X", 1: "X", 2: "X", 3: "Y"}, "sector")
    roles = brokerage(g, group="sector")
    d = 5 / 12
    assert roles.loc[0, "total_expected"] == pytest.approx(d * d * (1 - d) * 3 * 2)
    assert roles.loc[0, "coordinator_expected"] == pytest.approx(d * d * (1 - d) * 2 * 1)
    assert roles.loc[3, "coordinator_expected"] == 0.0
    sd = np.sqrt(d * d * (1 - d) * 6 * (1 - d * d * (1 - d)) + 2 * 3 * 2 * 1 * d**3 * (1 - d) ** 3)
    assert roles.loc[0, "total_z"] == pytest.approx((roles.loc[0, "total"] - d * d * (1 - d) * 6) / sd)


def test_spanners_on_the_care_path_name_the_cross_sector_organisations():
    net = elznet.examples.load("meetjesland_zorgpad")
    s = spanners(net)
    assert list(s.columns[:4]) == ["name", "group", "degree", "weighted_degree"]
    assert s["spanner_rank"].is_monotonic_increasing and s["spanner_rank"].iloc[0] == 1
    # the generator built the CGG suicide-prevention unit, JAC and VCLB to span sectors
    assert {"o03", "o16"} <= set(s.index[:3])
    assert s.loc["o03", "groups_reached"] >= 5
    people = spanners(net, level="person", people="names")
    assert people.index[0] in set(net.people["id"]) and people["group"].notna().all()


def test_spanners_tells_which_attribute_is_missing():
    with pytest.raises(KeyError, match="no node has the attribute 'taal'"):
        spanners(nx.path_graph(3), group="taal")
