"""Find the header row of a raw sheet, decide which table the sheet holds, map columns.

Analysts put title rows above the header, name sheets in Dutch or English or not at
all ("Blad1"), and spell headers their own way ("Doelgroep(en)", "Partner(s)"). This
module turns that into a :class:`TableSheet`: the table kind, the header row, and for
each column the canonical name (or the analyst's own header for extra columns).
"""

from __future__ import annotations

from dataclasses import dataclass

from elznet.read._sources import RawSheet
from elznet.read.load_report import InventoryError
from elznet.read.names import normalise
from elznet.vocabulary import HEADER_ALIASES, HEADERS_NL, SHEET_NAMES

#: Columns a table cannot do without.
REQUIRED = {
    "organisations": ["name"], "people": ["name"], "initiatives": ["name"],
    "participations": ["initiative", "organisation"], "ties": ["source", "target"],
    "wide": ["name", "partners"], "aliases": ["variant", "canonical"],
}
_HEADER_SCAN_ROWS = 30


def _header_key(text: str | None) -> str:
    # "Doelgroep(en)" -> "doelgroepen", "Formeel?" -> "formeel", "Partner(s)" -> "partners"
    if text is None:
        return ""
    return normalise(str(text).replace("(", "").replace(")", ""))


_ALIASES: dict[str, dict[str, str]] = {
    kind: {_header_key(a): col for col, names in cols.items() for a in names}
    for kind, cols in HEADER_ALIASES.items()
}
for _kind, _cols in HEADERS_NL.items():  # the headers elznet writes are always understood
    for _col, _nl in _cols.items():
        _ALIASES[_kind].setdefault(_header_key(_nl), _col)
        _ALIASES[_kind].setdefault(_header_key(_col), _col)
_ALL_HEADERS = set().union(*(a.keys() for a in _ALIASES.values()))


@dataclass
class TableSheet:
    """A raw sheet understood as one table."""

    sheet: RawSheet
    kind: str
    header_row: int  # Excel row number of the header
    columns: list[str | None]  # canonical (or extra) column name per cell index; None = unnamed
    extras: list[str]  # the analyst's own columns, kept as attributes
    data: list[tuple[int, list[str | None]]]  # rows below the header
    headers: dict[str, str]  # canonical column -> the header as the analyst wrote it


def sheet_kind_from_name(name: str) -> str | None:
    return SHEET_NAMES.get(normalise(name))


def understand(sheet: RawSheet, source: str) -> TableSheet | None:
    """Classify ``sheet``; ``None`` when it holds no recognisable table (caller reports it)."""
    named = sheet_kind_from_name(sheet.name)
    if named == "skip" or not sheet.rows:
        return None
    best_i, best_score = -1, 0
    for i, (_, cells) in enumerate(sheet.rows[:_HEADER_SCAN_ROWS]):
        keys = [_header_key(c) for c in cells]
        vocab = _ALIASES[named] if named else _ALL_HEADERS
        score = sum(1 for k in set(keys) if k and k in vocab)
        if score > best_score:
            best_i, best_score = i, score
    if best_i < 0 or (best_score < 2 and not named):
        return None
    header_row, cells = sheet.rows[best_i]
    keys = [_header_key(c) for c in cells]
    kind = named or _guess_kind(keys)
    if kind is None:
        return None
    aliases = _ALIASES[kind]
    columns: list[str | None] = []
    extras: list[str] = []
    seen: set[str] = set()
    for raw, key in zip(cells, keys, strict=False):
        col = aliases.get(key)
        if col is not None and col in seen and col not in ("municipalities", "target_groups",
                                                           "expertise_domains", "stages", "partners"):
            col = None  # a second column for a scalar field is kept as an extra
        if col is None and raw is not None:
            col = raw
            extras.append(raw)
        if col is not None:
            seen.add(col)
        columns.append(col)
    missing = [c for c in REQUIRED[kind] if c not in seen]
    if missing:
        expected = "; ".join(
            f"{c}: " + ", ".join(f"'{a}'" for a in HEADER_ALIASES[kind][c][:4]) for c in missing)
        raise InventoryError(
            f"In '{source}', sheet '{sheet.name}' (header on row {header_row}) has no column for "
            f"{' and '.join(missing)}. Add such a column (headers elznet understands — {expected}) "
            "or rename the header you use.")
    headers = {col: raw for col, raw in zip(columns, cells, strict=False) if col is not None and raw is not None}
    return TableSheet(sheet, kind, header_row, columns, extras,
                      [r for r in sheet.rows if r[0] > header_row], headers)


def _guess_kind(keys: list[str]) -> str | None:
    def has(kind: str, col: str) -> bool:
        return any(_ALIASES[kind].get(k) == col for k in keys if k)

    if has("wide", "partners") and has("wide", "name"):
        return "wide"
    if has("ties", "source") and has("ties", "target"):
        return "ties"
    if has("aliases", "variant") and has("aliases", "canonical"):
        return "aliases"
    if has("participations", "initiative") and has("participations", "organisation"):
        return "participations"
    initiative_cols = {"description", "model", "level", "expertise_domains", "formal", "permanent"}
    if any(_ALIASES["initiatives"].get(k) in initiative_cols for k in keys):
        return "initiatives"
    if has("organisations", "sector") or has("organisations", "type") or has("organisations", "offer"):
        return "organisations"
    if has("people", "role") and has("people", "organisation"):
        return "people"
    return None
