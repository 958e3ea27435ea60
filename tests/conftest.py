"""Shared helpers: small workbooks written the way analysts write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook


def write_workbook(path: Path, sheets: dict[str, list[list[object]]],
                   merges: dict[str, list[str]] | None = None) -> Path:
    """Write ``{sheet: rows}`` to an .xlsx (row 1 of the list is Excel row 1)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
    wb.save(path)
    return path


@pytest.fixture
def workbook(tmp_path):
    def make(sheets, merges=None, name="inventaris.xlsx"):
        return write_workbook(tmp_path / name, sheets, merges)
    return make


def hand_network():
    """A-B-F triangle (initiative i1), A-C (i2), C-D (i3), D-E (a referral carried by p5).

    Sectors: welzijn A, F; zorg B, D; onderwijs C; lokaal bestuur E. Carriers: A by p1 in
    i1 and by p1 + p2 in i2; B by p3; C by p4; D unnamed in i3; F unnamed. So p4 alone
    holds A-C and C-D, the only way from A to D and E.
    """
    import pandas as pd

    from elznet import read_inventory

    return read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABCDEF"), "naam": ["CAW", "CGG", "CLB", "AZ", "OCMW", "JAC"],
                                      "sector": ["welzijn", "zorg", "onderwijs", "zorg", "lokaal bestuur",
                                                 "welzijn"]}),
        "personen": pd.DataFrame({"id": ["p1", "p2", "p3", "p4", "p5"],
                                  "naam": ["An Peeters", "Bart Claes", "Cis Maes", "Dirk Smet", "Eva Wouters"],
                                  "organisatie": ["A", "A", "B", "C", "D"]}),
        "initiatieven": pd.DataFrame({"id": ["i1", "i2", "i3"], "naam": ["Overleg", "Schoolpad", "Crisis"]}),
        "deelnames": pd.DataFrame({
            "initiatief": ["i1", "i1", "i1", "i2", "i2", "i2", "i3", "i3"],
            "organisatie": ["A", "B", "F", "A", "A", "C", "C", "D"],
            "persoon": ["p1", "p3", None, "p1", "p2", "p4", "p4", None]}),
        "relaties": pd.DataFrame({"van": ["D"], "naar": ["E"], "soort": ["doorverwijzing"], "personen": ["p5"]}),
    })


@pytest.fixture
def hand_net():
    return hand_network()
