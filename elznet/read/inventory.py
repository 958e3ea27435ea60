"""Read a zone's inventory (tidy or wide, Excel or CSV) into a :class:`~elznet.network.Network`.

Two shapes are read, in any mix of sheets:

* **tidy** — sheets ``organisaties``, ``personen``, ``initiatieven`` /
  ``samenwerkingsverbanden``, ``deelnames``, ``relaties`` (or their English names);
* **wide** — one row per initiative, partners in one cell separated by ``,`` ``;``
  ``/`` or line breaks, optionally with the carrying person in parentheses
  (``"CAW Oost-Vlaanderen (A. Peeters)"``).

Every row ends up in the tables or in ``net.report.problems``. Organisations whose
sector no sheet gives get it from their name (:func:`elznet.vocabulary.infer_type`),
and every inference is noted. Similar names are suggested, never merged: confirm a
merge with ``aliases={"CAW O-Vl": "CAW Oost-Vlaanderen"}`` or an ``aliassen`` sheet.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from contextlib import contextmanager

from openpyxl.utils import get_column_letter

from elznet._privacy import is_contact_header
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.read._sheets import (
    TableSheet,
    canonical_column,
    header_key,
    mark,
    row_kind,
    sheet_kind_from_name,
    understand,
)
from elznet.read._sources import read_sources
from elznet.read._tables import ALIAS_KINDS, T, TableBuilder
from elznet.read.load_report import InventoryError, LoadReport, check_lang
from elznet.read.names import normalise, split_list
from elznet.zone import Zone, ZoneError

__all__ = ["read_inventory"]

#: Sheet names (normalised) that hold the zone definition (see :mod:`elznet.zone`).
ZONE_SHEETS = frozenset(normalise(w) for w in ("zone", "zone-indeling", "zoneindeling", "gemeenten van de zone",
                                               "zone definitie", "zonedefinitie"))

_ORDER = ["aliases", "organisations", "people", "initiatives", "wide", "participations", "ties"]
_COLUMN_WORDS_NL = {
    "name": "naam", "partners": "partners", "lead": "trekker", "contact": "contactpersoon",
    "municipalities": "gemeenten", "target_groups": "doelgroepen", "expertise_domains": "expertisedomeinen",
    "stages": "zorgpadfasen", "status": "status", "start": "startdatum", "end": "einddatum",
    "description": "beschrijving", "model": "samenwerkingsmodel", "level": "niveau", "formal": "formeel",
    "permanent": "permanent", "id": "id", "sector": "sector", "type": "type", "organisation": "organisatie",
    "initiative": "initiatief", "person": "persoon", "role": "rol", "variant": "variant",
    "canonical": "juiste naam", "source": "van", "target": "naar", "theme": "sectie",
}


def read_inventory(source: object, *, strict: bool = False, aliases: Mapping[str, str] | None = None,
                   columns: Mapping[str, str] | None = None,
                   value_aliases: Mapping[str, Mapping[str, str]] | None = None,
                   zone: Zone | str | None = None, include_hidden: bool = False,
                   limits: Mapping[str, int] | None = None, lang: str = "nl") -> Network:
    """Read an inventory into a :class:`~elznet.network.Network`.

    Parameters
    ----------
    source : str, Path, or dict of DataFrames
        An ``.xlsx`` workbook or ``.csv`` file, or ``{sheet name: DataFrame}``.
    strict : bool
        When True, any ``error`` in the load report raises :class:`InventoryError`
        whose message lists every problem (not only the first).
    aliases : mapping, optional
        Confirmed spellings, ``{variant: canonical name}``, for organisations and
        people; added to an ``aliassen`` sheet if the workbook has one. The canonical
        spelling is the name shown (and the one a sector is inferred from).
    columns : mapping, optional
        ``{header as written: column}`` for headers no rule understands, e.g.
        ``{"Naam samenwerking": "name"}``; the column may be named in English or Dutch
        (``"naam"``, ``"partners"``, ``"gemeenten"``, ``"negeer"`` to leave it out). A
        ``kolommen`` sheet (columns ``kolom`` and ``betekenis``) in the workbook does the same.
    value_aliases : mapping, optional
        ``{column: {variant: value}}`` for values of list and vocabulary columns, e.g.
        ``{"target_groups": {"65-plussers": "ouderen"}, "expertise_domains": {"zorg":
        "medisch"}}``; column names in English or Dutch (``doelgroep``, ``expertisedomein``,
        ``model``, ``sector``, ``gemeente``). An ``aliassen`` sheet with a ``soort``
        column does the same.
    zone : Zone or str, optional
        The zone (a :class:`elznet.Zone` or a bundled zone's name, e.g.
        ``"oost-meetjesland"``); it replaces a ``zone`` sheet in the workbook (columns
        ``soort``, ``naam``, ``gemeente``; see :mod:`elznet.zone`). Place words the zone
        does not know are a warning in the load report.
    include_hidden : bool
        Also read hidden and very hidden sheets (often older years). By default they
        are skipped with a warning in the load report.
    limits : mapping, optional
        Raise (or lower) a reading limit of
        :data:`elznet.read._sources.DEFAULT_LIMITS` — uncompressed size, shared texts,
        cells, merged-range area — for a file you trust, e.g.
        ``limits={"cells": 50_000_000}``. A file past a limit is refused with a
        :class:`~elznet.errors.LimitError` that names the limit, before the work where
        the file declares its size.
    lang : {"nl", "en"}
        Language of the load report (problems, ``describe()``) and of error messages.

    Returns
    -------
    Network
        With ``net.report`` (a :class:`~elznet.read.load_report.LoadReport`): rows read,
        loaded and rejected, and every problem with its sheet and Excel row.

    Raises
    ------
    InventoryError
        When the file cannot be used at all (missing, not a spreadsheet, password
        protected, damaged, no inventory sheet, a required column missing), with one
        sentence naming the file and the fix; with ``strict=True`` also when any row
        has an error.

    Notes
    -----
    How an inventory is understood: headers by meaning (see :mod:`elznet.read._sheets`);
    a sheet with a partners column is one row per initiative whatever its name; lists,
    notes and legends (``Keuzelijst``, ``Notities``, ``Legende``, a sheet of one column)
    are skipped with a note; a row with one value (a theme heading merged across the row)
    is a *section* the initiatives below carry in ``theme``; total, legend and repeated
    header rows are skipped with a note. Two rows with one initiative name are two
    initiatives (a warning names both rows). Text in parentheses after a partner is a
    person when it looks like one ("A. Peeters", "Anna Peeters", "dr. Goossens"), a
    place that stays in the name ("Eeklo", "regio Meetjesland"), or else a unit of the
    organisation kept on the participation (``unit``: "Dienst Welzijn", "spoed"). One
    name at two organisations is two people unless an alias joins them.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.read_inventory(elznet.examples.path("meetjesland_inventaris"))
    >>> net.report.rows_read == net.report.rows_loaded + net.report.rows_rejected
    True
    """
    check_lang(lang)
    if aliases is not None and (not isinstance(aliases, Mapping)
                                or not all(isinstance(k, str) and isinstance(v, str) for k, v in aliases.items())):
        raise ArgumentError("aliases= verwacht een dict van variant naar juiste naam, bv. "
                            "{'CAW O-Vl': 'CAW Oost-Vlaanderen'}, geen "
                            f"{type(aliases).__name__} (aliases must be a dict of text to text).", argument="aliases")
    with _gc_paused():
        return _read(source, strict=strict, aliases=aliases, columns=columns, value_aliases=value_aliases,
                     zone=zone, include_hidden=include_hidden, limits=limits, lang=lang)


@contextmanager
def _gc_paused():
    """Pause Python's cyclic garbage collector while reading.

    Reading creates hundreds of thousands of small containers and no reference cycles;
    the collector's repeated full passes over them cost more than the reading itself
    on large inventories (5 s instead of 3 s for 20,000 initiatives). Memory is still
    freed by reference counting; the collector's previous state is restored after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _overrides(columns: Mapping[str, str] | None, sheets, report: LoadReport, lang: str) -> dict[str, str]:
    """Header overrides from ``columns=`` and a ``kolommen`` sheet: {header key: column}."""
    pairs: list[tuple[str, str, str, int | None]] = [(h, c, "columns=", None) for h, c in (columns or {}).items()]
    for sheet in sheets:
        if sheet_kind_from_name(sheet.name) != "columns":
            continue
        for number, cells in sheet.rows:
            filled = [c for c in cells if c is not None]
            if len(filled) >= 2 and canonical_column(filled[1]) is not None:
                pairs.append((filled[0], filled[1], sheet.name, number))
            elif filled and normalise(filled[0]) not in ("kolom", "column", "header", "kop"):
                report.add("warning", T("deze rij van het tabblad kolommen zegt niet welke kolom bedoeld is; "
                                        "niet gebruikt", "this row of the kolommen sheet names no column elznet "
                                        "knows; not used"), sheet=sheet.name, row=number, value=" | ".join(filled),
                           suggestion=T("schrijf de kop in kolom A en de betekenis (naam, partners, gemeenten, "
                                        "doelgroepen, expertisedomeinen, status, ...) in kolom B",
                                        "write the header in column A and its meaning (name, partners, "
                                        "municipalities, ...) in column B"))
    out: dict[str, str] = {}
    for header, column, where, number in pairs:
        col = canonical_column(str(column))
        if col is None:
            raise InventoryError(
                f"In {where} is '{column}' geen kolom die elznet kent; gebruik bv. naam, partners, gemeenten, "
                "doelgroepen, expertisedomeinen, status, startdatum, einddatum of negeer." if lang == "nl" else
                f"In {where}, '{column}' is not a column elznet knows; use e.g. name, partners, municipalities, "
                "target_groups, expertise_domains, status, start, end or ignore.")
        out[header_key(header)] = col
        report.add("info", T(f"kolom '{header}' gelezen als {_COLUMN_WORDS_NL.get(col, col)} ({where})",
                             f"column '{header}' read as {col} ({where})"),
                   sheet=where if number is not None else "", row=number, column=str(header))
    return out


