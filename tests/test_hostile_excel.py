"""Hostile text in an inventory never becomes a formula in a workbook elznet writes,
never executes in a map, and over-long cells never abort an export.

Formula injection ("CSV injection") and the characters that start it (``=``, ``+``,
``-``, ``@``, tab, carriage return) follow OWASP's page *CSV Injection*
(https://owasp.org/www-community/attacks/CSV_Injection). Excel's cell limit of 32,767
characters is from Microsoft's *Excel specifications and limits*.
"""

from __future__ import annotations

import re
import zipfile

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

import elznet
from elznet import cli

RISKY = ("=", "+", "-", "@", "\t", "\r")
EVIL_HEADER = "=cmd|' /C calc'!A0"


def formulas(path) -> list[str]:
    """Every formula element in every sheet of a workbook (raw XML, so nothing is missed)."""
    with zipfile.ZipFile(path) as z:
        return [f"{name}: {m}" for name in z.namelist() if name.startswith("xl/worksheets/")
                for m in re.findall(rb"<(?:\w+:)?f[ >/][^<]*", z.read(name))]


def unprotected_text(path) -> list[str]:
    """Text cells that start like a formula but lack Excel's quote prefix, or any formula cell."""
    wb = load_workbook(path)
    bad = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    bad.append(f"{ws.title}!{c.coordinate} formula {c.value!r}")
                elif isinstance(c.value, str) and c.value.startswith(RISKY) and not c.quotePrefix:
                    bad.append(f"{ws.title}!{c.coordinate} {c.value!r}")
    return bad


