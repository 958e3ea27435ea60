"""The survey network on a hand-worked case: response rate, confirmation, reciprocity, trust and value.

Trust and value as PARTNER defines them (Varda, Chandra, Stern & Lurie 2008, J Public Health
Manag Pract 14(5)): trust = mean of reliability, mission, openness; value = mean of power,
involvement, resources (4-point items). Dyadic reciprocity: Wasserman & Faust (1994) §13.2.
Union ("reported") and intersection ("confirmed") rules: Krackhardt (1990).

The hand-worked zone: A, B, C answered; D and E did not.

    A -> B  frequency 4, items 4 4 3 | 2 3 4   (trust 11/3, value 3)
    B -> A  frequency 2, items 3 3 3 | 3 3 3   (trust 3, value 3)      A-B confirmed, frequencies 2 apart
    A -> C  frequency 3, items 2 2 2 | 1 1 1   (trust 2, value 1)      C answered, did not name A: one-sided
    B -> C  frequency 3, items 3 3 3 | 3 3 3
    C -> B  frequency 3, items 3 3 3 | 2 2 2   (trust 3, value 2)      B-C confirmed, agree
    A -> D  frequency 1, items 4 4 4 | 4 4 4                           D did not answer
    C -> E  frequency 2, no items                                      E did not answer

Respondent pairs with a tie: A-B, A-C, B-C; both sides named two of them: reciprocity 2/3.
Response rate 3/5. B is rated by A (trust 11/3) and C (trust 3): 10/3 from 2 raters.
"""

from __future__ import annotations

import csv

import networkx as nx
import pandas as pd
import pytest

import elznet

ORGS = pd.DataFrame({"id": list("ABCDE"), "name": ["CAW Meetjesland", "CGG Eclips", "CLB Eeklo",
                                                    "AZ Alma", "OCMW Eeklo"]})
ROWS = [  # respondent, partner, frequency, six items
    ("A", "B", 4, (4, 4, 3, 2, 3, 4)), ("B", "A", 2, (3, 3, 3, 3, 3, 3)), ("A", "C", 3, (2, 2, 2, 1, 1, 1)),
    ("B", "C", 3, (3, 3, 3, 3, 3, 3)), ("C", "B", 3, (3, 3, 3, 2, 2, 2)), ("A", "D", 1, (4, 4, 4, 4, 4, 4)),
    ("C", "E", 2, (None,) * 6),
]
HEADER = ["Uw organisatie", "Naam", "Partnerorganisatie", "Hoe vaak werken jullie samen?", "Betrouwbaar",
          "Deelt onze missie", "Open voor overleg", "Invloed", "Betrokkenheid", "Brengt middelen in", "Opmerking"]


def _export(path, rows=ROWS, names=None):
    """A long export as Microsoft Forms writes it (one row per respondent and partner), by organisation name."""
    name = dict(zip(ORGS["id"], ORGS["name"], strict=True))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        for who, alter, f, items in rows:
            w.writerow([name[who], (names or {}).get(who, ""), name[alter], f, *("" if i is None else i for i in items),
                        ""])
    return path


@pytest.fixture
def inventory():
    return elznet.read_inventory({"organisaties": ORGS.rename(columns={"name": "naam"}).assign(
        sector=["welzijn", "zorg", "onderwijs", "zorg", "lokaal bestuur"])})


@pytest.fixture
def survey(tmp_path, inventory):
    return elznet.read_survey(_export(tmp_path / "export.csv", names={"A": "Lotte Vermeulen"}),
                              organisations=inventory.organisations)


def test_export_rows_become_answers_with_inventory_ids(survey):
    assert survey.report.rows_read == survey.report.rows_loaded == 7 and survey.report.ok
    got = survey.responses[["respondent", "alter", "frequency"]].astype(object).apply(tuple, axis=1).tolist()
    assert sorted(got) == sorted((a, b, f) for a, b, f, _ in ROWS)


def test_response_rate_names_who_did_not_answer(survey, inventory):
    net = elznet.survey_network(survey, inventory=inventory)
    rate = elznet.response_rate(net)
    assert (rate.invited, rate.answered, rate.rate) == (5, 3, 0.6)
    assert rate.not_answered["named_by"].to_dict() == {"D": 1, "E": 1}
    assert "3 van 5 organisaties antwoordden (60 %)" in str(rate)