def _read(source: object, *, strict: bool, aliases: Mapping[str, str] | None,
          columns: Mapping[str, str] | None, value_aliases: Mapping[str, Mapping[str, str]] | None,
          zone: Zone | str | None, include_hidden: bool, limits: Mapping[str, int] | None,
          lang: str) -> Network:
    for argument, value in (("aliases", aliases), ("columns", columns), ("value_aliases", value_aliases)):
        if value is not None and not isinstance(value, Mapping):
            raise InventoryError(
                f"{argument} moet een dict zijn ({{'zoals geschreven': 'juist'}}), geen {type(value).__name__}."
                if lang == "nl" else
                f"{argument} must be a dict ({{'as written': 'correct'}}), not a {type(value).__name__}.")
    name, sheets = read_sources(source, include_hidden=include_hidden, limits=limits, lang=lang)
    report = LoadReport(source=name, lang=lang)
    for sheet in sheets:
        for note in sheet.notes:  # what the raw file showed: hidden sheets, formulas without a value, CSV guess
            if sheet.hidden and not sheet.rows and sheet_kind_from_name(sheet.name) == "skip":
                note = {**note, "severity": "info"}  # a hidden list of dropdown values, as in elznet's template
            report.add(**note)
    sheets = [s for s in sheets if not (s.hidden and not s.rows)]
    overrides = _overrides(columns, sheets, report, lang)
    sheet_zone = None
    for sheet in [s for s in sheets if normalise(s.name) in ZONE_SHEETS and s.rows]:
        sheet_zone = _zone_sheet(sheet, name, report, replaced=zone is not None)
    tables = _understand_sheets(name, [s for s in sheets if normalise(s.name) not in ZONE_SHEETS or not s.rows],
                                overrides, report, lang)
    builder = _builder(report, aliases, value_aliases, lang)
    builder.places.update(_places(tables))  # before any row: "Vrije CLB (Temse)" reads the same on every row
    aliases_done = False
    for table in sorted(tables, key=lambda t: _ORDER.index(t.kind)):
        if table.kind != "aliases" and not aliases_done:
            builder.resolve_aliases()
            aliases_done = True
        _describe_table(report, table)
        _load_rows(table, builder, report)
    if not aliases_done:
        builder.resolve_aliases()
    builder.finish()
    if isinstance(zone, str):
        zone = Zone.bundled(zone)
    net = Network.from_tables(**builder.tables(), report=report, zone=zone or sheet_zone)
    _no_organisations(net, tables, report)
    if net.zone is not None:
        unknown = net.zone.unknown_words(net)
        if unknown:
            report.add("warning", T(f"{len(unknown)} plaatsnamen kent de zone '{net.zone.name}' niet; ze tellen niet "
                                    f"als gemeente: {', '.join(unknown)}",
                                    f"the zone '{net.zone.name}' does not know {len(unknown)} place names; they do "
                                    f"not count as a municipality: {', '.join(unknown)}"), column="gemeenten",
                       suggestion=T("voeg ze toe aan het blad zone (soort deelgemeente of regio) of verbeter de "
                                    "spelling", "add them to the zone sheet (kind deelgemeente or region) or "
                                    "correct the spelling"))
    if strict and not report.ok:
        c = report.counts()
        raise InventoryError(
            (f"'{name}' heeft {c['error']} fouten en {c['warning']} waarschuwingen (strikte modus):\n"
             if lang == "nl" else
             f"'{name}' has {c['error']} errors and {c['warning']} warnings (strict mode):\n") + report.describe(),
            report.problems)
    return net