def _hostile_workbook(path):
    """A wide inventory whose unknown column has a formula as *header*, and cells that start with = + - @."""
    wb = Workbook()
    ws = wb.active
    ws.title = "inventaris"
    header = ["Naam samenwerkingsverband", "Partners", EVIL_HEADER]
    rows = [["=1+1 project", "CAW Oost-Vlaanderen; @Gemeente Eeklo", "+vrijwilligers"],
            ["Warme buurten", "CAW Oost-Vlaanderen; -JAC Eeklo", "=HYPERLINK(\"http://x\",\"klik\")"]]
    for r, values in enumerate([header, *rows], start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.data_type = "s"  # as a zone's file holds them: text, not formulas
    wb.save(path)
    return path


def test_a_formula_header_and_formula_values_stay_text_in_every_workbook(tmp_path):
    net = elznet.read_inventory(_hostile_workbook(tmp_path / "inventaris.xlsx"))
    assert EVIL_HEADER in net.initiatives.columns  # kept as an attribute, as the issue found
    written = [net.to_excel(tmp_path / "tabellen.xlsx"), net.to_excel(tmp_path / "gedeeld.xlsx", people="hide"),
               net.export_analysis(tmp_path / "analyse.xlsx")]
    assert cli.main(["report", str(tmp_path / "inventaris.xlsx"), "-o", str(tmp_path / "uit"), "-q"]) == 0
    written.append(tmp_path / "uit" / "analyse.xlsx")
    written.append(net.to_kumu(tmp_path / "kumu.xlsx"))
    forms = sorted(elznet.survey_forms(net, tmp_path / "formulieren").glob("*.xlsx"))
    assert forms and any("Gemeente Eeklo" in str(c.value) for f in forms for ws in load_workbook(f).worksheets
                         for row in ws.iter_rows() for c in row)
    written += forms
    for path in written:
        assert formulas(path) == [], path.name
        assert unprotected_text(path) == [], path.name
    headers = [c.value for c in load_workbook(written[0])["initiatieven"][1]]
    assert EVIL_HEADER in headers  # the text itself intact, only marked as text


def test_template_has_no_formula_outside_its_dropdown_lists(tmp_path):
    path = elznet.write_template(tmp_path / "sjabloon.xlsx")
    assert formulas(path) == [] and unprotected_text(path) == []


def test_round_trip_keeps_formula_like_text_exactly(tmp_path):
    names = ["=SUM(A1:A2)", "+32 9 123 45 67", "-min", "@home", EVIL_HEADER]
    net = elznet.read_inventory({"organisaties": pd.DataFrame({"naam": names, "sector": "welzijn"})})
    back = elznet.read_inventory(net.to_excel(tmp_path / "uit.xlsx"))
    assert list(back.organisations["name"]) == names


def test_a_cell_longer_than_excel_allows_is_shortened_with_a_marker_and_kept_in_full(tmp_path):
    # the case: a CLB tied to many schools (1,300 there; 420 with long names
    # here); each school only through the CLB, so the CLB is a cut point whose
    # "welke organisaties" cell lists every school
    schools = [f"Gemeentelijke Basisschool De Regenboog vestiging Sint-Jan-in-Eremo afdeling {i:04d}"
               for i in range(420)]
    frame = pd.DataFrame({"Naam samenwerkingsverband": [f"leerlingenbegeleiding {i}" for i in range(420)],
                          "Partners": [f"CLB Meetjesland; {s}" for s in schools]})
    net = elznet.read_inventory({"inventaris": frame})
    joined = "; ".join(sorted(schools))
    assert len(joined) > 32_767  # 34,438 characters: past Excel's limit
    path = net.export_analysis(tmp_path / "analyse.xlsx")
    wb = load_workbook(path)
    cells = [c.value for row in wb["breukpunten"].iter_rows() for c in row if isinstance(c.value, str)]
    long = [v for v in cells if "ingekort" in v]
    assert len(long) == 1 and len(long[0]) <= 32_767
    # without the CLB every school is alone: the largest piece is one school, 1,299 are cut off
    cut_off = sorted(schools)[1:]
    assert long[0].startswith(cut_off[0] + "; " + cut_off[1]) and "volledige lijsten" in long[0]
    assert "419 waarden" in long[0]
    full = pd.read_excel(path, sheet_name="volledige lijsten")
    kept = full[(full["blad"] == "breukpunten")]
    assert list(kept["waarde"]) == cut_off
    assert list(kept["nr"]) == list(range(1, 420))


def test_texts_of_excels_maximum_length_export_without_error(tmp_path):
    text = "x" * 32_767
    net = elznet.read_inventory({"initiatieven": pd.DataFrame({"naam": ["a"], "beschrijving": [text]}),
                                 "organisaties": pd.DataFrame({"naam": ["CAW"], "opmerking": ["y" * 40_000]})})
    path = net.to_excel(tmp_path / "lang.xlsx")
    wb = load_workbook(path)
    assert wb["initiatieven"]["C2"].value == text or text in [c.value for c in wb["initiatieven"][2]]
    over = [c.value for c in wb["organisaties"][2] if isinstance(c.value, str) and c.value.startswith("yyy")]
    assert len(over) == 1 and len(over[0]) <= 32_767 and "ingekort" in over[0]
    pieces = pd.read_excel(path, sheet_name="volledige lijsten")["waarde"]
    assert "".join(pieces) == "y" * 40_000
    net.export_analysis(tmp_path / "analyse.xlsx")  # no abort


def test_sheet_names_are_made_valid_and_unique(tmp_path):
    from elznet.output.excel import write_analysis

    frame = pd.DataFrame({"a": [1]})
    path = write_analysis({"a/b:c*?[x]": frame, "'quoted'": frame, "x" * 40: frame, "x" * 41: frame},
                          tmp_path / "namen.xlsx")
    names = load_workbook(path).sheetnames
    assert names[0] == "a_b_c___x_" and names[1] == "quoted"
    assert len(set(names)) == 4 and all(len(n) <= 31 for n in names)


# --- the property: random text anywhere never becomes a formula, never runs -----------
_prefix = st.sampled_from(["", *RISKY, EVIL_HEADER, "<script>window.__x=1</script>",
                           "<img src=x onerror=\"window.__x=1\">", "</script><script>window.__x=1</script>"])
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cn")), max_size=30)
_hostile = st.builds(lambda p, t: p + t, _prefix, _text)


@st.composite
def hostile_inventories(draw):
    n = draw(st.integers(1, 5))
    names = [draw(_hostile) + f" org{i}" for i in range(n)]
    extra = draw(_prefix) + "kolom " + draw(_text)
    orgs = pd.DataFrame({"naam": names, "sector": "welzijn", "aanbod": [draw(_hostile) for _ in names],
                         extra: [draw(_hostile) for _ in names]})
    k = draw(st.integers(1, 3))
    inis = pd.DataFrame({"naam": [draw(_hostile) + f" ini{i}" for i in range(k)],
                         "beschrijving": [draw(_hostile) for _ in range(k)],
                         "doelgroepen": [draw(_hostile) for _ in range(k)]})
    people = pd.DataFrame({"naam": [draw(_hostile) + f" p{i}" for i in range(2)], "organisatie": names[0]})
    parts = pd.DataFrame({"initiatief": [inis["naam"][i % k] for i in range(2 * n)],
                          "organisatie": [names[i % n] for i in range(2 * n)],
                          "persoon": [people["naam"][i % 2] if i % n == 0 else None for i in range(2 * n)]})
    return {"organisaties": orgs, "personen": people, "initiatieven": inis, "deelnames": parts}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_inventories())
def test_random_text_never_becomes_a_formula_in_any_workbook(tmp_path_factory, inventory):
    net = elznet.read_inventory(inventory)
    folder = tmp_path_factory.mktemp("prop")
    for path in (net.to_excel(folder / "tabellen.xlsx"), net.to_excel(folder / "anoniem.xlsx", people="pseudonyms"),
                 net.export_analysis(folder / "analyse.xlsx"),
                 net.export_analysis(folder / "namen.xlsx", people="names"), net.to_kumu(folder / "kumu.xlsx")):
        assert formulas(path) == [], path.name
        assert unprotected_text(path) == [], path.name


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(inventory=hostile_inventories())
def test_random_text_never_executes_in_the_map(tmp_path, inventory):
    from tests.browser import visit

    net = elznet.read_inventory(inventory)
    path = elznet.network_map(net, people="names").save(tmp_path / "kaart.html")
    seen = visit(path, evaluate={"x": "typeof window.__x"})
    assert seen.values["x"] == "undefined" and seen.dialogs == []
    assert [r for r in seen.requests if r != path.resolve().as_uri()] == []
