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
