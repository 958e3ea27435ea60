"""Network health over time, on three hand-built rounds whose scores are worked out by hand.

Degree centralisation: Freeman (1979), Social Networks 1, 215-239:
sum(max_degree - degree_i) / ((n-1)(n-2)). E-I index: Krackhardt & Stern (1988).
Trust and value: PARTNER (Varda, Chandra, Stern & Lurie 2008), mean of all ratings in a round.

Round 2024: A(zorg) - B(welzijn) - C(zorg), a path.
    A-B from initiative i1 (A carried by p1 alone, B by p2 and p3); B-C a referral nobody is named for.
    n=3, ties 2, density 2/3, degrees 1 2 1 -> centralisation (1+0+1)/(2*1) = 1,
    single-person 1/2 (A-B), carriers known on both sides 1/2 (A-B), cross-sector 2/2,
    E-I (2 external ends per tie, 0 internal) = 1, 1 component, cut point B, bridges 2.
Round 2025: + D(welzijn); ties A-B, B-C, C-A, C-D (all referrals, no carriers).
    n=4, ties 4, density 4/6, degrees 2 2 3 1 -> (1+1+0+2)/(3*2) = 2/3,
    single 0, carriers 0, cross-sector 3/4 (C-A is zorg-zorg), E-I (6-2)/8 = 1/2,
    1 component, cut point C, bridge C-D.
Round 2026: + E(lokaal bestuur) with no tie; the same four ties.
    n=5, density 4/10, degrees 2 2 3 1 0 -> (1+1+0+2+3)/(4*3) = 7/12, 2 components.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import elznet
from elznet.analysis.history import degree_centralisation

SECTORS = {"A": "zorg", "B": "welzijn", "C": "zorg", "D": "welzijn", "E": "lokaal bestuur"}


def _round(orgs, referrals, initiative=None):
    tables = {
        "organisaties": pd.DataFrame({"id": orgs, "naam": [f"Org {o}" for o in orgs],
                                      "sector": [SECTORS[o] for o in orgs]}),
        "relaties": pd.DataFrame({"van": [a for a, _ in referrals], "naar": [b for _, b in referrals],
                                  "soort": "doorverwijzing"}),
    }
    if initiative:
        tables["personen"] = pd.DataFrame({"id": ["p1", "p2", "p3"], "naam": ["Ann", "Bert", "Cas"],
                                           "organisatie": ["A", "B", "B"]})
        tables["initiatieven"] = pd.DataFrame({"id": ["i1"], "naam": ["Overleg"]})
        tables["deelnames"] = pd.DataFrame({"initiatief": "i1", "organisatie": ["A", "B", "B"],
                                            "persoon": ["p1", "p2", "p3"]})
    return elznet.read_inventory(tables)


@pytest.fixture
def rounds():
    return {"2024": _round(list("ABC"), [("B", "C")], initiative=True),
            "2025": _round(list("ABCD"), [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")]),
            "2026": _round(list("ABCDE"), [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")])}


def test_scores_of_three_rounds_match_the_hand_worked_values(rounds):
    s = elznet.history(rounds).scores
    expected = {
        "organisations": [3, 4, 5], "ties": [2, 4, 4], "density": [2 / 3, 4 / 6, 4 / 10],
        "degree_centralisation": [1.0, 2 / 3, 7 / 12], "single_person_share": [0.5, 0.0, 0.0],
        "carrier_coverage": [0.5, 0.0, 0.0], "cross_sector_share": [1.0, 0.75, 0.75],
        "ei_index": [1.0, 0.5, 0.5], "components": [1, 1, 2], "cut_points": [1, 1, 1], "bridges": [2, 1, 1],
    }
    for score, values in expected.items():
        assert s[score].tolist() == pytest.approx(values), score
    assert s[["trust", "value", "response_rate"]].isna().all().all()  # nothing surveyed
    assert list(s.index) == ["2024", "2025", "2026"]


def test_freeman_centralisation_of_a_star_and_a_cycle():
    import networkx as nx

    assert degree_centralisation(nx.star_graph(5)) == 1.0  # Freeman (1979): the star is maximal
    assert degree_centralisation(nx.cycle_graph(6)) == 0.0
    assert math.isnan(degree_centralisation(nx.path_graph(2)))


def test_compare_between_any_two_rounds(rounds):
    h = elznet.history(rounds)
    change = h.compare("2024", "2026")
    assert set(change.organisations_gained["name"]) == {"Org D", "Org E"}
    assert len(change.ties_gained) == 2  # C-A and C-D; A-B and B-C existed in 2024
    assert len(h.compare().organisations_gained) == 1  # default: the last two rounds
    with pytest.raises(KeyError, match="Geen ronde"):
        h.compare("2023", "2026")


def test_trust_value_and_response_per_surveyed_round(tmp_path, rounds):
    """2026 is surveyed: A rates B (trust 4, value 2) and B rates A (trust 2, value 3); C and D, E silent.
    Mean trust over the two ratings 3, value 2,5, response 2/5."""
    path = tmp_path / "bevraging_2026.csv"
    pd.DataFrame({"Uw organisatie": ["Org A", "Org B"], "Partnerorganisatie": ["Org B", "Org A"],
                  "Frequentie": [3, 3], "Betrouwbaar": [4, 2], "Deelt onze missie": [4, 2],
                  "Open voor overleg": [4, 2], "Invloed": [2, 3], "Betrokkenheid": [2, 3],
                  "Brengt middelen in": [2, 3]}).to_csv(path, index=False)
    inventory = rounds["2026"]
    survey = elznet.read_survey(path, organisations=inventory.organisations)
    rounds["2026"] = elznet.survey_network(survey, inventory=inventory)
    s = elznet.history(rounds).scores
    assert s.loc["2026", ["trust", "value", "response_rate"]].tolist() == pytest.approx([3.0, 2.5, 0.4])
    assert s.loc["2026", "ties"] == 4  # the surveyed A-B adds no new pair
    assert math.isnan(s.loc["2025", "trust"])


def test_rounds_from_a_folder_of_dated_inventories_and_surveys(tmp_path, rounds):
    for label, net in rounds.items():
        net.to_excel(tmp_path / f"inventaris_{label}.xlsx")
    pd.DataFrame({"Uw organisatie": ["Org A"], "Partnerorganisatie": ["Org B"], "Frequentie": [2],
                  "Betrouwbaar": [3]}).to_csv(tmp_path / "bevraging_2025.csv", index=False)
    h = elznet.history(tmp_path)
    assert list(h.scores.index) == ["2024", "2025", "2026"]
    assert h.scores.loc["2025", "trust"] == 3.0 and h.scores.loc["2025", "organisations"] == 4
    assert math.isnan(h.scores.loc["2024", "trust"])
    (tmp_path / "notities.xlsx").write_bytes(b"")
    with pytest.raises(elznet.InventoryError, match="geen datum"):
        elznet.history(tmp_path)


def test_the_figure_and_table_speak_dutch(rounds):
    h = elznet.history(rounds)
    fig = elznet.plot_history(h, scores=["density", "components"])
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == ["dichtheid", "aparte eilanden"]
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "0,2" in ticks and "0.2" not in ticks
    text = str(h)
    assert "dichtheid" in text and "0,67" in text and "0.67" not in text


def test_report_gets_an_evolution_section_only_with_several_rounds(tmp_path, rounds):
    net = rounds["2026"]
    with_rounds = elznet.report(net, tmp_path / "a.html", rounds=rounds).read_text(encoding="utf-8")
    assert "<h2>Evolutie</h2>" in with_rounds and "Freeman (1979" in with_rounds
    one = elznet.report(net, tmp_path / "b.html", rounds={"2026": net}).read_text(encoding="utf-8")
    plain = elznet.report(net, tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<h2>Evolutie</h2>" not in one and "<h2>Evolutie</h2>" not in plain
