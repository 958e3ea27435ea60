"""Many zones in one network: read_zones joins organisations across zones, spanners finds
who connects zones, zone_comparison compares zones side by side (values worked by hand)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import elznet
from elznet import InventoryError, read_zones, spanners, zone_comparison


def _zone(orgs, initiatives):
    """A tidy inventory: orgs [(name, sector, kbo)], initiatives {name: [(org, person)]}."""
    return {
        "organisaties": pd.DataFrame(orgs, columns=["naam", "sector", "KBO-nummer"]),
        "initiatieven": pd.DataFrame({"naam": list(initiatives)}),
        "deelnames": pd.DataFrame([(ini, org, person) for ini, members in initiatives.items()
                                   for org, person in members], columns=["initiatief", "organisatie", "persoon"]),
    }


@pytest.fixture
def two_zones():
    """Zone A: one initiative of X (carried by Els), a1 (Jan and Piet) and a2.
    Zone B: X-b1 and b1-b2 in two initiatives, b3 listed without initiative.
    X is spelled differently in B ("caw  x", lower case, double space)."""
    a = _zone([("CAW X", "welzijn", None), ("Zorg A1", "zorg", None), ("Zorg A2", "zorg", None)],
              {"Samen A": [("CAW X", "Els"), ("Zorg A1", "Jan"), ("Zorg A1", "Piet"), ("Zorg A2", None)]})
    b = _zone([("caw  x", "welzijn", None), ("Zorg B1", "zorg", None), ("School B2", "wwol", None),
               ("Zorg B3", "zorg", None)],
              {"Samen B": [("caw  x", None), ("Zorg B1", None)], "Ook B": [("Zorg B1", None), ("School B2", None)]})
    return read_zones({"Zone A": a, "Zone B": b})


def test_organisations_are_joined_across_zones_by_normalised_name(two_zones):
    net = two_zones
    orgs = net.organisations.set_index("id")
    assert len(orgs) == 3 + 4 - 1  # X is one organisation
    x = orgs.index[orgs["name"] == "CAW X"][0]
    assert orgs.loc[x, "zones"] == ["Zone A", "Zone B"]
    assert orgs.loc[x, "zone"] == "Zone A"  # one initiative in each zone: the first listed
    assert orgs.loc["zorg-b3", "zones"] == ["Zone B"]
    # initiatives and people stay in their zone, their ids prefixed by it
    assert sorted(net.initiatives["zone"]) == ["Zone A", "Zone B", "Zone B"]
    assert net.initiatives["id"].str.startswith(("Zone A/", "Zone B/")).all()
    assert set(net.people["zone"]) == {"Zone A"}
    assert set(net.participations["organisation"]) <= set(orgs.index)


def test_each_zone_keeps_its_own_load_report(two_zones):
    net = two_zones
    assert list(net.zone_reports) == ["Zone A", "Zone B"]
    a, b = net.zone_reports["Zone A"], net.zone_reports["Zone B"]
    assert net.report.rows_read == a.rows_read + b.rows_read
    assert net.report.rows_read == net.report.rows_loaded + net.report.rows_rejected
    zones_named = {s.split(" / ")[0] for s in net.report.problems["sheet"] if s}
    assert zones_named <= {"Zone A", "Zone B"}


def test_derived_networks_keep_each_zones_load_report(two_zones):
    """Issue 12: filter(), with_people(), with_status() and with_zone() hand the zones'
    load reports on, so a filtered Flanders network still says what each zone's reading found."""
    net = two_zones
    derived = {
        "filter": net.filter(sector="zorg"),
        "with_people hide": net.with_people("hide"),
        "with_people pseudonyms": net.with_people("pseudonyms"),
        "with_people names": net.with_people("names"),
        "with_status": net.with_status("all"),
        "with_zone": net.with_zone(None),
    }
    for how, other in derived.items():
        assert list(other.zone_reports) == ["Zone A", "Zone B"], how
        assert other.zone_reports["Zone A"] is net.zone_reports["Zone A"], how
    # the derived Network has its own dict: changing it leaves the original alone
    derived["filter"].zone_reports.pop("Zone A")
    assert list(net.zone_reports) == ["Zone A", "Zone B"]


def test_kbo_number_joins_different_names_and_keeps_equal_names_apart():
    """Same KBO number, different spellings: one organisation; same name, two KBO numbers:
    two organisations and a warning (the number is the stronger identity)."""
    a = _zone([("CAW Oost-Vlaanderen", "welzijn", "0412.345.678"), ("Gemeente Q", "lokaal_bestuur", "0200.000.001")],
              {"I": [("CAW Oost-Vlaanderen", None), ("Gemeente Q", None)]})
    b = _zone([("CAW O-Vl", "welzijn", "BE 0412 345 678"), ("Gemeente Q", "lokaal_bestuur", "0200.000.002")],
              {"J": [("CAW O-Vl", None), ("Gemeente Q", None)]})
    c = _zone([("CAW O-Vl", "welzijn", None), ("Huis van het Kind", "welzijn", None)],
              {"K": [("CAW O-Vl", None), ("Huis van het Kind", None)]})
    net = read_zones({"A": a, "B": b, "C": c})
    names = net.organisations.set_index("name")
    caw = net.organisations[net.organisations["name"] == "CAW O-Vl"].iloc[0]  # as two of three zones spell it
    assert caw["zones"] == ["A", "B", "C"]  # C has no number but the name B gave under it
    assert "CAW Oost-Vlaanderen" not in names.index
    assert (net.organisations["name"] == "Gemeente Q").sum() == 2
    warnings = net.report.problems.query("severity == 'warning'")
    assert warnings["problem"].str.contains("verschillende KBO-nummers").any()


