"""Fragile ties, cut points, what-if and the departure-risk ranking, worked by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import elznet
from elznet import cut_points, departure_risk, fragile_ties, read_inventory, what_if


@pytest.fixture
def net(hand_net):
    """The hand network of conftest.hand_network: p4 alone holds A-C and C-D."""
    return hand_net


def test_fragile_ties_list_carriers_bridges_and_who_can_break_them(net):
    f = fragile_ties(net, people="names").set_index(["a", "b"])
    assert f.loc[("A", "C"), "carriers_a"] == ["An Peeters", "Bart Claes"]
    assert f.loc[("A", "C"), "carriers_b"] == ["Dirk Smet"]
    assert f.loc[("A", "C"), "single_person"] and f.loc[("A", "C"), "is_bridge"]
    assert f.loc[("A", "C"), "leaves_with"] == ["Dirk Smet"] and f.loc[("A", "C"), "risk"] == 3
    assert f.loc[("A", "B"), "leaves_with"] == ["An Peeters", "Cis Maes"] and f.loc[("A", "B"), "risk"] == 1
    assert not f.loc[("A", "B"), "is_bridge"]
    # F's side is unnamed, but Cis Maes alone carries B's side: her departure removes the tie,
    # so it hangs on one person (one class per tie, see elznet.carriers)
    assert f.loc[("B", "F"), "carrier"] == "one" and not f.loc[("B", "F"), "carrier_unknown"]
    assert f.loc[("B", "F"), "leaves_with"] == ["Cis Maes"]
    assert f.loc[("D", "E"), "leaves_with"] == ["Eva Wouters"] and f.loc[("D", "E"), "kinds"] == ["doorverwijzing"]
    assert fragile_ties(net)["risk"].is_monotonic_decreasing


def test_fragile_ties_can_hide_people(net):
    f = fragile_ties(net, people="hide")
    assert all(not c for c in f["carriers_a"]) and all(not c for c in f["leaves_with"])
    assert f["single_person"].sum() == fragile_ties(net)["single_person"].sum()
    assert fragile_ties(net, people="pseudonyms").loc[0, "leaves_with"][0].startswith("Persoon ")


def test_cut_points(net):
    c = cut_points(net)
    assert c["cut_off"].to_dict() == {"A": 2, "C": 2, "D": 1}
    assert c.loc["D", "cut_off_names"] == ["OCMW"] and c.loc["A", "pieces"] == 2


def test_what_if_the_one_carrier_of_a_bridge_leaves(net):
    impact = what_if(net, person="Dirk Smet", people="names")
    assert sorted(map(tuple, impact.ties_lost[["a", "b"]].values)) == [("A", "C"), ("C", "D")]
    # C (Dirk Smet's own organisation) loses its ties but is not "cut off": it loses a colleague
    assert set(impact.organisations_cut_off["id"]) == {"D", "E"}
    assert (impact.components_before, impact.components_after) == (1, 3)
    assert impact.representation_lost[["initiative", "organisation"]].values.tolist() == [["i2", "C"], ["i3", "C"]]
    # onderwijs has one organisation (C): its "last sector link" is C's own ties, not reported
    assert impact.sector_links_lost == []
    text = str(impact)
    assert text.startswith("Als Dirk Smet (CLB) vertrekt:") and "2 banden" in text and "1 → 3" in text


def test_what_if_a_person_with_a_colleague_on_the_tie_breaks_nothing(net):
    impact = what_if(net, person="p2", people="names")
    assert impact.ties_lost.empty and impact.organisations_cut_off.empty and impact.representation_lost.empty


def test_what_if_an_organisation_leaves(net):
    impact = what_if(net, organisation="CAW")
    assert len(impact.ties_lost) == 3
    assert set(impact.organisations_cut_off["id"]) == {"B", "F"}
    assert impact.components_after == 2


def test_what_if_needs_exactly_one_known_departure(net):
    with pytest.raises(ValueError, match="exactly one"):
        what_if(net)
    with pytest.raises(KeyError, match="Persoon 'Niemand' staat niet in dit netwerk"):
        what_if(net, person="Niemand")


def _same_as_what_if(net, level):
    risk = departure_risk(net, level=level)
    for who, row in risk.iterrows():
        impact = what_if(net, **{level: who})
        assert row["ties_lost"] == len(impact.ties_lost), who
        assert row["representation_lost"] == len(impact.representation_lost), who
        assert row["organisations_cut_off"] == len(impact.organisations_cut_off), who
        assert row["sector_links_lost"] == len(impact.sector_links_lost), who
        assert row["components_added"] == impact.components_after - impact.components_before, who
    return risk


def test_departure_risk_ranks_by_impact_and_equals_what_if(net):
    risk = _same_as_what_if(net, "person")
    assert list(risk.index[:2]) == ["p4", "p1"]
    assert risk.loc["p4", "organisations_cut_off"] == 2 and risk.loc["p2", "ties_lost"] == 0
    _same_as_what_if(net, "organisation")


def test_departure_risk_on_the_care_path_equals_what_if_for_everyone():
    net = elznet.examples.load("meetjesland_zorgpad")
    risk = _same_as_what_if(net, "person")
    assert risk["ties_lost"].iloc[0] > 0
    _same_as_what_if(net, "organisation")


def test_what_if_on_the_top_spanner_of_the_care_path_is_not_trivial():
    net = elznet.examples.load("meetjesland_zorgpad")
    top = elznet.spanners(net).index[0]
    impact = what_if(net, organisation=top)
    assert len(impact.ties_lost) >= 10 and impact.representation_lost["initiative"].nunique() >= 3


@st.composite
def small_inventories(draw):
    n_org, n_people, n_ini = draw(st.integers(3, 8)), draw(st.integers(1, 6)), draw(st.integers(1, 5))
    orgs = [f"o{i}" for i in range(n_org)]
    people = [f"p{i}" for i in range(n_people)]
    person_org = {p: draw(st.sampled_from(orgs)) for p in people}
    rows = []
    for i in range(n_ini):
        for org in draw(st.lists(st.sampled_from(orgs), min_size=1, max_size=4, unique=True)):
            own = [p for p in people if person_org[p] == org]
            carriers = draw(st.lists(st.sampled_from(own), max_size=2, unique=True)) if own else []
            rows += [(f"i{i}", org, p) for p in carriers or [None]]
    ties = []
    for _ in range(draw(st.integers(0, 4))):
        a, b = draw(st.lists(st.sampled_from(orgs), min_size=2, max_size=2, unique=True))
        listed = [p for p in people if person_org[p] in (a, b) and draw(st.booleans())]
        ties.append((a, b, "; ".join(listed)))
    return {
        "organisaties": pd.DataFrame({"id": orgs, "naam": orgs, "sector": [draw(st.sampled_from(
            ["zorg", "welzijn", "onderwijs"])) for _ in orgs]}),
        "personen": pd.DataFrame({"id": people, "naam": [f"Persoon {p}" for p in people],
                                  "organisatie": [person_org[p] for p in people]}),
        "initiatieven": pd.DataFrame({"id": [f"i{i}" for i in range(n_ini)], "naam": [f"I{i}" for i in range(n_ini)]}),
        "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie", "persoon"]),
        "relaties": pd.DataFrame(ties, columns=["van", "naar", "personen"]),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_inventories())
def test_departure_risk_equals_what_if_on_random_inventories(inventory):
    net = read_inventory(inventory)
    _same_as_what_if(net, "person")
    _same_as_what_if(net, "organisation")


def test_departure_risk_does_not_count_the_leavers_own_organisation():
    # Issue 10's case, worked by hand: Kim (K's only carrier) is in one initiative with K, X and Y;
    # Lies carries L in four initiatives with M, N, O, P. Kim's departure leaves K without ties,
    # which used to count as "1 organisation cut off" and ranked her above Lies. K is Kim's own
    # organisation: it loses a colleague, not its place, so Lies (more ties) ranks first.
    orgs = list("KXYLMNOP")
    net = read_inventory({
        "organisaties": pd.DataFrame({"id": orgs, "naam": orgs, "sector": ["zorg", "welzijn"] * 4}),
        "personen": pd.DataFrame({"id": ["kim", "lies"], "naam": ["Kim", "Lies"], "organisatie": ["K", "L"]}),
        "initiatieven": pd.DataFrame({"id": ["i1", "i2", "i3", "i4", "i5"], "naam": list("abcde")}),
        "deelnames": pd.DataFrame({
            "initiatief": ["i1", "i1", "i1", "i2", "i2", "i3", "i3", "i4", "i4", "i5", "i5", "i5", "i5"],
            "organisatie": ["K", "X", "Y", "L", "M", "L", "N", "L", "O", "L", "P", "X", "M"],
            "persoon": ["kim", None, None, "lies", None, "lies", None, "lies", None, "lies", None, None, None]})})
    risk = departure_risk(net, level="person")
    assert risk.loc["kim", "organisations_cut_off"] == 0
    assert list(risk.index) == ["lies", "kim"]
    assert risk.loc["lies", "ties_lost"] > risk.loc["kim", "ties_lost"]


def test_departure_risk_skips_sectors_with_one_organisation():
    # W is the only "wonen" organisation: its departure removes the last zorg–wonen tie, but that
    # is W's own tie, not a link between two sectors that had several organisations
    net = read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABW"), "naam": list("ABW"),
                                      "sector": ["zorg", "zorg", "wonen"]}),
        "initiatieven": pd.DataFrame({"id": ["i1"], "naam": ["x"]}),
        "deelnames": pd.DataFrame({"initiatief": ["i1"] * 3, "organisatie": list("ABW")})})
    risk = departure_risk(net, level="organisation")
    assert risk.loc["W", "ties_lost"] == 2 and risk.loc["W", "sector_links_lost"] == 0
    assert what_if(net, organisation="W").sector_links_lost == []


# --- the shared intermediates behind the fast paths (issue 11, item 6) --------------------------
def _graphs_with_every_shape():
    """Random graphs with bridges, cut points, several components, isolates and a self-loop."""
    import networkx as nx

    for seed in range(6):
        g = nx.gnp_random_graph(40, 0.06 + 0.02 * seed, seed=seed)
        g.add_edges_from([(100 + seed, 101 + seed), (101 + seed, 102 + seed)])  # a path: two bridges
        g.add_node(200)  # an isolate
        g.add_edge(0, 0)  # a self-loop is never a bridge
        yield nx.relabel_nodes(g, {v: f"o{v:03d}" for v in g})


def _cut_by_networkx(g, *, nodes=(), edges=()):
    """Reference: organisations separated from the largest piece of their former component,
    and the change in the number of components, by networkx alone."""
    import networkx as nx

    h = g.copy()
    h.remove_nodes_from(nodes)
    h.remove_edges_from(edges)
    touched = {c for c in map(frozenset, nx.connected_components(g)) if c & ({*nodes} | {x for e in edges for x in e})}
    cut, change = set(), 0
    for comp in sorted(touched, key=min):
        rest = comp - set(nodes)
        if not rest:
            change -= 1
            continue
        pieces = sorted(map(sorted, nx.connected_components(h.subgraph(rest))), key=lambda p: (-len(p), p[0]))
        change += len(pieces) - 1
        for piece in pieces[1:]:
            cut |= set(piece)
    return cut, change


def test_bridges_and_articulation_points_are_networkx_s():
    """Bridges (Tarjan 1974) and articulation points (Hopcroft & Tarjan 1973) from igraph
    are the sets networkx finds, on graphs with isolates, paths and a self-loop."""
    import networkx as nx

    from elznet.analysis._shared import parts

    for g in _graphs_with_every_shape():
        shared = parts(g)
        assert shared.bridges == {frozenset(e) for e in nx.bridges(g)}
        assert set(shared.articulation_points) == set(nx.articulation_points(g))


def test_cuts_equal_removing_nodes_and_edges_in_networkx():
    import random

    from elznet.analysis._shared import parts
    from elznet.analysis.fragility import _Cutter

    rng = random.Random(0)
    for g in _graphs_with_every_shape():
        cutter = _Cutter(g, parts(g))
        nodes = sorted(g)
        for v in nodes:
            assert cutter.cut_off(nodes=[v]) == _cut_by_networkx(g, nodes=[v]), v
        edges = sorted(tuple(sorted(e)) for e in g.edges())
        for _ in range(60):
            chosen = rng.sample(edges, rng.randint(1, 6))
            assert cutter.cut_off(edges=chosen) == _cut_by_networkx(g, edges=chosen), chosen
        absent = next((a, b) for a in nodes for b in nodes if a < b and not g.has_edge(a, b))
        assert cutter.cut_off(edges=[absent, edges[0]]) == _cut_by_networkx(g, edges=[absent, edges[0]])
        assert parts(g).edges_keep_connected([absent]) is None  # not an edge: left to a path search


def test_the_block_test_of_a_departure_agrees_with_searching_paths():
    """``edges_keep_connected`` answers from the biconnected blocks (a block of three or more
    vertices stays connected without any one of them, and a path between two vertices of a
    block never needs to leave it: Harary 1969, *Graph Theory*, ch. 3); where it answers, it
    must equal a path search in the graph without the edges, for stars of edges (one
    person's ties at one organisation) and for any edge set."""
    import random

    import networkx as nx

    from elznet.analysis._shared import parts

    rng = random.Random(1)
    answered = {True: 0, False: 0, None: 0}
    for g in _graphs_with_every_shape():
        shared = parts(g)
        edges = list(g.edges())
        for _ in range(150):
            if rng.random() < 0.6:  # a star: ties of one organisation
                centre = rng.choice([v for v in g if g.degree(v)])
                around = list(g.edges(centre))
                chosen = rng.sample(around, rng.randint(1, len(around)))
            else:
                chosen = rng.sample(edges, rng.randint(1, 5))
            found = shared.edges_keep_connected(chosen)
            answered[found] += 1
            if found is not None:
                view = nx.restricted_view(g, [], chosen)
                assert found == all(nx.has_path(view, a, b) for a, b in chosen), chosen
    assert answered[True] > 50 and answered[False] > 50  # both answers were put to the test
