"""Excel output: the empty inventory template and the canonical tables.

:func:`write_template` gives an analyst a workbook to fill in: Dutch headers, an
``instructies`` sheet, and dropdown lists (data validation) for sector, expertise
domain, model, level, care-path stage and tie kind. :func:`write_tables` writes a
Network's tables (``Network.to_excel``) so that reading them back gives equal tables.

Text stays text: every text cell — headers, values, and the long-format sheet — is a
string cell, never a formula; one that starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return also gets Excel's quote prefix (the OWASP advice for formula
injection, in the form Excel itself stores it), with its characters unchanged. Sheet
names are made valid for Excel. Text longer than Excel's 32,767 characters is
shortened with a visible marker, the full value kept on the ``volledige lijsten``
sheet, never an abort. Workbooks are written to a temporary file and moved into place.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from elznet._files import atomic_file
from elznet.errors import ArgumentError
from elznet.output.labels import HEADERS, relabel
from elznet.vocabulary import HEADERS_NL, LIST_COLUMNS, TARGET_GROUPS, VOCABULARIES

__all__ = ["write_template", "write_tables", "write_analysis", "ANALYSIS_HEADERS_NL"]

SHEETS_NL = {"organisations": "organisaties", "people": "personen", "initiatives": "initiatieven",
             "participations": "deelnames", "ties": "relaties"}
_EXCEL_CELL_LIMIT = 32767
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")

_INSTRUCTIONS = [
    "Inventaris van samenwerkingsverbanden — sjabloon van elznet",
    "",
    "Vul per tabblad één rij per organisatie, persoon, initiatief, deelname of relatie in.",
    "organisaties: elke partner met sector (keuzelijst), type, gemeente, aanbod en zorgpadfasen.",
    "personen: wie de samenwerking draagt (naam, organisatie, functie). Dit zijn persoonsgegevens: "
    "elznet kan ze in elke kaart of rapport verbergen.",
    "initiatieven: elk samenwerkingsverband met beschrijving, model, niveau, expertisedomeinen, "
    "doelgroepen, gemeenten, status (keuzelijst) en start- en einddatum (bv. 01/03/2023).",
    "deelnames: welke organisatie (en welke persoon) aan welk initiatief deelneemt.",
    "relaties: rechtstreekse banden tussen organisaties, bv. doorverwijzingen (van, naar, soort).",
    "aliassen: andere schrijfwijzen van dezelfde organisatie (variant -> juiste naam), of met 'soort' "
    "een eigen woord voor een expertisedomein, doelgroep, model, sector of gemeente.",
    "",
    "Meerdere waarden in één cel (doelgroepen, gemeenten, expertisedomeinen, zorgpadfasen) scheidt u "
    "met ; of een regeleinde. De keuzelijsten tonen de toegelaten waarden; een eigen waarde mag, "
    "elznet meldt ze dan in het laadrapport.",
    "Liever één rij per initiatief met alle partners in één cel? Dat kan ook: gebruik de kolommen "
    "'Naam samenwerkingsverband' en 'Partners' op één tabblad (bv. 'inventaris').",
]
#: Which canonical column of which sheet gets which dropdown.
_DROPDOWNS = {
    ("organisations", "sector"): "sector", ("organisations", "stages"): "stages",
    ("organisations", "language"): "language",
    ("initiatives", "model"): "model", ("initiatives", "level"): "level",
    ("initiatives", "expertise_domains"): "expertise_domains", ("initiatives", "stages"): "stages",
    ("initiatives", "formal"): "yes_no", ("initiatives", "permanent"): "yes_no",
    ("initiatives", "status"): "status", ("initiatives", "target_groups"): "target_groups",
    ("organisations", "target_groups"): "target_groups",
    ("ties", "kind"): "kind",
}


_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
#: Sheet for the full contents of cells that were too long for Excel.
OVERFLOW_SHEET = "volledige lijsten"
_OVERFLOW_HEADER = ["blad", "rij", "kolom", "nr", "waarde"]
_SHEET_NAME_ILLEGAL = str.maketrans({c: "_" for c in "[]:*?/\\"})


class _Overflow:
    """Cells too long for Excel: the full values, one item a row, for the long-format sheet."""

    def __init__(self) -> None:
        self.rows: list[list[object]] = []

    def keep(self, sheet: str, row: int, column: str, items: list[str]) -> int:
        """Store ``items``; return the overflow-sheet row of the first one."""
        first = len(self.rows) + 2
        self.rows.extend([sheet, row, column, k, item] for k, item in enumerate(items, start=1))
        return first


def _fit(value: str, items: list[str] | None, *, where: tuple[str, int, str], overflow: _Overflow | None) -> str:
    """``value`` shortened to Excel's limit with a visible marker; the full text kept in ``overflow``."""
    if items is None:  # one long text: kept in pieces that each fit a cell
        step = _EXCEL_CELL_LIMIT - 1
        items = [value[i:i + step] for i in range(0, len(value), step)]
        unit = "delen"
    else:
        unit = "waarden"
    first = overflow.keep(*where, items) if overflow is not None else None
    place = (f"; de volledige inhoud staat op blad '{OVERFLOW_SHEET}' vanaf rij {first}" if first is not None
             else "")
    size = f"{len(value):,}".replace(",", ".")
    marker = f" … [ingekort: {size} tekens, {len(items)} {unit}{place}]"
    room = _EXCEL_CELL_LIMIT - len(marker)
    if unit == "waarden":
        kept, size = [], 0
        for item in items:
            size += len(item) + (2 if kept else 0)
            if size > room:
                break
            kept.append(item)
        head = "; ".join(kept) if kept else value[:room]
    else:
        head = value[:room]
    return head + marker