def _places(tables: list[TableSheet]) -> set[str]:
    """Every municipality or region the inventory names (normalised), from its place columns."""
    places: set[str] = set()
    for table in tables:
        indexes = [i for i, c in enumerate(table.columns) if c in ("municipalities", "municipality")]
        indexes += [i for i, (col, _) in table.matrix.items() if col == "municipalities"]
        for i in indexes:
            if i in table.matrix:
                places.add(normalise(table.matrix[i][1]))
                continue
            for _, cells in table.data:
                if i < len(cells) and cells[i]:
                    places.update(normalise(p) for p in split_list(cells[i]))
    return places


def _understand_sheets(name: str, sheets, overrides: dict[str, str], report: LoadReport,
                       lang: str) -> list[TableSheet]:
    """The table sheets; lists, notes and unrecognised sheets noted (or an error)."""
    tables: list[TableSheet] = []
    for sheet in sheets:
        named = sheet_kind_from_name(sheet.name)
        if not sheet.rows:
            if named not in (None, "skip", "columns"):
                report.add("warning", T("het tabblad is leeg", "the sheet is empty"), sheet=sheet.name,
                           suggestion=T("vul het in of verwijder het", "fill it in or delete it"))
            continue
        if named == "columns":
            _mark(report, sheet, "skipped")
            continue
        try:
            table = understand(sheet, name, overrides, lang)
        except InventoryError:
            if named != "skip":
                raise
            table = None  # a list or note with headers that look like an inventory's
        if table is not None and named == "skip" and table.kind != "wide":
            table = None  # only inventory rows (name and partners) are read from a list or notes sheet
        if table is None:
            width = max(sum(c is not None for c in cells) for _, cells in sheet.rows)
            _mark(report, sheet, "skipped")
            if named == "skip" or width <= 1:
                what = T("een lijst, notitie of legende", "a list, note or legend")
                report.add("info", T(f"tabblad overgeslagen: {what.nl} ({len(sheet.rows)} gevulde rijen)",
                                     f"sheet skipped: {what.en} ({len(sheet.rows)} filled rows)"),
                           sheet=sheet.name)
            else:
                report.add("error", T(f"tabblad niet herkend als inventaris; de {len(sheet.rows)} gevulde rijen "
                                      "zijn niet gelezen",
                                      f"sheet not recognised as an inventory table; its {len(sheet.rows)} "
                                      "filled rows were not read"), sheet=sheet.name,
                           suggestion=T("geef het een koprij (naam, partners, sector, ...), noem de kolommen met "
                                        "columns= of een tabblad kolommen, of noem het tabblad organisaties, "
                                        "personen, initiatieven, deelnames of relaties",
                                        "give it a header row (naam, partners, sector, ...), name its columns "
                                        "with columns= or a kolommen sheet, or name the sheet organisaties, "
                                        "personen, initiatieven, deelnames or relaties"))
            continue
        if named == "skip":
            report.add("info", T("tabblad met een naam die elznet gewoonlijk overslaat, maar het bevat een "
                                 "inventaristabel; gelezen", "a sheet elznet usually skips by its name holds an "
                                 "inventory table; read"), sheet=sheet.name)
        tables.append(table)
    if not tables:
        if all(not s.rows for s in sheets):
            raise InventoryError(
                f"'{name}' is leeg: geen enkel tabblad bevat gegevens. Vul de inventaris in (elznet.write_template "
                "maakt een leeg sjabloon)." if lang == "nl" else
                f"'{name}' is empty: no sheet holds any data. Fill in the inventory "
                "(elznet.write_template makes an empty one to start from).")
        raise InventoryError(
            f"'{name}' bevat geen tabblad dat elznet als inventaris herkent. Geef elke tabel een koprij (bv. "
            "'Naam samenwerkingsverband' en 'Partners' voor één rij per initiatief), noem de kolommen met "
            "columns= of een tabblad 'kolommen', of begin van elznet.write_template()." if lang == "nl" else
            f"'{name}' holds no sheet elznet recognises as an inventory. Give each table a header row "
            "(e.g. 'Naam samenwerkingsverband' and 'Partners' for one row per initiative, or sheets "
            "organisaties / initiatieven / deelnames), name the columns with columns= or a 'kolommen' sheet, "
            "or start from elznet.write_template().")

    return tables


