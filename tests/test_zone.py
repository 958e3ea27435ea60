"""The zone model: municipalities of 2025, deelgemeenten, region words, and where places matter."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import elznet
from elznet import Zone, ZoneError, read_inventory, white_spots
from elznet.zone import bundled_zones, municipalities


def test_the_belgian_municipalities_of_2025_are_known_with_nis_codes():
    # Statbel: 565 municipalities since the mergers of 1 January 2025; Beveren-Kruibeke-Zwijndrecht
    # (REFNIS 46030) is one of the new ones, Brussel is Bruxelles in French (REFNIS 21004)
    table = municipalities()
    assert len(table) == 565 and table["nis"].is_unique
    row = table.set_index("naam_nl").loc["Beveren-Kruibeke-Zwijndrecht"]
    assert row["nis"] == "46030"
    assert table.set_index("nis").loc["21004", "naam_fr"] == "Bruxelles"


def test_bundled_zones_hold_the_meetjesland_zones_as_published():
    # eerstelijnszorgmeetjesland.be: Oost (6 municipalities) and West (3)
    assert {"oost-meetjesland", "west-meetjesland", "waasland-voorbeeld"} <= set(bundled_zones())
    oost = Zone.bundled("ELZ Oost-Meetjesland")
    assert oost.municipalities == ("Assenede", "Eeklo", "Evergem", "Kaprijke", "Sint-Laureins", "Zelzate")
    assert Zone.bundled("west-meetjesland").municipalities == ("Aalter", "Lievegem", "Maldegem")
    assert oost.nis["Eeklo"] == "43005"


def test_place_words_resolve_to_official_municipalities():
    z = Zone.bundled("waasland-voorbeeld")
    assert z.resolve("Belsele") == ("Sint-Niklaas",)
    assert z.resolve("kallo") == ("Beveren-Kruibeke-Zwijndrecht",)
    assert z.resolve("BKZ") == ("Beveren-Kruibeke-Zwijndrecht",)
    assert z.resolve("regio Waasland") == z.municipalities == z.resolve("heel de zone")
    assert z.resolve("stad Sint-Niklaas") == ("Sint-Niklaas",)
    inside, unknown, outside = z.expand(["Sinaai", "Gent", "Blokland", "Anvers"])
    assert (inside, unknown, outside) == (["Sint-Niklaas"], ["Blokland"], ["Gent", "Antwerpen"])


def test_a_zone_with_a_name_that_is_no_municipality_is_refused():
    with pytest.raises(ZoneError, match="geen Belgische gemeente"):
        Zone("Testzone", ("Eeklo", "Eekloo"))
    with pytest.raises(ZoneError, match="soort"):
        Zone.from_rows([["soort", "naam", "gemeente"], ["dorp", "Kallo", "Beveren-Kruibeke-Zwijndrecht"]])


def test_a_zone_definition_round_trips_through_its_rows():
    z = Zone.bundled("west-meetjesland")
    frame = z.to_frame()
    again = Zone.from_rows([list(frame.columns), *frame.itertuples(index=False, name=None)])
    assert again == z


def _inventory(extra_sheets=None):
    sheets = {"inventaris": pd.DataFrame({
        "Naam": ["Huiswerkklas", "Woonbegeleiding", "Schuldhulp", "Buddywerking"],
        "Partners": ["CAW Waas; Sociaal Huis BKZ", "Sociaal Huis BKZ; Woonwinkel", "CAW Waas; Woonwinkel",
                     "Sociaal Huis BKZ; Buddy vzw"],
        "Gemeenten": ["Kallo", "BKZ", "regio Waasland", "Blokland"],
        "Expertisedomeinen": ["onderwijs", "huisvesting", "financieel", "welbevinden"],
        "Doelgroepen": ["kinderen", "gezinnen", "gezinnen", "ouderen"]})}
    sheets.update(extra_sheets or {})
    return sheets


def test_a_zone_sheet_in_the_workbook_is_read_and_unknown_places_are_warned():
    net = read_inventory(_inventory({"zone": Zone.bundled("waasland-voorbeeld").to_frame()}))
    assert net.zone.name == "Voorbeeldzone Waasland"
    warned = net.report.problems.query("severity == 'warning'")["problem"]
    assert warned.str.contains("Blokland").any()


def test_the_zone_argument_replaces_the_sheet():
    net = read_inventory(_inventory({"zone": Zone.bundled("oost-meetjesland").to_frame()}),
                         zone="waasland-voorbeeld")
    assert net.zone.name == "Voorbeeldzone Waasland"


def test_white_spots_count_deelgemeenten_and_regions_for_their_municipality():
    # hand count for Beveren-Kruibeke-Zwijndrecht: Huiswerkklas (Kallo), Woonbegeleiding (BKZ),
    # Schuldhulp (regio Waasland) = 3 initiatives; Buddywerking (Blokland) counts nowhere
    net = read_inventory(_inventory(), zone="waasland-voorbeeld")
    with pytest.warns(elznet.analysis.gaps.UnknownPlaceWarning, match="Blokland"):
        w = white_spots(net, dims=("municipality",))
    counts = dict(zip(w["municipality"], w["initiatives"]))
    assert counts == {"Sint-Niklaas": 1, "Beveren-Kruibeke-Zwijndrecht": 3, "Sint-Gillis-Waas": 1,
                      "Stekene": 1, "Temse": 1}
    assert w.unknown_places == ["Blokland"]
    assert "BKZ" not in set(w["municipality"]) and "regio Waasland" not in set(w["municipality"])


def test_filter_by_municipality_expands_like_white_spots():
    net = read_inventory(_inventory(), zone="waasland-voorbeeld")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = white_spots(net, dims=("municipality",)).set_index("municipality")
    for muni in net.zone.municipalities:
        assert len(net.filter(municipality=muni).initiatives) == w.loc[muni, "initiatives"], muni
    assert set(net.filter(municipality="Kallo").initiatives["name"]) == {
        "Huiswerkklas", "Woonbegeleiding", "Schuldhulp"}


def test_without_a_zone_one_is_inferred_from_the_places_the_inventory_names():
    net = read_inventory(_inventory())
    z = elznet.zone.resolve_zone(net)
    assert set(z.municipalities) == {"Sint-Niklaas", "Beveren-Kruibeke-Zwijndrecht", "Sint-Gillis-Waas",
                                     "Stekene", "Temse"}  # regio Waasland of the bundled example zone


def test_the_waasland_example_loads_with_its_zone_and_statuses():
    net = elznet.examples.load("waasland_voorbeeld")
    assert net.zone.name == "Voorbeeldzone Waasland"
    assert net.zone.unknown_words(net) == []
    s = net.summary()
    assert s["initiatives_not_counted"] == 2  # Project Warme Winter (afgerond), Digitale inclusie (gepland)
    assert net.with_status("all").summary()["ties"] > s["ties"]


def test_governance_bodies_can_be_left_out_to_see_daily_collaboration():
    net = elznet.examples.load("waasland_voorbeeld")
    kinds = dict(zip(net.initiatives["name"], net.initiative_kinds))
    assert kinds["Algemene vergadering zorgraad Waasland"] == "overleg/bestuur"
    assert kinds["Zorgpad valpreventie"] == "zorgpad" and kinds["Huiswerkklas Kallo"] == "project"
    daily = net.with_status(skip_kinds=["overleg/bestuur"])
    skipped = sum(k == "overleg/bestuur" for k, run in zip(net.initiative_kinds, net.running) if run)
    assert daily.summary()["initiatives_not_counted"] == net.summary()["initiatives_not_counted"] + skipped
    # the 22-partner assembly alone makes most ties: 22 * 21 / 2 = 231 pairs, many of them only there
    assert daily.graph.number_of_edges() < net.graph.number_of_edges() / 2