def _safe_text(value: object, *, where: tuple[str, int, str] = ("", 0, ""),
               overflow: _Overflow | None = None) -> object:
    """A value as a cell can hold it: lists joined, booleans ja/nee, control characters
    Excel refuses removed (with a warning), text past Excel's 32,767 characters
    shortened with a visible marker (the full text kept in ``overflow``)."""
    items = None
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
        value = "; ".join(items)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if not isinstance(value, str):
        return value
    if ILLEGAL_CHARACTERS_RE.search(value):
        warnings.warn("control characters that Excel cannot store were removed from a cell", stacklevel=3)
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        items = [ILLEGAL_CHARACTERS_RE.sub("", v) for v in items] if items is not None else None
    if len(value) > _EXCEL_CELL_LIMIT:
        value = _fit(value, items, where=where, overflow=overflow)
    return value


def _put(ws, row: int, column: int, value: object):
    """Write one cell; text is always a text cell, never a formula.

    A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    (OWASP's list for formula injection) is stored as a string cell with Excel's
    *quote prefix* set — what Excel itself records when a user types a leading
    apostrophe — so it is shown, edited and re-saved as text, and its characters
    stay exactly as they were.
    """
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the first character
        if value.startswith(_RISKY_START):
            cell.quotePrefix = True
        if "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _sheet_title(wb: Workbook, name: object) -> str:
    """A sheet name Excel accepts: no ``[]:*?/\\``, no control characters, no leading
    or trailing apostrophe, at most 31 characters, unique in the workbook."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(name)).translate(_SHEET_NAME_ILLEGAL).strip().strip("'")
    text = text[:31] or "blad"
    taken = {t.lower() for t in wb.sheetnames}
    title, k = text, 2
    while title.lower() in taken:
        suffix = f" ({k})"
        title, k = text[:31 - len(suffix)] + suffix, k + 1
    return title


def _write_rows(ws, header: list[str], rows, overflow: _Overflow | None = None) -> None:
    header = [str(h) for h in header]
    for c, name in enumerate(header, start=1):
        cell = _put(ws, 1, c, _safe_text(name, where=(ws.title, 1, f"kolom {c}"), overflow=overflow))
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            column = header[c - 1] if c <= len(header) else f"kolom {c}"
            value = _safe_text(value, where=(ws.title, r, column), overflow=overflow)
            if value is None:
                continue
            _put(ws, r, c, value)
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions
    for c, name in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(12, min(45, len(name) + 4))


def _write_overflow(wb: Workbook, overflow: _Overflow) -> None:
    """The long-format sheet with the full contents of shortened cells (only when there are any)."""
    if overflow.rows:
        ws = wb.create_sheet(_sheet_title(wb, OVERFLOW_SHEET))
        _write_rows(ws, _OVERFLOW_HEADER, overflow.rows)


def write_tables(tables: dict[str, pd.DataFrame], path: str | Path, *, skip_people: bool = False) -> Path:
    """Write canonical tables to ``path`` with Dutch sheet names and headers."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    overflow = _Overflow()
    for table, frame in tables.items():
        if skip_people and table == "people":
            continue
        columns = list(frame.columns)
        if skip_people:
            columns = [c for c in columns if not (table == "participations" and c == "person")
                       and not (table == "ties" and c == "people")]
        header = [HEADERS_NL[table].get(c, c) for c in columns]
        ws = wb.create_sheet(_sheet_title(wb, SHEETS_NL[table]))
        _write_rows(ws, header, frame[columns].itertuples(index=False, name=None), overflow)
    _write_overflow(wb, overflow)
    _save(wb, path)
    return path