def _builder(report: LoadReport, aliases: Mapping[str, str] | None,
             value_aliases: Mapping[str, Mapping[str, str]] | None, lang: str) -> TableBuilder:
    """A TableBuilder that knows the aliases given as arguments."""
    builder = TableBuilder(report)
    for variant, canonical in (aliases or {}).items():
        builder.add_alias(str(variant), str(canonical))
    for column, mapping in (value_aliases or {}).items():
        kind = ALIAS_KINDS.get(normalise(column)) or (column if column in ALIAS_KINDS.values() else None)
        if kind is None or kind == "names" or not isinstance(mapping, Mapping):
            raise InventoryError(f"value_aliases: '{column}' is geen kolom met waarden (of de waarde is geen dict); "
                                 "gebruik bv. {'expertise_domains': {'Zorg': 'medisch'}}, ook voor target_groups, "
                                 "model, sector of municipalities." if lang == "nl"
                                 else f"value_aliases: '{column}' is not a column of values (or its value is not "
                                 "a dict); use e.g. {'expertise_domains': {'Zorg': 'medisch'}}, also for "
                                 "target_groups, model, sector or municipalities.")
        for variant, value in mapping.items():
            builder.add_alias(str(variant), str(value), kind)
    return builder


def _load_rows(table: TableSheet, builder: TableBuilder, report: LoadReport) -> None:
    """Feed the data rows of ``table`` to the builder; note title, section, total and legend rows."""
    handler = getattr(builder, f"add_{table.kind}")
    theme: str | None = None
    for number, cells in table.sheet.rows:
        if number < table.header_row:
            report.row_kinds[(table.sheet.name, number)] = "title"
            continue
        if number == table.header_row:
            report.row_kinds[(table.sheet.name, number)] = "header"
            continue
        kind = row_kind(table, number, cells)
        report.row_kinds[(table.sheet.name, number)] = "repeated_header" if kind == "header" else kind
        if kind != "data":
            text = next(c for c in cells if c is not None)
            if kind == "section":
                theme = text
                report.add("info", T(f"kopregel: de initiatieven eronder krijgen sectie '{text}'",
                                     f"heading row: the initiatives below get the section '{text}'"),
                           sheet=table.sheet.name, row=number, value=text)
            else:
                what = _NOT_DATA[kind]
                report.add("info", T(f"{what.nl}; niet als initiatief gelezen", f"{what.en}; not read as data"),
                           sheet=table.sheet.name, row=number, value=" | ".join(c for c in cells if c)[:200])
            continue
        report.rows_read += 1
        row = _Row(table, number, cells, theme)
        if handler(row):
            report.rows_loaded += 1
        else:
            report.rows_rejected += 1


