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

from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.read._sheets import TableSheet, sheet_kind_from_name, understand
from elznet.read._sources import read_sources
from elznet.read._tables import TableBuilder
from elznet.read.load_report import InventoryError, LoadReport

__all__ = ["read_inventory"]

_ORDER = ["aliases", "organisations", "people", "initiatives", "wide", "participations", "ties"]


def read_inventory(source: object, *, strict: bool = False,
                   aliases: Mapping[str, str] | None = None, include_hidden: bool = False,
                   limits: Mapping[str, int] | None = None) -> Network:
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
        people; added to an ``aliassen`` sheet if the workbook has one.
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

    Examples
    --------
    >>> import elznet
    >>> net = elznet.read_inventory(elznet.examples.path("meetjesland_inventaris"))
    >>> net.report.rows_read == net.report.rows_loaded + net.report.rows_rejected
    True
    """
    if aliases is not None and (not isinstance(aliases, Mapping)
                                or not all(isinstance(k, str) and isinstance(v, str) for k, v in aliases.items())):
        raise ArgumentError("aliases= verwacht een dict van variant naar juiste naam, bv. "
                            "{'CAW O-Vl': 'CAW Oost-Vlaanderen'}, geen "
                            f"{type(aliases).__name__} (aliases must be a dict of text to text).", argument="aliases")
    with _gc_paused():
        return _read(source, strict=strict, aliases=aliases, include_hidden=include_hidden, limits=limits)


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


def _read(source: object, *, strict: bool, aliases: Mapping[str, str] | None, include_hidden: bool = False,
          limits: Mapping[str, int] | None = None) -> Network:
    name, sheets = read_sources(source, include_hidden=include_hidden, limits=limits)
    report = LoadReport(source=name)
    tables: list[TableSheet] = []
    for sheet in sheets:
        for note in sheet.notes:  # what the raw file showed: hidden sheets, formulas without a value, CSV guess
            if sheet.hidden and not sheet.rows and sheet_kind_from_name(sheet.name) == "skip":
                note = {**note, "severity": "info"}  # a hidden list of dropdown values, as in elznet's template
            report.add(**note)
        if sheet.hidden and not sheet.rows:
            continue
        if not sheet.rows:
            if sheet_kind_from_name(sheet.name) not in (None, "skip"):
                report.add("warning", "the sheet is empty", sheet=sheet.name,
                           suggestion="fill it in or delete it")
            continue
        table = understand(sheet, name)
        if table is None:
            if sheet_kind_from_name(sheet.name) != "skip":
                report.add("error", f"sheet not recognised as an inventory table; its {len(sheet.rows)} "
                           "filled rows were not read", sheet=sheet.name,
                           suggestion="give it a header row (naam, partners, sector, ...) or name the "
                           "sheet organisaties, personen, initiatieven, deelnames or relaties")
            continue
        tables.append(table)
    if not tables:
        if all(not s.rows for s in sheets):
            raise InventoryError(f"'{name}' is empty: no sheet holds any data. Fill in the inventory "
                                 "(elznet.write_template makes an empty one to start from).")
        raise InventoryError(
            f"'{name}' holds no sheet elznet recognises as an inventory. Give each table a header row "
            "(e.g. 'Naam samenwerkingsverband' and 'Partners' for one row per initiative, or sheets "
            "organisaties / initiatieven / deelnames), or start from elznet.write_template().")

    builder = TableBuilder(report)
    for variant, canonical in (aliases or {}).items():
        builder.add_alias(str(variant), str(canonical))
    for table in sorted(tables, key=lambda t: _ORDER.index(t.kind)):
        if table.sheet.rows and table.header_row > table.sheet.rows[0][0]:
            report.add("info", f"rows above row {table.header_row} read as a title, not as data",
                       sheet=table.sheet.name, row=table.sheet.rows[0][0],
                       value=table.sheet.rows[0][1][0] or "")
        for extra in table.extras:
            report.add("info", "column not known to elznet; kept as an attribute", sheet=table.sheet.name,
                       row=table.header_row, column=extra)
        if not table.data:
            report.add("warning", "the sheet has a header but no data rows", sheet=table.sheet.name,
                       row=table.header_row)
        handler = getattr(builder, f"add_{table.kind}")
        for number, cells in table.data:
            report.rows_read += 1
            row = _Row(table, number, cells)
            if handler(row):
                report.rows_loaded += 1
            else:
                report.rows_rejected += 1
    builder.finish()
    net = Network.from_tables(**builder.tables(), report=report)
    if strict and not report.ok:
        c = report.counts()
        raise InventoryError(f"'{name}' has {c['error']} errors and {c['warning']} warnings "
                             "(strict mode):\n" + report.describe(), report.problems)
    return net


class _Row:
    """One data row: cells by canonical column, plus where it came from."""

    __slots__ = ("sheet", "number", "values", "extras", "merged", "headers")

    def __init__(self, table: TableSheet, number: int, cells: list[str | None]) -> None:
        self.sheet = table.sheet.name
        self.headers = table.headers
        self.number = number
        self.values: dict[str, str | list[str] | None] = {}
        self.extras: dict[str, str] = {}
        self.merged: set[str] = set()
        for i, col in enumerate(table.columns):
            value = cells[i] if i < len(cells) else None
            if col is None:
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
                self.extras[f"kolom {_column_letter(i)}"] = cells[i]  # type: ignore[assignment]

    def get(self, col: str) -> str | None:
        value = self.values.get(col)
        return value if isinstance(value, str) else None


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters

