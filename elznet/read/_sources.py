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
import os
import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse
from xml.parsers.expat import ExpatError

import pandas as pd
from openpyxl.utils import get_column_letter

from elznet.errors import ArgumentError, InventoryError, LimitError
from elznet.read.load_report import Text

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_EXCEL_CELL_LIMIT = 32767
_MAX_COLUMNS = 16384  # Excel's XFD

#: How much elznet reads before it refuses a file (each checked before the work where the
#: file says it up front — sizes in the zip directory — and while streaming otherwise).
#: Raise one with ``read_inventory(path, limits={"cells": 50_000_000})`` for a file you trust.
DEFAULT_LIMITS: dict[str, int] = {
    "file_bytes": 200_000_000,            # uncompressed size of the parts read (sheets, texts, styles)
    "shared_strings_bytes": 64_000_000,   # uncompressed size of the workbook's shared-text table
    "shared_strings": 2_000_000,          # number of shared texts
    "cells": 20_000_000,                  # grid cells (rows x used width), all sheets together
    "merged_cells": 2_000_000,            # cells filled from merged ranges (clipped to the used area)
}
_LIMIT_WORDS = {
    "file_bytes": "bytes uitgepakt", "shared_strings_bytes": "bytes gedeelde teksten",
    "shared_strings": "gedeelde teksten", "cells": "cellen", "merged_cells": "samengevoegde cellen",
}


@dataclass
class RawSheet:
    """One sheet as text: ``rows`` holds ``(excel_row, [cell, ...])`` for filled rows, in row order.

    ``merged`` — cells (excel_row, col index) filled from a merged range; ``formulas`` —
    cells holding a formula without a computed value, read as the formula's text
    (``"=SUM(A1:A3)"``); ``hidden`` — ``""``, ``"hidden"`` or ``"veryHidden"``;
    ``notes`` — problems of the raw file (dicts with the keyword arguments of
    :meth:`LoadReport.add <elznet.read.load_report.LoadReport.add>`) for the load report.
    """

    name: str
    rows: list[tuple[int, list[str | None]]]
    merged: set[tuple[int, int]] = field(default_factory=set)  # (excel_row, col index) filled from a merge
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (excel_row, col index): formula, no value
    hidden: str = ""
    notes: list[dict] = field(default_factory=list)


class _Limits:
    """The reading limits of one call, and the one-line Dutch refusal when one is passed."""

    def __init__(self, source: str, given: Mapping[str, int] | None, lang: str = "nl") -> None:
        self.lang = lang
        if given is not None and not isinstance(given, Mapping):
            raise ArgumentError(f"limits= verwacht een dict zoals {{'cells': 50_000_000}}, geen "
                                f"{type(given).__name__} (limits must be a dict).", argument="limits")
        unknown = sorted(set(given or {}) - set(DEFAULT_LIMITS))
        if unknown:
            raise ArgumentError(f"limits= kent {', '.join(map(repr, unknown))} niet; kies uit "
                                f"{', '.join(DEFAULT_LIMITS)} (unknown limit).", argument="limits")
        self.source = source
        self.values = {**DEFAULT_LIMITS, **{k: int(v) for k, v in (given or {}).items()}}

    def check(self, name: str, value: int, what: str = "") -> None:
        limit = self.values[name]
        if value > limit:
            raise LimitError(
                f"'{self.source}' is te groot om veilig te lezen: {what or _LIMIT_WORDS[name]} "
                f"{_dutch(value)} > limiet {name}={_dutch(limit)}; vertrouwt u het bestand, verhoog dan de "
                f"limiet met read_inventory(..., limits={{'{name}': {max(2 * limit, value + 1)}}}).", limit=name)