def _no_organisations(net: Network, tables: list[TableSheet], report: LoadReport) -> None:
    """Never an empty network without an error saying why."""
    if len(net.organisations) == 0 and any(t.kind in ("wide", "participations", "organisations", "ties")
                                           for t in tables):
        report.add("error", T("de inventaris levert geen enkele organisatie op: de partnercellen zijn leeg of "
                              "niet gelezen", "the inventory yields no organisation at all: the partner cells "
                              "are empty or were not read"),
                   suggestion=T("controleer welke kolom de partners bevat en noem ze met columns= of het "
                                "tabblad kolommen", "check which column holds the partners and name it with "
                                "columns= or a kolommen sheet"))
    elif len(net.organisations) == 0:
        report.add("error", T("de inventaris levert geen enkele organisatie op: geen tabblad heeft een kolom "
                              "met partners of organisaties",
                              "the inventory yields no organisation at all: no sheet has a column of partners "
                              "or organisations"),
                   suggestion=T("voeg een kolom Partners toe, of noem de kolom met columns= of het tabblad "
                                "kolommen", "add a Partners column, or name the column with columns= or a "
                                "kolommen sheet"))


_NOT_DATA = {
    "total": T("totaalrij", "total row"), "legend": T("legende of voetnoot", "legend or footnote row"),
    "header": T("herhaalde koprij", "repeated header row"),
}


