"""Excel output: the empty inventory template and the canonical tables.

:func:`write_template` gives an analyst a workbook to fill in: Dutch headers, an
``instructies`` sheet, and dropdown lists (data validation) for sector, expertise
domain, model, level, care-path stage and tie kind. :func:`write_tables` writes a
Network's tables (``Network.to_excel``) so that reading them back gives equal tables.

Text stays text: a name that starts with ``=``, ``+``, ``-`` or ``@`` is stored as a
string cell, never as a formula.
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


def _safe_text(value: object) -> object:
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if not isinstance(value, str):
        return value
    if ILLEGAL_CHARACTERS_RE.search(value):
        warnings.warn("control characters that Excel cannot store were removed from a cell", stacklevel=3)
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > _EXCEL_CELL_LIMIT:
        raise ValueError(f"A cell holds {len(value)} characters; Excel stores at most {_EXCEL_CELL_LIMIT}. "
                         f"Shorten the text that starts with {value[:40]!r}.")
    return value


def _write_rows(ws, header: list[str], rows) -> None:
    ws.append(header)
    for cell in ws[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            value = _safe_text(value)
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the first character
                if "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions
    for c, name in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(12, min(45, len(name) + 4))


def write_tables(tables: dict[str, pd.DataFrame], path: str | Path, *, skip_people: bool = False) -> Path:
    """Write canonical tables to ``path`` with Dutch sheet names and headers."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for table, frame in tables.items():
        if skip_people and table == "people":
            continue
        columns = list(frame.columns)
        if skip_people:
            columns = [c for c in columns if not (table == "participations" and c == "person")
                       and not (table == "ties" and c == "people")]
        header = [HEADERS_NL[table].get(c, c) for c in columns]
        ws = wb.create_sheet(SHEETS_NL[table])
        _write_rows(ws, header, frame[columns].itertuples(index=False, name=None))
    _save(wb, path)
    return path


def write_template(path: str | Path) -> Path:
    """Write an empty inventory workbook to fill in; return its path.

    Sheets ``instructies``, ``organisaties``, ``personen``, ``initiatieven``,
    ``deelnames``, ``relaties``, ``aliassen`` with Dutch headers, and dropdown lists
    (from :mod:`elznet.vocabulary`, on a hidden ``lijsten`` sheet) for sector,
    language, expertise domain, model, level, care-path stage, status, target group
    (an open list: the zone's own words are kept), formal / permanent and tie kind.
    List cells accept several values separated by ``;``, so the dropdowns warn rather
    than refuse. Every dropdown value reads back as exactly one value.
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
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"Save the workbook with the extension .xlsx, not '{path.suffix or '(none)'}'.")
    try:
        wb.save(path)
    except PermissionError:
        raise PermissionError(f"Cannot write '{path}': is it open in Excel? Close it and try again.") from None


#: Dutch headers for the analysis tables (columns not listed keep their name); the one
#: label table is :mod:`elznet.output.labels`.
ANALYSIS_HEADERS_NL = HEADERS["nl"]


def write_analysis(sheets: dict[str, pd.DataFrame], path: str | Path, *, lang: str = "nl") -> Path:
    """Write analysis tables, one sheet each (sheet names as given, at most 31
    characters), headers and vocabulary values as labels (Dutch by default, see
    :mod:`elznet.output.labels`), autofilter and a frozen header row."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for name, frame in sheets.items():
        frame = frame.reset_index() if frame.index.name or not isinstance(frame.index, pd.RangeIndex) else frame
        frame = relabel(frame, lang)
        header = [str(c) for c in frame.columns]
        ws = wb.create_sheet(name[:31])
        _write_rows(ws, header, ([_plain(v) for v in row] for row in frame.itertuples(index=False, name=None)))
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
