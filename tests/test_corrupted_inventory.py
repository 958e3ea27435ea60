"""A corrupted copy of the bundled wide inventory: every problem at its Excel row."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

import elznet
from elznet import InventoryError, read_inventory


@pytest.fixture(scope="module")
def corrupted(tmp_path_factory):
    """The wide example with four planted problems; returns the path and where each sits."""
    source = elznet.examples.path("meetjesland_inventaris")
    path = tmp_path_factory.mktemp("corrupt") / "inventaris_kapot.xlsx"
    shutil.copy(source, path)
    wb = load_workbook(path)
    ws = wb["inventaris"]
    header = {c.value: c.column for c in ws[4] if c.value}
    name_col, partner_col = header["Naam samenwerkingsverband"], header["Partners"]
    merged = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
              for c in range(rng.min_col, rng.max_col + 1)}
    rows = [r for r in range(5, ws.max_row + 1)
            if ws.cell(r, name_col).value and (r, name_col) not in merged and ws.cell(r, partner_col).value]
    planted = {}
    # 1. a missing partner cell
    planted["no_partners"] = rows[0]
    ws.cell(rows[0], partner_col).value = None
    # 2. a misspelt organisation
    row = next(r for r in rows[1:] if "CGG Eclips" in str(ws.cell(r, partner_col).value))
    ws.cell(row, partner_col).value = str(ws.cell(row, partner_col).value).replace("CGG Eclips", "CGG Ecllips")
    planted["misspelt"] = row
    # 3. a duplicate initiative, appended below the data
    dup = ws.max_row + 2
    for c in range(1, ws.max_column + 1):
        ws.cell(dup, c).value = ws.cell(rows[2], c).value
    planted["duplicate"] = dup
    # 4. an unknown sector in the organisations sheet
    orgs = wb["organisaties"]
    sector_col = next(c.column for c in orgs[1] if c.value == "sector")
    orgs.cell(3, sector_col).value = "gezondheid en sport"
    planted["unknown_sector"] = ("organisaties", 3)
    # 5. partners without an initiative name (a row that cannot be loaded)
    nameless = dup + 1
    ws.cell(nameless, partner_col).value = "CAW Oost-Vlaanderen"
    planted["nameless"] = nameless
    wb.save(path)
    return path, planted


def test_lenient_mode_loads_and_lists_every_planted_problem_at_its_row(corrupted):
    path, planted = corrupted
    net = read_inventory(path, lang="en")
    p = net.report.problems
    original = read_inventory(elznet.examples.path("meetjesland_inventaris"))

    def at(sheet, row, text):
        hit = p[(p["sheet"] == sheet) & (p["row"] == row) & p["problem"].str.contains(text, regex=False)]
        assert len(hit) >= 1, f"{text!r} not reported at {sheet} row {row}:\n{p.to_string()}"
        return hit.iloc[0]

    assert at("inventaris", planted["no_partners"], "without partners")["severity"] == "warning"
    misspelt = at("inventaris", planted["misspelt"], "looks like")
    assert misspelt["value"] == "CGG Ecllips" and "CGG Eclips" in misspelt["problem"]
    # a second row with an initiative's name is a finding (two initiatives), not a reject
    assert at("inventaris", planted["duplicate"], "same name as")["severity"] == "warning"
    assert at("inventaris", planted["nameless"], "without a name")["severity"] == "error"
    assert at("organisaties", 3, "unknown sector")["value"] == "gezondheid en sport"
    report = net.report
    assert report.rows_read == original.report.rows_read + 2
    assert report.rows_loaded + report.rows_rejected == report.rows_read and report.rows_rejected == 1
    assert len(net.initiatives) == len(original.initiatives) + 1


def test_strict_mode_raises_and_lists_them_all(corrupted):
    path, planted = corrupted
    with pytest.raises(InventoryError) as info:
        read_inventory(path, strict=True)
    message = str(info.value)
    assert path.name in message and "strikte modus" in message
    for row in (planted["no_partners"], planted["misspelt"], planted["duplicate"], planted["nameless"]):
        assert f"inventaris, rij {row}," in message
    assert "organisaties, rij 3," in message


def test_a_non_spreadsheet_renamed_to_xlsx_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "inventaris.xlsx"
    path.write_text("Naam;Partners\nWarme buurt;CAW\n")
    with pytest.raises(InventoryError, match=r"inventaris\.xlsx.*geen Excel-werkmap"):
        read_inventory(path)