def _mark(report: LoadReport, sheet, kind: str) -> None:
    for number, _ in sheet.rows:
        report.row_kinds[(sheet.name, number)] = kind


def _describe_table(report: LoadReport, table: TableSheet) -> None:
    """Notes and warnings about a table as a whole: title rows, kind, columns."""
    name = table.sheet.name
    if table.sheet.rows and table.header_row > table.sheet.rows[0][0]:
        report.add("info", T(f"rijen boven rij {table.header_row} gelezen als titel, niet als gegevens",
                             f"rows above row {table.header_row} read as a title, not as data"),
                   sheet=name, row=table.sheet.rows[0][0], value=table.sheet.rows[0][1][0] or "")
    if table.kind == "wide" and table.reason == "content" and sheet_kind_from_name(name) not in (None, "wide"):
        report.add("info", T("gelezen als één rij per initiatief: het tabblad heeft een kolom met partners",
                             "read as one row per initiative: the sheet has a partners column"), sheet=name,
                   row=table.header_row)
    for header, col in table.guessed:
        report.add("info", T(f"kolom gelezen als {_COLUMN_WORDS_NL.get(col, col)} (herkend aan de woorden van de kop)",
                             f"column read as {col} (recognised by the words of its header)"),
                   sheet=name, row=table.header_row, column=header,
                   suggestion=T(f"klopt dat niet, noem ze dan met columns={{'{header}': '...'}} of een rij op het "
                                "tabblad kolommen", f"if that is wrong, name it with columns={{'{header}': '...'}} "
                                "or a row in a kolommen sheet"))
    for index, header, guess in table.unknown:
        if is_contact_header(header):
            report.add("info", T(f"contactgegevens; bewaard als kenmerk '{table.columns[index]}', maar nooit in een "
                                 "uitvoer tenzij contacts=True", f"contact details; kept as the attribute "
                                 f"'{table.columns[index]}', never in an output unless contacts=True"),
                       sheet=name, row=table.header_row, column=header)
            continue
        hint_nl = f" Misschien bedoelt u {_COLUMN_WORDS_NL.get(guess, guess)}?" if guess else ""
        hint_en = f" It might be {guess}." if guess else ""
        report.add("warning", T(f"kolom die elznet niet begrijpt; bewaard als kenmerk '{table.columns[index]}'."
                                + hint_nl, f"column elznet does not understand; kept as the attribute "
                                f"'{table.columns[index]}'." + hint_en),
                   sheet=name, row=table.header_row, column=header,
                   suggestion=T(f"betekent ze een gekende kolom, noem ze dan: columns={{'{header}': "
                                f"'{_COLUMN_WORDS_NL.get(guess, guess) if guess else 'partners'}'}} (of naam, "
                                "gemeenten, doelgroepen, expertisedomeinen, status, ...) of een rij op het tabblad "
                                "kolommen", f"if it means a known column, name it: columns={{'{header}': "
                                f"'{guess or 'partners'}'}} (or name, municipalities, target_groups, ...) or a row "
                                "in a kolommen sheet"))
    for header, why in table.notes:
        if why == "ignored":
            report.add("info", T("kolom genegeerd zoals gevraagd", "column ignored as asked"), sheet=name,
                       row=table.header_row, column=header)
        else:
            first = why.split(":", 1)[1]
            report.add("info", T(f"tweede kolom voor hetzelfde gegeven als '{first}'; de eerste geldt, deze is "
                                 "als kenmerk bewaard", f"a second column for the same field as '{first}'; the "
                                 "first one counts, this one is kept as an attribute"),
                       sheet=name, row=table.header_row, column=header)
    for col, value in table.matrix.values():
        report.add("info", T(f"kolom gelezen als kruisjes voor {_COLUMN_WORDS_NL.get(col, col)}: {value}",
                             f"column read as marks (x) for {col}: {value}"),
                   sheet=name, row=table.header_row, column=str(value))
    if not table.data:
        report.add("warning", T("het tabblad heeft een koprij maar geen gegevens",
                                "the sheet has a header but no data rows"), sheet=name, row=table.header_row)


