"""Hand-over to Gephi, Cytoscape, yEd (GEXF, GraphML) and Kumu (import workbook)."""

from __future__ import annotations

import networkx as nx
import pytest
from openpyxl import load_workbook

from tests.conftest import hand_network

PEOPLE = ["An Peeters", "Bart Claes", "Cis Maes", "Dirk Smet", "Eva Wouters"]


def _survey_network():
    net = hand_network()
    net.graph.edges["C", "D"].update(trust=4, frequency=2, one_sided=True)
    return net


@pytest.mark.parametrize("suffix, read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_files_load_back_in_networkx_with_the_same_nodes_edges_and_attributes(tmp_path, suffix, read):
    net = _survey_network()
    path = getattr(net, f"to_{suffix}")(tmp_path / f"netwerk.{suffix}")
    back = read(path)
    g = net.graph
    assert set(back.nodes) == set(g.nodes)
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in g.edges}
    for v, d in g.nodes(data=True):
        assert back.nodes[v]["label"] == d["name"] and back.nodes[v]["sector"] == d["sector"]
    for a, b, d in g.edges(data=True):
        e = back.edges[a, b]
        assert float(e["weight"]) == d["weight"]
    assert back.edges["A", "B"]["initiatives"] == "Overleg"  # names, not ids
    assert str(back.edges["A", "B"]["single_person"]).lower() == "true"  # A sends only An Peeters to i1
    assert float(back.edges["C", "D"]["trust"]) == 4 and str(back.edges["C", "D"]["one_sided"]).lower() == "true"
    assert "doorverwijzing" in back.edges["D", "E"]["kinds"]


@pytest.mark.parametrize("suffix", ["gexf", "graphml"])
def test_people_are_hidden_unless_asked_for(tmp_path, suffix):
    net = hand_network()
    hidden = getattr(net, f"to_{suffix}")(tmp_path / f"a.{suffix}").read_text(encoding="utf-8")
    assert not any(name in hidden for name in PEOPLE)
    shown = getattr(net, f"to_{suffix}")(tmp_path / f"b.{suffix}", people="names").read_text(encoding="utf-8")
    assert "An Peeters" in shown
    initials = getattr(net, f"to_{suffix}")(tmp_path / f"c.{suffix}", people="initials").read_text(encoding="utf-8")
    assert "A.P." in initials and "An Peeters" not in initials


def test_two_mode_file_holds_organisations_and_initiatives(tmp_path):
    net = hand_network()
    back = nx.read_graphml(net.to_graphml(tmp_path / "twee.graphml", two_mode=True))
    kinds = nx.get_node_attributes(back, "kind")
    assert sorted(v for v, k in kinds.items() if k == "initiative") == ["i1", "i2", "i3"]
    assert back.number_of_edges() == len(net.participations[["initiative", "organisation"]].drop_duplicates())


def test_kumu_workbook_has_the_sheets_and_columns_kumu_documents(tmp_path):
    # Kumu, "Structure your data for Kumu": Label in A1 of the elements sheet; From in A1 and To in
    # B1 of the connections sheet; optional Type, Description, Tags ("|" between values), Strength.
    net = _survey_network()
    wb = load_workbook(net.to_kumu(tmp_path / "kumu.xlsx"))
    assert wb.sheetnames == ["Elements", "Connections"]
    elements = [[c.value for c in row] for row in wb["Elements"].iter_rows()]
    connections = [[c.value for c in row] for row in wb["Connections"].iter_rows()]
    assert elements[0][:4] == ["Label", "Type", "Description", "Tags"]
    assert connections[0][:6] == ["From", "To", "Type", "Description", "Tags", "Strength"]
    assert sorted(r[0] for r in elements[1:]) == sorted(net.organisations["name"])
    assert len(connections) - 1 == net.graph.number_of_edges()
    names = set(net.organisations["name"])
    assert all(r[0] in names and r[1] in names for r in connections[1:])
    trust = connections[0].index("trust")
    assert {(r[0], r[1]): r[trust] for r in connections[1:]}[("CLB", "AZ")] == 4
    text = "".join(str(c) for row in elements + connections for c in row)
    assert not any(name in text for name in PEOPLE) and "Gedragen door" not in connections[0]


def test_kumu_text_never_becomes_a_formula(tmp_path):
    net = hand_network()
    net.organisations.loc[0, "name"] = "=HYPERLINK(\"http://x\")"
    net.__dict__.pop("graph", None)
    ws = load_workbook(net.to_kumu(tmp_path / "kumu.xlsx"))["Elements"]
    cell = next(c for c in ws["A"] if str(c.value).startswith("="))
    assert cell.data_type == "s"
