"""Build the canonical tables row by row, resolving names and noting every decision.

:class:`TableBuilder` is fed one understood row at a time by
:func:`elznet.read_inventory` (aliases first, then organisations, people,
initiatives, wide rows, participations, ties). Each ``add_*`` returns True when the
row was loaded and False when it was rejected (after recording an ``error``).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
from rapidfuzz import process

from elznet.read.load_report import LoadReport
from elznet.read.names import near_duplicates, normalise, slug, split_partner, split_top_level
from elznet.vocabulary import COLUMNS, VOCABULARIES, choices, infer_type, lookup

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


class TableBuilder:
    """Collects organisations, people, initiatives, participations and ties."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        self.alias: dict[str, str] = {}
        self.orgs: dict[str, dict[str, Any]] = {}  # normalised name -> record
        self.org_ids: dict[str, str] = {}  # id -> normalised name
        self.origin: dict[str, tuple[str, int, str]] = {}  # normalised org name -> first place seen
        self.mentions: dict[str, int] = {}  # normalised org name -> times referred to
        self.listed_orgs: dict[str, int] = {}  # org key -> row in an organisations sheet
        self.people: dict[str, dict[str, Any]] = {}
        self.person_ids: dict[str, str] = {}
        self.listed_people: dict[str, int] = {}
        self.initiatives: dict[str, dict[str, Any]] = {}
        self.initiative_keys: dict[str, tuple[str, str, int]] = {}  # name -> (id, sheet, row)
        self.parts: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        self.by_pair: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
        self.ties: list[dict[str, Any]] = []
        self.used_ids: set[str] = set()
        self.spelling: dict[tuple[str, str], str] = {}
        self.noted: set[tuple[str, str]] = set()
        self.last_wide: str | None = None
        self.counters = {"I": 0, "P": 0}

    # --- names --------------------------------------------------------------------
    def add_alias(self, variant: str, canonical: str) -> None:
        v, c = normalise(variant), normalise(canonical)
        if v and c and v != c:
            self.alias[v] = self.alias.get(c, c)

    def key(self, name: str) -> str:
        k = normalise(name) or name.strip().casefold()
        return self.alias.get(k, k)

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
        how = "an alias" if normalise(written) != normalise(record["name"]) else "normalised spelling"
        self._add("info", f"'{written}' read as '{record['name']}' ({how})", row, column, value=written)

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
        if self.listed_orgs and expect_listed:
            self._add(
                "warning",
                "organisation not in the organisations sheet; added",
                row,
                column,
                value=ref,
                suggestion="add it to the organisaties sheet with its sector, or correct the name",
            )
        return record["id"]

    def _new_org(self, name: str, key: str, row, column: str, fields: dict) -> dict:
        given = fields.pop("id", None)
        record: dict[str, Any] = dict.fromkeys(COLUMNS["organisations"])
        record.update(fields)
        record["name"] = name.strip()
        record["id"] = self._new_id(given or slug(name) or "organisatie")
        self._sector(record, row, column)
        self.orgs[key] = record
        self.org_ids[record["id"]] = key
        self.origin[key] = (row.sheet, row.number, row.headers.get(column, column))
        return record

    def _sector(self, record: dict, row, column: str) -> None:
        given = record.get("sector")
        if given:
            sector = lookup("sector", given)
            if sector:
                record["sector"] = sector
                if not record.get("type"):
                    guess = infer_type(record["name"])
                    record["type"] = guess[0] if guess else None
                return
            self._add(
                "warning",
                f"unknown sector '{given}'; set to 'onbekend'",
                row,
                "sector",
                value=given,
                suggestion=_closest("sector", given),
            )
            record["sector"] = "onbekend"
            return
        guess = infer_type(record["type"]) if record.get("type") else None
        source = "type"
        if guess is None:
            guess, source = infer_type(record["name"]), "name"
        if guess is None:
            record["sector"] = "onbekend"
            self._add(
                "warning",
                "sector unknown: no sheet gives it and the name does not tell",
                row,
                column,
                value=record["name"],
                suggestion="add the organisation with its sector to the organisaties sheet",
            )
            return
        record["type"] = record.get("type") or guess[0]
        record["sector"] = guess[1]
        self._add(
            "info",
            f"sector '{guess[1]}' inferred from the {source} (type {guess[0]})",
            row,
            column,
            value=record["name"],
        )

    def person(self, ref: str, org_id: str | None, row, column: str) -> str:
        if ref in self.person_ids:
            return ref
        key = self.key(ref)
        if key in self.people:
            self._note_spelling(ref, self.people[key], row, column)
            return self.people[key]["id"]
        record = {"id": self._counter_id("P"), "name": ref.strip(), "organisation": org_id, "role": None}
        self.people[key] = record
        self.person_ids[record["id"]] = key
        if self.listed_people:
            self._add(
                "warning",
                "person not in the people sheet; added",
                row,
                column,
                value=ref,
                suggestion="add the person to the personen sheet, or correct the name",
            )
        return record["id"]

    # --- values -------------------------------------------------------------------
    def _list(self, col: str, cell: str | None, row) -> list[str]:
        items = split_top_level(cell) if cell else []
        if col in VOCABULARIES:
            out = [self._vocab(col, item, row) for item in items]
        else:  # free text: one spelling per normalised value
            out = [self.spelling.setdefault((col, normalise(item)), item) for item in items]
        return list(dict.fromkeys(out))

    def _vocab(self, col: str, value: str | None, row) -> str | None:
        """The vocabulary key of ``value``; an unknown value is kept as written, with a warning."""
        if value is None:
            return None
        key = lookup(col, value)
        if key is None:
            self._add("warning", f"'{value}' is not a known {col.replace('_', ' ')} value; kept as written", row,
                      col, value=value, suggestion=_closest(col, value))
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
        self._add(
            "warning",
            f"'{value}' is not a yes/no value; left empty",
            row,
            col,
            value=value,
            suggestion="use ja or nee",
        )
        return None

    def _fields(self, table: str, row, skip: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for col in COLUMNS[table]:
            if col in skip:
                continue
            value = row.get(col)
            if col in ("formal", "permanent"):
                out[col] = self._bool(col, value, row)
            elif col in ("stages", "expertise_domains") or col in _FREE_LISTS:
                out[col] = self._list(col, value, row)
            elif col in ("model", "level", "language"):
                out[col] = self._vocab(col, value, row)
            else:
                out[col] = value
        out.update(row.extras)
        return out

    def _add(
        self, severity: str, problem: str, row, column: str, value: object = "", suggestion: str = ""
    ) -> None:
        """Record a problem at ``row``, naming the column by the header the analyst wrote."""
        self.report.add(
            severity,
            problem,
            sheet=row.sheet,
            row=row.number,
            column=row.headers.get(column, column),
            value=value,
            suggestion=suggestion,
        )

    def _reject(self, row, problem: str, column: str = "", value: object = "", suggestion: str = "") -> bool:
        self._add("error", problem, row, column, value, suggestion)
        return False

    # --- sheets -------------------------------------------------------------------
    def add_aliases(self, row) -> bool:
        variant, canonical = row.get("variant"), row.get("canonical")
        if not variant or not canonical:
            return self._reject(
                row,
                "an alias needs both the variant and the correct name",
                suggestion="fill in both cells or delete the row",
            )
        self.add_alias(variant, canonical)
        return True

    def add_organisations(self, row) -> bool:
        name = row.get("name")
        if not name:
            return self._reject(
                row, "organisation without a name", "name", suggestion="fill in the name or delete the row"
            )
        key = self.key(name)
        if key in self.listed_orgs:
            return self._reject(
                row,
                f"organisation listed twice (also on row {self.listed_orgs[key]})",
                "name",
                name,
                "delete one of the rows or merge them",
            )
        given = row.get("id")
        if given and given in self.used_ids:
            return self._reject(
                row,
                "this id is already used by another row",
                "id",
                given,
                "give every organisation its own id",
            )
        fields = self._fields("organisations", row, skip=("name",))
        self.listed_orgs[key] = row.number
        self._new_org(name, key, row, "name", fields)
        return True

    def add_people(self, row) -> bool:
        name = row.get("name")
        if not name:
            return self._reject(
                row, "person without a name", "name", suggestion="fill in the name or delete the row"
            )
        key = self.key(name)
        if key in self.listed_people:
            return self._reject(
                row,
                f"person listed twice (also on row {self.listed_people[key]})",
                "name",
                name,
                "delete one of the rows, or tell two namesakes apart in the name",
            )
        given = row.get("id")
        if given and given in self.used_ids:
            return self._reject(
                row, "this id is already used by another row", "id", given, "give every person their own id"
            )
        org = row.get("organisation")
        record = {
            "id": self._new_id(given) if given else self._counter_id("P"),
            "name": name,
            "organisation": self.org(org, row, "organisation") if org else None,
            "role": row.get("role"),
            **row.extras,
        }
        self.people[key] = record
        self.person_ids[record["id"]] = key
        self.listed_people[key] = row.number
        return True

    def _initiative(self, row, *, wide: bool) -> tuple[str, bool] | None:
        name = row.get("name")
        if not name:
            self._reject(row, "initiative without a name", "name",
                         suggestion="fill in the initiative's name or delete the row")
            return None
        key = normalise(name) or name.casefold()
        if key in self.initiative_keys:
            ini, sheet, first = self.initiative_keys[key]
            if wide and "name" in row.merged and self.last_wide == ini:
                return ini, True  # the next row of an initiative whose cells are merged
            self._reject(
                row,
                f"initiative listed twice (same name as {sheet} row {first})",
                "name",
                name,
                "delete the duplicate row, or give the two initiatives distinct names",
            )
            return None
        given = None if wide else row.get("id")
        if given and given in self.used_ids:
            self._reject(
                row, "this id is already used by another row", "id", given, "give every initiative its own id"
            )
            return None
        record = {
            "id": self._new_id(given) if given else self._counter_id("I"),
            **self._fields("initiatives", row, skip=("id",)),
        }
        self.initiatives[record["id"]] = record
        self.initiative_keys[key] = (record["id"], row.sheet, row.number)
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
        partners, lead = row.get("partners"), row.get("lead")
        if partners:
            self._partners(ini, partners, row, "partners", "partner")
        if lead:
            self._partners(ini, lead, row, "lead", "trekker")
        if not partners and not continued:
            self._add(
                "warning",
                "initiative without partners",
                row,
                "partners",
                value=row.get("name"),
                suggestion="fill in the partners, separated by ; or line breaks",
            )
        self.last_wide = ini
        return True

    def _partners(self, ini: str, cell: str, row, column: str, role: str) -> None:
        for segment in split_top_level(cell, _SPLIT_NO_SLASH):
            for token in self._split_slashes(segment):
                name, people = split_partner(token)
                org = self.org(name, row, column, expect_listed=False)
                for person in people or [None]:
                    pid = self.person(person, org, row, column) if person else None
                    self._participate(ini, org, pid, role)

    def _split_slashes(self, segment: str) -> list[str]:
        """Split on slashes, but keep "CAW/JAC Oost-Vlaanderen" whole when that name is known."""
        if "/" not in segment:
            return [segment]
        pieces = split_top_level(segment, _SLASH)
        tokens, i = [], 0
        while i < len(pieces):
            for j in range(len(pieces), i + 1, -1):  # the longest known name first
                joined = "/".join(pieces[i:j])
                if self._known(split_partner(joined)[0]):
                    tokens.append(joined)
                    i = j
                    break
            else:
                tokens.append(pieces[i])
                i += 1
        return tokens

    def _known(self, name: str) -> bool:
        return name in self.org_ids or self.key(name) in self.orgs

    def _participate(self, ini: str, org: str, person: str | None, role: str | None) -> None:
        """Add one participation; a person-less one is dropped once a carrier is known."""
        keys = self.by_pair.setdefault((ini, org), [])
        if person is None and keys:
            if role == "trekker":
                for k in keys:
                    self.parts[k]["role"] = role
            return
        key = (ini, org, person)
        if key in self.parts:
            if role == "trekker":
                self.parts[key]["role"] = role
            return
        anonymous = (ini, org, None)
        if anonymous in self.parts:
            keys.remove(anonymous)
            if self.parts.pop(anonymous)["role"] == "trekker":
                role = "trekker"
        self.parts[key] = {"initiative": ini, "organisation": org, "person": person, "role": role}
        keys.append(key)

    def add_participations(self, row) -> bool:
        ref = row.get("initiative")
        ini = ref if ref in self.initiatives else None
        if ini is None and ref:
            found = self.initiative_keys.get(normalise(ref))
            ini = found[0] if found else None
        if ini is None:
            return self._reject(
                row,
                "unknown initiative",
                "initiative",
                ref or "",
                "use an id or name from the initiatives sheet",
            )
        org = self.org(row.get("organisation"), row, "organisation")  # type: ignore[arg-type]
        person = row.get("person")
        pid = self.person(person, org, row, "person") if person else None
        self._participate(ini, org, pid, row.get("role") or "partner")
        return True

    def add_ties(self, row) -> bool:
        source = self.org(row.get("source"), row, "source")  # type: ignore[arg-type]
        target = self.org(row.get("target"), row, "target")  # type: ignore[arg-type]
        if source == target:
            return self._reject(
                row,
                "a tie from an organisation to itself",
                "target",
                row.get("target"),
                "correct one of the two organisations",
            )
        intensity = row.get("intensity")
        value = None
        if intensity is not None:
            try:
                value = float(intensity.replace(",", "."))
            except ValueError:
                self._add(
                    "warning",
                    "intensity is not a number; left empty",
                    row,
                    "intensity",
                    value=intensity,
                    suggestion="use a number, e.g. 1 (weak) to 3 (strong)",
                )
        people = [self.person(p, None, row, "people") for p in split_top_level(row.get("people") or "")]
        self.ties.append(
            {
                "source": source,
                "target": target,
                "kind": self._vocab("kind", row.get("kind"), row),
                "intensity": value,
                "people": people,
                **row.extras,
            }
        )
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
                f"'{name_b}' looks like '{name_a}' (similarity {score:.0f}); kept as two organisations",
                sheet=sheet,
                row=number,
                column=column,
                value=name_b,
                suggestion=f"if they are the same, add the alias {{'{name_b}': '{name_a}'}} or a "
                "row in an aliassen sheet",
            )
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


def _closest(vocab: str, value: str) -> str:
    match = process.extractOne(normalise(value), choices(vocab))
    allowed = ", ".join(VOCABULARIES[vocab])
    if match and match[1] >= 70:
        key = lookup(vocab, match[0])
        return f"did you mean '{key}'? (allowed: {allowed})"
    return f"use one of: {allowed}"
