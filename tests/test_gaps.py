"""White spots, duplicate initiatives and stretch suggestions."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import elznet
from elznet import duplicates, read_inventory, stretch, white_spots


@pytest.fixture
def small():
    return read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABCD"), "naam": ["CAW", "OCMW Eeklo", "Woonwinkel", "Buurtwerk"],
                                      "sector": ["welzijn", "lokaal bestuur", "wonen", "welzijn"],
                                      "gemeente": ["Eeklo", "Eeklo", "Eeklo", "Maldegem"]}),
        "initiatieven": pd.DataFrame({
            "id": ["i1", "i2", "i3", "i4"],
            "naam": ["Woonbegeleiding Eeklo", "Seniorenwonen Aalter", "Woonbegeleiding Maldegem", "Zorgpad"],
            "expertisedomeinen": ["huisvesting", "huisvesting", "huisvesting", "medisch"],
            "doelgroepen": ["gezinnen", "ouderen", "gezinnen", "jongeren"],
            "gemeenten": ["Eeklo", "Aalter", "Maldegem", "regio Meetjesland"]}),
        "deelnames": pd.DataFrame({"initiatief": ["i1", "i1", "i2", "i2", "i3", "i4"],
                                   "organisatie": ["A", "B", "B", "C", "D", "A"]}),
    })


def test_white_spots_count_every_combination_including_zeros(small):
    w = white_spots(small, dims=("expertise_domain", "municipality"))
    assert len(w) == 14 * 9  # all 14 domains x the nine Meetjesland municipalities ("regio" expands)
    cell = w.set_index(["expertise_domain", "municipality"])
    assert cell.loc[("huisvesting", "Eeklo"), "initiatives"] == 1
    assert cell.loc[("medisch", "Kaprijke"), "initiatives"] == 1  # region-wide counts everywhere
    assert cell.loc[("zingeving", "Eeklo"), "white_spot"]  # a domain no initiative mentions


def test_white_spots_use_the_analysts_universe(small):
    w = white_spots(small, dims=("target_group", "municipality"),
                    universe={"target_group": ["gezinnen", "ouderen", "mantelzorgers"],
                              "municipality": ["Eeklo", "Aalter"]})
    assert len(w) == 6
    cell = w.set_index(["target_group", "municipality"])
    assert cell.loc[("mantelzorgers", "Eeklo"), "white_spot"]  # never in the data, still a gap
    assert cell.loc[("gezinnen", "Eeklo"), "names"] == ["Woonbegeleiding Eeklo"]
    assert w.outside_universe["target_group"] == ["jongeren"]
    with pytest.raises(ValueError, match="unknown dimension"):
        white_spots(small, dims=("doelgroep",))


def test_the_wide_inventory_has_a_real_white_spot():
    net = elznet.examples.load("meetjesland_inventaris")
    w = white_spots(net, dims=("expertise_domain", "municipality"))
    zingeving = w[w["expertise_domain"] == "zingeving"]
    assert len(zingeving) == 9 and zingeving["white_spot"].all()
    assert not w[w["expertise_domain"] == "medisch"]["white_spot"].any()


def test_duplicates_find_the_planted_pairs_first():
    net = elznet.examples.load("meetjesland_inventaris")
    truth = json.loads(elznet.examples.path("meetjesland_inventaris").with_suffix(".truth.json").read_text())
    d = duplicates(net)
    found = {frozenset(p) for p in d[["name_a", "name_b"]].head(len(truth["duplicate_pairs"])).values.tolist()}
    assert found == {frozenset(p) for p in truth["duplicate_pairs"]}
    assert {"name", "partners", "target_groups", "municipalities", "shared_partners"} <= set(d.columns)
    assert d["score"].is_monotonic_decreasing


def test_same_idea_in_other_municipalities_is_not_a_duplicate(small):
    d = duplicates(small, threshold=0.0).set_index(["a", "b"])
    # i1 and i3: same name pattern, domain and target group, but Eeklo vs Maldegem
    assert d.loc[("i1", "i3"), "municipalities"] == 0
    assert d.loc[("i1", "i3"), "score"] < 0.55


def test_stretch_suggests_municipalities_target_groups_and_partners(small):
    s = stretch(small, initiative="Woonbegeleiding Eeklo")
    by_kind = {k: list(g["suggestion"]) for k, g in s.groupby("kind")}
    # Aalter has housing work for older people only; Maldegem already has the same for families
    assert "Aalter" in by_kind["gemeente"] and "Maldegem" not in by_kind["gemeente"]
    # OCMW Eeklo already serves older people in Aalter, the CAW young people in the care path
    assert by_kind["doelgroep"] == ["jongeren", "ouderen"]
    reasons = s.set_index("suggestion")["reason"]
    assert reasons["ouderen"].endswith("OCMW Eeklo") and reasons["jongeren"].endswith("CAW")
    assert by_kind["partner"] == ["Woonwinkel"]  # housing expertise, in Eeklo, works with OCMW Eeklo
    reason = s.loc[s["kind"] == "partner", "reason"].item()
    assert "werkt al samen met OCMW Eeklo" in reason
    with pytest.raises(KeyError, match="Initiatief 'Onbestaand' staat niet in dit netwerk"):
        stretch(small, initiative="Onbestaand")


def test_initiatives_with_the_same_name_are_listed_first_whatever_their_score():
    net = read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABCD"), "naam": ["CAW", "OCMW Eeklo", "CGG", "Buurtwerk"]}),
        "initiatieven": pd.DataFrame({"id": ["i1", "i2", "i3", "i4"],
                                      "naam": ["Warme buurt", "Warme buurt", "Praatcafé dementie", "Praatcafé dementie Eeklo"],
                                      "doelgroepen": ["ouderen", "jongeren", "mantelzorgers", "mantelzorgers"]}),
        "deelnames": pd.DataFrame({"initiatief": ["i1", "i2", "i3", "i3", "i4", "i4"],
                                   "organisatie": ["A", "D", "B", "C", "B", "C"]}),
    })
    d = duplicates(net)
    assert list(d["same_name"]) == [True, False]
    assert d.loc[0, ["a", "b"]].tolist() == ["i1", "i2"] and d.loc[0, "score"] < 0.55  # kept although unlike
    assert d.loc[1, ["a", "b"]].tolist() == ["i3", "i4"]


def _common_word_inventory(n: int) -> elznet.Network:
    """n initiatives whose names all share words ("Overleg", "netwerk") and one big partner, with
    one planted pair of duplicates (a typo, the same partners)."""
    names = [f"Overleg netwerk {i} thema{i % 97}" for i in range(n)]
    partners = [f"CAW; Org {i}" for i in range(n)]
    names[-1] = "Overleg netwerk dementievriendelijke gemeente Zelzate"
    names[-2] = "Overleg netwerk dementievriendelijke gemeente Zelzatee"
    partners[-1] = partners[-2] = "CAW; Dementienetwerk Meetjesland"
    return read_inventory({"inventaris": pd.DataFrame({"Naam": names, "Partners": partners,
                                                        "Doelgroepen": ["ouderen"] * n})})


def test_duplicate_candidates_grow_linearly_when_every_name_shares_a_word():
    from elznet.analysis.gaps import _candidate_pairs

    counts = {}
    for n in (400, 1600):
        net = _common_word_inventory(n)
        names = [elznet.read.names.normalise(x) for x in net.initiatives["name"]]
        parts = net.participations.groupby("initiative")["organisation"].agg(list)
        left, _ = _candidate_pairs(names, [parts[i] for i in net.initiatives["id"]])
        counts[n] = len(left)
    # all pairs would be n(n-1)/2 (79,800 and 1,279,200); blocking on rare keys keeps ~linear
    assert counts[1600] < 6 * counts[400] and counts[1600] < 40 * 1600


def test_a_planted_duplicate_is_found_among_names_that_share_common_words():
    d = duplicates(_common_word_inventory(800))
    top = d.iloc[0]
    assert {top["name_a"], top["name_b"]} == {"Overleg netwerk dementievriendelijke gemeente Zelzate",
                                             "Overleg netwerk dementievriendelijke gemeente Zelzatee"}


def test_stretch_leaves_out_spelling_variants_of_current_partners():
    # "CAW O-Vl" is flagged by the load report as another spelling of "CAW Oost-Vlaanderen", a current
    # partner; "Woonwinkel" has exactly the same profile and is suggested, so only the filter keeps the
    # variant out (the test fails when that filter is removed).
    net = read_inventory({"inventaris": pd.DataFrame({
        "Naam": ["Woonbegeleiding Eeklo", "Huurdersbond Eeklo"],
        "Partners": ["CAW Oost-Vlaanderen; OCMW Eeklo", "CAW O-Vl; Woonwinkel"],
        "Expertisedomeinen": ["huisvesting", "huisvesting"],
        "Gemeenten": ["Eeklo", "Eeklo"]})})
    assert ("CAW O-Vl", "CAW Oost-Vlaanderen") in {
        tuple(sorted(p)) for p in net.report.suggestions[["name", "similar_to"]].itertuples(index=False)}
    partners = set(stretch(net, initiative="Woonbegeleiding Eeklo").query("kind == 'partner'")["suggestion"])
    assert "Woonwinkel" in partners
    assert "CAW O-Vl" not in partners


def test_the_blocking_cap_is_a_setting_read_at_each_call(monkeypatch):
    from elznet.analysis.gaps import _candidate_pairs

    net = _common_word_inventory(300)
    names = [elznet.read.names.normalise(x) for x in net.initiatives["name"]]
    parts = net.participations.groupby("initiative")["organisation"].agg(list)
    partners = [parts[i] for i in net.initiatives["id"]]
    capped = len(_candidate_pairs(names, partners)[0])
    monkeypatch.setattr(elznet.settings, "duplicate_block_cap", 10**6)
    assert len(_candidate_pairs(names, partners)[0]) == 300 * 299 // 2 > capped  # the shared word pairs everyone


def _waasland_stretch_inventory():
    return read_inventory({"inventaris": pd.DataFrame({
        "Naam": ["Gezinsondersteuning Temse", "Opvoedingsspreekuur", "Buurtwerking", "Woonbegeleiding"],
        "Partners": ["Huis van het Kind; Sociaal Huis Temse", "Huis van het Kind; CAW Waas",
                     "Sociaal Huis Temse; Buurtwerk", "CAW Waas; Woonwinkel"],
        "Gemeenten": ["Temse", "Belsele", "heel de zone", "BKZ"],
        "Expertisedomeinen": ["ondersteuning", "ondersteuning", "welbevinden", "huisvesting"],
        "Doelgroepen": ["kwetsbare gezinnen", "Kwetsbare gezinen", "alle inwoners", "ouderen"]})},
        zone="waasland-voorbeeld")


def test_stretch_suggests_only_municipalities_of_the_zone_and_real_target_groups():
    net = _waasland_stretch_inventory()
    s = stretch(net, initiative="Gezinsondersteuning Temse")
    places = list(s.loc[s["kind"] == "gemeente", "suggestion"])
    # Sint-Niklaas has the same offer under another spelling ("Kwetsbare gezinen", in Belsele)
    assert places == ["Beveren-Kruibeke-Zwijndrecht", "Sint-Gillis-Waas", "Stekene"]
    groups = list(s.loc[s["kind"] == "doelgroep", "suggestion"])
    assert "alle inwoners" not in groups and "Kwetsbare gezinen" not in groups


def test_default_white_spots_are_the_two_tables_people_read():
    net = _waasland_stretch_inventory()
    w = white_spots(net)
    assert set(w["view"]) == {"expertisedomein × gemeente", "expertisedomein × doelgroep"}
    by_view = w.groupby("view").size()
    assert by_view["expertisedomein × gemeente"] == 14 * 5
    assert by_view["expertisedomein × doelgroep"] == 14 * 2  # kwetsbare gezinnen (merged), ouderen
    full = white_spots(net, full=True)
    assert len(full) == 14 * 2 * 5


def test_duplicates_read_places_through_the_zone():
    # "Belsele" lies in Sint-Niklaas: the same project written with the deelgemeente is not
    # "the same idea elsewhere" (which would halve its score)
    net = read_inventory({"inventaris": pd.DataFrame({
        "Naam": ["Huiswerkklas Belsele", "Huiswerkklas Sint-Niklaas"],
        "Partners": ["Basisschool De Linde; Jeugdhuis Axis", "Basisschool De Linde; Jeugdhuis Axis"],
        "Gemeenten": ["Belsele", "Sint-Niklaas"], "Doelgroepen": ["kinderen", "kinderen"]})},
        zone="waasland-voorbeeld")
    d = duplicates(net)
    assert len(d) == 1 and d.loc[0, "municipalities"] == 1.0
