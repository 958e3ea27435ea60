"""Find the header row of a raw sheet, decide which table the sheet holds, map columns.

Analysts put title rows above the header, name sheets in Dutch or English or not at
all ("Blad1"), and spell headers their own way ("Naam van het samenwerkingsverband",
"Partners (contactpersoon)", "Regio / (deel)gemeenten"). This module turns that into a
:class:`TableSheet`: the table kind, the header row, and for each column the canonical
name (or the analyst's own header for extra columns).

Headers are matched in this order of precedence:

1. an explicit mapping (``read_inventory(columns=...)``, a ``kolommen`` sheet, or
   ``elznet check --column``);
2. the exact headers of :data:`elznet.vocabulary.HEADER_ALIASES` and the headers elznet
   writes itself;
3. for sheets with one row per initiative, the rules by meaning of
   :data:`elznet.vocabulary.HEADER_RULES` (normalised words and word stems);
4. "x"-matrix columns: a column headed by a known expertise domain, target group or
   municipality (or under a merged heading such as "Gemeenten") whose cells are marks
   (x, ja, 1) adds that value to the list column.

The sheet's kind follows its content: a sheet with a partners column and a name column
holds one row per initiative, whatever its name. Lists, notes and legends are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter
from rapidfuzz import fuzz, process

from elznet.read._sources import RawSheet
from elznet.read.load_report import InventoryError
from elznet.read.names import normalise
from elznet.vocabulary import (
    HEADER_ALIASES,
    HEADER_NOT_A_LIST,
    HEADER_RULES,
    HEADERS_NL,
    REGIONS,
    SHEET_NAMES,
    lookup,
)

#: Columns a table cannot do without.
REQUIRED = {
    "organisations": ["name"], "people": ["name"], "initiatives": ["name"],
    "participations": ["initiative", "organisation"], "ties": ["source", "target"],
    "wide": ["name", "partners"], "aliases": ["variant", "canonical"],
}
#: Columns whose cells hold lists: a second column for one of them adds to the list.
LIST_FIELDS = ("municipalities", "target_groups", "expertise_domains", "stages", "partners")
_HEADER_SCAN_ROWS = 30
_GUESSABLE = ("name", "lead", "contact", "status", "start", "end", "description", "model", "level", "formal",
              "permanent", "id")
_COLUMN_NL = {"name": "naam", "partners": "partners", "initiative": "initiatief", "organisation": "organisatie",
              "source": "van", "target": "naar", "variant": "variant", "canonical": "juiste naam"}
_RULE_KINDS = ("wide", "initiatives")
MARKS_TRUE = {"x", "ja", "j", "yes", "y", "1", "v", "✓", "✔", "☑", "☒", "waar", "true", "•"}
MARKS_FALSE = {"nee", "neen", "n", "no", "0", "-", "onwaar", "false", "☐"}


def mark(text: object) -> bool | None:
    """A matrix cell: True (x, ja, 1, ✓), False (nee, 0, -), None when it is no mark."""
    value = str(text).strip().casefold() if text is not None else ""
    if value in MARKS_TRUE:
        return True
    if value in MARKS_FALSE or not value:
        return False
    return None


def header_key(text: object) -> str:
    """A header as matched: "Doelgroep(en)" -> "doelgroepen", "Partner(s)" -> "partners"."""
    if text is None:
        return ""
    return normalise(str(text).replace("(", "").replace(")", ""))


_ALIASES: dict[str, dict[str, str]] = {
    kind: {header_key(a): col for col, names in cols.items() for a in names}
    for kind, cols in HEADER_ALIASES.items()
}
for _kind, _cols in HEADERS_NL.items():  # the headers elznet writes are always understood
    for _col, _nl in _cols.items():
        _ALIASES[_kind].setdefault(header_key(_nl), _col)
        _ALIASES[_kind].setdefault(header_key(_col), _col)
        if _kind == "initiatives":
            _ALIASES["wide"].setdefault(header_key(_nl), _col)
            _ALIASES["wide"].setdefault(header_key(_col), _col)
_ALL_HEADERS = set().union(*(a.keys() for a in _ALIASES.values()))

#: Canonical column names as an analyst may write them in ``columns=`` or a kolommen sheet.
CANONICAL_NAMES: dict[str, str] = {}
for _cols in HEADERS_NL.values():
    for _col, _nl in _cols.items():
        CANONICAL_NAMES.setdefault(normalise(_col), _col)
        CANONICAL_NAMES.setdefault(normalise(_nl), _col)
CANONICAL_NAMES.update({
    "partners": "partners", "partner": "partners", "deelnemers": "partners", "trekker": "lead",
    "lead": "lead", "contactpersoon": "contact", "contact": "contact", "gemeente": "municipalities",
    "regio": "municipalities", "expertisedomein": "expertise_domains", "domein": "expertise_domains",
    "doelgroep": "target_groups", "start": "start", "einde": "end", "eind": "end", "thema": "theme",
    "negeer": "ignore", "ignore": "ignore", "overslaan": "ignore",
})


def canonical_column(text: str) -> str | None:
    """The canonical column an analyst means by ``text`` ("naam" -> "name"), or None."""
    return CANONICAL_NAMES.get(normalise(text))


def _match_rule(key: str) -> str | None:
    words = key.split()
    if not words or len(words) > 7 or any(w in HEADER_NOT_A_LIST for w in words):
        return None
    for col, alternatives in HEADER_RULES:
        for needed in alternatives:
            if all(any(w.startswith(p[:-1]) if p.endswith("*") else w == p for w in words) for p in needed):
                return col
    return None


def map_header(kind: str | None, raw: object, overrides: dict[str, str] | None = None) -> str | None:
    """The canonical column ``raw`` names in a sheet of ``kind`` (None: not understood)."""
    key = header_key(raw)
    if not key:
        return None
    if overrides and key in overrides:
        return overrides[key]
    if kind is None:
        for k in ("wide", *_ALIASES):
            col = map_header(k, raw)
            if col is not None:
                return col
        return None
    col = _ALIASES[kind].get(key)
    if col is None and kind in _RULE_KINDS:
        col = _match_rule(key)
    return col


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
    #: cell index -> (list column, value) for "x"-matrix columns
    matrix: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: (column index, header, what it might be) for columns elznet does not understand
    unknown: list[tuple[int, str, str]] = field(default_factory=list)
    #: (header, why) for headers that were given twice or mapped by an override
    notes: list[tuple[str, str]] = field(default_factory=list)
    reason: str = ""  # why the sheet has this kind
    header_keys: list[str] = field(default_factory=list)
    #: (header, column) for headers understood by a rule by meaning (a guess the analyst can correct)
    guessed: list[tuple[str, str]] = field(default_factory=list)


def sheet_kind_from_name(name: str) -> str | None:
    return SHEET_NAMES.get(normalise(name))


def _score(cells: list[str | None], named: str | None, overrides: dict[str, str] | None) -> int:
    seen = set()
    for c in cells:
        if c is None:
            continue
        col = map_header(named if named not in (None, "skip") else None, c, overrides)
        if col is None and named == "initiatives":
            col = map_header("wide", c, overrides)
        if col is not None:
            seen.add(col)
    return len(seen)


def understand(sheet: RawSheet, source: str, overrides: dict[str, str] | None = None,
               lang: str = "nl") -> TableSheet | None:
    """Classify ``sheet``; ``None`` when it holds no recognisable table (caller reports it)."""
    named = sheet_kind_from_name(sheet.name)
    if not sheet.rows or named == "columns":
        return None
    best_i, best_score = -1, 0
    for i, (_, cells) in enumerate(sheet.rows[:_HEADER_SCAN_ROWS]):
        score = _score(cells, named, overrides)
        if score > best_score:
            best_i, best_score = i, score
    if best_i < 0 or (best_score < 2 and named in (None, "skip")):
        return None
    header_row, cells = sheet.rows[best_i]
    keys = [header_key(c) for c in cells]
    wide = [map_header("wide", c, overrides) for c in cells]
    kind, reason = named, "name"
    if named in (None, "skip", "initiatives", "wide") and "partners" in wide and "name" in wide:
        kind, reason = "wide", "content"  # a partners column: one row per initiative, whatever the name
    elif named in (None, "skip"):
        kind, reason = _guess_kind(cells, overrides), "content"
    if kind is None:
        return None
    columns, extras, unknown, notes, seen = _map_columns(kind, cells, overrides)
    data = [r for r in sheet.rows if r[0] > header_row]
    matrix = _matrix_columns(sheet, kind, header_row, cells, columns, data, overrides)
    for i in matrix:
        extras.remove(columns[i])  # type: ignore[arg-type]
        unknown = [u for u in unknown if u[0] != i]
    missing = [c for c in REQUIRED[kind] if c not in seen and not any(m[0] == c for m in matrix.values())]
    if missing:
        raise _missing_column(source, sheet.name, header_row, kind, missing, lang)
    guessed = [(str(raw), col) for raw, col in zip(cells, columns, strict=False)
               if raw is not None and col in LIST_FIELDS + _GUESSABLE and kind in _RULE_KINDS
               and header_key(raw) not in _ALIASES[kind] and not (overrides and header_key(raw) in overrides)]
    headers: dict[str, str] = {}
    for col, raw in zip(columns, cells, strict=False):
        if col is not None and raw is not None:
            headers.setdefault(col, str(raw))
    return TableSheet(sheet, kind, header_row, columns, extras, data, headers, matrix, unknown, notes,
                      reason, keys, guessed)


def _map_columns(kind: str, cells: list[str | None], overrides: dict[str, str] | None):
    """Canonical column per cell; the analyst's own columns (extras, unknown with a guess);
    notes on ignored and duplicate headers; and the columns seen (column -> header)."""
    columns: list[str | None] = []
    extras: list[str] = []
    unknown: list[tuple[int, str, str]] = []
    notes: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(cells):
        col = map_header(kind, raw, overrides)
        if col == "ignore":
            notes.append((str(raw), "ignored"))
            columns.append("__ignored__")
            continue
        if col is not None and col in seen and col not in LIST_FIELDS:
            notes.append((str(raw), f"duplicate:{seen[col]}"))
            col = None  # a second column for a scalar field is kept as an extra
        if col is None and raw is not None:
            col = raw if raw not in seen and raw not in extras else f"{raw} ({get_column_letter(i + 1)})"
            extras.append(col)
            unknown.append((i, str(raw), _might_be(kind, raw)))
        if col is not None:
            seen.setdefault(col, str(raw))
        columns.append(col)
    return columns, extras, unknown, notes, seen


def _missing_column(source: str, sheet: str, header_row: int, kind: str, missing: list[str],
                    lang: str) -> InventoryError:
    expected = "; ".join(f"{c}: " + ", ".join(f"'{a}'" for a in HEADER_ALIASES[kind][c][:4]) for c in missing)
    if lang == "nl":
        words = " en ".join(_COLUMN_NL.get(m, m) for m in missing)
        return InventoryError(
            f"In '{source}' heeft tabblad '{sheet}' (koprij op rij {header_row}) geen kolom voor {words}. "
            f"Voeg zo'n kolom toe (koppen die elznet begrijpt — {expected}), hernoem de kop, of noem ze met "
            f"read_inventory(columns={{'uw kop': '{missing[0]}'}}) of een tabblad 'kolommen'.")
    return InventoryError(
        f"In '{source}', sheet '{sheet}' (header on row {header_row}) has no column for "
        f"{' and '.join(missing)}. Add such a column (headers elznet understands — {expected}), "
        "rename the header you use, or name it with read_inventory(columns={'your header': "
        f"'{missing[0]}'}}) or a 'kolommen' sheet.")


def _guess_kind(cells: list[str | None], overrides: dict[str, str] | None) -> str | None:
    def has(kind: str, col: str) -> bool:
        return any(map_header(kind, c, overrides) == col for c in cells if c)

    if has("ties", "source") and has("ties", "target"):
        return "ties"
    if has("aliases", "variant") and has("aliases", "canonical"):
        return "aliases"
    if has("participations", "initiative") and has("participations", "organisation"):
        return "participations"
    initiative_cols = {"description", "model", "level", "expertise_domains", "formal", "permanent", "status",
                       "start", "end"}
    if any(_ALIASES["initiatives"].get(header_key(c)) in initiative_cols for c in cells if c):
        return "initiatives"
    if has("organisations", "sector") or has("organisations", "type") or has("organisations", "offer"):
        return "organisations"
    if has("people", "role") and has("people", "organisation"):
        return "people"
    return None


_KNOWN_PLACES = {normalise(p) for places in REGIONS.values() for p in places} | {normalise(r) for r in REGIONS}


def _matrix_value(raw: str, group: str | None) -> tuple[str, str] | None:
    """What a matrix column headed ``raw`` adds: (list column, value), or None."""
    if group in ("municipalities", "target_groups", "expertise_domains", "stages", "partners"):
        return group, raw
    for col in ("expertise_domains", "stages"):
        key = lookup(col, raw)
        if key is not None:
            return col, key
    if lookup("target_groups", raw) is not None:
        return "target_groups", raw
    if normalise(raw) in _KNOWN_PLACES:
        return "municipalities", raw
    return None


def _matrix_columns(sheet: RawSheet, kind: str, header_row: int, cells: list[str | None],
                    columns: list[str | None], data, overrides) -> dict[int, tuple[str, str]]:
    """Columns of an "x"-matrix: known values as headers, marks (x, ja, 1) as cells."""
    if kind not in _RULE_KINDS:
        return {}
    above = next((c for n, c in sheet.rows if n == header_row - 1), None)
    matrix = {}
    for i, raw in enumerate(cells):
        if raw is None or columns[i] != raw and columns[i] != f"{raw} ({get_column_letter(i + 1)})":
            continue
        group = map_header(kind, above[i]) if above is not None and i < len(above) and above[i] else None
        meaning = _matrix_value(raw, group)
        if meaning is None:
            continue
        if _all_marks(data, i):
            matrix[i] = meaning
    # a municipality the vocabulary does not know, next to ones it does ("Temse | Beveren | Kruibeke")
    grown = True
    while grown:
        grown = False
        for i, raw in enumerate(cells):
            if i in matrix or raw is None or columns[i] != raw or not _all_marks(data, i):
                continue
            if any(matrix.get(j, ("",))[0] == "municipalities" for j in (i - 1, i + 1)) and str(raw)[:1].isupper():
                matrix[i] = ("municipalities", raw)
                grown = True
    return matrix


def _all_marks(data, i: int) -> bool:
    values = [mark(c[i]) for _, c in data if i < len(c) and c[i] is not None]
    return bool(values) and all(v is not None for v in values)


def _might_be(kind: str, raw: object) -> str:
    """A guess at what an unknown header means, for the warning."""
    key = header_key(raw)
    aliases = _ALIASES.get(kind, {})
    match = process.extractOne(key, list(aliases), scorer=fuzz.WRatio) if aliases and key else None
    if match and match[1] >= 80:
        return aliases[match[0]]
    return ""



# --- rows that are not data ----------------------------------------------------------
_TOTAL_WORDS = {"totaal", "total", "totalen", "subtotaal", "som", "totaal aantal"}
_LEGEND_WORDS = {"legende", "legend", "noot", "nota", "bron", "opmerking", "opmerkingen", "toelichting",
                 "nb", "n b", "source", "note", "notes", "voetnoot"}


def row_kind(table: TableSheet, number: int, cells: list[str | None]) -> str:
    """``data``, ``section`` (a label row: a theme heading), ``total``, ``legend`` or ``header``.

    A *section* is a row with one value only — one value merged across the row, one
    filled cell left of the name column, or one filled name cell that reads as a heading
    (upper case, "Thema ...", "Domein ..."). A single filled name cell in ordinary
    writing is an initiative without partners, and a single value right of it a row
    without a name: both are data (loaded with a warning, or rejected).
    """
    filled = [(i, c) for i, c in enumerate(cells) if c is not None]
    if not filled:
        return "data"
    first = normalise(filled[0][1])
    words = first.split()
    keys = table.header_keys
    if len(filled) > 1 and keys and header_key(cells[0]) == keys[0] and \
            [header_key(c) for c in cells[:len(keys)]] == keys[:len(cells)]:
        return "header"
    if words and (words[0] in _TOTAL_WORDS or first in _TOTAL_WORDS):
        rest = [c for _, c in filled[1:]]
        if all(_is_number(c) or _COUNT.match(str(c)) for c in rest):
            return "total"  # "Totaal | 80 | 12 partners": counts, possibly with the word counted
    if filled[0][1].lstrip().startswith(("*", "(1)", "¹")) or words and (
            words[0] in ("legende", "legend") or words[0] in _LEGEND_WORDS and ":" in str(filled[0][1])[:20]):
        return "legend"  # "Legende ...", "Bron: ...", "* ..." — not an initiative named "Bron van zorg"
    distinct = {c for _, c in filled}
    if len(distinct) != 1 or table.kind not in _RULE_KINDS:
        return "data"
    index = filled[0][0]
    if not any(ch.isalpha() for ch in str(filled[0][1])):
        return "data"  # a number alone (a row number without content) is no heading
    across = len(filled) > 1 and all((number, i) in table.sheet.merged for i, _ in filled[1:])
    if across:
        return "section"
    if len(filled) > 1:
        return "data"
    name_index = table.columns.index("name") if "name" in table.columns else 0
    if index < name_index:
        return "section"
    if index > name_index:
        return "data"  # a value in another column without a name: a row to load or reject
    text = str(filled[0][1])
    if (number, index) in table.sheet.merged:
        return "data"  # a name merged down over the rows of one initiative
    heading = (text.isupper() and sum(ch.isalpha() for ch in text) >= 4) or words[:1] in (["thema"], ["theme"],
                                                                                     ["domein"], ["cluster"])
    return "section" if heading else "data"


#: A count with the word it counts: "12 partners", "80 initiatieven", "35 %".
_COUNT = re.compile(r"^\s*\d[\d.,]*\s*%?\s*[^\W\d_]*\s*$")


def _is_number(text: str | None) -> bool:
    if text is None:
        return True
    try:
        float(str(text).replace(",", ".").replace("%", "").replace(" ", ""))
    except ValueError:
        return False
    return True