class _Row:
    """One data row: cells by canonical column, plus where it came from."""

    __slots__ = ("sheet", "number", "values", "extras", "merged", "headers", "listed", "theme", "text")

    def __init__(self, table: TableSheet, number: int, cells: list[str | None], theme: str | None = None) -> None:
        self.sheet = table.sheet.name
        self.headers = table.headers
        self.number = number
        self.theme = theme
        self.text = " | ".join(c for c in cells if c is not None)  # the whole row, for a rejection
        self.values: dict[str, str | list[str] | None] = {}
        self.extras: dict[str, str] = {}
        self.merged: set[str] = set()
        self.listed: dict[str, list[str]] = {}
        matrix = table.matrix
        for i, col in enumerate(table.columns):
            value = cells[i] if i < len(cells) else None
            if col is None or col == "__ignored__":
                continue
            if matrix and i in matrix:
                if value is not None and mark(value):
                    list_col, item = matrix[i]
                    self.listed.setdefault(list_col, []).append(item)
                continue
            if (number, i) in table.sheet.merged:
                self.merged.add(col)
            if col in table.extras:
                if value is not None:
                    self.extras[col] = value
            elif col in self.values and value is not None:
                prev = self.values[col]
                self.values[col] = value if prev is None else f"{prev}; {value}"
            else:
                self.values.setdefault(col, value)
        for i in range(len(table.columns), len(cells)):
            if cells[i] is not None:  # a value under no header is not dropped silently
                self.extras[f"kolom {get_column_letter(i + 1)}"] = cells[i]  # type: ignore[assignment]

    def get(self, col: str) -> str | None:
        value = self.values.get(col)
        return value if isinstance(value, str) else None



def _zone_sheet(sheet, source: str, report: LoadReport, *, replaced: bool) -> Zone | None:
    """The zone a ``zone`` sheet defines (None, with an error in the report, when it cannot be used)."""
    try:
        zone = Zone.from_rows((cells for _, cells in sheet.rows), source=f"{source}, blad {sheet.name}")
    except ZoneError as exc:
        report.add("error", f"blad zone niet gebruikt: {exc}", sheet=sheet.name,
                   suggestion="kolommen soort, naam, gemeente; soort is zone, gemeente, deelgemeente of regio")
        return None
    if replaced:
        report.add("info", "blad zone vervangen door het argument zone=", sheet=sheet.name)
    else:
        report.add("info", f"zone '{zone.name}' gelezen: {len(zone.municipalities)} gemeenten, "
                   f"{len(zone.deelgemeenten)} deelgemeenten, {len(zone.regions)} regiowoorden", sheet=sheet.name)
    return zone
