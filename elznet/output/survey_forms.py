"""The tie survey as Excel forms a zone can send by e-mail: no server, no account.

:func:`survey_forms` writes one workbook per organisation. The sheet ``Bevraging`` has
the organisation's name filled in, one row per other organisation of the zone, dropdown
lists (data validation) for the frequency and the six trust and value items of PARTNER
(Varda, Chandra, Stern & Lurie 2008; see :mod:`elznet.read.survey`), a free text
column, and a few empty rows for partners missing from the list. The structure is
protected (only the answer cells can be edited, no password: it prevents accidents, not
intent), ``Toelichting`` explains every question in Dutch, and a hidden sheet
``_elznet`` names the respondent and the organisations by id so that
:func:`elznet.read_survey` reads the returned forms back exactly.

Every text is written as text (a name starting with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return never becomes a formula).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from elznet.errors import NotFoundError
from elznet.network import Network
from elznet.output.excel import _safe_text
from elznet.read.names import slug
from elznet.read.survey import FORM_MARKER, FREQUENCY, ITEMS, SCALE, TRUST_ITEMS

__all__ = ["survey_forms", "FORM_HEADER_ROW", "FORM_COLUMNS"]

#: Row of the column headers on the form (answers start on the next row).
FORM_HEADER_ROW = 7
#: The form's columns, left to right: field -> header.
FORM_COLUMNS: dict[str, str] = {"alter": "Partnerorganisatie", "frequency": "Hoe vaak werken jullie samen?",
                                **{k: v[0] for k, v in ITEMS.items()}, "comment": "Opmerking",
                                "alter_id": "elznet-id"}
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
_UNLOCKED = Protection(locked=False)


def _text(ws, ref: str, value: object, **style):
    """Write ``value`` as a text cell: a leading = + - @ tab or CR never makes it a formula."""
    value = _safe_text(value)
    cell = ws[ref]
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # a string cell, never a formula
        if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    else:
        cell.value = value
    for key, val in style.items():
        setattr(cell, key, val)
    return cell


def survey_forms(net: Network, folder: str | Path, *, title: str | None = None, extra_rows: int = 5,
                 organisations: list[str] | None = None) -> Path:
    """Write one survey form (``.xlsx``) per organisation into ``folder``; return the folder.

    Parameters
    ----------
    net : Network
        The zone (its ``organisations`` table gives the list on every form).
    folder : str or Path
        Created if needed. Files are named ``bevraging_<organisation>.xlsx``.
    title : str, optional
        The survey's title on every form (default "Bevraging samenwerking in de zone").
    extra_rows : int
        Empty rows under the list where a respondent can add a partner that is missing.
    organisations : list of str, optional
        Ids of the organisations that get a form (default: all). Every form still lists
        all organisations of the zone.

    Returns
    -------
    Path
        The folder. Send each file to its organisation; put the returned files in one
        folder and read them with :func:`elznet.read_survey`.

    Examples
    --------
    >>> import elznet, tempfile
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> folder = elznet.survey_forms(net, tempfile.mkdtemp())
    >>> len(list(folder.glob("*.xlsx"))) == len(net.organisations)
    True
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    orgs = net.organisations[["id", "name"]].astype(str)
    orgs = orgs.assign(_key=orgs["name"].str.lower()).sort_values(["_key", "id"]).drop(columns="_key")
    chosen = set(orgs["id"]) if organisations is None else set(map(str, organisations))
    unknown = chosen - set(orgs["id"])
    if unknown:
        raise NotFoundError(f"Geen organisatie met id {', '.join(sorted(unknown))} in dit netwerk (No organisation "
                            f"with id {', '.join(sorted(unknown))} in this network).")
    used: set[str] = set()
    for oid, name in orgs.itertuples(index=False, name=None):
        if oid not in chosen:
            continue
        stem = slug(name)[:60] or slug(oid) or "organisatie"
        while stem in used:
            stem += "-" + slug(oid)
        used.add(stem)
        _form(orgs, oid, name, title or "Bevraging samenwerking in de zone", extra_rows).save(
            folder / f"bevraging_{stem}.xlsx")
    return folder