def test_confirmation_and_reciprocity_by_hand(survey, inventory):
    net = elznet.survey_network(survey, inventory=inventory)
    pairs = elznet.confirmation(net).set_index(["a", "b"])
    assert pairs["status"].to_dict() == {("A", "B"): "bevestigd", ("A", "C"): "eenzijdig",
                                         ("B", "C"): "bevestigd", ("A", "D"): "partner antwoordde niet",
                                         ("C", "E"): "partner antwoordde niet"}
    assert pairs.loc[("A", "B"), "frequency_gap"] == 2 and pairs.loc[("A", "B"), "disagree"]
    assert not pairs.loc[("B", "C"), "disagree"]
    assert not elznet.confirmation(net, tolerance=2).set_index(["a", "b"]).loc[("A", "B"), "disagree"]
    assert elznet.reciprocity(net) == pytest.approx(2 / 3)


def test_trust_and_value_per_organisation_count_only_others(survey, inventory):
    scores = elznet.trust_value(elznet.survey_network(survey, inventory=inventory))
    assert scores.loc["B", "raters"] == 2
    assert scores.loc["B", "trust"] == pytest.approx((11 / 3 + 3) / 2)
    assert scores.loc["B", "value"] == pytest.approx((3 + 2) / 2)
    assert scores.loc["C", "trust"] == pytest.approx((2 + 3) / 2) and scores.loc["C", "raters"] == 2
    assert scores.loc["E", "raters"] == 0 and pd.isna(scores.loc["E", "trust"])  # named, never rated


def test_graph_edges_carry_trust_value_frequency_and_one_sided(survey, inventory):
    """The contract with the map: numeric trust, value, frequency and a boolean one_sided on net.graph."""
    g = elznet.survey_network(survey, inventory=inventory).graph
    ab, ac = g.edges["A", "B"], g.edges["A", "C"]
    assert ab["trust"] == pytest.approx((11 / 3 + 3) / 2) and ab["value"] == pytest.approx(3)
    assert ab["frequency"] == pytest.approx(3) and ab["one_sided"] is False
    assert ac["one_sided"] is True and ac["trust"] == pytest.approx(2)
    assert g.edges["C", "E"]["frequency"] == 2 and "trust" not in g.edges["C", "E"]


def test_quadrants_at_the_midpoint_or_the_zone_median(survey, inventory):
    net = elznet.survey_network(survey, inventory=inventory)
    q = elznet.quadrants(net).set_index(["a", "b"])
    assert q.loc[("A", "C"), "quadrant"] == "laag vertrouwen, lage waarde"  # 2 and 1 under 2,5
    assert q.loc[("B", "C"), "quadrant"] == "hoog vertrouwen, hoge waarde"  # 3 and 2,5 (2,5 counts as high)
    assert pd.isna(q.loc[("C", "E"), "quadrant"])
    med = elznet.quadrants(net, split="median")
    # edge trusts: A-B 10/3, A-C 2, B-C 3, A-D 4 -> median 3,1667
    assert med["trust_split"].iloc[0] == pytest.approx((3 + 10 / 3) / 2)


def test_confirmed_rule_keeps_only_ties_both_sides_named(survey, inventory):
    net = elznet.survey_network(survey, inventory=inventory, rule="confirmed")
    assert sorted(map(sorted, net.graph.edges())) == [["A", "B"], ["B", "C"]]
    assert nx.is_isolate(net.graph, "D") and len(net.ties) == 4


def test_inventory_analyses_run_on_the_survey_network(survey, inventory):
    net = elznet.survey_network(survey, inventory=inventory)
    assert set(elznet.spanners(net).index) == set("ABCDE")
    assert len(elznet.fragile_ties(net)) == net.graph.number_of_edges() == 5
    assert elznet.communities(net)["community"].notna().all()


