"""Build the canonical tables row by row, resolving names and noting every decision.

:class:`TableBuilder` is fed one understood row at a time by
:func:`elznet.read_inventory` (aliases first, then organisations, people,
initiatives, wide rows, participations, ties). Each ``add_*`` returns True when the
row was loaded and False when it was rejected (after recording an ``error``).
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

import pandas as pd
from rapidfuzz import process

from elznet.read.load_report import LoadReport, Text
from elznet.read.names import (
    Partner,
    clean_display,
    looks_like_person,
    name_key,
    near_duplicates,
    normalise,
    parse_partner,
    slug,
    split_top_level,
)
from elznet.vocabulary import COLUMNS, OPEN_VOCABULARIES, REGIONS, VOCABULARIES, choices, infer_type, lookup

_SPLIT_NO_SLASH = re.compile(r"\s*[,;\n\r]\s*")
_SLASH = re.compile(r"\s*/\s*")
_TRUE = {"ja", "yes", "j", "y", "x", "1", "true", "waar", "formeel", "permanent", "structureel", "vast"}
_FALSE = {
    "nee",
    "neen",
    "no",
    "n",
    "0",
    "false",
    "onwaar",
    "informeel",
    "ad hoc",
    "adhoc",
    "tijdelijk",
    "projectmatig",
    "eenmalig",
}
_FREE_LISTS = ("target_groups", "municipalities", "ages")
#: What an ``aliassen`` row's ``soort`` (or a ``value_aliases`` key) may say, and the column it governs.
ALIAS_KINDS = {
    **dict.fromkeys(["organisatie", "organisaties", "organisation", "organization", "naam", "name", "persoon",
                     "personen", "person", "people", ""], "names"),
    **dict.fromkeys(["expertisedomein", "expertisedomeinen", "domein", "domeinen", "expertise",
                     "expertise domains", "expertise domain", "expertise_domains"], "expertise_domains"),
    **dict.fromkeys(["doelgroep", "doelgroepen", "target group", "target groups", "target_groups"],
                    "target_groups"),
    **dict.fromkeys(["model", "samenwerkingsmodel", "models"], "model"),
    **dict.fromkeys(["sector", "sectoren", "sectors"], "sector"),
    **dict.fromkeys(["gemeente", "gemeenten", "regio", "municipality", "municipalities"], "municipalities"),
    **dict.fromkeys(["zorgpadfase", "zorgpadfasen", "fase", "stages", "stage"], "stages"),
    **dict.fromkeys(["niveau", "level"], "level"),
    **dict.fromkeys(["status"], "status"),
}
_PLACE_WORDS = {"regio", "provincie", "zone", "elz", "werkgebied", "werkingsgebied", "arrondissement",
                "deelgemeente", "deelgemeenten", "gemeente", "stad", "district", "wijk", "region"}
_KNOWN_PLACES = {normalise(p) for places in REGIONS.values() for p in places} | {normalise(r) for r in REGIONS}
_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y",
                 "%Y/%m/%d")
_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_EXCEL_ERROR = re.compile(r"#(?:N/A|REF!|DIV/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)", re.IGNORECASE)
#: Placeholders and endings that are not an organisation (normalised).
_NOT_A_NAME = {"nvt", "n v t", "na", "n a", "idem", "x", "xx", "xxx", "onbekend", "geen", "nog te bepalen", "ntb",
               "tbd", "enz", "etc", "e a", "en andere", "andere", "div", "diverse", "..."}
#: "..., Politiezone enz." — an ending that says the list goes on, written after the last partner.
_LIST_ENDING = re.compile(r"[\s,;]+(?:enz\.?|etc\.?|e\.a\.?|en andere|\.\.\.|…)\s*$", re.IGNORECASE)


_PART_KEYS = ("initiative", "organisation", "person", "role", "unit")


def _keep_extras(part: dict, extras: dict | None) -> None:
    """Keep the extra columns of a participations row on its participation (the first value wins)."""
    for column, value in (extras or {}).items():
        if column not in _PART_KEYS and part.get(column) is None:
            part[column] = value


def T(nl: str, en: str) -> Text:  # noqa: N802 - reads as a marker for translated text
    """A message in Dutch and English."""
    return Text(nl, en)


def parse_date(value: object) -> _dt.date | None:
    """A cell as a date: a date or datetime, ISO or Belgian day-first text ("01/03/2023"),
    or an Excel serial number (1955-2119); None when it is no date."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _parse_date_text(str(value).strip())


_LOOKS_LIKE_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?: \d{2}:\d{2}:\d{2})?$")


@lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> _dt.date | None:
    if not _LOOKS_LIKE_DATE.match(text):
        if text.isdigit() and 20000 <= int(text) <= 80000:
            return _EXCEL_EPOCH + _dt.timedelta(days=int(text))
        return None
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class TableBuilder:
    """Collects organisations, people, initiatives, participations and ties."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        self.alias: dict[str, str] = {}  # normalised variant -> normalised canonical (one step)
        self.display: dict[str, str] = {}  # normalised canonical -> spelling to show
        self.value_alias: dict[str, dict[str, str]] = {}  # column -> normalised variant -> value
        self.orgs: dict[str, dict[str, Any]] = {}  # normalised name -> record
        self.org_ids: dict[str, str] = {}  # id -> normalised name
        self.origin: dict[str, tuple[str, int, str]] = {}  # normalised org name -> first place seen
        self.mentions: dict[str, int] = {}  # normalised org name -> times referred to
        self.listed_orgs: dict[str, int] = {}  # org key -> row in an organisations sheet
        self.people: dict[tuple[str, str | None], dict[str, Any]] = {}  # (name key, organisation) -> record
        self.people_by_name: dict[str, list[tuple[str, str | None]]] = {}
        self.person_ids: dict[str, tuple[str, str | None]] = {}
        self.listed_people: dict[tuple[str, str | None], int] = {}
        self.initiatives: dict[str, dict[str, Any]] = {}
        self.initiative_keys: dict[str, tuple[str, str, int]] = {}  # name -> (id, sheet, row) of the first
        self.parts: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        self.by_pair: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
        self.ties: list[dict[str, Any]] = []
        self.used_ids: set[str] = set()
        self.spelling: dict[tuple[str, str], str] = {}
        self.noted: set[tuple[str, str]] = set()
        self.last_wide: str | None = None
        self.counters = {"I": 0, "P": 0}
        self.places: set[str] = set(_KNOWN_PLACES)
        self._parsed: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
        self._parsed_partners: dict[str, Partner] = {}

    # --- names --------------------------------------------------------------------
    def add_alias(self, variant: str, canonical: str, kind: str = "names") -> None:
        """Confirm that ``variant`` means ``canonical`` (names, or values of a column)."""
        if kind != "names":
            v, c = normalise(variant), normalise(canonical)
            if v and c and v != c:
                self.value_alias.setdefault(kind, {})[v] = canonical.strip()
            return
        v, c = name_key(variant), name_key(canonical)
        if not v or not c or v == c:
            return
        self.alias[v] = c
        self.display.setdefault(c, clean_display(canonical))

    def resolve_aliases(self) -> None:
        """Report and break alias cycles (A -> B -> A); chains resolve in any row order."""
        for start in list(self.alias):
            seen, k = [start], self.alias.get(start)
            while k is not None and k not in seen:
                seen.append(k)
                k = self.alias.get(k)
            if k is not None and start in self.alias:  # back at a name already on the path: a cycle
                cycle = seen[seen.index(k):]
                self.report.add("warning", T(
                    "aliassen vormen een kring (" + " → ".join(cycle + [k]) + "); de kring is verbroken bij "
                    f"'{cycle[-1]}'",
                    "aliases form a cycle (" + " → ".join(cycle + [k]) + f"); the cycle is broken at '{cycle[-1]}'"),
                    sheet="aliassen", value=cycle[-1], suggestion=T(
                        "geef elke variant één juiste naam", "give every variant one correct name"))
                del self.alias[cycle[-1]]

    def key(self, name: str) -> str:
        k = name_key(name) or name.strip().casefold()
        seen = 0
        while k in self.alias and seen < 50:
            k, seen = self.alias[k], seen + 1
        return k

    def is_place(self, text: str) -> bool:
        """Whether a parenthesised qualifier names a place ("Eeklo", "regio Meetjesland")."""
        words = normalise(text).split()
        if not words:
            return False
        if words[0] in _PLACE_WORDS:
            return True
        if normalise(text) in self.places:
            return True
        parts = [normalise(p) for p in re.split(r"\s*[/,&]\s*|\s+en\s+", text)]
        if parts and all(p in self.places for p in parts if p):
            return True
        # "afdeling Eeklo", "Afdeling Gent": a branch named after its place keeps organisations apart
        rest = text.strip().split(None, 1)[1] if len(words) > 1 else ""
        return words[0] in ("afdeling", "werking", "kern") and (" ".join(words[1:]) in self.places or rest[:1].isupper())

    def _new_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.used_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used_ids.add(candidate)
        return candidate

    def _counter_id(self, prefix: str) -> str:
        while True:
            self.counters[prefix] += 1
            candidate = f"{prefix}{self.counters[prefix]:03d}"
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def _note_spelling(self, written: str, record: dict, row, column: str) -> None:
        if written.strip() == record["name"] or (written, record["name"]) in self.noted:
            return
        self.noted.add((written, record["name"]))
        if name_key(written) != name_key(record["name"]):
            text = T(f"'{written}' gelezen als '{record['name']}' (bevestigde alias)",
                     f"'{written}' read as '{record['name']}' (confirmed alias)")
        else:
            text = T(f"'{written}' gelezen als '{record['name']}' (zelfde naam, andere schrijfwijze)",
                     f"'{written}' read as '{record['name']}' (normalised spelling)")
        self._add("info", text, row, column, value=written)

    def org(self, ref: str, row, column: str, *, expect_listed: bool = True) -> str:
        """The id of the organisation ``ref`` names (id or name), created when new.

        A new organisation is a warning when an organisations sheet exists and the
        reference comes from a tidy sheet (``expect_listed``); in a wide partner cell
        a partial organisations sheet is normal, and the sector note says enough.
        """
        if ref in self.org_ids:
            return ref
        key = self.key(ref)
        if key in self.orgs:
            self._note_spelling(ref, self.orgs[key], row, column)
            self.mentions[key] = self.mentions.get(key, 0) + 1
            return self.orgs[key]["id"]
        record = self._new_org(ref, key, row, column, {})
        if key != name_key(ref):
            self._note_spelling(ref, record, row, column)
        if self.listed_orgs and expect_listed:
            self._add("warning", T("organisatie staat niet op het tabblad organisaties; toegevoegd",
                                   "organisation not in the organisations sheet; added"),
                      row, column, value=ref,
                      suggestion=T("voeg ze toe aan het tabblad organisaties met haar sector, of verbeter de naam",
                                   "add it to the organisaties sheet with its sector, or correct the name"))
        return record["id"]

    def _new_org(self, name: str, key: str, row, column: str, fields: dict) -> dict:
        given = fields.pop("id", None)
        record: dict[str, Any] = dict.fromkeys(COLUMNS["organisations"])
        record.update(fields)
        record["name"] = self.display.get(key, clean_display(name))  # a confirmed alias shows the correct spelling
        record["id"] = self._new_id(given or slug(record["name"]) or "organisatie")
        self._sector(record, row, column)
        self.orgs[key] = record
        self.org_ids[record["id"]] = key
        self.origin[key] = (row.sheet, row.number, row.headers.get(column, column))
        return record

    def _sector(self, record: dict, row, column: str) -> None:
        given = record.get("sector")
        if given:
            sector = lookup("sector", self._value_alias("sector", given))
            if sector:
                record["sector"] = sector
                if not record.get("type"):
                    guess = infer_type(record["name"])
                    record["type"] = guess[0] if guess else None
                return
            self._add("warning", T(f"onbekende sector '{given}'; op 'onbekend' gezet",
                                   f"unknown sector '{given}'; set to 'onbekend'"),
                      row, "sector", value=given, suggestion=_closest("sector", given))
            record["sector"] = "onbekend"
            return
        guess = infer_type(record["type"]) if record.get("type") else None
        source = ("type", "type")
        if guess is None:
            guess, source = infer_type(record["name"]), ("naam", "name")
        if guess is None:
            record["sector"] = "onbekend"
            self._add("warning", T("sector onbekend: geen tabblad geeft ze en de naam zegt ze niet",
                                   "sector unknown: no sheet gives it and the name does not tell"),
                      row, column, value=record["name"],
                      suggestion=T("voeg de organisatie met haar sector toe aan het tabblad organisaties",
                                   "add the organisation with its sector to the organisaties sheet"))
            return
        record["type"] = record.get("type") or guess[0]
        record["sector"] = guess[1]
        self._add("info", T(f"sector '{guess[1]}' afgeleid uit de {source[0]} (type {guess[0]})",
                            f"sector '{guess[1]}' inferred from the {source[1]} (type {guess[0]})"),
                  row, column, value=record["name"])

    def person(self, ref: str, org_id: str | None, row, column: str) -> str:
        """The id of the person ``ref`` names at ``org_id``; one name at two organisations is
        two people unless an alias names them (then one, with a note)."""
        if ref in self.person_ids:
            return ref
        k = self.key(ref)
        namesakes = self.people_by_name.get(k, [])
        found = None
        if (k, org_id) in self.people:
            found = (k, org_id)
        elif (k, None) in self.people:
            found = (k, None)
        elif namesakes and (org_id is None or k in self.display or k != name_key(ref)):
            found = namesakes[0]  # no organisation given, or an alias joins them
        if found is not None:
            self._note_spelling(ref, self.people[found], row, column)
            return self.people[found]["id"]
        record = {"id": self._counter_id("P"), "name": self.display.get(k, clean_display(ref)), "organisation": org_id,
                  "role": None}
        self._store_person((k, org_id), record)
        if namesakes:
            other = self.people[namesakes[0]]
            self._add("warning", T(
                f"dezelfde naam als persoon {other['id']} van een andere organisatie; gelezen als twee personen",
                f"the same name as person {other['id']} of another organisation; read as two people"),
                row, column, value=f"{record['id']} / {other['id']}",
                suggestion=T("is het één persoon, voeg dan een alias toe (variant en juiste naam gelijk "
                             "aan deze naam) op het tabblad aliassen",
                             "if it is one person, add an alias for the name in the aliassen sheet"))
        if self.listed_people:
            self._add("warning", T("persoon staat niet op het tabblad personen; toegevoegd",
                                   "person not in the people sheet; added"),
                      row, column, value=record["id"],
                      suggestion=T("voeg de persoon toe aan het tabblad personen, of verbeter de naam",
                                   "add the person to the personen sheet, or correct the name"))
        return record["id"]

    def _store_person(self, key: tuple[str, str | None], record: dict) -> None:
        self.people[key] = record
        self.person_ids[record["id"]] = key
        self.people_by_name.setdefault(key[0], []).append(key)

    def join_people(self, name: str) -> None:
        """An alias row whose variant and correct name are one person's name: one person."""
        self.display.setdefault(name_key(name), clean_display(name))

    # --- values -------------------------------------------------------------------
    def _value_alias(self, col: str, value: str) -> str:
        return self.value_alias.get(col, {}).get(normalise(value), value)

    def _parse_list(self, col: str, cell: str) -> list[tuple[str, str | None]]:
        """``[(value, unknown_as_written | None)]``: known labels matched longest-first
        across separators (so "Medische, paramedische, geestelijke gezondheidsaspecten" is
        one domain), the rest split on , ; / and line breaks."""
        cached = self._parsed.get((col, cell))
        if cached is not None:
            return cached
        pieces = split_top_level(cell)
        vocab = col in VOCABULARIES or col in OPEN_VOCABULARIES
        out: list[tuple[str, str | None]] = []
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                written = ", ".join(pieces[i:j])
                value = self._value_alias(col, written)
                key = lookup(col, value) if vocab else None
                if key is not None or value is not written or j == i + 1:
                    break
            if key is None and (normalise(written) in _NOT_A_NAME or not normalise(written)):
                out.append((None, written))  # a placeholder ("nvt", "-", "?", "#N/A"), not a value
            elif key is not None:
                out.append((key, None))
            elif value is not written:  # a confirmed value alias: the zone's own word
                out.append((value, None))
            elif col in VOCABULARIES:
                out.append((written, written))
            else:  # free text: one spelling per normalised value
                out.append((self.spelling.setdefault((col, normalise(written)), written), None))
            i = j
        self._parsed[(col, cell)] = out
        return out

    def _list(self, col: str, cell: str | None, row, extra: list[str] | None = None) -> list[str]:
        out = []
        errors = _EXCEL_ERROR.findall(cell) if cell else []
        if errors:
            cell = _EXCEL_ERROR.sub(";", cell)
            self._add("warning", T(f"Excel-foutwaarde {', '.join(errors)} is geen waarde; niet gelezen",
                                   f"Excel error value {', '.join(errors)} is not a value; not read"),
                      row, col, value=", ".join(errors),
                      suggestion=T("herstel de formule of typ de waarde", "repair the formula or type the value"))
        for value, unknown in self._parse_list(col, cell) if cell else []:
            if value is None:
                self._add("warning", T(f"'{unknown}' is een plaatshouder, geen waarde; niet gelezen",
                                       f"'{unknown}' is a placeholder, not a value; not read"),
                          row, col, value=unknown, suggestion=T("vul de waarde in of laat de cel leeg",
                                                                "fill in the value or leave the cell empty"))
                continue
            if unknown is not None:
                self._add("warning", T(f"'{unknown}' is geen gekende waarde voor {_LABEL_NL.get(col, col)}; "
                                       "behouden zoals geschreven",
                                       f"'{unknown}' is not a known {col.replace('_', ' ')} value; kept as written"),
                          row, col, value=unknown, suggestion=_closest(col, unknown))
            out.append(value)
        for item in extra or []:
            out.extend(v for v, _ in self._parse_list(col, item) if v is not None)
        if col == "municipalities":
            self.places.update(normalise(v) for v in out)
        return list(dict.fromkeys(out))

    def _vocab(self, col: str, value: str | None, row) -> str | None:
        """The vocabulary key of ``value``; an unknown value is kept as written, with a warning."""
        if value is None:
            return None
        key = lookup(col, self._value_alias(col, value))
        if key is None:
            self._add("warning", T(f"'{value}' is geen gekende waarde voor {_LABEL_NL.get(col, col)}; "
                                   "behouden zoals geschreven",
                                   f"'{value}' is not a known {col.replace('_', ' ')} value; kept as written"),
                      row, col, value=value, suggestion=_closest(col, value))
            return value
        return key

    def _bool(self, col: str, value: str | None, row) -> bool | None:
        if value is None:
            return None
        key = normalise(value)
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        self._add("warning", T(f"'{value}' is geen ja/nee-waarde; leeg gelaten",
                               f"'{value}' is not a yes/no value; left empty"),
                  row, col, value=value, suggestion=T("gebruik ja of nee", "use ja or nee"))
        return None

    def _date(self, col: str, value: str | None, row) -> _dt.date | str | None:
        if value is None:
            return None
        date = parse_date(value)
        if date is None:
            self._add("warning", T(f"'{value}' is geen datum; als tekst behouden",
                                   f"'{value}' is not a date; kept as text"),
                      row, col, value=value, suggestion=T("schrijf een datum als 01/03/2023 of 2023-03-01",
                                                          "write a date as 01/03/2023 or 2023-03-01"))
            return str(value)
        return date

    def _fields(self, table: str, row, skip: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for col in COLUMNS[table]:
            if col in skip:
                continue
            value = row.get(col)
            if col in ("formal", "permanent"):
                out[col] = self._bool(col, value, row)
            elif col in ("stages", "expertise_domains") or col in _FREE_LISTS:
                out[col] = self._list(col, value, row, row.listed.get(col))
            elif col in ("model", "level", "language", "status"):
                out[col] = self._vocab(col, value, row)
            elif col in ("start", "end"):
                out[col] = self._date(col, value, row)
            elif col == "theme":
                out[col] = value if value is not None else row.theme
            else:
                out[col] = value
        out.update(row.extras)
        return out

    def _add(self, severity: str, problem: str | Text, row, column: str, value: object = "",
             suggestion: str | Text = "") -> None:
        """Record a problem at ``row``, naming the column by the header the analyst wrote."""
        self.report.add(severity, problem, sheet=row.sheet, row=row.number,
                        column=row.headers.get(column, column), value=value, suggestion=suggestion)

    def _reject(self, row, problem: str | Text, column: str = "", value: object = "",
                suggestion: str | Text = "") -> bool:
        """Record an error for a row that is not loaded; its value is the whole row, so
        nothing the row held is lost from sight."""
        self._add("error", problem, row, column, getattr(row, "text", "") or value, suggestion)
        return False

    # --- sheets -------------------------------------------------------------------
    def add_aliases(self, row) -> bool:
        variant, canonical = row.get("variant"), row.get("canonical")
        if not variant or not canonical:
            return self._reject(row, T("een alias heeft een variant en een juiste naam nodig",
                                       "an alias needs both the variant and the correct name"),
                                suggestion=T("vul beide cellen in of verwijder de rij",
                                             "fill in both cells or delete the row"))
        soort = row.get("kind")
        kind = ALIAS_KINDS.get(normalise(soort or ""))
        if kind is None:
            return self._reject(row, T(f"onbekende soort alias '{soort}'", f"unknown kind of alias '{soort}'"),
                                "kind", soort, T("gebruik organisatie, persoon, expertisedomein, doelgroep, "
                                                 "model, sector, gemeente of status",
                                                 "use organisatie, persoon, expertisedomein, doelgroep, model, "
                                                 "sector, gemeente or status"))
        if kind == "names" and name_key(variant) == name_key(canonical):
            self.join_people(canonical)
        self.add_alias(variant, canonical, kind)
        return True

    def _reject_taken_id(self, row, given: str, suggestion: Text) -> bool:
        """Reject a row whose ``id`` another row already uses (False, as :meth:`_reject`)."""
        return self._reject(row, T("dit id is al gebruikt door een andere rij", "this id is already used by another row"),
                            "id", given, suggestion)

    def add_organisations(self, row) -> bool:
        name = row.get("name")
        if not name:
            return self._reject(row, T("organisatie zonder naam", "organisation without a name"), "name",
                                suggestion=T("vul de naam in of verwijder de rij", "fill in the name or delete the row"))
        key = self.key(name)
        if key in self.listed_orgs:
            return self._reject(row, T(f"organisatie staat twee keer op de lijst (ook op rij {self.listed_orgs[key]})",
                                       f"organisation listed twice (also on row {self.listed_orgs[key]})"),
                                "name", name, T("verwijder één van de rijen of voeg ze samen",
                                                "delete one of the rows or merge them"))
        given = row.get("id")
        if given and given in self.used_ids:
            return self._reject_taken_id(row, given, T("geef elke organisatie een eigen id",
                                                       "give every organisation its own id"))
        fields = self._fields("organisations", row, skip=("name",))
        self.listed_orgs[key] = row.number
        self._new_org(name, key, row, "name", fields)
        return True

    def add_people(self, row) -> bool:
        name = row.get("name")
        if not name:
            return self._reject(row, T("persoon zonder naam", "person without a name"), "name",
                                suggestion=T("vul de naam in of verwijder de rij", "fill in the name or delete the row"))
        org = row.get("organisation")
        org_id = self.org(org, row, "organisation") if org else None
        key = (self.key(name), org_id)
        if key in self.listed_people:
            return self._reject(row, T(f"persoon staat twee keer op de lijst (ook op rij {self.listed_people[key]})",
                                       f"person listed twice (also on row {self.listed_people[key]})"),
                                "name", name, T("verwijder één van de rijen, of onderscheid twee naamgenoten",
                                                "delete one of the rows, or tell two namesakes apart in the name"))
        given = row.get("id")
        if given and given in self.used_ids:
            return self._reject_taken_id(row, given, T("geef elke persoon een eigen id",
                                                       "give every person their own id"))
        namesakes = self.people_by_name.get(key[0], [])
        record = {"id": self._new_id(given) if given else self._counter_id("P"), "name": name,
                  "organisation": org_id, "role": row.get("role"), **row.extras}
        if namesakes:
            other = self.people[namesakes[0]]
            self._add("warning", T(f"dezelfde naam als persoon {other['id']}; gelezen als twee personen",
                                   f"the same name as person {other['id']}; read as two people"),
                      row, "name", value=f"{record['id']} / {other['id']}",
                      suggestion=T("is het één persoon, verwijder dan één rij",
                                   "if it is one person, delete one of the rows"))
        self._store_person(key, record)
        self.listed_people[key] = row.number
        return True

    def _initiative(self, row, *, wide: bool) -> tuple[str, bool] | None:
        name = row.get("name")
        if not name:
            self._reject(row, T("initiatief zonder naam", "initiative without a name"), "name",
                         suggestion=T("vul de naam van het initiatief in of verwijder de rij",
                                      "fill in the initiative's name or delete the row"))
            return None
        key = normalise(name) or name.casefold()
        first = self.initiative_keys.get(key)
        if first is not None:
            ini, sheet, number = first
            if wide and "name" in row.merged and self.last_wide is not None and \
                    normalise(self.initiatives[self.last_wide]["name"]) == key:
                return self.last_wide, True  # the next row of an initiative whose cells are merged
        given = row.get("id")  # the zone's own number (wide) or id (tidy)
        if given and given in self.used_ids:
            self._reject_taken_id(row, given, T("geef elk initiatief een eigen id", "give every initiative its own id"))
            return None
        record = {
            "id": self._new_id(given) if given else self._counter_id("I"),
            **self._fields("initiatives", row, skip=("id",)),
        }
        self.initiatives[record["id"]] = record
        if first is None:
            self.initiative_keys[key] = (record["id"], row.sheet, row.number)
        else:  # a finding for duplicates(), not a reject
            self._add("warning", T(
                f"initiatief met dezelfde naam als {first[1]} rij {first[2]} ({first[0]}); gelezen als twee "
                f"initiatieven ({first[0]} en {record['id']})",
                f"initiative with the same name as {first[1]} row {first[2]} ({first[0]}); read as two "
                f"initiatives ({first[0]} and {record['id']})"),
                row, "name", name, T("is het hetzelfde initiatief, voeg de rijen dan samen; anders geef ze "
                                     "een eigen naam", "if it is one initiative, merge the rows; otherwise "
                                     "give them distinct names"))
        return record["id"], False

    def add_initiatives(self, row) -> bool:
        return self._initiative(row, wide=False) is not None

    def add_wide(self, row) -> bool:
        found = self._initiative(row, wide=True)
        if found is None:
            return False
        ini, continued = found
        if continued:  # union the list cells of the extra row into the initiative
            record = self.initiatives[ini]
            for col, value in self._fields("initiatives", row, skip=("id",)).items():
                if isinstance(value, list):
                    record[col] = list(dict.fromkeys(record[col] + value))
        partners, lead, contact = row.get("partners"), row.get("lead"), row.get("contact")
        if partners:
            self._partners(ini, partners, row, "partners", "partner")
        for org in row.listed.get("partners", []):
            self._partners(ini, org, row, "partners", "partner")
        if lead:
            self._partners(ini, lead, row, "lead", "trekker")
        if contact:
            self._contacts(ini, contact, row)
        if not partners and not row.listed.get("partners") and not continued:
            self._add("warning", T("initiatief zonder partners", "initiative without partners"), row, "partners",
                      value=row.get("name"), suggestion=T("vul de partners in, gescheiden door ; of regeleinden",
                                                          "fill in the partners, separated by ; or line breaks"))
        self.last_wide = ini
        return True

    def _partners(self, ini: str, cell: str, row, column: str, role: str) -> list[str]:
        orgs = []
        errors = _EXCEL_ERROR.findall(cell)
        if errors:
            cell = _EXCEL_ERROR.sub(";", cell)
            self._add("warning", T(f"Excel-foutwaarde {', '.join(errors)} is geen organisatie; niet gelezen",
                                   f"Excel error value {', '.join(errors)} is not an organisation; not read"),
                      row, column, value=", ".join(errors),
                      suggestion=T("herstel de formule of typ de naam", "repair the formula or type the name"))
        for segment in split_top_level(cell, _SPLIT_NO_SLASH):
            for token in self._split_slashes(segment):
                written, token = token, token.strip().lstrip("•·▪●◦*–—-> \t").strip()
                ending = _LIST_ENDING.search(token)
                if ending and token[:ending.start()].strip():
                    token = token[:ending.start()].strip()
                    self._add("warning", T(f"'{ending.group().strip(' ,;')}' na '{token}' zegt dat de lijst "
                                           "doorgaat: de partnerlijst is onvolledig; geen deel van de naam",
                                           f"'{ending.group().strip(' ,;')}' after '{token}' says the list goes on: "
                                           "the partner list is incomplete; not part of the name"),
                              row, column, value=written,
                              suggestion=T("vul de ontbrekende partners aan", "add the missing partners"))
                if normalise(token) in _NOT_A_NAME or not name_key(token) and "(" not in token:
                    if written.strip():
                        self._add("warning", T(f"'{written}' is geen organisatie (een plaatshouder); niet gelezen",
                                               f"'{written}' is not an organisation (a placeholder); not read"),
                                  row, column, value=written,
                                  suggestion=T("vul de partner in of laat de cel leeg",
                                               "fill in the partner or leave the cell empty"))
                    continue
                # a name listed with its parentheses ("CAW (Dienst Welzijn)" on the organisations sheet) is that name
                if self._known(token):
                    part = Partner(token, [], [], [])
                else:
                    part = self._parsed_partners.get(token)
                    if part is None:
                        part = self._parsed_partners[token] = parse_partner(token, self.is_place)
                if not part.name:
                    self._add("warning", T("tekst tussen haakjes zonder organisatie ervoor; niet gelezen",
                                           "text in parentheses without an organisation before it; not read"),
                              row, column, value=token)
                    continue
                org = self.org(part.name, row, column, expect_listed=False)
                orgs.append(org)
                unit = "; ".join(part.units) or None
                for text in part.unsure:
                    self._add("warning", T(f"'{text}' tussen haakjes kan een persoon of een dienst zijn; gelezen "
                                           "als dienst of afdeling",
                                           f"'{text}' in parentheses may be a person or a department; read as a "
                                           "department"),
                              row, column, value=token,
                              suggestion=T("schrijf een persoon als 'Voornaam Achternaam' of 'A. Achternaam'",
                                           "write a person as 'First Last' or 'A. Last'"))
                for person in part.people or [None]:
                    pid = self.person(person, org, row, column) if person else None
                    self._participate(ini, org, pid, role, unit)
        return orgs

    def _contacts(self, ini: str, cell: str, row) -> None:
        """Contact people of an initiative: people (at the lead, if one) or partners with their people."""
        leads = [k[1] for k in self.parts if k[0] == ini and self.parts[k]["role"] == "trekker"]
        contacts = []
        for item in split_top_level(cell, _SPLIT_NO_SLASH):
            if looks_like_person(item):
                org = leads[0] if len(set(leads)) == 1 else None
                pid = self.person(item, org, row, "contact")
                contacts.append(pid)
                if org is not None:
                    self._participate(ini, org, pid, "trekker")
            else:
                self._partners(ini, item, row, "contact", "partner")
        if contacts:
            record = self.initiatives[ini]
            record["contact"] = list(dict.fromkeys((record.get("contact") or []) + contacts))

    def _split_slashes(self, segment: str) -> list[str]:
        """Split on slashes, but keep "CAW/JAC Oost-Vlaanderen" whole when that name is known."""
        if "/" not in segment:
            return [segment]
        pieces = split_top_level(segment, _SLASH)
        tokens, i = [], 0
        while i < len(pieces):
            for j in range(len(pieces), i + 1, -1):  # the longest known name first
                joined = "/".join(pieces[i:j])
                if self._known(parse_partner(joined, self.is_place).name):
                    tokens.append(joined)
                    i = j
                    break
            else:
                tokens.append(pieces[i])
                i += 1
        return tokens

    def _known(self, name: str) -> bool:
        return name in self.org_ids or self.key(name) in self.orgs

    def _participate(self, ini: str, org: str, person: str | None, role: str | None,
                     unit: str | None = None, extras: dict | None = None) -> None:
        """Add one participation; a person-less one is dropped once a carrier is known.
        ``extras`` (columns of a participations sheet elznet does not know, e.g. a
        care-path stage) are kept on it."""
        keys = self.by_pair.setdefault((ini, org), [])
        if person is None and keys:
            for k in keys:
                if role == "trekker":
                    self.parts[k]["role"] = role
                self.parts[k]["unit"] = _join(self.parts[k].get("unit"), unit)
                _keep_extras(self.parts[k], extras)
            return
        key = (ini, org, person)
        if key in self.parts:
            if role == "trekker":
                self.parts[key]["role"] = role
            self.parts[key]["unit"] = _join(self.parts[key].get("unit"), unit)
            _keep_extras(self.parts[key], extras)
            return
        anonymous = (ini, org, None)
        if anonymous in self.parts:
            keys.remove(anonymous)
            old = self.parts.pop(anonymous)
            if old["role"] == "trekker":
                role = "trekker"
            unit = _join(old.get("unit"), unit)
            extras = {**{k: v for k, v in old.items() if k not in _PART_KEYS}, **(extras or {})}
        self.parts[key] = {"initiative": ini, "organisation": org, "person": person, "role": role, "unit": unit}
        _keep_extras(self.parts[key], extras)
        keys.append(key)

    def add_participations(self, row) -> bool:
        ref = row.get("initiative")
        ini = ref if ref in self.initiatives else None
        if ini is None and ref:
            found = self.initiative_keys.get(normalise(ref))
            ini = found[0] if found else None
            same = [i for i, r in self.initiatives.items() if normalise(r["name"]) == normalise(ref)]
            if len(same) > 1:
                self._add("warning", T(f"meerdere initiatieven heten zo ({', '.join(same)}); gekoppeld aan {ini}",
                                       f"several initiatives have this name ({', '.join(same)}); linked to {ini}"),
                          row, "initiative", ref, T("gebruik het id van het initiatief", "use the initiative's id"))
        if ini is None:
            return self._reject(row, T("onbekend initiatief", "unknown initiative"), "initiative", ref or "",
                                T("gebruik een id of naam van het tabblad initiatieven",
                                  "use an id or name from the initiatives sheet"))
        org = self.org(row.get("organisation"), row, "organisation")  # type: ignore[arg-type]
        person = row.get("person")
        pid = self.person(person, org, row, "person") if person else None
        self._participate(ini, org, pid, row.get("role") or "partner", row.get("unit"), row.extras)
        return True

    def add_ties(self, row) -> bool:
        source = self.org(row.get("source"), row, "source")  # type: ignore[arg-type]
        target = self.org(row.get("target"), row, "target")  # type: ignore[arg-type]
        if source == target:
            return self._reject(row, T("een band van een organisatie met zichzelf", "a tie from an organisation to itself"),
                                "target", row.get("target"), T("verbeter één van de twee organisaties",
                                                               "correct one of the two organisations"))
        intensity = row.get("intensity")
        value = None
        if intensity is not None:
            try:
                value = float(intensity.replace(",", "."))
            except ValueError:
                self._add("warning", T("intensiteit is geen getal; leeg gelaten", "intensity is not a number; left empty"),
                          row, "intensity", value=intensity,
                          suggestion=T("gebruik een getal, bv. 1 (zwak) tot 3 (sterk)",
                                       "use a number, e.g. 1 (weak) to 3 (strong)"))
        people = [self.person(p, None, row, "people") for p in split_top_level(row.get("people") or "")]
        self.ties.append({"source": source, "target": target, "kind": self._vocab("kind", row.get("kind"), row),
                          "intensity": value, "people": people, **row.extras})
        return True

    # --- the end --------------------------------------------------------------------
    def finish(self) -> None:
        """Suggest organisations whose names are probably one and the same."""
        rows = []
        order = {key: i for i, key in enumerate(self.orgs)}

        def standing(key: str) -> tuple:  # the likelier correct spelling sorts first
            return (key not in self.listed_orgs, -self.mentions.get(key, 0), order[key])

        for a, b, score in near_duplicates(list(self.orgs)):
            first, later = sorted((a, b), key=standing)
            name_a, name_b = self.orgs[first]["name"], self.orgs[later]["name"]
            sheet, number, column = self.origin[later]
            self.report.add(
                "warning",
                T(f"'{name_b}' lijkt op '{name_a}' (gelijkenis {score:.0f}); als twee organisaties behouden",
                  f"'{name_b}' looks like '{name_a}' (similarity {score:.0f}); kept as two organisations"),
                sheet=sheet, row=number, column=column, value=name_b,
                suggestion=T(f"is het dezelfde organisatie, voeg dan de alias {{'{name_b}': '{name_a}'}} toe "
                             "(aliases= of een rij op het tabblad aliassen)",
                             f"if they are the same, add the alias {{'{name_b}': '{name_a}'}} or a "
                             "row in an aliassen sheet"))
            rows.append({"name": name_b, "similar_to": name_a, "score": score})
        self.report.suggestions = pd.DataFrame(rows, columns=["name", "similar_to", "score"])

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "organisations": _frame(self.orgs.values(), COLUMNS["organisations"]),
            "people": _frame(self.people.values(), COLUMNS["people"]),
            "initiatives": _frame(self.initiatives.values(), COLUMNS["initiatives"]),
            "participations": _frame(self.parts.values(), COLUMNS["participations"]),
            "ties": _frame(self.ties, COLUMNS["ties"]),
        }


def _frame(records, columns: list[str]) -> pd.DataFrame:
    records = list(records)
    columns = columns + list(dict.fromkeys(k for r in records for k in r if k not in columns))
    return pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype=object) for c in columns},
                        columns=columns)


def _join(a: str | None, b: str | None) -> str | None:
    if not a or not b or b in a.split("; "):
        return a or b
    return f"{a}; {b}"


_LABEL_NL = {"expertise_domains": "expertisedomein", "stages": "zorgpadfase", "model": "samenwerkingsmodel",
             "level": "niveau", "kind": "soort relatie", "language": "taal", "status": "status",
             "sector": "sector"}


def _closest(vocab: str, value: str) -> Text:
    match = process.extractOne(normalise(value), choices(vocab))
    allowed = ", ".join(VOCABULARIES[vocab])
    if match and match[1] >= 70:
        key = lookup(vocab, match[0])
        return T(f"bedoelt u '{key}'? (toegelaten: {allowed}; een eigen woord: value_aliases= of het tabblad "
                 "aliassen)", f"did you mean '{key}'? (allowed: {allowed})")
    return T(f"gebruik één van: {allowed}", f"use one of: {allowed}")
