"""The Network: graphs with carriers, summary figures, filtering, the privacy switch."""

from __future__ import annotations

import re

import networkx as nx
import pandas as pd
import pytest

from elznet import read_inventory


@pytest.fixture
def net():
    return read_inventory({
        "organisaties": pd.DataFrame({
            "id": ["caw", "ocmw", "cgg", "clb", "brug"],
            "naam": ["CAW Oost-Vlaanderen", "OCMW Eeklo", "CGG Eclips", "Vrije CLB Meetjesland", "De Brug"],
            "sector": ["welzijn", "lokaal bestuur", "zorg", "onderwijs", "pzon"],
        }),
        "personen": pd.DataFrame({"id": ["p1", "p2", "p3", "p4"],
                                  "naam": ["An Peeters", "Bart Claes", "Cis Janssens", "Dirk Maes"],
                                  "organisatie": ["caw", "caw", "ocmw", "cgg"]}),
        "initiatieven": pd.DataFrame({
            "id": ["i1", "i2", "i3"], "naam": ["Warme buurt", "Zorgpad jongeren", "Nog niets"],
            "doelgroepen": ["kwetsbare gezinnen", "jongeren", "ouderen"],
            "gemeenten": ["Eeklo; Aalter", "Eeklo", "Maldegem"],
        }),
        "deelnames": pd.DataFrame({
            "initiatief": ["i1", "i1", "i1", "i2", "i2", "i2"],
            "organisatie": ["caw", "caw", "ocmw", "caw", "cgg", "clb"],
            "persoon": ["p1", "p2", "p3", "p1", "p4", None],
        }),
        "relaties": pd.DataFrame({"van": ["cgg"], "naar": ["ocmw"], "soort": ["doorverwijzing"],
                                  "intensiteit": [3], "personen": ["p4"]}),
    })


def test_organisation_graph_edges_carry_initiatives_kinds_weight_and_carriers(net):
    g = net.graph
    assert isinstance(g, nx.Graph) and set(g) == {"caw", "ocmw", "cgg", "clb", "brug"}
    caw_ocmw = g.edges["caw", "ocmw"]
    assert caw_ocmw["initiatives"] == ["i1"] and caw_ocmw["kinds"] == ["initiatief"]
    assert caw_ocmw["carriers"] == {"caw": ["p1", "p2"], "ocmw": ["p3"]}
    cgg_ocmw = g.edges["cgg", "ocmw"]
    assert cgg_ocmw["kinds"] == ["doorverwijzing"] and cgg_ocmw["intensity"] == 3.0
    assert cgg_ocmw["carriers"] == {"cgg": ["p4"], "ocmw": []}
    assert g.edges["caw", "cgg"]["weight"] == 1
    assert g.nodes["brug"]["sector"] == "pzon" and g.degree("brug") == 0


def test_bipartite_and_people_graphs(net):
    b = net.bipartite
    assert {n for n, k in b.nodes(data="kind") if k == "initiative"} == {"i1", "i2", "i3"}
    assert b.edges["caw", "i1"]["people"] == ["p1", "p2"]
    assert b.degree("i3") == 0
    p = net.people_graph
    assert p.has_edge("p1", "p3") and p.edges["p1", "p3"]["initiatives"] == ["i1"]
    assert p.edges["p1", "p4"]["initiatives"] == ["i2"]


def test_summary_counts_match_the_tables(net):
    s = net.summary()
    assert s["organisations"] == 5 and s["initiatives"] == 3 and s["people"] == 4
    assert s["ties"] == 5  # caw-ocmw, caw-cgg, caw-clb, cgg-clb, cgg-ocmw
    assert s["components"] == 2 and s["largest_component"] == 4 and s["isolated_organisations"] == 1
    assert s["initiatives_without_partners"] == 1
    assert s["density"] == pytest.approx(5 / 10)
    # every tie has a side carried by one person: caw-ocmw (p3 alone at OCMW), caw-cgg, caw-clb
    # (p1 alone at CAW), cgg-clb and cgg-ocmw (p4 alone at CGG)
    assert s["single_person_ties"] == 5
    assert s["sectors"] == {"zorg": 1, "welzijn": 1, "lokaal_bestuur": 1, "pzon": 1, "onderwijs": 1}
    assert "organisaties" in str(s)


def test_filter_by_target_group_and_municipality(net):
    eeklo = net.filter(target_group="Kwetsbare gezinnen", municipality="eeklo")
    assert list(eeklo.initiatives["id"]) == ["i1"]
    assert set(eeklo.organisations["id"]) == {"caw", "ocmw"}
    assert set(eeklo.people["id"]) == {"p1", "p2", "p3"}


def test_filter_by_organisation_name_or_type_and_by_sector(net):
    caw = net.filter(organisation="CAW")  # matches the type CAW inferred from the name
    assert set(caw.initiatives["id"]) == {"i1", "i2"}
    assert net.filter(organisation="cgg eclips").initiatives["id"].tolist() == ["i2"]
    welzijn = net.filter(sector="welzijn")
    assert welzijn.organisations["id"].tolist() == ["caw"]
    with pytest.raises(KeyError, match="Organisatie 'Onbestaand' staat niet in dit netwerk"):
        net.filter(organisation="Onbestaand")


def test_with_people_hides_or_pseudonymises(net):
    hidden = net.with_people("hide")
    assert hidden.people.empty and hidden.participations["person"].isna().all()
    assert hidden.graph.number_of_edges() == net.graph.number_of_edges()
    pseudo = net.with_people("pseudonyms")
    labels = list(pseudo.people["name"])
    assert all(re.fullmatch(r"Persoon [2-9A-Z]{5}", label) for label in labels) and len(set(labels)) == 4
    assert not set(pseudo.people["id"]) & {"p1", "p2", "p3", "p4"}
    assert pseudo.summary()["single_person_ties"] == net.summary()["single_person_ties"]
    assert list(net.with_people("initials").people["name"]) == ["A.P.", "B.C.", "C.J.", "D.M."]
    with pytest.raises(ValueError, match="people must be"):
        net.with_people("everyone")