def test_a_respondents_name_is_hidden_by_default(survey, inventory, tmp_path):
    net = elznet.survey_network(survey, inventory=inventory)
    assert net.people["name"].tolist() == ["Lotte Vermeulen"]
    assert net.with_people("hide").people.empty
    html = elznet.report(net, tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert "Lotte" not in html and "Vermeulen" not in html


def test_wide_export_item_per_partner_columns(tmp_path, inventory):
    """LimeSurvey's array question with full question text as headings: '<item> [<partner>]'."""
    path = tmp_path / "limesurvey.csv"
    pd.DataFrame({"id": [1, 2], "Uw organisatie": ["CAW Meetjesland", "CGG Eclips"],
                  "Hoe vaak werken jullie samen? [CGG Eclips]": ["4 - wekelijks", None],
                  "Betrouwbaar [CGG Eclips]": ["In grote mate", None],
                  "Hoe vaak werken jullie samen? [CAW Meetjesland]": [None, "Once a year or less"],
                  "Zijn ze betrouwbaar? [CAW Meetjesland]": [None, "A fair amount"]}).to_csv(path, index=False)
    survey = elznet.read_survey(path, organisations=inventory.organisations,
                                columns={"Zijn ze betrouwbaar?": "reliability"})
    got = survey.responses.set_index(["respondent", "alter"])[["frequency", "reliability"]].astype(int)
    assert got.to_dict("index") == {("A", "B"): {"frequency": 4, "reliability": 4},
                                    ("B", "A"): {"frequency": 1, "reliability": 3}}


def test_export_problems_at_their_row_and_nothing_lost(tmp_path, inventory):
    rows = [*ROWS[:2], ("A", "B", 3, (1, 1, 1, 1, 1, 1)), ("A", "A", 2, (3,) * 6)]
    path = _export(tmp_path / "export.csv", rows)
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerow(["CAW Meetjesland", "", "Huis van het Kind Eeklo", "9", "7",
                                                "", "", "", "", "", ""])
        csv.writer(fh, delimiter=";").writerow(["CAW Meetjesland", "", "", "3", "3", "", "", "", "", "", ""])
    survey = elznet.read_survey(path, organisations=inventory.organisations)
    r = survey.report
    assert r.rows_read == 6 == r.rows_loaded + r.rows_rejected and r.rows_rejected == 3
    errors = r.errors.set_index("row")["problem"]
    assert "al beoordeeld" in errors[4] and "zichzelf" in errors[5] and "zonder partner" in errors[7]
    warnings = r.problems[r.problems["severity"] == "warning"]
    assert set(warnings["row"]) == {6} and "Huis van het Kind Eeklo" in set(warnings["value"])
    new = survey.responses[survey.responses["alter_name"] == "Huis van het Kind Eeklo"].iloc[0]
    assert pd.isna(new["frequency"]) and pd.isna(new["reliability"])  # 9 and 7 are off the scales
    with pytest.raises(elznet.InventoryError, match="zichzelf"):
        elznet.read_survey(path, organisations=inventory.organisations, strict=True)


def test_export_without_a_respondent_column_says_how_to_map_it(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"Wie bent u?": ["CAW"], "Partnerorganisatie": ["CGG"], "Frequentie": [3]}).to_csv(path, index=False)
    survey = elznet.read_survey(path)
    assert "respondent" in survey.report.errors["suggestion"].item()
    fixed = elznet.read_survey(path, columns={"Wie bent u?": "respondent"})
    assert fixed.responses[["respondent_name", "alter_name"]].values.tolist() == [["CAW", "CGG"]]


def test_an_export_row_without_partner_counts_as_an_answer(tmp_path, inventory):
    """D answered 'we work with nobody': one row with its name and nothing else. Rate 4/5, not 3/5."""
    path = _export(tmp_path / "export.csv")
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerow(["AZ Alma", *[""] * 10])
    survey = elznet.read_survey(path, organisations=inventory.organisations)
    assert survey.report.rows_read == 7 and "D" in set(survey.respondents["id"])
    rate = elznet.response_rate(elznet.survey_network(survey, inventory=inventory))
    assert rate.rate == 0.8 and list(rate.not_answered.index) == ["E"]


def test_an_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(elznet.InventoryError, match="geen ingevulde formulieren"):
        elznet.read_survey(tmp_path)


def test_an_export_already_in_a_dataframe_reads_the_same(tmp_path, inventory):
    path = _export(tmp_path / "export.csv")
    frame = pd.read_csv(path, sep=";", dtype=str, encoding="utf-8-sig")
    from_frame = elznet.read_survey(frame, organisations=inventory.organisations)
    from_file = elznet.read_survey(path, organisations=inventory.organisations)
    columns = ["respondent", "alter", "frequency", "reliability", "resources", "row"]
    pd.testing.assert_frame_equal(from_frame.responses[columns], from_file.responses[columns])
