"""Turn a file (xlsx, csv) or a dict of DataFrames into raw sheets of text cells.

A :class:`RawSheet` keeps, for every non-empty row, the row number a person sees in
Excel and the cell texts (stripped; ``None`` for empty). Cells inside a merged range
get the range's value and are marked, so a name merged over three rows is known to be
one initiative. Everything that can go wrong with the file itself becomes one
readable :class:`~elznet.read.load_report.InventoryError`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from elznet.read.load_report import InventoryError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


@dataclass
class RawSheet:
    """One sheet as text: ``rows`` holds ``(excel_row, [cell, ...])`` for filled rows."""

    name: str
    rows: list[tuple[int, list[str | None]]]
    merged: set[tuple[int, int]] = field(default_factory=set)  # (excel_row, col index) filled from a merge


def read_sources(source: object) -> tuple[str, list[RawSheet]]:
    """Read ``source`` into raw sheets; return a display name and the sheets."""
    if isinstance(source, dict):
        return "<dict>", [_from_frame(str(name), frame) for name, frame in source.items()]
    if isinstance(source, pd.DataFrame):
        return "<DataFrame>", [_from_frame("inventaris", source)]
    path = Path(source)  # type: ignore[arg-type]
    name = path.name
    if not path.exists():
        raise InventoryError(f"The file '{path}' does not exist. Check the path and the file name "
                             f"(current folder: {Path.cwd()}).")
    if path.is_dir():
        raise InventoryError(f"'{path}' is a folder, not a file. Pass the inventory's .xlsx or .csv file.")
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InventoryError(f"The file '{name}' cannot be opened ({exc.strerror}). "
                             "Close it in Excel or check its permissions, then try again.") from None
    if head.startswith(_OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InventoryError(f"The workbook '{name}' is protected with a password. Open it in Excel, "
                                 "remove the password (File > Info > Protect Workbook) and save it again.")
        raise InventoryError(f"'{name}' is an old Excel 97-2003 (.xls) file. Open it in Excel and save it "
                             "as an Excel workbook (.xlsx).")
    if head.startswith(_ZIP_MAGIC) or path.suffix.lower() in {".xlsx", ".xlsm"}:
        if not head.startswith(_ZIP_MAGIC):
            raise InventoryError(f"'{name}' has the extension {path.suffix} but is not an Excel workbook "
                                 "(it may be damaged or renamed). Open it in Excel and save it as .xlsx.")
        return name, _read_xlsx(path)
    if path.suffix.lower() in {".csv", ".txt", ".tsv"}:
        return name, [_read_csv(path)]
    raise InventoryError(f"'{name}' is not a spreadsheet elznet can read. Save the inventory as an Excel "
                         "workbook (.xlsx) or a CSV file (.csv).")


def _text(value: object) -> str | None:
    """A cell as stripped text, ``None`` when empty."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if value is pd.NA or value is pd.NaT:
        return None
    text = str(value).strip()
    return text or None


def _read_xlsx(path: Path) -> list[RawSheet]:
    import openpyxl  # imported here: reading CSV or dicts does not need it

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise InventoryError(f"The workbook '{path.name}' is damaged and cannot be read ({type(exc).__name__}). "
                             "Open it in Excel (which can often repair it) and save it again as .xlsx.") from None
    except Exception as exc:  # openpyxl raises many kinds for broken XML
        raise InventoryError(f"The workbook '{path.name}' cannot be read: it is damaged or not a real .xlsx "
                             f"({type(exc).__name__}). Open it in Excel and save it again as .xlsx.") from None
    sheets = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # chart sheets
                continue
            ws.reset_dimensions()
            merges = _merged_ranges(wb, ws)
            rows: dict[int, list[str | None]] = {}
            for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
                cells = [_text(v) for v in values]
                if any(c is not None for c in cells):
                    rows[number] = cells
            merged = _fill_merges(rows, merges)
            sheets.append(RawSheet(ws.title, sorted(rows.items()), merged))
    except InventoryError:
        raise
    except Exception as exc:
        raise InventoryError(f"The workbook '{path.name}' is damaged ({type(exc).__name__} while reading a "
                             "sheet). Open it in Excel and save it again as .xlsx.") from None
    finally:
        wb.close()
    return sheets


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _merged_ranges(wb, ws) -> list[tuple[int, int, int, int]]:
    """Merged ranges ``(row1, col1, row2, col2)`` of a read-only sheet.

    openpyxl's read-only mode does not expose merged cells; they sit after the sheet
    data in the sheet's XML, so we read just that element.
    """
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(wb, "_archive", None)
    if not path or archive is None:
        return []
    with archive.open(path) as fh:
        data = fh.read()
    start = data.rfind(b"<mergeCells")
    if start < 0:
        return []
    return [(int(r1), _col_index(c1), int(r2), _col_index(c2))
            for c1, r1, c2, r2 in _MERGE.findall(data, start)]


def _fill_merges(rows: dict[int, list[str | None]], merges) -> set[tuple[int, int]]:
    filled: set[tuple[int, int]] = set()
    for r1, c1, r2, c2 in merges:
        top = rows.get(r1)
        value = top[c1] if top is not None and c1 < len(top) else None
        if value is None:
            continue
        for r in range(r1, r2 + 1):
            row = rows.get(r)
            if row is None:
                continue  # a merged range over otherwise empty rows adds no data row
            if len(row) <= c2:
                row.extend([None] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    row[c] = value
                    filled.add((r, c))
    return filled


def _read_csv(path: Path) -> RawSheet:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InventoryError(f"'{path.name}' is not a text CSV file. Save the inventory as .csv or .xlsx.")
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise InventoryError(f"'{path.name}' is not readable text. Save it as CSV UTF-8 from Excel.")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if text.count(";") > text.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for number, values in enumerate(reader, start=1):
        cells = [_text(v) for v in values]
        if any(c is not None for c in cells):
            rows.append((number, cells))
    return RawSheet(path.stem, rows)


def _from_frame(name: str, frame: pd.DataFrame) -> RawSheet:
    """A DataFrame as a sheet: the header is row 1, data from row 2 (as Excel would show it)."""
    if not isinstance(frame, pd.DataFrame):
        raise InventoryError(f"The value for sheet '{name}' is a {type(frame).__name__}, not a pandas "
                             "DataFrame. Pass a dict of sheet name -> DataFrame.")
    rows: list[tuple[int, list[str | None]]] = [(1, [_text(c) for c in frame.columns])]
    for number, values in enumerate(frame.itertuples(index=False, name=None), start=2):
        cells = [_text(_flatten(v)) for v in values]
        if any(c is not None for c in cells):
            rows.append((number, cells))
    return RawSheet(name, rows)


def _flatten(value: object) -> object:
    """List-valued cells of a DataFrame (as elznet's own tables hold) as text."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return value
