"""Many zones in one Network: :func:`read_zones`.

Each zone's inventory is read on its own with :func:`elznet.read_inventory` (its load
report is kept in ``net.zone_reports``); then the zones are joined into one
:class:`~elznet.network.Network`:

* an **organisation** that several zones list is one node. Two entries are the same
  organisation when they have the same enterprise (KBO) number, or — where at most one
  of them gives a number — the same name after normalisation
  (:func:`elznet.read.names.normalise`: case, accents, punctuation and spacing do not
  matter) or after the confirmed ``aliases``. Two entries with the same name but
  different KBO numbers stay apart, and the combined report says so. Names of
  supra-local partners that are merely similar across zones ("CAW O-Vl" / "CAW
  Oost-Vlaanderen") are suggested in ``net.report.suggestions``, never merged.
* **initiatives, people, participations and direct ties** stay in their zone: their ids
  get the zone as prefix (``"Fictiefland 01/I001"``), so two zones' ``I001`` never meet.

Organisations carry ``zone`` (the zone in whose initiatives they take part most; the
first such zone on a tie) and ``zones`` (every zone that lists them); initiatives,
people and ties carry ``zone``. So ``spanners(net, group="zone")`` finds the
organisations that connect zones, and ``zone_comparison(net)`` compares them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from elznet.network import Network
from elznet.read.inventory import read_inventory
from elznet.read.load_report import InventoryError, LoadReport
from elznet.read.names import near_duplicates, normalise

__all__ = ["read_zones", "join_zones", "ENTERPRISE_HEADERS", "SUPRA_LOCAL_TYPES"]

#: Organisation columns that hold the enterprise (KBO) number, as analysts name them (normalised).
ENTERPRISE_HEADERS = ("kbo", "kbo nummer", "kbo nr", "ondernemingsnummer", "enterprise number",
                      "company number", "kbo ondernemingsnummer")
_SUFFIXES = (".xlsx", ".xlsm", ".csv")
#: Organisation types (``elznet.vocabulary.ORGANISATION_TYPES``) that work across zones: their
#: spellings are compared across zones for suggestions.
SUPRA_LOCAL_TYPES = ("CAW", "CGG", "JAC", "CLB", "GGZ-netwerk", "Zelfmoordlijn", "ziekenhuis", "mutualiteit",
                     "jeugdhulp", "intergemeentelijke vereniging", "welzijnsorganisatie", "gezinszorg")


def read_zones(source: str | Path | Mapping[str, object], *, strict: bool = False,
               aliases: Mapping[str, str] | None = None) -> Network:
    """Read one inventory per zone and join them into one Network.

    Parameters
    ----------
    source : folder, or mapping
        A folder with one workbook (``.xlsx``, ``.xlsm``) or ``.csv`` per zone — the file
        name without extension is the zone — or ``{zone: inventory}`` where an inventory
        is anything :func:`elznet.read_inventory` reads (a path, ``{sheet: DataFrame}``)
        or an already read :class:`~elznet.network.Network`.
    strict : bool
        Passed to every :func:`elznet.read_inventory`: any error raises.
    aliases : mapping, optional
        Confirmed spellings ``{variant: canonical name}``, applied in every zone.

    Returns
    -------
    Network
        One network of all zones (see the module notes for how organisations are joined).
        ``net.report`` is the combined load report (every zone's problems, the sheet
        named ``"zone / sheet"``, plus the cross-zone ones); ``net.zone_reports`` keeps
        each zone's own :class:`~elznet.read.load_report.LoadReport`.

    Raises
    ------
    InventoryError
        When the folder does not exist or holds no inventory, or a zone's file cannot be
        read (the message names the zone).

    Examples
    --------
    >>> import elznet
    >>> from elznet._fictitious import flanders_inventories
    >>> net = elznet.read_zones(flanders_inventories(zones=3, organisations=30))
    >>> sorted(net.zone_reports)
    ['Fictiefland 01', 'Fictiefland 02', 'Fictiefland 03']
    >>> int((net.organisations["zones"].map(len) > 1).sum()) > 0   # supra-local partners
    True
    """
    zones = _zone_sources(source)
    nets: dict[str, Network] = {}
    for zone, inventory in zones.items():
        if isinstance(inventory, Network):
            nets[zone] = inventory
            continue
        try:
            nets[zone] = read_inventory(inventory, strict=strict, aliases=aliases)
        except InventoryError as error:
            raise InventoryError(f"Zone {zone}: {error}", error.problems) from error
    return join_zones(nets, aliases=aliases, source=str(source) if not isinstance(source, Mapping) else "<zones>")


def _zone_sources(source: str | Path | Mapping[str, object]) -> dict[str, object]:
    if isinstance(source, Mapping):
        if not source:
            raise InventoryError("Er zijn geen zones opgegeven: geef een map met één inventaris per zone, "
                                 "of {zone: inventaris}.")
        return {str(zone): inventory for zone, inventory in source.items()}
    folder = Path(source)
    if not folder.is_dir():
        raise InventoryError(f"De map {folder.name!r} bestaat niet: geef de map met één inventaris per zone.")
    files = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() in _SUFFIXES and not p.name.startswith(("~$", ".")))
    if not files:
        raise InventoryError(f"De map {folder.name!r} bevat geen inventaris (.xlsx of .csv): "
                             "zet er één bestand per zone in.")
    return {p.stem: p for p in files}


def _enterprise_number(value: object) -> str | None:
    """Digits of a Belgian enterprise number, 10 digits (an old 9-digit one gets a leading 0)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    digits = re.sub(r"\D", "", str(value))
    if len(digits) == 9:
        digits = "0" + digits
    return digits if len(digits) == 10 else None