def _form(orgs, respondent: str, name: str, title: str, extra_rows: int) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bevraging"
    _text(ws, "A1", title, font=Font(bold=True, size=14))
    _text(ws, "A2", "Uw organisatie", font=Font(bold=True))
    _text(ws, "B2", name, font=Font(bold=True, size=12))
    _text(ws, "A3", "Ingevuld door (naam, niet verplicht)")
    _text(ws, "A4", "Datum")
    for ref in ("B3", "B4"):
        ws[ref].protection, ws[ref].fill = _UNLOCKED, _INPUT_FILL
    _text(ws, "A5", "Vul een rij in voor elke organisatie waarmee u samenwerkt; laat de andere rijen leeg. "
                    "Kies de antwoorden uit de keuzelijst. Uitleg bij elke vraag: zie het tabblad Toelichting.",
          alignment=Alignment(wrap_text=True, vertical="top"))
    ws.merge_cells("A5:I5")
    ws.row_dimensions[5].height = 32
    fields = list(FORM_COLUMNS)
    for c, field in enumerate(fields, start=1):
        _text(ws, f"{get_column_letter(c)}{FORM_HEADER_ROW}", FORM_COLUMNS[field], font=_HEADER_FONT,
              fill=_HEADER_FILL, alignment=Alignment(wrap_text=True, vertical="top"))
    others = [(oid, n) for oid, n in orgs.itertuples(index=False, name=None) if oid != respondent]
    first = FORM_HEADER_ROW + 1
    last = first + len(others) + extra_rows - 1
    for r, (oid, other) in enumerate(others, start=first):
        _text(ws, f"A{r}", other)
        _text(ws, f"{get_column_letter(len(fields))}{r}", oid)
    for r in range(first + len(others), last + 1):
        ws[f"A{r}"].protection, ws[f"A{r}"].fill = _UNLOCKED, _INPUT_FILL
    for c in range(2, len(fields)):
        for r in range(first, last + 1):
            cell = ws.cell(row=r, column=c)
            cell.protection, cell.fill = _UNLOCKED, _INPUT_FILL
    frequency = DataValidation(type="list", formula1='"' + ",".join(f"{k} - {v}" for k, v in FREQUENCY.items()) + '"',
                               allow_blank=True, showErrorMessage=True, errorTitle="Kies uit de lijst",
                               error="Kies hoe vaak jullie samenwerken uit de keuzelijst.")
    scale = DataValidation(type="list", formula1='"' + ",".join(f"{k} - {v}" for k, v in SCALE.items()) + '"',
                           allow_blank=True, showErrorMessage=True, errorTitle="Kies uit de lijst",
                           error="Kies een antwoord van 1 (helemaal niet) tot 4 (in grote mate).")
    ws.add_data_validation(frequency)
    ws.add_data_validation(scale)
    frequency.add(f"B{first}:B{last}")
    scale.add(f"C{first}:{get_column_letter(1 + 1 + len(ITEMS))}{last}")
    widths = {"A": 42, "B": 26, "I": 40}
    for c in range(1, len(fields) + 1):
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = widths.get(letter, 15)
    ws.column_dimensions[get_column_letter(len(fields))].hidden = True
    ws.row_dimensions[FORM_HEADER_ROW].height = 32
    ws.freeze_panes = f"B{first}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column is allowed
    ws.protection.formatRows = False

    help_ws = wb.create_sheet("Toelichting")
    lines = [(title, True), ("", False),
             ("Waarom deze bevraging?", True),
             ("De zorgraad wil weten wie in de zone echt met wie samenwerkt, hoe vaak, en hoe u die samenwerking "
              "ervaart. Uw antwoorden worden samengeteld; niemand krijgt de scores van één organisatie over een "
              "andere te zien zonder dat dit eerst met de partners is afgesproken.", False), ("", False),
             ("Hoe invullen?", True),
             ("Op het tabblad Bevraging staat elke organisatie van de zone. Vul enkel de rijen in van organisaties "
              "waarmee uw organisatie samenwerkt. Ontbreekt een partner? Typ zijn naam in een lege rij onderaan. "
              "Werkt u met niemand samen, vul dan alleen de datum in en stuur het formulier terug.", False),
             ("Uw eigen naam invullen is niet verplicht. Namen van personen zijn persoonsgegevens: elznet toont ze "
              "nergens tenzij de zorgraad daar uitdrukkelijk voor kiest.", False), ("", False),
             ("Hoe vaak werken jullie samen?", True),
             ("; ".join(f"{k} = {v}" for k, v in FREQUENCY.items()) + ".", False), ("", False),
             ("Vertrouwen en waarde (1 = helemaal niet, 2 = een beetje, 3 = redelijk, 4 = in grote mate)", True)]
    for key, (header, question) in ITEMS.items():
        group = "vertrouwen" if key in TRUST_ITEMS else "waarde"
        lines.append((f"{header} ({group}): {question}", False))
    lines += [("", False), ("Bron van de vragen: PARTNER (Varda, Chandra, Stern & Lurie 2008), vertaald.", False)]
    for r, (line, bold) in enumerate(lines, start=1):
        _text(help_ws, f"A{r}", line or None, font=Font(bold=bold), alignment=Alignment(wrap_text=True))
    help_ws.column_dimensions["A"].width = 110
    help_ws.protection.sheet = True

    meta = wb.create_sheet("_elznet")
    meta.append([FORM_MARKER])
    for key, value in (("versie", "1"), ("blad", "Bevraging"), ("respondent", respondent),
                       ("respondent_naam", name)):
        meta.append([key, value])
    for r in range(2, meta.max_row + 1):
        for c in (1, 2):
            _text(meta, f"{get_column_letter(c)}{r}", meta.cell(row=r, column=c).value)
    start = meta.max_row + 1
    for r, (oid, other) in enumerate(orgs.itertuples(index=False, name=None), start=start):
        _text(meta, f"A{r}", "organisatie")
        _text(meta, f"B{r}", oid)
        _text(meta, f"C{r}", other)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    wb.security.lockStructure = True
    return wb
