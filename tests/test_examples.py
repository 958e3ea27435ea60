"""The bundled examples read into Networks that match their files.

The expected figures come from the ``*.truth.json`` files that ``data/make_examples.py``
writes from its CSV sources in ``data/src/`` (not by reading the workbooks back), and for
Knoke & Wood from the published ORA reports (CASOS, Carnegie Mellon, 2011; see data/knoke/).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter

import networkx as nx
import pytest

import elznet
from elznet.read.names import normalise


def _truth(name):
    path = elznet.examples.path(name).with_suffix(".truth.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def zorgpad():
    return elznet.examples.load("meetjesland_zorgpad")


@pytest.fixture(scope="module")
def wide():
    return elznet.examples.load("meetjesland_inventaris")


def test_examples_are_listed_by_name():
    assert elznet.examples.names() == ["meetjesland_zorgpad", "meetjesland_inventaris", "waasland_voorbeeld", "knoke"]
    with pytest.raises(KeyError, match="choose one of"):
        elznet.examples.path("dender")


def test_care_path_example_matches_its_file(zorgpad):
    truth = _truth("meetjesland_zorgpad")
    counts = truth["counts"]
    s = zorgpad.summary()
    assert s["organisations"] == counts["organisaties"]
    assert s["people"] == counts["personen"]
    assert s["initiatives"] == counts["initiatieven"]
    assert s["direct_ties"] == counts["relaties"]
    assert zorgpad.report.rows_read == sum(counts.values()) == zorgpad.report.rows_loaded
    assert s["sectors"] == truth["organisations_per_sector"]
    assert sorted(zorgpad.people["name"]) == sorted(truth["person_names"])
    assert dict(Counter(zorgpad.ties["kind"])) == truth["relaties_per_soort"]
    assert zorgpad.report.errors.empty
    # every actor has its offer and care-path stages; all seven stages are covered
    assert zorgpad.organisations["offer"].notna().all()
    stages = {st for sts in zorgpad.organisations["stages"] for st in sts}
    assert stages == set(elznet.vocabulary.STAGES)


def test_care_path_single_carrier_ties_are_single_person_ties_in_the_graph(zorgpad):
    g = zorgpad.graph
    for source, target, person in _truth("meetjesland_zorgpad")["design"]["single_carrier_relaties"]:
        carriers = g.edges[source, target]["carriers"]
        assert person in carriers[source] + carriers[target]


def test_wide_example_matches_its_file(wide):
    truth = _truth("meetjesland_inventaris")
    report = wide.report
    assert len(wide.initiatives) == truth["n_initiatives"]
    organisations_rows = len(truth["organisaties_sheet"])
    assert report.rows_read == truth["n_filled_data_rows"] + organisations_rows
    assert report.rows_rejected == 0 and report.rows_loaded == report.rows_read
    # spelling variants stay separate organisations (never merged silently) ...
    written = {normalise(n) for n in wide.organisations["name"]}
    assert {normalise(v) for v in truth["spelling_variants"]} <= written
    # ... case variants are the same organisation after normalisation
    for variant, canonical in truth["case_variants"].items():
        assert normalise(variant) == normalise(canonical) and normalise(canonical) in written
    # every organisation of the truth is found, under its own or its variant's name
    canonical_of = {normalise(v): normalise(c) for v, c in truth["spelling_variants"].items()}
    assert {canonical_of.get(n, n) for n in written} == {normalise(n) for n in truth["organisations"]}
    assert sorted(wide.people["name"]) == sorted(truth["people"])
    pairs = wide.participations[["initiative", "organisation"]].drop_duplicates()
    assert len(pairs) == truth["n_participations"]


def test_wide_example_suggests_each_spelling_variant_with_its_correct_name(wide):
    truth = _truth("meetjesland_inventaris")
    names = {normalise(n) for n in wide.organisations["name"]}
    expected = {(v, c) for v, c in truth["spelling_variants"].items() if normalise(c) in names}
    found = set(map(tuple, wide.report.suggestions[["name", "similar_to"]].values.tolist()))
    assert expected and expected == found


def test_wide_example_merged_initiative_collects_the_partners_of_all_its_rows(wide):
    merged = _truth("meetjesland_inventaris")["merged_initiative"]
    ini = wide.initiatives.loc[wide.initiatives["name"] == merged["name"], "id"].item()
    partners = wide.participations.loc[wide.participations["initiative"] == ini, "organisation"].nunique()
    assert partners >= len(merged["rows"])


def test_wide_example_sectors_given_or_inferred_and_the_unknown_reported(wide):
    truth = _truth("meetjesland_inventaris")
    unknown = wide.organisations.loc[wide.organisations["sector"] == "onbekend", "name"].tolist()
    assert truth["unknown_sector_organisation"] in unknown
    p = wide.report.in_language("en").problems
    reported = set(p.loc[p["problem"].str.startswith("sector unknown"), "value"])
    assert set(unknown) == reported
    inferred = p["problem"].str.contains("inferred from the name").sum()
    assert inferred == len(wide.organisations) - len(truth["organisaties_sheet"]) - len(unknown)


def test_wide_example_has_a_white_spot_domain(wide):
    absent = set(_truth("meetjesland_inventaris")["absent_expertise_domains"])
    used = {d for ds in wide.initiatives["expertise_domains"] for d in ds}
    assert absent and not absent & used
    assert used <= set(elznet.vocabulary.EXPERTISE_DOMAINS)


def test_knoke_matches_the_published_ora_figures():
    """ORA Standard Network Analysis of KNOKI/KNOKM (CASOS 2011): links, density, isolates,
    betweenness (unscaled, directed) — see data/knoke/knoke_published_metrics_ORA.txt."""
    net = elznet.examples.load("knoke")
    assert net.summary()["organisations"] == 10 and net.summary()["direct_ties"] == 49 + 22
    info, money = net.tie_graph("informatie"), net.tie_graph("financiering")
    assert info.number_of_edges() == 49 and round(nx.density(info), 3) == 0.544
    assert money.number_of_edges() == 22 and round(nx.density(money), 3) == 0.244
    assert list(nx.isolates(money)) == ["WRO"]
    b = nx.betweenness_centrality(info, normalized=False)
    assert max(b, key=b.get) == "MAYR" and b["MAYR"] == pytest.approx(17.833, abs=1e-3)
    assert sum(b.values()) / 10 == pytest.approx(4.8, abs=1e-3)
    assert max(nx.betweenness_centrality(money, normalized=False).values()) == pytest.approx(9.0)
    assert dict(zip(net.organisations["id"], net.organisations["sector_knoke"], strict=False))["MAYR"] == "GOV"


def test_examples_load_from_an_installed_wheel(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(tmp_path)],
                           cwd=elznet.examples.Path(elznet.__file__).parent.parent, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("elznet-*.whl"))
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "elznet" / "_data" / "meetjesland_zorgpad_suicidepreventie.xlsx").is_file()
    assert (site / "elznet" / "_zones" / "gemeenten_2025.csv").is_file()  # the zone data ships too
    code = (f"import elznet; assert elznet.__file__.startswith({str(site)!r}), elznet.__file__; "
            "print([len(elznet.examples.load(n).organisations) for n in elznet.examples.names()])")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[59, 156, 28, 10]"