def _enterprise_column(frame: pd.DataFrame) -> str | None:
    for column in frame.columns:
        if normalise(column) in ENTERPRISE_HEADERS:
            return column
    return None


def join_zones(nets: Mapping[str, Network], *, aliases: Mapping[str, str] | None = None,
               source: str = "<zones>") -> Network:
    """Join already read zone Networks into one (see :func:`read_zones`, which calls this)."""
    report = LoadReport(source=source)
    alias_key = {normalise(k): normalise(v) for k, v in (aliases or {}).items()}
    records = []  # one per (zone, local organisation)
    for zone, net in nets.items():
        zone_report = net.report
        report.rows_read += zone_report.rows_read
        report.rows_loaded += zone_report.rows_loaded
        report.rows_rejected += zone_report.rows_rejected
        for p in zone_report._problems:
            report._problems.append({**p, "sheet": f"{zone} / {p['sheet']}" if p["sheet"] else zone})
        column = _enterprise_column(net.organisations)
        for row in net.organisations.to_dict("records"):
            key = normalise(row["name"])
            records.append({"zone": zone, "local": row["id"], "key": alias_key.get(key, key),
                            "kbo": _enterprise_number(row.get(column)) if column else None, "row": row})
    groups = _group_organisations(records, report)
    # one row per organisation: the first entry's values (the name as most zones spell it),
    # gaps filled from the later ones
    org_rows, new_id, taken = [], {}, set()
    for members in groups:
        first = members[0]
        oid = first["local"] if first["local"] not in taken else f"{first['local']}-{len(taken)}"
        taken.add(oid)
        row = dict(first["row"])
        spellings = [m["row"]["name"] for m in members]
        row["name"] = max(dict.fromkeys(spellings), key=spellings.count)  # the most used spelling
        for other in members[1:]:
            for col, value in other["row"].items():
                if _empty(row.get(col)) and not _empty(value):
                    row[col] = value
            if other["row"].get("sector") != first["row"].get("sector") and not _empty(other["row"].get("sector")):
                report.add("info", f"{other['zone']} noemt de sector {other['row'].get('sector')!r}, "
                           f"{first['zone']} {first['row'].get('sector')!r}; de eerste is behouden",
                           sheet=other["zone"], column="sector", value=row.get("name"))
        row["id"] = oid
        row["zones"] = list(dict.fromkeys(m["zone"] for m in members))
        org_rows.append(row)
        for m in members:
            new_id[(m["zone"], m["local"])] = oid
    tables = {name: [] for name in ("people", "initiatives", "participations", "ties")}
    for zone, net in nets.items():
        prefix = f"{zone}/"
        people = net.people.copy()
        people["organisation"] = _objects([new_id.get((zone, o)) for o in people["organisation"]], people)
        people["id"] = _objects([prefix + str(p) for p in people["id"]], people)
        people["zone"] = _objects([zone] * len(people), people)
        initiatives = net.initiatives.copy()
        initiatives["id"] = _objects([prefix + str(i) for i in initiatives["id"]], initiatives)
        initiatives["zone"] = _objects([zone] * len(initiatives), initiatives)
        parts = net.participations.copy()
        parts["initiative"] = _objects([prefix + str(i) for i in parts["initiative"]], parts)
        parts["organisation"] = _objects([new_id[(zone, o)] for o in parts["organisation"]], parts)
        parts["person"] = _objects([None if _empty(p) else prefix + str(p) for p in parts["person"]], parts)
        ties = net.ties.copy()
        ties["source"] = _objects([new_id[(zone, o)] for o in ties["source"]], ties)
        ties["target"] = _objects([new_id[(zone, o)] for o in ties["target"]], ties)
        ties["people"] = _objects([[prefix + str(p) for p in ps or []] for ps in ties["people"]], ties)
        ties["zone"] = _objects([zone] * len(ties), ties)
        for name, frame in (("people", people), ("initiatives", initiatives), ("participations", parts),
                            ("ties", ties)):
            tables[name].append(frame)
    frames = {name: pd.concat(parts, ignore_index=True).astype(object) if parts else None
              for name, parts in tables.items()}
    organisations = pd.DataFrame(org_rows, dtype=object)
    organisations["zone"] = _objects(_home_zone(organisations, frames["participations"], frames["initiatives"]), organisations)
    _suggest_across_zones(records, report)
    joined = Network.from_tables(organisations=organisations, **frames, report=report,
                                 zone_reports={zone: net.report for zone, net in nets.items()})
    return joined