def test_aliases_join_confirmed_spellings_across_zones():
    a = _zone([("Centrum Geestelijke Gezondheid Eclips", "zorg", None), ("Zorg A", "zorg", None)],
              {"I": [("Centrum Geestelijke Gezondheid Eclips", None), ("Zorg A", None)]})
    b = _zone([("CGG Eclips", "zorg", None), ("Zorg B", "zorg", None)],
              {"J": [("CGG Eclips", None), ("Zorg B", None)]})
    apart = read_zones({"A": a, "B": b})
    assert len(apart.organisations) == 4
    # a supra-local partner spelled two ways in two zones is suggested, never merged
    pairs = {frozenset(p) for p in apart.report.suggestions[["name", "similar_to"]].itertuples(index=False)}
    assert frozenset({"CGG Eclips", "Centrum Geestelijke Gezondheid Eclips"}) in pairs
    joined = read_zones({"A": a, "B": b}, aliases={"CGG Eclips": "Centrum Geestelijke Gezondheid Eclips"})
    assert len(joined.organisations) == 3


def test_read_zones_reads_a_folder_of_workbooks(tmp_path):
    from elznet._fictitious import write_flanders

    write_flanders(tmp_path, zones=4, organisations=25)
    (tmp_path / "notities.txt").write_text("geen inventaris")
    net = read_zones(tmp_path)
    assert list(net.zone_reports) == [f"Fictiefland 0{i}" for i in range(1, 5)]
    assert (net.organisations["zones"].map(len) > 1).any()
    assert net.report.source == str(tmp_path)


def test_read_zones_says_in_dutch_what_is_wrong(tmp_path):
    with pytest.raises(InventoryError, match="bestaat niet"):
        read_zones(tmp_path / "nergens")
    with pytest.raises(InventoryError, match="geen inventaris"):
        read_zones(tmp_path)
    with pytest.raises(InventoryError, match="geen zones"):
        read_zones({})
    (tmp_path / "Zone Z.xlsx").write_text("geen werkboek")
    with pytest.raises(InventoryError, match="Zone Z"):
        read_zones(tmp_path)


def test_spanners_by_zone_finds_who_connects_zones(two_zones):
    """X (home zone A) lies on every path between A and B. Its open two-paths, worked by
    hand: a in A, c in B — a1/a2 -> X -> b1: 2 representative; the reverse 2 gatekeeper;
    a1 -> X -> a2 is closed (a1 and a2 share the initiative): no coordinator."""
    s = spanners(two_zones, group="zone")
    x = two_zones.organisations.loc[two_zones.organisations["name"] == "CAW X", "id"].iloc[0]
    assert s.index[0] in (x, "zorg-b1") and s.loc[x, "groups_reached"] == 1
    assert s.loc[x, ["coordinator", "representative", "gatekeeper", "itinerant", "liaison"]].tolist() == [0, 2, 2, 0, 0]
    assert s.loc["zorg-a1", "groups_reached"] == 0


def test_zone_comparison_worked_by_hand(two_zones):
    """Zone A: 3 organisations, ties X-A1, X-A2, A1-A2 (density 1). X's side is carried by
    Els alone: X-A1 and X-A2 are single-person ties (2/3); A1-A2 is carried by two people on
    A1's side and nobody on A2's: not single. Carriers known on both sides: X-A1 only (1/3).
    Across sectors (welzijn-zorg): X-A1, X-A2 (2/3). Zone B: 4 organisations, ties X-B1,
    B1-B2: density 2/6, largest part 3 of 4, one cut point (B1)."""
    t = zone_comparison(two_zones)
    a, b = t.loc["Zone A"], t.loc["Zone B"]
    assert (a["organisations"], a["initiatives"], a["ties"], a["density"]) == (3, 1, 3, 1.0)
    assert a["single_person_share"] == pytest.approx(2 / 3)
    assert a["carrier_coverage"] == pytest.approx(1 / 3)
    assert a["cross_sector_share"] == pytest.approx(2 / 3)
    assert (a["largest_component_share"], a["cut_points"]) == (1.0, 0)
    assert (b["organisations"], b["initiatives"], b["ties"]) == (4, 2, 2)
    assert b["density"] == pytest.approx(1 / 3)
    assert (b["single_person_share"], b["carrier_coverage"]) == (0.0, 0.0)
    assert b["cross_sector_share"] == pytest.approx(1.0)  # welzijn-zorg, zorg-wwol
    assert (b["largest_component_share"], b["cut_points"]) == (0.75, 1)
    assert (a["shared_organisations"], a["zones_linked"], b["zones_linked"]) == (1, 1, 1)


def test_zone_comparison_labels_in_dutch_and_needs_zones(two_zones):
    nl = zone_comparison(two_zones, lang="nl")
    assert nl.index.name == "zone" and "aandeel banden gedragen door één persoon" in nl.columns
    assert math.isclose(nl.loc["Zone A", "dichtheid"], 1.0)
    with pytest.raises(InventoryError, match="read_zones"):
        zone_comparison(elznet.examples.load("meetjesland_inventaris"))