def write_template(path: str | Path) -> Path:
    """Write an empty inventory workbook to fill in.

    Sheets ``instructies``, ``organisaties``, ``personen``, ``initiatieven``,
    ``deelnames``, ``relaties``, ``aliassen`` with Dutch headers, and dropdown lists
    (from :mod:`elznet.vocabulary`, on a hidden ``lijsten`` sheet) for sector,
    language, expertise domain, model, level, care-path stage, status, target group
    (an open list: the zone's own words are kept), formal / permanent and tie kind.
    List cells accept several values separated by ``;``, so the dropdowns warn rather
    than refuse. Every dropdown value reads back as exactly one value.

    Parameters
    ----------
    path : str or Path
        Where to write it (``.xlsx``). From the shell, ``elznet template`` never writes
        over a workbook that holds data.

    Returns
    -------
    Path
        The written workbook; fill it in Excel and read it with
        :func:`elznet.read_inventory`.

    Examples
    --------
    >>> import elznet, tempfile, pathlib
    >>> path = elznet.write_template(pathlib.Path(tempfile.mkdtemp()) / "inventaris.xlsx")
    >>> elznet.read_inventory(path).organisations.empty
    True
    """
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "instructies"
    for line in _INSTRUCTIONS:
        ws.append([line])
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120

    lists = wb.create_sheet("lijsten")
    ranges: dict[str, str] = {}
    vocabularies = {**{k: list(v.values()) for k, v in VOCABULARIES.items()}, "yes_no": ["ja", "nee"],
                    "target_groups": list(TARGET_GROUPS)}
    for col, (name, labels) in enumerate(vocabularies.items(), start=1):
        letter = get_column_letter(col)
        lists.cell(row=1, column=col, value=name)
        for row, label in enumerate(labels, start=2):
            lists.cell(row=row, column=col, value=label)
        ranges[name] = f"lijsten!${letter}$2:${letter}${len(labels) + 1}"
    lists.sheet_state = "hidden"

    for table, sheet_name in SHEETS_NL.items():
        sheet = wb.create_sheet(sheet_name, index=len(wb.sheetnames) - 1)
        header = list(HEADERS_NL[table].values())
        _write_rows(sheet, header, [])
        for c, col in enumerate(HEADERS_NL[table], start=1):
            vocab = _DROPDOWNS.get((table, col))
            if vocab is None:
                continue
            many = col in LIST_COLUMNS
            dv = DataValidation(type="list", formula1=ranges[vocab], allow_blank=True,
                                errorStyle="warning" if many else "stop", showErrorMessage=True,
                                errorTitle="Waarde niet in de lijst",
                                error=("Meerdere waarden scheidt u met ; — een eigen waarde mag, "
                                       "elznet meldt ze." if many else "Kies een waarde uit de lijst."),
                                promptTitle=header[c - 1],
                                prompt="Kies uit de lijst" + (" (meerdere: scheid met ;)" if many else ""))
            letter = get_column_letter(c)
            dv.add(f"{letter}2:{letter}2000")
            sheet.add_data_validation(dv)
    aliases = wb.create_sheet("aliassen", index=len(wb.sheetnames) - 1)
    _write_rows(aliases, ["variant", "juiste naam", "soort"], [])
    kinds = DataValidation(type="list", formula1='"organisatie,persoon,expertisedomein,doelgroep,model,sector,'
                           'gemeente,status"', allow_blank=True, errorStyle="stop", showErrorMessage=True,
                           promptTitle="soort", prompt="Leeg = organisatie of persoon")
    kinds.add("C2:C2000")
    aliases.add_data_validation(kinds)
    _save(wb, path)
    return path


def _save(wb: Workbook, path: Path) -> None:
    """Save ``wb`` to a temporary file beside ``path`` and move it into place: a failure
    never leaves a half-written workbook (or destroys the one that was there)."""
    if path.suffix.lower() != ".xlsx":
        raise ArgumentError(f"Sla de werkmap op met de extensie .xlsx, niet '{path.suffix or '(geen)'}' "
                            f"(Save the workbook with the extension .xlsx).", argument="path")
    try:
        with atomic_file(path) as tmp:
            wb.save(tmp)
    except PermissionError:
        raise PermissionError(f"Cannot write '{path}': is it open in Excel? Close it and try again.") from None


#: Dutch headers for the analysis tables (columns not listed keep their name); the one
#: label table is :mod:`elznet.output.labels`.
ANALYSIS_HEADERS_NL = HEADERS["nl"]


def write_analysis(sheets: dict[str, pd.DataFrame], path: str | Path, *, lang: str = "nl") -> Path:
    """Write analysis tables, one sheet each (sheet names as given, made valid for
    Excel: at most 31 characters, no ``[]:*?/\\``, unique), headers and vocabulary values
    as labels (Dutch by default, see :mod:`elznet.output.labels`), autofilter and a frozen
    header row. A cell longer than Excel allows (32,767 characters, e.g. a CLB tied to
    1,300 schools) is shortened with a visible marker and its full list is kept one value
    a row on the sheet ``volledige lijsten``."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    overflow = _Overflow()
    for name, frame in sheets.items():
        frame = frame.reset_index() if frame.index.name or not isinstance(frame.index, pd.RangeIndex) else frame
        frame = relabel(frame, lang)
        header = [str(c) for c in frame.columns]
        ws = wb.create_sheet(_sheet_title(wb, name))
        _write_rows(ws, header, ([_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)),
                    overflow)
    _write_overflow(wb, overflow)
    _save(wb, path)
    return path


def _plain(value: object) -> object:
    """A cell value openpyxl can store (numpy scalars, NaN, dicts)."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
