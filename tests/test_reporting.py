"""The zorgraad report: what a board reads matches the analysis tables."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pandas as pd
import pytest

import elznet
from elznet.output.labels import number
from elznet.output.reporting import _cluster_labels, dependence_on_largest


def _text(html: str) -> str:
    html = re.sub(r"<iframe.*?</iframe>", "", html, flags=re.S)
    html = re.sub(r"<(script|style).*?</\1>", "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.fixture(scope="module")
def waasland(tmp_path_factory):
    net = elznet.examples.load("waasland_voorbeeld")
    path = elznet.report(net, tmp_path_factory.mktemp("r") / "rapport.html", today=date(2026, 3, 10))
    return net, path.read_text(encoding="utf-8")


def test_dutch_numbers_have_a_decimal_comma_and_thousands_points():
    assert (number(0.1), number(1632), number(0.0626, 3), number(12)) == ("0,10", "1.632", "0,063", "12")
    assert number(0.1, lang="en") == "0.10"


def test_the_title_names_the_zone_and_the_date(waasland):
    _, html = waasland
    assert "<h1>Voorbeeldzone Waasland: samenwerking in de zone</h1>" in html
    assert "10 maart 2026" in html


def test_no_region_word_is_a_municipality_and_no_internal_id_shows(waasland):
    net, html = waasland
    spots = html[html.index("<h2>Witte vlekken"):html.index("<h2>Mogelijke dubbele")]
    headers = re.findall(r"<th class='rot'>(.*?)</th>", spots)
    assert headers == list(net.zone.municipalities)
    for word in ("regio Waasland", "heel de zone", "BKZ", "Belsele", "Kallo"):
        assert f">{word}<" not in spots
    text = _text(html)
    ids = [i for i in net.organisations["id"] if "-" in i]  # slugs such as "sociaal-huis-bkz"
    assert ids and not any(re.search(rf"\b{re.escape(i)}\b", text) for i in ids)


def test_key_figures_match_the_analysis_tables(waasland):
    net, html = waasland
    s = net.summary()
    for label, key in (("organisaties", "organisations"), ("banden tussen organisaties", "ties"),
                       ("banden met onbekende drager", "carrier_unknown_ties")):
        assert f"<b>{number(s[key])}</b>{label}" in html
    assert f"<b>{number(s['density'])}</b>dichtheid" in html and "," in number(s["density"])
    assert s.coverage() in _text(html)


def test_no_english_decimal_point_in_the_tables(waasland):
    _, html = waasland
    cells = re.findall(r"<td>([^<]*)</td>", html)
    assert cells and not any(re.fullmatch(r"\d+\.\d{1,3}", c) for c in cells)


def test_every_table_is_explained_and_findings_say_what_to_do(waasland):
    _, html = waasland
    tables = html.count("<table")
    assert html.count("<p class='lees'>") >= tables
    assert "versterk de band" in html


def test_cluster_labels_are_unique_and_count_from_one():
    clusters = pd.DataFrame({"name": list("abcdef"), "community": [0, 0, 1, 1, 2, 2], "size": [2] * 6,
                             "label": ["zorg", "zorg", "zorg", "zorg", "welzijn", "welzijn"]})
    summary = _cluster_labels(clusters)
    assert list(summary["number"]) == [1, 2, 3]
    assert summary["title"].is_unique and summary["title"].iloc[0].startswith("Cluster 1 ")


def test_dependence_of_top_spanners_on_the_largest_initiative():
    # a 6-partner assembly (A..F) and one project A-G: A has 6 partners, 5 only via the assembly
    orgs = list("ABCDEFG")
    net = elznet.read_inventory({
        "organisaties": pd.DataFrame({"id": orgs, "naam": orgs, "sector": ["zorg", "welzijn"] * 3 + ["zorg"]}),
        "initiatieven": pd.DataFrame({"id": ["av", "p"], "naam": ["Algemene vergadering", "Project"]}),
        "deelnames": pd.DataFrame({"initiatief": ["av"] * 6 + ["p", "p"], "organisatie": list("ABCDEF") + ["A", "G"]})})
    span = elznet.spanners(net)
    dep = dependence_on_largest(net, span.loc[["A"]]).set_index("name")
    assert dep.loc["A", "partners"] == 6 and dep.loc["A", "only_via_largest"] == 5
    assert dep.loc["A", "share"] == pytest.approx(5 / 6)


def test_the_report_cli_on_the_waasland_example_shows_municipalities_only(tmp_path):
    from elznet.cli import main

    code = main(["report", str(elznet.examples.path("waasland_voorbeeld")), "-o", str(tmp_path), "--quiet"])
    assert code in (0, None)
    html = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    spots = html[html.index("<h2>Witte vlekken"):html.index("<h2>Mogelijke dubbele")]
    assert re.findall(r"<th class='rot'>(.*?)</th>", spots) == [
        "Sint-Niklaas", "Beveren-Kruibeke-Zwijndrecht", "Sint-Gillis-Waas", "Stekene", "Temse"]
    net = elznet.examples.load("waasland_voorbeeld")
    text = _text(html)
    internal = [*net.organisations["id"], *net.initiatives["id"], *net.people["id"]]
    assert not [i for i in internal if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]


def test_the_spanner_and_risk_tables_show_the_analysis_tables_top_rows(waasland):
    net, html = waasland
    section = html[html.index("<h2>Grenswerkers"):html.index("<h3>Hoeveel danken")]
    shown = re.findall(r"<tr>\s*<td>([^<]*)</td>", section)
    assert shown == list(elznet.spanners(net)["name"].head(10))
    risk = html[html.index("<h3>Vertrekrisico per organisatie"):]
    top = elznet.departure_risk(net, level="organisation")["name"].head(10).tolist()
    assert re.findall(r"<tr>\s*<td>([^<]*)</td>", risk)[:10] == top


def test_an_inventory_naming_no_place_still_gets_a_report(tmp_path):
    # Knoke & Wood's ten organisations name no municipality: the inferred zone is empty,
    # the white-spot section says so through an empty table instead of failing
    net = elznet.examples.load("knoke")
    assert elznet.zone.resolve_zone(net).municipalities == ()
    html = elznet.report(net, tmp_path / "k.html").read_text(encoding="utf-8")
    assert "<h1>Samenwerking in de zone</h1>" in html and "<h2>Witte vlekken" in html


def test_an_estimated_betweenness_has_its_error_bound_under_the_table_and_in_the_method(tmp_path, monkeypatch):
    """Past the exactness threshold betweenness is sampled (Brandes & Pich 2007): the report
    prints the bound the spanner table carries, e.g. "±0,05 met 95% zekerheid". The
    threshold is lowered here so the 59-organisation example is sampled from 20 sources."""
    from elznet.analysis import centrality

    monkeypatch.setattr(centrality, "EXACT_UP_TO", 10)
    monkeypatch.setattr(centrality, "SAMPLED_SOURCES", 20)
    a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    estimate = a.spanners.estimates["betweenness"]
    assert not estimate.exact and estimate.error > 0
    text = _text(elznet.report(a, tmp_path / "rapport.html").read_text(encoding="utf-8"))
    spanners_part = text.split("Grenswerkers")[1].split("Kwetsbare banden")[0]
    method = text.split("Methode")[-1]
    assert f"brugfunctie (betweenness) is geschat: {estimate.text()}" in spanners_part
    assert estimate.text() in method and "Brandes & Pich 2007" in method and "20 willekeurige" in method


def test_an_exact_betweenness_is_said_to_be_exact_and_carries_no_bound(waasland):
    _, html = waasland
    text = _text(html)
    assert "is geschat" not in text and "zekerheid" not in text
    assert "brugfunctie (betweenness): exact berekend" in text.split("Methode")[-1]
