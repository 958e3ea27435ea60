"""The template workbook and the canonical Excel export (round trip, text stays text)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

import elznet
from elznet import read_inventory, vocabulary

TABLES = ("organisations", "people", "initiatives", "participations", "ties")


def test_template_has_dutch_sheets_headers_instructions_and_dropdowns(tmp_path):
    path = elznet.write_template(tmp_path / "sjabloon.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["instructies", "organisaties", "personen", "initiatieven", "deelnames",
                             "relaties", "aliassen", "lijsten"]
    assert wb["lijsten"].sheet_state == "hidden"
    headers = [c.value for c in wb["initiatieven"][1]]
    assert headers == list(vocabulary.HEADERS_NL["initiatives"].values())
    validated = {}
    for name in ("organisaties", "initiatieven", "relaties"):
        for dv in wb[name].data_validations.dataValidation:
            column = wb[name].cell(row=1, column=next(iter(dv.sqref.ranges)).min_col).value
            validated[(name, column)] = dv.formula1
    for key in [("organisaties", "sector"), ("initiatieven", "expertisedomeinen"),
                ("initiatieven", "samenwerkingsmodel"), ("initiatieven", "niveau"),
                ("initiatieven", "zorgpadfasen"), ("relaties", "soort")]:
        assert key in validated, key
    # the sector dropdown lists exactly the vocabulary's Dutch labels
    ref = validated[("organisaties", "sector")].split("!")[1].replace("$", "")
    labels = [c.value for row in wb["lijsten"][ref] for c in row]
    assert labels == list(vocabulary.SECTORS.values())
    assert "Vul per tabblad" in " ".join(str(c.value) for c in wb["instructies"]["A"])


def test_an_empty_template_reads_as_an_empty_inventory_with_warnings(tmp_path):
    path = elznet.write_template(tmp_path / "sjabloon.xlsx")
    net = read_inventory(path)
    assert len(net.organisations) == 0 and net.report.rows_read == 0


def test_formula_like_text_is_written_as_text(tmp_path):
    names = ["=SUM(A1:A2)", "+32 9 123 45 67", "-min", "@home"]
    net = read_inventory({"organisaties": pd.DataFrame({"naam": names, "sector": "welzijn"})})
    path = net.to_excel(tmp_path / "uit.xlsx")
    ws = load_workbook(path)["organisaties"]
    cells = [ws.cell(row=r, column=2) for r in range(2, 6)]
    assert [c.value for c in cells] == names
    assert all(c.data_type == "s" for c in cells)
    assert list(read_inventory(path).organisations["name"]) == names


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters="\n"),
    max_size=40)
_risky = st.sampled_from(["=1+1", "+31", "-", "@x", "=HYPERLINK(\"http://x\")", "a\nb", "ë ß 東京 🙂"])
# very long text (thousands of characters) without spending the generator's budget on it
_long = st.builds(lambda piece, n: "x" + piece * n, _text, st.integers(100, 300))
_cell = st.one_of(_text, _risky, _long, st.none())


@st.composite
def inventories(draw):
    n_org = draw(st.integers(1, 6))
    names = [draw(st.one_of(_text, _risky)) + f" org{i}" for i in range(n_org)]
    orgs = pd.DataFrame({
        "naam": names,
        "sector": [draw(st.sampled_from([None, *vocabulary.SECTORS.values()])) for _ in names],
        "aanbod": [draw(_cell) for _ in names],
        "doelgroepen": [draw(_cell) for _ in names],
        "eigen kolom": [draw(_cell) for _ in names],
    })
    n_ini = draw(st.integers(0, 4))
    inis = pd.DataFrame({
        "naam": [f"initiatief {i} " + draw(_text) for i in range(n_ini)],
        "beschrijving": [draw(_cell) for _ in range(n_ini)],
        "formeel": [draw(st.sampled_from([None, "ja", "nee"])) for _ in range(n_ini)],
        "zorgpadfasen": [draw(st.sampled_from([None, "preventie; crisis", "nazorg"])) for _ in range(n_ini)],
        "gemeenten": [draw(_cell) for _ in range(n_ini)],
    })
    people = pd.DataFrame({"naam": [draw(_text) + f" persoon{i}" for i in range(draw(st.integers(0, 3)))]})
    people["organisatie"] = [names[i % n_org] for i in range(len(people))]
    parts = pd.DataFrame({
        "initiatief": [inis["naam"][i % n_ini] for i in range(draw(st.integers(0, 6)))] if n_ini else [],
    })
    parts["organisatie"] = [names[draw(st.integers(0, n_org - 1))] for _ in range(len(parts))]
    parts["persoon"] = [draw(st.sampled_from([None, *people["naam"]])) for _ in range(len(parts))]
    return {"organisaties": orgs, "personen": people, "initiatieven": inis, "deelnames": parts}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inventories())
def test_to_excel_then_read_inventory_gives_back_equal_tables(tmp_path_factory, inventory):
    first = read_inventory(inventory)
    path = first.to_excel(tmp_path_factory.mktemp("rt") / "inventaris.xlsx", people="names", contacts=True)
    second = read_inventory(path)
    for table in TABLES:
        a, b = getattr(first, table), getattr(second, table)
        assert list(a.columns) == list(b.columns), table
        assert a.to_dict("records") == b.to_dict("records"), table


def test_to_excel_can_leave_people_out(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    names = set(net.people["name"])
    path = net.to_excel(tmp_path / "zonder_personen.xlsx", people="hide")
    wb = load_workbook(path)
    assert "personen" not in wb.sheetnames
    text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    assert names and not any(name in text for name in names)


def test_the_analysis_export_writes_labels_not_internal_keys(tmp_path):
    import re

    from openpyxl import load_workbook

    import elznet

    net = elznet.examples.load("meetjesland_zorgpad")
    wb = load_workbook(net.export_analysis(tmp_path / "a.xlsx"), read_only=True)
    keys = re.compile(r"\b(lokaal_bestuur|vrije_tijd|eerste_opvang|gezonde_levensstijl|True|False)\b")
    found = {ws.title for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str) and keys.search(v)}
    assert found == set()
    assert not any(isinstance(v, bool) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row)
    header = next(wb["kwetsbare banden"].iter_rows(values_only=True))
    assert "hangt aan één persoon" in header and "drager" in header
    english = load_workbook(net.export_analysis(tmp_path / "en.xlsx", lang="en"), read_only=True)
    assert "single person" in next(english["kwetsbare banden"].iter_rows(values_only=True))


def _tidy_zone(orgs, initiatives):
    """A tidy inventory: orgs [(name, sector)], initiatives {name: [organisation, ...]}."""
    return {
        "organisaties": pd.DataFrame(orgs, columns=["naam", "sector"]),
        "initiatieven": pd.DataFrame({"naam": list(initiatives)}),
        "deelnames": pd.DataFrame([(ini, org) for ini, members in initiatives.items() for org in members],
                                  columns=["initiatief", "organisatie"]),
    }


def test_the_analysis_workbook_compares_zones_when_the_network_holds_several(tmp_path):
    """Zone A: X, A1, A2 in one initiative: 3 organisations, 3 ties, density 1. Zone B: X-B1
    and B1-B2: 3 organisations, 2 ties, density 2/3, B1 a cut point (worked by hand)."""
    from elznet.analysis.zones import ZONE_COLUMNS_NL

    a = _tidy_zone([("CAW X", "welzijn"), ("Zorg A1", "zorg"), ("Zorg A2", "zorg")],
                   {"Samen A": ["CAW X", "Zorg A1", "Zorg A2"]})
    b = _tidy_zone([("CAW X", "welzijn"), ("Zorg B1", "zorg"), ("School B2", "onderwijs")],
                   {"Samen B": ["CAW X", "Zorg B1"], "Ook B": ["Zorg B1", "School B2"]})
    net = elznet.read_zones({"Zone A": a, "Zone B": b})
    wb = load_workbook(net.export_analysis(tmp_path / "analyse.xlsx"), read_only=True)
    assert "zonevergelijking" in wb.sheetnames
    rows = list(wb["zonevergelijking"].values)
    assert list(rows[0]) == list(ZONE_COLUMNS_NL.values())  # Dutch headers, as zone_comparison(lang="nl")
    by_zone = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert set(by_zone) == {"Zone A", "Zone B"}
    assert (by_zone["Zone A"]["organisaties"], by_zone["Zone A"]["banden"], by_zone["Zone A"]["dichtheid"]) == (3, 3, 1)
    assert by_zone["Zone B"]["dichtheid"] == pytest.approx(2 / 3)
    assert by_zone["Zone B"]["breukpunten"] == 1


def test_one_zone_gets_no_zone_comparison_sheet(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    wb = load_workbook(net.export_analysis(tmp_path / "analyse.xlsx"), read_only=True)
    assert "zonevergelijking" not in wb.sheetnames and "grenswerkers" in wb.sheetnames