def _objects(values: list, frame: pd.DataFrame) -> pd.Series:
    """A column of Python objects (None stays None, as in the reader's tables)."""
    return pd.Series(values, index=frame.index, dtype=object)


def _empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and pd.isna(value):
        return True
    return isinstance(value, (list, str)) and len(value) == 0


def _group_organisations(records: list[dict], report: LoadReport) -> list[list[dict]]:
    """Entries that are one organisation: same KBO number; else the same name, unless that
    name belongs to several KBO numbers (then it stays apart and the report says so)."""
    by_kbo: dict[str, list[dict]] = {}
    by_name: dict[str, list[dict]] = {}
    for rec in records:
        if rec["kbo"]:
            by_kbo.setdefault(rec["kbo"], []).append(rec)
        else:
            by_name.setdefault(rec["key"], []).append(rec)
    kbo_of_name: dict[str, set[str]] = {}
    for kbo, members in by_kbo.items():
        for rec in members:
            kbo_of_name.setdefault(rec["key"], set()).add(kbo)
    for key, kbos in kbo_of_name.items():
        if len(kbos) > 1:
            report.add("warning", f"dezelfde naam met {len(kbos)} verschillende KBO-nummers "
                       f"({', '.join(sorted(kbos))}): niet samengevoegd", column="KBO-nummer", value=key,
                       suggestion="controleer het KBO-nummer in de zones die deze naam gebruiken")
    groups = []
    for members in by_kbo.values():
        extra = []
        for key in dict.fromkeys(rec["key"] for rec in members):
            if len(kbo_of_name[key]) == 1 and key in by_name:
                extra += by_name.pop(key)
        groups.append(members + extra)
    groups += list(by_name.values())
    order = {id(rec): i for i, rec in enumerate(records)}
    for members in groups:
        members.sort(key=lambda rec: order[id(rec)])
    return sorted(groups, key=lambda members: order[id(members[0])])


def _home_zone(organisations: pd.DataFrame, parts: pd.DataFrame | None,
               initiatives: pd.DataFrame | None) -> list[str]:
    """The zone in whose initiatives an organisation takes part most (ties: the first listed)."""
    counts: dict[str, dict[str, int]] = {}
    if parts is not None and len(parts):
        zone_of = dict(zip(initiatives["id"], initiatives["zone"]))
        for org, ini in parts[["organisation", "initiative"]].drop_duplicates().itertuples(index=False):
            per = counts.setdefault(org, {})
            per[zone_of[ini]] = per.get(zone_of[ini], 0) + 1
    home = []
    for oid, zones in zip(organisations["id"], organisations["zones"]):
        per = counts.get(oid, {})
        home.append(max(zones, key=lambda z: (per.get(z, 0), -zones.index(z))))
    return home


def _suggest_across_zones(records: list[dict], report: LoadReport) -> None:
    """Names that look alike in different zones, for the analyst to confirm as aliases.

    Compared are the organisations that can work across zones: those already listed by
    several zones and those of a supra-local type (:data:`SUPRA_LOCAL_TYPES`). Comparing
    every local pharmacy with every other one in Flanders would cost hours and suggest
    namesakes; within one zone, :func:`elznet.read_inventory` already compares every pair.
    """
    zones_of: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    supra: set[str] = set()
    for rec in records:
        zones_of.setdefault(rec["key"], set()).add(rec["zone"])
        names.setdefault(rec["key"], rec["row"]["name"])
        if rec["row"].get("type") in SUPRA_LOCAL_TYPES:
            supra.add(rec["key"])
    candidates = [key for key in zones_of if key in supra or len(zones_of[key]) > 1]
    rows = [(names[a], names[b], score) for a, b, score in near_duplicates(candidates)
            if zones_of[a] != zones_of[b] or len(zones_of[a]) > 1]
    report.suggestions = pd.DataFrame(rows, columns=["name", "similar_to", "score"])