def _dutch(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _say(lang: str, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def read_sources(source: object, *, include_hidden: bool = False,
                 limits: Mapping[str, int] | None = None, lang: str = "nl") -> tuple[str, list[RawSheet]]:
    """Read ``source`` into raw sheets; return a display name and the sheets.

    Hidden and very hidden sheets are returned empty with a note unless
    ``include_hidden``; ``limits`` overrides :data:`DEFAULT_LIMITS`. A file that cannot
    be read is refused with one :class:`InventoryError` sentence in ``lang`` (Dutch by
    default) that says what to do.
    """
    if isinstance(source, Mapping):
        checked = _Limits("<dict>", limits, lang)
        sheets = [_from_frame(str(name), frame, lang) for name, frame in source.items()]
        checked.check("cells", sum(len(r) for s in sheets for _, r in s.rows))
        return "<dict>", sheets
    if isinstance(source, pd.DataFrame):
        _Limits("<DataFrame>", limits, lang).check("cells", source.size)
        return "<DataFrame>", [_from_frame("inventaris", source, lang)]
    if not isinstance(source, (str, os.PathLike)):
        raise InventoryError(
            _say(lang, f"read_inventory verwacht een pad naar een .xlsx- of .csv-bestand, of een dict van bladnaam naar "
                       f"DataFrame, geen {type(source).__name__}.",
                 f"read_inventory expects a path to an .xlsx or .csv file, or a dict of sheet name -> DataFrame, "
                 f"not a {type(source).__name__}."))
    path = Path(source)
    name = path.name
    if not path.exists():
        raise InventoryError(_say(lang, f"Het bestand '{path}' bestaat niet. Controleer de map en de bestandsnaam "
                                        f"(huidige map: {Path.cwd()}).",
                                  f"The file '{path}' does not exist. Check the path and the file name "
                                  f"(current folder: {Path.cwd()})."))
    if path.is_dir():
        raise InventoryError(_say(lang, f"'{path}' is een map, geen bestand. Geef het .xlsx- of .csv-bestand van de "
                                        "inventaris.",
                                  f"'{path}' is a folder, not a file. Pass the inventory's .xlsx or .csv file."))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InventoryError(_say(lang, f"Het bestand '{name}' gaat niet open ({exc.strerror}). Sluit het in Excel "
                                        "of controleer de rechten, en probeer opnieuw.",
                                  f"The file '{name}' cannot be opened ({exc.strerror}). "
                                  "Close it in Excel or check its permissions, then try again.")) from None
    if head.startswith(_OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InventoryError(_say(lang, f"De werkmap '{name}' is beveiligd met een wachtwoord. Open ze in Excel, "
                                            "verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) en sla "
                                            "ze opnieuw op.",
                                      f"The workbook '{name}' is protected with a password. Open it in Excel, "
                                      "remove the password (File > Info > Protect Workbook) and save it again."))
        raise InventoryError(_say(lang, f"'{name}' is een oud Excel 97-2003-bestand (.xls). Open het in Excel en "
                                        "sla het op als Excel-werkmap (.xlsx).",
                                  f"'{name}' is an old Excel 97-2003 (.xls) file. Open it in Excel and save it "
                                  "as an Excel workbook (.xlsx)."))
    if head.startswith(_ZIP_MAGIC) or path.suffix.lower() in {".xlsx", ".xlsm"}:
        if not head.startswith(_ZIP_MAGIC):
            raise InventoryError(_say(lang, f"'{name}' heeft de extensie {path.suffix} maar is geen Excel-werkmap "
                                            "(beschadigd of hernoemd). Open het in Excel en sla het op als .xlsx.",
                                      f"'{name}' has the extension {path.suffix} but is not an Excel workbook "
                                      "(it may be damaged or renamed). Open it in Excel and save it as .xlsx."))
        return name, _read_xlsx(path, _Limits(name, limits, lang), include_hidden)
    if path.suffix.lower() in {".csv", ".txt", ".tsv"}:
        return name, [_read_csv(path, _Limits(name, limits, lang))]
    raise InventoryError(_say(lang, f"'{name}' is geen rekenblad dat elznet kan lezen. Sla de inventaris op als "
                                    "Excel-werkmap (.xlsx) of als CSV-bestand (.csv).",
                              f"'{name}' is not a spreadsheet elznet can read. Save the inventory as an Excel "
                              "workbook (.xlsx) or a CSV file (.csv)."))


def _text(value: object) -> str | None:
    """A cell as stripped text, ``None`` when empty (``None``, NaN, ``NaT``, ``pd.NA``)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    try:
        if pd.isna(value):  # numpy NaT / NaN and pandas' missing values of any dtype
            return None
    except (TypeError, ValueError):  # list-like values are never "missing"
        pass
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


# --- xlsx: a streaming reader of the sheet XML ----------------------------------------------
_REL_OFFICE = "officeDocument"
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF = re.compile(r"([A-Za-z]{1,3})(\d+)")
_DATE_IDS = set(range(14, 23)) | {27, 30, 36, 45, 46, 47, 50, 57}


def _local(tag: str) -> str:
    """An element's name without namespace or prefix (``{ns}c`` and ``x:c`` -> ``c``)."""
    return tag.rpartition("}")[2].rpartition(":")[2]


def _unescape(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes of control characters, undone."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _damaged(path: Path, exc: BaseException, lang: str) -> InventoryError:
    return InventoryError(_say(lang, f"De werkmap '{path.name}' is beschadigd en niet leesbaar ({type(exc).__name__}). "
                                     "Open ze in Excel (dat ze vaak herstelt) en sla ze opnieuw op als .xlsx.",
                               f"The workbook '{path.name}' is damaged and cannot be read ({type(exc).__name__}). "
                               "Open it in Excel (which can often repair it) and save it again as .xlsx."))


def _parts(zf: zipfile.ZipFile) -> tuple[str, list[dict], str | None, str | None, bool]:
    """Where the workbook's parts are: (workbook path, sheets with name/path/state, shared
    strings path, styles path, 1904 date system)."""
    def rels_of(part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part)
        rels_path = posixpath.join(folder, "_rels", base + ".rels")
        out = {}
        if rels_path in zf.NameToInfo:
            for _, el in iterparse(zf.open(rels_path)):
                if _local(el.tag) == "Relationship":
                    target = el.get("Target", "")
                    full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                        posixpath.join(folder, target))
                    out[el.get("Id", "")] = (el.get("Type", "").rpartition("/")[2], full)
        return out

    top = rels_of("")
    workbook = next((p for kind, p in top.values() if kind == _REL_OFFICE), "xl/workbook.xml")
    rels = rels_of(workbook)
    sheets, date1904 = [], False
    for _, el in iterparse(zf.open(workbook)):
        name = _local(el.tag)
        if name == "workbookPr":
            date1904 = el.get("date1904", "0").lower() in ("1", "true")
        elif name == "sheet":
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
            kind, part = rels.get(rid, ("", ""))
            if kind == "worksheet" and part in zf.NameToInfo:
                sheets.append({"name": el.get("name", ""), "path": part, "state": el.get("state", "visible")})
    shared = next((p for kind, p in rels.values() if kind == "sharedStrings" and p in zf.NameToInfo), None)
    styles = next((p for kind, p in rels.values() if kind == "styles" and p in zf.NameToInfo), None)
    return workbook, sheets, shared, styles, date1904


def _shared_strings(zf: zipfile.ZipFile, part: str | None, limits: _Limits) -> list[str]:
    """The shared-text table, streamed; refused past the limits before or while reading."""
    if part is None:
        return []
    limits.check("shared_strings_bytes", zf.getinfo(part).file_size)
    out: list[str] = []
    pieces: list[str] = []
    phonetic = 0
    for event, el in iterparse(zf.open(part), events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            if name == "rPh":
                phonetic += 1
            continue
        if name == "t" and not phonetic:
            pieces.append(el.text or "")
        elif name == "rPh":
            phonetic -= 1
        elif name == "si":
            out.append(_unescape("".join(pieces)))
            pieces = []
            el.clear()
            if len(out) > limits.values["shared_strings"]:
                limits.check("shared_strings", len(out))
    return out


def _date_styles(zf: zipfile.ZipFile, part: str | None) -> set[int]:
    """Indexes of the cell formats that show a number as a date."""
    if part is None:
        return set()
    from openpyxl.styles.numbers import is_date_format

    custom: dict[int, str] = {}
    xfs: list[int] = []
    in_xfs = False
    for event, el in iterparse(zf.open(part), events=("start", "end")):
        name = _local(el.tag)
        if name == "cellXfs":
            in_xfs = event == "start"
        elif event == "end" and name == "numFmt":
            custom[int(el.get("numFmtId", "0"))] = el.get("formatCode", "")
        elif event == "end" and name == "xf" and in_xfs:
            xfs.append(int(el.get("numFmtId", "0")))
    return {i for i, fmt in enumerate(xfs)
            if (fmt in custom and is_date_format(custom[fmt])) or (fmt not in custom and fmt in _DATE_IDS)}


def _read_xlsx(path: Path, limits: _Limits, include_hidden: bool) -> list[RawSheet]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _damaged(path, exc, limits.lang) from None
    with zf:
        try:
            _, parts, shared_part, styles_part, date1904 = _parts(zf)
            read = [p for p in parts if include_hidden or p["state"] == "visible"]
            sizes = sum(zf.getinfo(p["path"]).file_size for p in read)
            sizes += sum(zf.getinfo(p).file_size for p in (shared_part, styles_part) if p)
            limits.check("file_bytes", sizes)  # before any work: the sizes the zip directory declares
            shared = _shared_strings(zf, shared_part, limits)
            dates = _date_styles(zf, styles_part)
            sheets, cells = [], [0]
            for part in parts:
                if part["state"] != "visible" and not include_hidden:
                    sheets.append(RawSheet(part["name"], [], hidden=part["state"], notes=[{
                        "severity": "warning", "problem": Text(f"{_HIDDEN_WORD.get(part['state'], 'verborgen')} blad "
                                                                 "niet gelezen (vaak een oud jaar)", "hidden sheet not read"),
                        "sheet": part["name"],
                        "suggestion": Text("maak het blad zichtbaar of geef read_inventory(..., include_hidden=True) "
                                           "als het bij de inventaris hoort", "unhide the sheet or pass "
                                           "read_inventory(..., include_hidden=True) if it belongs to the inventory")}]))
                    continue
                sheet = _read_sheet(zf, part, shared, dates, date1904, limits, cells)
                if part["state"] != "visible":
                    sheet.notes.append({"severity": "warning", "sheet": part["name"],
                                        "problem": Text("verborgen blad gelezen (include_hidden=True)",
                                                        "hidden sheet read (include_hidden=True)")})
                sheets.append(sheet)
        except InventoryError:
            raise
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError, ParseError, ExpatError, EOFError) as exc:
            raise _damaged(path, exc, limits.lang) from None
    return sheets


_HIDDEN_WORD = {"hidden": "verborgen", "veryHidden": "zeer verborgen"}


class _SheetParser:
    """A streaming parser of one sheet's XML (expat, no tree): each ``<row>`` is handed
    to ``on_row`` as its ``r`` and a list of cells ``[ref, type, style, value, formula,
    inline texts]``, each ``<mergeCell ref>`` to ``on_merge``. Only the text inside
    ``<v>``, ``<f>`` and ``<t>`` is kept, so whitespace or junk between elements costs no
    memory; names are matched without their namespace prefix (``x:row`` is ``row``); a
    document type declaration (the door to entity expansion) makes the file damaged."""

    def __init__(self, on_row, on_merge) -> None:
        from xml.parsers import expat

        self.on_row, self.on_merge = on_row, on_merge
        self.local: dict[str, str] = {}
        self.row_ref: str | None = None
        self.in_row = False
        self.cells: list = []
        self.cell: list | None = None
        self.buffer: list[str] | None = None
        self.phonetic = 0
        self.parser = expat.ParserCreate()
        self.parser.buffer_text = True
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.chars
        self.parser.StartDoctypeDeclHandler = self.doctype

    @staticmethod
    def doctype(*_args) -> None:
        raise ValueError("a sheet with a document type declaration")

    def _name(self, name: str) -> str:
        local = self.local.get(name)
        if local is None:
            local = self.local[name] = name.rpartition(":")[2]
        return local

    def start(self, name: str, attrs: dict) -> None:
        local = self._name(name)
        if local == "c" and self.in_row:
            self.cell = [attrs.get("r"), attrs.get("t", "n"), attrs.get("s"), None, None, None]
        elif local in ("v", "f", "t") and self.cell is not None:
            self.buffer = []
        elif local == "row":
            self.in_row, self.row_ref, self.cells = True, attrs.get("r"), []
        elif local == "rPh":
            self.phonetic += 1
        elif local == "mergeCell":
            self.on_merge(attrs.get("ref", ""))

    def chars(self, data: str) -> None:
        if self.buffer is not None:
            self.buffer.append(data)

    def end(self, name: str) -> None:
        local = self._name(name)
        cell = self.cell
        if local == "c":
            if cell is not None:
                self.cells.append(cell)
            self.cell = None
        elif cell is not None and self.buffer is not None and local in ("v", "f", "t"):
            text = "".join(self.buffer)
            self.buffer = None
            if local == "v":
                cell[3] = text or None
            elif local == "f":
                cell[4] = text
            elif not self.phonetic:
                cell[5] = (cell[5] or []) + [text]
        elif local == "rPh":
            self.phonetic -= 1
        elif local == "row":
            self.in_row = False
            self.on_row(self.row_ref, self.cells)

    def parse(self, stream) -> None:
        while True:
            chunk = stream.read(1 << 20)
            self.parser.Parse(chunk, not chunk)
            if not chunk:
                return


def _read_sheet(zf: zipfile.ZipFile, part: dict, shared: list[str], dates: set[int], date1904: bool,
                limits: _Limits, cells: list[int]) -> RawSheet:
    """One worksheet, streamed: rows by their own number (any order in the XML), merged
    ranges (any namespace prefix), formulas without a computed value as their text."""
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

    epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
    rows: dict[int, dict[int, str]] = {}
    formulas: set[tuple[int, int]] = set()
    merges: list[tuple[int, int, int, int]] = []
    state = {"last_row": 0}

    def on_row(ref: str | None, found: list) -> None:
        number = int(ref or state["last_row"] + 1)
        state["last_row"] = number
        row = rows.setdefault(number, {})
        col = -1
        for cell_ref, kind, style, v, f, inline in found:
            match = _REF.fullmatch(cell_ref or "")
            col = _col_index(match.group(1)) if match else col + 1
            if col >= _MAX_COLUMNS:
                continue
            value, is_formula = _cell(kind, style, v, f, inline, shared, dates, epoch, from_excel)
            text = _text(value)
            if text is None:
                continue
            if col not in row:
                cells[0] += 1
            row[col] = text
            if is_formula:
                formulas.add((number, col))
        if cells[0] > limits.values["cells"]:
            limits.check("cells", cells[0])

    def on_merge(ref: str) -> None:
        ends = ref.split(":")
        a, b = (_REF.fullmatch(r) for r in (ends[0], ends[-1]))
        if a and b:
            merges.append((int(a.group(2)), _col_index(a.group(1)), int(b.group(2)), _col_index(b.group(1))))

    with zf.open(part["path"]) as stream:
        _SheetParser(on_row, on_merge).parse(stream)
    filled = {r: cols for r, cols in rows.items() if cols}
    grid = sum(max(cols) + 1 for cols in filled.values())
    limits.check("cells", grid)
    lists = {r: [cols.get(i) for i in range(max(cols) + 1)] for r, cols in filled.items()}
    sheet = RawSheet(part["name"], [], hidden="" if part["state"] == "visible" else part["state"])
    sheet.formulas = formulas
    sheet.merged = _fill_merges(lists, merges, limits)
    sheet.rows = sorted(lists.items())
    for r, c in sorted(formulas):
        sheet.notes.append({"severity": "warning", "sheet": part["name"], "row": r, "column": get_column_letter(c + 1),
                            "value": lists[r][c],
                            "problem": Text("formule zonder berekende waarde, gelezen als haar tekst",
                                            "formula without a computed value, read as its text"),
                            "suggestion": Text("open het bestand in Excel en sla het opnieuw op (dan wordt de waarde "
                                               "berekend), of typ de waarde zelf in", "open the file in Excel and "
                                               "save it again (Excel then computes the value), or type the value")})
    return sheet


def _cell(kind: str, style: str | None, v: str | None, f: str | None, inline: list[str] | None,
          shared: list[str], dates: set[int], epoch, from_excel) -> tuple[object, bool]:
    """The value of one cell, and whether it is a formula without a computed value."""
    if kind == "inlineStr":
        return _unescape("".join(inline or [])), False
    if v is None:
        if f is not None:
            return "=" + f if f else "=(formule)", True
        return None, False
    if kind == "s":
        return shared[int(v)], False
    if kind in ("str", "e"):
        return _unescape(v), False
    if kind == "b":
        return v.strip() in ("1", "true"), False
    if kind == "d":
        return v.replace("T00:00:00", "").rstrip("Z"), False
    is_date = int(style or 0) in dates if dates else False
    if not is_date and v.lstrip("-").isdigit():
        return int(v), False  # an integer exactly, however long (an id or phone number stored as a number)
    try:
        number = float(v)
    except ValueError:
        return v, False
    if is_date and number == number and abs(number) < 2_958_466:
        try:
            return from_excel(number, epoch), False
        except (ValueError, OverflowError):
            return number, False
    return number, False



def _fill_merges(rows: dict[int, list[str | None]], merges, limits: _Limits | None = None) -> set[tuple[int, int]]:
    """Fill every cell of a merged range with its top-left value.

    Ranges are clipped to the used area of the sheet (the last filled row and column):
    a merge over ``C2:XFD5001`` costs what the filled cells under it cost, not 82
    million cells. The area that is filled is checked against ``merged_cells``.
    """
    filled: set[tuple[int, int]] = set()
    if not rows or not merges:
        return filled
    last_row = max(rows)
    last_col = max(len(r) for r in rows.values()) - 1
    clipped = [(r1, c1, min(r2, last_row), min(c2, last_col)) for r1, c1, r2, c2 in merges
               if r1 <= last_row and c1 <= last_col]
    if limits is not None:
        area = sum(sum(1 for r in rows if r1 <= r <= r2) * (c2 - c1 + 1) for r1, c1, r2, c2 in clipped
                   if (r2 - r1 + 1) * (c2 - c1 + 1) > 1)
        limits.check("merged_cells", area)
    for r1, c1, r2, c2 in clipped:
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


# --- csv ---------------------------------------------------------------------------------------
_ENCODING_WORDS = {"utf-8-sig": "UTF-8 met BOM", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
                   "utf-16-be": "UTF-16 BE", "cp1252": "Windows-1252 (Excel op Windows)"}
_DELIMITER_WORDS = {";": "';' (puntkomma)", ",": "',' (komma)", "\t": "tab", "|": "'|'"}


def _decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with: a BOM decides; else
    UTF-16 when every other byte is zero; else UTF-8 when it decodes; else cp1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    head = raw[:4096]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4:
        return raw.decode("utf-16-le", errors="replace"), "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4:
        return raw.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of fields most often."""
    sample = text[:50_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        pass
    lines = [line for line in sample.splitlines()[:50] if line.strip()]

    def score(d: str) -> tuple[int, int]:
        counts = [len(next(csv.reader([line], delimiter=d))) for line in lines] or [1]
        common = max(set(counts), key=counts.count)
        return (counts.count(common) if common > 1 else 0, common)

    return max([";", ",", "\t", "|"], key=score)


def _read_csv(path: Path, limits: _Limits) -> RawSheet:
    limits.check("file_bytes", path.stat().st_size)
    raw = path.read_bytes()
    text, encoding = _decode(raw)
    if "\x00" in text[:4096]:
        raise InventoryError(_say(limits.lang, f"'{path.name}' is geen CSV-tekstbestand. Sla de inventaris op als .csv "
                                               "of .xlsx.",
                                  f"'{path.name}' is not a text CSV file. Save the inventory as .csv or .xlsx."))
    delimiter = _delimiter(text)
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(text) + 1))  # one field may be the whole file; never a crash
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        notes = [{"severity": "info", "sheet": path.stem, "value": f"{encoding}, {delimiter!r}",
                  "problem": f"CSV gelezen als {_ENCODING_WORDS.get(encoding, encoding)} met scheidingsteken "
                  f"{_DELIMITER_WORDS.get(delimiter, repr(delimiter))} / CSV read as {encoding}, "
                  f"delimiter {delimiter!r}",
                  "suggestion": "kloppen de kolommen niet, sla het bestand dan op als 'CSV UTF-8' of als .xlsx"}]
        cells = 0
        for number, values in enumerate(reader, start=1):
            row = [_text(v) for v in values]
            if any(c is not None for c in row):
                rows.append((number, row))
                cells += len(row)
                for i, c in enumerate(row):
                    if c is not None and len(c) > _EXCEL_CELL_LIMIT:
                        notes.append({"severity": "warning", "sheet": path.stem, "row": number,
                                      "column": get_column_letter(i + 1), "value": c[:60] + "…",
                                      "problem": f"cel van {_dutch(len(c))} tekens, meer dan Excel in één cel "
                                      "kan bewaren; volledig gelezen"})
        limits.check("cells", cells)
    except csv.Error as exc:
        raise InventoryError(_say(limits.lang, f"'{path.name}' is geen leesbaar CSV-bestand ({exc}). Sla de inventaris "
                                               "op als .xlsx of in Excel als 'CSV UTF-8'.",
                                  f"'{path.name}' is not a readable CSV file ({exc}). Save the inventory as .xlsx or "
                                  "as 'CSV UTF-8' from Excel.")) from None
    finally:
        csv.field_size_limit(previous)
    return RawSheet(path.stem, rows, notes=notes)


def _from_frame(name: str, frame: pd.DataFrame, lang: str = "nl") -> RawSheet:
    """A DataFrame as a sheet: the header is row 1, data from row 2 (as Excel would show it)."""
    if not isinstance(frame, pd.DataFrame):
        raise InventoryError(_say(lang, f"De waarde voor tabblad '{name}' is een {type(frame).__name__}, geen pandas "
                                        "DataFrame. Geef een dict van bladnaam naar DataFrame.",
                                  f"The value for sheet '{name}' is a {type(frame).__name__}, not a pandas "
                                  "DataFrame. Pass a dict of sheet name -> DataFrame."))
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
