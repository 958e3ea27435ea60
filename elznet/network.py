"""The :class:`Network`: an inventory's canonical tables and the graphs built from them.

Tables (pandas DataFrames, English column names, list-valued cells as lists):

* ``organisations`` — id, name, sector, type, municipality, language, offer,
  target_groups, ages, stages, contact_role, plus the analyst's own columns;
* ``people`` — id, name, organisation, role;
* ``initiatives`` — id, name, description, model, formal, permanent, level,
  expertise_domains, target_groups, municipalities, stages, status, start and end
  (dates; a date written as text stays text), theme (the section heading above the row);
* ``participations`` — initiative, organisation, person (the one who carries it,
  may be empty), role, unit (the department or site in parentheses after the partner);
* ``ties`` — direct organisation ties: source, target, kind, intensity, people.

Which initiatives count: when the initiatives carry a ``status`` ("lopend", "afgerond",
"gepland", ...), the graphs count only running ones (status empty or running) by
default; ``net.with_status("all")`` counts every initiative
(:data:`elznet.vocabulary.NOT_RUNNING_STATUSES`: finished, stopped and planned, in any
spelling :func:`elznet.vocabulary.lookup` knows). The tables always hold every initiative.

The zone (``net.zone``, a :class:`elznet.Zone` or None) says which municipalities the
zone covers and what its place words mean; see :mod:`elznet.zone`.

A Network of several zones (:func:`elznet.read_zones`) adds ``zone`` to every table
(for organisations the zone where they take part most) and ``zones`` (every zone that
lists them) to organisations; ``net.zone_reports`` keeps each zone's load report.

Graphs (plain networkx, built on first use):

* ``net.graph`` — organisations; an edge when two take part in the same counted
  initiative or have a direct tie. Edge attributes: ``weight`` (shared initiatives +
  direct ties, the plain count), ``newman_weight`` (each shared initiative with *k*
  partner organisations adds 1/(*k*−1), each direct tie 1: Newman's collaboration
  weighting, so one 22-partner assembly does not outweigh a small project; Newman, M. E. J.
  (2001), Scientific collaboration networks II, Physical Review E 64, 016132),
  ``carrier`` ("one", "several" or "unknown": see :mod:`elznet.carriers`),
  ``initiatives`` (ids), ``kinds`` ("initiatief" and the kinds of direct ties),
  ``carriers`` (``{organisation id: [person ids]}``: who carries the tie on each side;
  a side with one carrier is a *single-person* tie), ``intensity`` (highest direct-tie
  intensity, if any). Numeric columns the ties table has beyond the canonical ones (a
  survey's ``frequency``, ``trust``, ``value``, ...) become edge attributes averaged over
  the direct ties of that pair (both directions of a survey tie); boolean ones (a
  survey's ``one_sided``) are True when they hold for every direct tie of the pair.
* ``net.bipartite`` — organisations and initiatives (``kind`` node attribute).
* ``net.people_graph`` — people who meet in an initiative or carry a tie together.
* ``net.tie_graph(kind=None)`` — the direct ties as a directed graph (as surveyed).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from elznet import carriers as _carriers
from elznet._gc import gc_paused
from elznet._privacy import check_mode, contact_columns, new_salt, person_labels
from elznet.errors import ArgumentError, NotFoundError
from elznet.read.load_report import LoadReport
from elznet.read.names import normalise
from elznet.vocabulary import COLUMNS, ENDED_STATUSES, NOT_RUNNING_STATUSES, SECTORS, VOCABULARIES, lookup
from elznet.zone import Zone, resolve_zone

__all__ = ["Network", "Summary"]

_TABLES = ("organisations", "people", "initiatives", "participations", "ties")

class Network:
    """An inventory as tables and graphs. Make one with :func:`elznet.read_inventory`.

    The tables (``organisations``, ``people``, ``initiatives``, ``participations``,
    ``ties``) are plain DataFrames; the graphs (``graph``, ``bipartite``,
    ``people_graph``, ``tie_graph()``) are plain networkx graphs built on first use, so
    an analyst can always step down to pandas or networkx. See the module docstring for
    the columns and edge attributes.
    """

    def __init__(self, organisations: pd.DataFrame, people: pd.DataFrame, initiatives: pd.DataFrame,
                 participations: pd.DataFrame, ties: pd.DataFrame, report: LoadReport | None = None,
                 zone: Zone | None = None, counting: str = "running", skip_kinds: Iterable[str] = (),
                 salt: str | None = None) -> None:
        self.organisations = organisations
        self.people = people
        self.initiatives = initiatives
        self.participations = participations
        self.ties = ties
        self.report = report if report is not None else LoadReport()
        self.zone = zone
        if counting not in ("running", "all"):
            raise ArgumentError(f"counting= moet 'running' of 'all' zijn, niet {counting!r} "
                                "(counting must be 'running' or 'all').", argument="counting")
        self.counting = counting
        self.skip_kinds = tuple(skip_kinds)
        #: Secret salt of the pseudonyms (``people="pseudonyms"``): drawn once per Network
        #: and handed on by ``filter()``, so a person keeps one pseudonym everywhere.
        self.salt = salt if salt is not None else new_salt()
        #: Each zone's own load report, for a Network read with :func:`elznet.read_zones`.
        self.zone_reports: dict[str, LoadReport] = {}

    @classmethod
    def from_tables(cls, *, organisations: pd.DataFrame, people: pd.DataFrame | None = None,
                    initiatives: pd.DataFrame | None = None, participations: pd.DataFrame | None = None,
                    ties: pd.DataFrame | None = None, report: LoadReport | None = None,
                    zone: Zone | None = None, counting: str = "running", skip_kinds: Iterable[str] = (),
                    salt: str | None = None) -> Network:
        """A Network from canonical tables (missing ones are empty); ``salt`` keeps the
        pseudonyms of the Network it comes from."""
        given = {"organisations": organisations, "people": people, "initiatives": initiatives,
                 "participations": participations, "ties": ties}
        frames = {}
        for name, frame in given.items():
            if frame is None:
                frame = pd.DataFrame(columns=COLUMNS[name], dtype=object)
            frames[name] = frame.reset_index(drop=True)
        return cls(**frames, report=report, zone=zone, counting=counting, skip_kinds=skip_kinds, salt=salt)

    def __repr__(self) -> str:
        return (f"<Network: {len(self.organisations)} organisations, {len(self.initiatives)} initiatives, "
                f"{len(self.people)} people, {len(self.ties)} direct ties, "
                f"{self.graph.number_of_edges()} organisation ties>")

    # --- zone and status -------------------------------------------------------------
    def _options(self) -> dict[str, Any]:
        """What a Network derived from this one keeps: load report, zone, what counts, salt."""
        return {"report": self.report, "zone": self.zone, "counting": self.counting,
                "skip_kinds": self.skip_kinds, "salt": self.salt}

    def _copy(self, **changes: Any) -> Network:
        given = {t: getattr(self, t) for t in _TABLES}
        return Network(**given, **(self._options() | changes))

    def with_zone(self, zone: Zone | str | None) -> Network:
        """The same Network with ``zone`` (a :class:`elznet.Zone`, a bundled zone's name, or None)."""
        return self._copy(zone=None if zone is None else resolve_zone(self, zone))

    def with_status(self, counting: str = "running", *, skip_kinds: Iterable[str] = ()) -> Network:
        """The same Network counting only running initiatives (``"running"``, the default)
        or every initiative, finished and planned ones too (``"all"``); ``skip_kinds``
        leaves initiatives of those kinds out as well, e.g. ``skip_kinds=["overleg/bestuur"]``
        to see the network without the general assembly and other governance bodies
        (see :attr:`initiative_kinds`)."""
        return self._copy(counting=counting, skip_kinds=tuple(skip_kinds))

    @cached_property
    def initiative_kinds(self) -> pd.Series:
        """Per initiative: its kind from a column ``soort`` / ``kind`` / ``type initiatief``,
        folded to ``"overleg/bestuur"`` (overleg, bestuur, algemene vergadering, stuurgroep,
        zorgraad), ``"zorgpad"``, ``"project"``, ``"netwerk"``, or the value as written
        (None when there is no such column or cell)."""
        ini = self.initiatives
        column = next((c for c in ini.columns if normalise(c) in _KIND_COLUMNS), None)
        if column is None:
            return pd.Series(None, index=ini.index, dtype=object)
        return ini[column].map(_initiative_kind)

    @cached_property
    def counted(self) -> pd.Series:
        """Per initiative: True when the graphs count it (see :meth:`with_status`)."""
        keep = self.running.copy() if self.counting == "running" else pd.Series(True, index=self.initiatives.index)
        if self.skip_kinds:
            skip = {_initiative_kind(k) for k in self.skip_kinds}
            keep &= ~self.initiative_kinds.isin(skip)
        return keep.astype(bool)

    @cached_property
    def running(self) -> pd.Series:
        """Per initiative (indexed like ``initiatives``): True when it counts as running
        (no ``status`` column, an empty status, or a status not in
        :data:`elznet.vocabulary.NOT_RUNNING_STATUSES`)."""
        ini = self.initiatives
        column = next((c for c in ini.columns if normalise(c) == "status"), None)
        if column is None:
            return pd.Series(True, index=ini.index, dtype=bool)
        return ~ini[column].map(lambda v: isinstance(v, str) and lookup("status", v) in NOT_RUNNING_STATUSES).astype(bool)

    @cached_property
    def counted_participations(self) -> pd.DataFrame:
        """The participations the graphs count: all of them with ``counting="all"``, else
        those in running initiatives (see :attr:`running`)."""
        parts = self.participations
        if bool(self.counted.all()):
            return parts
        return parts[parts["initiative"].isin(self.initiatives.loc[self.counted, "id"])]

    @cached_property
    def tie_carriers(self) -> dict[tuple[str, str], tuple[str, frozenset]]:
        """Per organisation tie (sorted pair of ids): its carrier class ("one", "several",
        "unknown") and the people whose departure alone removes it (:mod:`elznet.carriers`)."""
        return _carriers.classify(self)

    # --- graphs ------------------------------------------------------------------
    def _node_attrs(self, frame: pd.DataFrame) -> list[tuple[str, dict[str, Any]]]:
        cols = [c for c in frame.columns if c != "id"]
        return [(row[0], {c: v for c, v in zip(cols, row[1:], strict=False) if v is not None})
                for row in frame[["id", *cols]].itertuples(index=False, name=None)]

    @cached_property
    @gc_paused()  # thousands of edge dicts: no collector scans meanwhile (see elznet._gc)
    def graph(self) -> nx.Graph:
        """Organisation graph (see the module docstring for the edge attributes)."""
        g = nx.Graph()
        g.add_nodes_from(self._node_attrs(self.organisations))
        edges: dict[tuple[str, str], dict[str, Any]] = {}

        def edge(a: str, b: str) -> dict[str, Any]:
            key = (a, b) if a <= b else (b, a)
            data = edges.get(key)
            if data is None:
                data = edges[key] = {"initiatives": [], "kinds": set(), "carriers": {a: set(), b: set()},
                                     "weight": 0, "newman_weight": 0.0, "intensity": None}
            return data

        members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for ini, org, person in self.counted_participations[["initiative", "organisation", "person"]].itertuples(
                index=False, name=None):
            people = members[ini][org]
            if person is not None:
                people.add(person)
        for ini, orgs in members.items():
            share = 1 / (len(orgs) - 1) if len(orgs) > 1 else 0.0
            for a, b in combinations(sorted(orgs), 2):
                data = edge(a, b)
                data["initiatives"].append(ini)
                data["kinds"].add("initiatief")
                data["carriers"][a] |= orgs[a]
                data["carriers"][b] |= orgs[b]
                data["weight"] += 1
                data["newman_weight"] += share
        person_org = dict(zip(self.people["id"], self.people["organisation"], strict=False))
        extras = _extra_tie_columns(self.ties)
        scores: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for source, target, kind, intensity, people, *values in self.ties[
                ["source", "target", "kind", "intensity", "people", *extras]].itertuples(index=False, name=None):
            key = (source, target) if source <= target else (target, source)
            for col, value in zip(extras, values, strict=True):
                if value is not None and not pd.isna(value):
                    scores[key][col].append(value)
            data = edge(source, target)
            data["kinds"].add(kind or "relatie")
            data["weight"] += 1
            data["newman_weight"] += 1.0
            if intensity is not None and (data["intensity"] is None or intensity > data["intensity"]):
                data["intensity"] = intensity
            for person in people or []:
                side = person_org.get(person)
                if side in (source, target):
                    data["carriers"][side].add(person)
        carried = self.tie_carriers
        for (a, b), data in edges.items():
            data["carrier"] = carried.get((a, b), ("unknown", frozenset()))[0]
            data["kinds"] = sorted(data["kinds"])
            data["carriers"] = {org: sorted(p) for org, p in data["carriers"].items()}
            if data["intensity"] is None:
                del data["intensity"]
            for col, values in scores.get((a, b), {}).items():
                data[col] = (all(map(bool, values)) if extras[col] == "bool"
                             else float(sum(values)) / len(values))
            g.add_edge(a, b, **data)
        return g

    @cached_property
    def bipartite(self) -> nx.Graph:
        """Two-mode graph: organisations (``kind="organisation"``, ``bipartite=0``) and
        initiatives (``kind="initiative"``, ``bipartite=1``); edges carry ``role`` and ``people``."""
        g = nx.Graph()
        g.add_nodes_from((n, {**a, "kind": "organisation", "bipartite": 0})
                         for n, a in self._node_attrs(self.organisations))
        g.add_nodes_from((n, {**a, "kind": "initiative", "bipartite": 1})
                         for n, a in self._node_attrs(self.initiatives))
        for ini, org, person, role in self.counted_participations[
                ["initiative", "organisation", "person", "role"]].itertuples(index=False, name=None):
            if g.has_edge(org, ini):
                data = g.edges[org, ini]
            else:
                g.add_edge(org, ini, people=[], role=role)
                data = g.edges[org, ini]
            if person is not None:
                data["people"].append(person)
            if role == "trekker":
                data["role"] = role
        return g

    @cached_property
    def people_graph(self) -> nx.Graph:
        """People: an edge when two take part in the same initiative (``initiatives``,
        ``weight``) or carry the same direct tie (``kinds``). Nodes carry their
        organisation's ``sector``."""
        g = nx.Graph()
        sector = dict(zip(self.organisations["id"], self.organisations["sector"], strict=False))
        g.add_nodes_from((n, {**a, "sector": sector.get(a.get("organisation"), "onbekend")})
                         for n, a in self._node_attrs(self.people))
        by_ini: dict[str, set[str]] = defaultdict(set)
        for ini, person in self.counted_participations[["initiative", "person"]].itertuples(index=False, name=None):
            if person is not None:
                by_ini[ini].add(person)
        groups = [(ini, "initiatief", p) for ini, p in by_ini.items()]
        groups += [(None, kind or "relatie", set(p)) for kind, p in
                   self.ties[["kind", "people"]].itertuples(index=False, name=None) if p]
        for ini, kind, people in groups:
            for a, b in combinations(sorted(people), 2):
                if not g.has_edge(a, b):
                    g.add_edge(a, b, initiatives=[], kinds=[], weight=0)
                data = g.edges[a, b]
                data["weight"] += 1
                if ini is not None:
                    data["initiatives"].append(ini)
                if kind not in data["kinds"]:
                    data["kinds"].append(kind)
        return g

    def tie_graph(self, kind: str | None = None) -> nx.DiGraph:
        """The direct ties (``relaties``) as a directed graph, optionally of one ``kind``.

        All organisations are nodes, so isolates count (as in published figures).
        """
        g = nx.DiGraph()
        g.add_nodes_from(self._node_attrs(self.organisations))
        extras = list(_extra_tie_columns(self.ties))
        for source, target, k, intensity, *values in self.ties[
                ["source", "target", "kind", "intensity", *extras]].itertuples(index=False, name=None):
            if kind is None or k == kind:
                more = {c: v for c, v in zip(extras, values, strict=True) if v is not None and not pd.isna(v)}
                g.add_edge(source, target, kind=k, weight=1.0 if intensity is None else intensity, **more)
        return g

    # --- figures ----------------------------------------------------------------------
    def summary(self) -> Summary:
        """Key figures of the inventory (see :class:`Summary`)."""
        g = self.graph
        parts = self.participations
        partners = parts.groupby("initiative")["organisation"].nunique() if len(parts) else pd.Series(dtype=int)
        per_initiative = partners.reindex(self.initiatives["id"], fill_value=0)
        components = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
        sectors = self.organisations["sector"].value_counts()
        carried = _carriers.carrier_counts(self)
        return Summary({
            "organisations": len(self.organisations),
            "people": len(self.people),
            "initiatives": len(self.initiatives),
            "participations": len(parts),
            "direct_ties": len(self.ties),
            "ties": g.number_of_edges(),
            "density": nx.density(g) if len(g) > 1 else 0.0,
            "components": len(components),
            "largest_component": components[0] if components else 0,
            "isolated_organisations": nx.number_of_isolates(g),
            "initiatives_without_partners": int((per_initiative == 0).sum()),
            "initiatives_with_one_partner": int((per_initiative == 1).sum()),
            "single_person_ties": carried["one"],
            "several_people_ties": carried["several"],
            "carrier_unknown_ties": carried["unknown"],
            "carrier_unknown_share": carried["unknown"] / g.number_of_edges() if g.number_of_edges() else 0.0,
            "initiatives_not_counted": int((~self.counted).sum()),
            "sectors": {s: int(sectors[s]) for s in SECTORS if s in sectors}
            | {s: int(n) for s, n in sectors.items() if s not in SECTORS},
        })

    # --- selection ----------------------------------------------------------------------
    def filter(self, *, target_group: str | Iterable[str] | None = None,
               municipality: str | Iterable[str] | None = None,
               expertise_domain: str | Iterable[str] | None = None,
               stage: str | Iterable[str] | None = None,
               organisation: str | Iterable[str] | None = None,
               sector: str | Iterable[str] | None = None,
               active_on: str | _dt.date | None = None,
               status: str | Iterable[str] | None = None) -> Network:
        """A smaller Network, as an analyst filters the inventory in Excel.

        Initiative criteria (``target_group``, ``municipality``, ``expertise_domain``,
        ``stage``) keep the initiatives whose list holds any of the values (matched
        after normalisation, so case and accents do not matter). Places are read through
        the zone (:func:`elznet.zone.resolve_zone`): ``municipality="Eeklo"`` also keeps
        initiatives in a deelgemeente of Eeklo, in "regio Meetjesland" or in "heel de
        zone", the same count :func:`elznet.white_spots` gives. ``organisation``
        (id, name or type: ``"CAW"`` matches every CAW) keeps the initiatives in which
        it takes part. ``sector`` keeps only organisations of those sectors.
        ``status`` keeps initiatives with that status (``"lopend"``, ``"in opstart"``, ...,
        any spelling :func:`elznet.vocabulary.lookup` knows). ``active_on`` (a date or
        ``"2024-06-01"``) keeps the initiatives running that day: started on or before it
        and not ended before it; an initiative without a date (or with a date kept as text,
        such as "voorjaar 2023") is kept unless its status says it has ended
        (``afgerond``, ``stopgezet``) and no end date says otherwise. Criteria combine
        with *and*. The result holds the kept initiatives, their participants,
        and the direct ties among the organisations that remain.

        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_inventaris")
        >>> eeklo = net.filter(target_group="kwetsbare gezinnen", municipality="Eeklo")
        """
        ini, parts, orgs = self.initiatives, self.participations, self.organisations
        by_initiative = {"target_groups": target_group, "municipalities": municipality,
                         "expertise_domains": expertise_domain, "stages": stage}
        arguments = {"target_groups": "target_group", "municipalities": "municipality",
                     "expertise_domains": "expertise_domain", "stages": "stage"}
        for col, wanted in by_initiative.items():
            if wanted is not None:
                known = {normalise(i): i for items in ini[col] for i in items or []}
                vocabulary = VOCABULARIES.get(col, {})  # a known label that no initiative uses is no typo
                known |= {normalise(k): k for k in vocabulary} | {normalise(v): v for v in vocabulary.values()}
                if col == "municipalities":  # every place the zone knows: its municipalities, deelgemeenten
                    zone = resolve_zone(self)
                    known |= {normalise(w): w for w in [wanted] if isinstance(w, str) and zone.resolve(w)}
                    if not isinstance(wanted, str):
                        known |= {normalise(w): w for w in wanted if isinstance(w, str) and zone.resolve(w)}
                _check_criterion(arguments[col], wanted, known)
        if sector is not None:
            known = ({normalise(s): s for s in orgs["sector"].dropna()} | {normalise(k): k for k in SECTORS}
                     | {normalise(v): v for v in SECTORS.values()})
            _check_criterion("sector", sector, known)
        keep = pd.Series(True, index=ini.index)
        for col, wanted in by_initiative.items():
            if wanted is None:
                continue
            if col == "municipalities":  # places as the zone means them: regions, deelgemeenten
                keep &= _place_mask(self, ini[col], wanted)
                continue
            values = _normalised_set(wanted)
            keep &= ini[col].map(lambda items, v=values: any(normalise(i) in v for i in items or []))
        if status is not None:
            wanted_status = {lookup("status", v) or normalise(v) for v in _as_list(status)}
            keep &= ini.get("status", pd.Series(None, index=ini.index, dtype=object)).map(
                lambda s, w=wanted_status: s is not None and (lookup("status", s) or normalise(s)) in w)
        if active_on is not None:
            keep &= _running(ini, _as_date(active_on))
        ini = ini[keep]
        parts = parts[parts["initiative"].isin(ini["id"])]
        if organisation is not None:
            chosen = self._match_organisations(organisation)
            ini = ini[ini["id"].isin(parts.loc[parts["organisation"].isin(chosen), "initiative"])]
            parts = parts[parts["initiative"].isin(ini["id"])]
        if sector is not None:
            orgs = orgs[orgs["sector"].map(normalise).isin(_normalised_set(sector))]
            parts = parts[parts["organisation"].isin(orgs["id"])]
            ini = ini[ini["id"].isin(parts["initiative"])]
        if organisation is not None or status is not None or active_on is not None or \
                any(v is not None for v in by_initiative.values()):
            orgs = orgs[orgs["id"].isin(parts["organisation"])]
        ties = self.ties[self.ties["source"].isin(orgs["id"]) & self.ties["target"].isin(orgs["id"])]
        people_ids = set(parts["person"].dropna()) | {p for ps in ties["people"] for p in ps or []}
        people = self.people[self.people["id"].isin(people_ids)]
        return Network.from_tables(organisations=orgs, people=people, initiatives=ini,
                                   participations=parts, ties=ties, **self._options())

    def _match_organisations(self, organisation: str | Iterable[str]) -> set[str]:
        wanted = _normalised_set(organisation)
        orgs = self.organisations
        hit = (orgs["id"].map(normalise).isin(wanted) | orgs["name"].map(normalise).isin(wanted)
               | orgs["type"].map(lambda t: normalise(t) if t else "").isin(wanted))
        if not hit.any():
            names = ", ".join(sorted(wanted))
            raise NotFoundError(f"No organisation matches {names!s} by id, name or type. "
                           "See net.organisations for the names in this inventory.")
        return set(orgs.loc[hit, "id"])

    # --- privacy and export ------------------------------------------------------------
    def with_people(self, people: str = "hide", *, contacts: bool = False) -> Network:
        """The same Network with people shown as ``people`` says.

        ``"hide"`` removes every person (and who carries which tie); ``"initials"`` and
        ``"pseudonyms"`` keep the structure but replace names, and person ids by
        neutral ones derived from the pseudonym (``P-K7QF2``, stable under
        :meth:`filter`); ``"names"`` keeps the names. Columns with contact details
        (e-mail, phone, address; see :func:`elznet._privacy.contact_columns`) are
        dropped from every table unless ``contacts=True``.
        """
        check_mode(people)
        tables = {t: getattr(self, t) for t in _TABLES}
        if not contacts:
            tables = {t: frame.drop(columns=contact_columns(frame)) for t, frame in tables.items()}
        if people == "names":
            return Network.from_tables(**tables, **self._options()) if not contacts else self
        tables = {t: frame.copy() for t, frame in tables.items()}
        if people == "hide":
            tables["people"] = tables["people"].iloc[0:0]
            tables["participations"]["person"] = None
            tables["participations"]["unit"] = None  # "(Lien)", "(Dienst Welzijn)": a qualifier may be a person
            tables["participations"] = tables["participations"].drop_duplicates(
                subset=["initiative", "organisation"])
            tables["ties"]["people"] = [[] for _ in range(len(tables["ties"]))]
            return Network.from_tables(**tables, **self._options())
        labels = person_labels(self.people, "pseudonyms", salt=self.salt)
        new_id = {old: "P-" + str(label).removeprefix("Persoon ") for old, label in labels.items()}
        if people == "initials":
            labels = person_labels(self.people, people, salt=self.salt)
        tables["people"]["name"] = tables["people"]["id"].map(labels)
        tables["people"]["id"] = tables["people"]["id"].map(new_id)
        tables["participations"]["person"] = tables["participations"]["person"].map(
            lambda p: new_id.get(p) if p is not None else None)
        tables["ties"]["people"] = [[new_id[p] for p in ps or []] for ps in tables["ties"]["people"]]
        return Network.from_tables(**tables, **self._options())

    def to_excel(self, path: str | Path, *, people: str = "hide", contacts: bool = False) -> Path:
        """Write the canonical tables to one workbook with Dutch headers; return the path.

        Parameters
        ----------
        path : str or Path
            An ``.xlsx`` file; written to a temporary file first and moved into place.
        people : "hide" (default), "initials", "pseudonyms" or "names"
            People are personal data, so they are left out unless asked for; pass
            ``people="names"`` for the analyst's own full data file.
        contacts : bool
            Keep columns with e-mail addresses, phone numbers and addresses (default: no).

        Returns
        -------
        Path
            ``read_inventory(net.to_excel(path, people="names", contacts=True))`` gives
            back equal tables.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> path = net.to_excel(pathlib.Path(tempfile.mkdtemp()) / "gedeeld.xlsx")
        """
        from elznet.output.excel import write_tables

        net = self.with_people(people, contacts=contacts)
        return write_tables({t: getattr(net, t) for t in _TABLES}, path,
                            skip_people=(people == "hide"))


    def export_analysis(self, path: str | Path, *, people: str = "hide", analysis=None,
                        zone: Zone | str | None = None, lang: str = "nl", contacts: bool = False) -> Path:
        """Write every analysis table to one Excel workbook (Dutch headers, autofilter,
        frozen header rows) for the select-and-filter practice zones already have.

        Sheets: kerncijfers, grenswerkers, kwetsbare banden, breukpunten, vertrekrisico
        (organisations; people too unless ``people="hide"``), clusters, sectormenging,
        niet verbonden, witte vlekken, dubbele projecten, organisaties, initiatieven.
        People are hidden by default, as in every output a zorgraad sees, and columns
        with contact details (e-mail, phone, address) are left out unless
        ``contacts=True``. Pass the :class:`~elznet.analysis.bundle.Analysis` of this
        network (``analysis=``) to write its tables without computing them again; its own
        ``people`` setting then applies. ``zone`` (a :class:`elznet.Zone` or a bundled
        zone's name) sets the municipalities of the white spots (default ``net.zone``, else
        inferred). Headers and values (sectors, domains, carriers, ja/nee) are labels,
        Dutch by default, English with ``lang="en"``.
        """
        from elznet.analysis.bundle import Analysis
        from elznet.output.excel import write_analysis

        if analysis is None:
            net = self if zone is None else self.with_zone(zone)
            analysis = Analysis(net, people=people)
        elif analysis.net is not self:
            raise ArgumentError("analysis= is de analyse van een ander netwerk; maak ze met elznet.analyse(net) "
                                "(analysis= is the analysis of another network).", argument="analysis")
        return write_analysis(analysis.tables(contacts=contacts), path, lang=lang)


    def to_gexf(self, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
        """Write the organisation graph (or organisations and initiatives with
        ``two_mode=True``) as GEXF for Gephi, with its attributes; people hidden by
        default. See :mod:`elznet.output.handover`."""
        from elznet.output.handover import to_gexf

        return to_gexf(self, path, people=people, two_mode=two_mode)

    def to_graphml(self, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
        """Write the network as GraphML (Gephi, Cytoscape, yEd); as :meth:`to_gexf`."""
        from elznet.output.handover import to_graphml

        return to_graphml(self, path, people=people, two_mode=two_mode)

    def to_kumu(self, path: str | Path, *, people: str = "hide") -> Path:
        """Write a Kumu import workbook (sheets ``Elements`` and ``Connections``, as
        Kumu's import documents them); people hidden by default."""
        from elznet.output.handover import to_kumu

        return to_kumu(self, path, people=people)

_KIND_COLUMNS = {"kind", "soort", "soort initiatief", "type initiatief", "soort samenwerking", "aard"}
_KIND_WORDS = (("overleg/bestuur", ("overleg", "bestuur", "vergadering", "stuurgroep", "zorgraad", "raad van",
                                    "governance", "board", "assembly")),
               ("zorgpad", ("zorgpad", "care path")), ("project", ("project",)), ("netwerk", ("netwerk", "network")))


def _initiative_kind(value: object) -> str | None:
    """A kind word folded to its family ("Algemene vergadering" -> "overleg/bestuur")."""
    if not isinstance(value, str) or not value.strip():
        return None
    key = normalise(value)
    for kind, words in _KIND_WORDS:
        if key == normalise(kind) or any(w in key for w in words):
            return kind
    return key


def _place_mask(net: Network, cells: pd.Series, wanted: str | Iterable[str]) -> pd.Series:
    """Per initiative: does any of its place words cover any of the ``wanted`` places?"""
    zone = resolve_zone(net)
    targets: set[str] = set()
    for w in [wanted] if isinstance(wanted, str) else wanted:
        targets |= {normalise(m) for m in zone.resolve(w) or (w,)}

    def covers(items) -> bool:
        return any(normalise(m) in targets for item in items or [] for m in zone.resolve(item) or (item,))
    return cells.map(covers).astype(bool)


def _extra_tie_columns(ties: pd.DataFrame) -> dict[str, str]:
    """Numeric and boolean columns of the ties table beyond the canonical ones (e.g. a
    survey's ``frequency``, ``trust``, ``value``, ``one_sided``): column -> "bool" or "number"."""
    out = {}
    for col in ties.columns:
        if col in COLUMNS["ties"]:
            continue
        dtype = ties[col].dtype
        if pd.api.types.is_bool_dtype(dtype):
            out[col] = "bool"
        elif pd.api.types.is_numeric_dtype(dtype):
            out[col] = "number"
    return out


def _check_criterion(argument: str, wanted: object, known: dict[str, str]) -> None:
    """Raise :class:`ArgumentError` naming ``argument`` when ``wanted`` is not text or
    matches none of the ``known`` values (normalised), so a typo never gives an empty
    Network without a word."""
    values = [wanted] if isinstance(wanted, str) else wanted
    if not isinstance(values, Iterable) or not all(isinstance(v, str) for v in values):
        raise ArgumentError(f"{argument}= verwacht tekst of een lijst van teksten, geen {type(wanted).__name__} "
                            f"({argument} must be a text or a list of texts).", argument=argument)
    values = list(values)
    if values and not any(normalise(v) in known for v in values):
        examples = ", ".join(sorted(known.values(), key=str)[:8]) or "(geen)"
        raise ArgumentError(f"{argument}={wanted!r} komt in dit netwerk niet voor; gekende waarden zijn bv. "
                            f"{examples} ({argument}: no such value in this network).", argument=argument)

    # --- hand-over to Gephi, Cytoscape, yEd and Kumu (elznet.output.handover) ------------
def _normalised_set(values: str | Iterable[str]) -> set[str]:
    if isinstance(values, str):
        values = [values]
    return {normalise(v) for v in values}


class Summary(dict):
    """Key figures of a Network, a plain dict that prints as a readable Dutch list.

    Keys: organisations, people, initiatives, participations, direct_ties, ties
    (organisation pairs with at least one tie), density, components,
    largest_component, isolated_organisations, initiatives_without_partners,
    initiatives_with_one_partner, single_person_ties (ties one person's departure
    removes), several_people_ties, carrier_unknown_ties, carrier_unknown_share (the three
    classes of :mod:`elznet.carriers`), initiatives_not_counted (finished or planned
    initiatives the graphs leave out), sectors (organisations per sector).
    """

    LABELS_NL = {
        "organisations": "organisaties", "people": "personen", "initiatives": "initiatieven",
        "participations": "deelnames", "direct_ties": "rechtstreekse relaties",
        "ties": "banden tussen organisaties", "density": "dichtheid", "components": "aparte eilanden",
        "largest_component": "grootste eiland (organisaties)", "isolated_organisations": "geïsoleerde organisaties",
        "initiatives_without_partners": "initiatieven zonder partners",
        "initiatives_with_one_partner": "initiatieven met één partner",
        "single_person_ties": "banden die aan één persoon hangen",
        "several_people_ties": "banden gedragen door meerdere personen",
        "carrier_unknown_ties": "banden waarvan niet bekend is wie ze draagt",
        "carrier_unknown_share": "aandeel banden met onbekende drager",
        "initiatives_not_counted": "afgeronde of geplande initiatieven (niet meegeteld)",
        "sectors": "organisaties per sector",
    }

    def to_frame(self, lang: str = "nl") -> pd.DataFrame:
        """One row per figure (sectors expanded), labelled in Dutch or English."""
        rows = []
        for key, value in self.items():
            label = self.LABELS_NL.get(key, key) if lang == "nl" else key.replace("_", " ")
            if isinstance(value, dict):
                for sector, n in value.items():
                    name = SECTORS.get(sector, sector) if lang == "nl" else sector
                    rows.append((f"{label}: {name}", n))
            else:
                if key == "carrier_unknown_share":
                    value = f"{round(100 * value)}%"
                rows.append((label, round(value, 3) if isinstance(value, float) else value))
        return pd.DataFrame(rows, columns=["kengetal" if lang == "nl" else "figure",
                                           "waarde" if lang == "nl" else "value"], dtype=object)

    def coverage(self, lang: str = "nl") -> str:
        """One sentence on carrier coverage ("Voor 85% van de banden is niet bekend wie ze draagt; ...")."""
        return _carriers.coverage_sentence({"one": self["single_person_ties"], "several": self["several_people_ties"],
                                            "unknown": self["carrier_unknown_ties"]}, lang)

    def __str__(self) -> str:
        from elznet.output.labels import number

        frame = self.to_frame()
        width = max(len(s) for s in frame.iloc[:, 0])
        return "\n".join(f"{k:<{width}}  {number(v) if isinstance(v, float) else v}"
                         for k, v in frame.itertuples(index=False)) + "\n" + self.coverage()

    def _repr_html_(self) -> str:
        return self.to_frame().to_html(index=False)


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _as_date(value: str | _dt.date) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"active_on must be a date such as '2024-06-01', not {value!r}") from None


def _running(ini: pd.DataFrame, day: _dt.date) -> pd.Series:
    """Which initiatives run on ``day`` (see :meth:`Network.filter`)."""
    def running(start: object, end: object, status: object) -> bool:
        if isinstance(start, _dt.date) and start > day:
            return False
        if isinstance(end, _dt.date):
            return end >= day
        return lookup("status", str(status)) not in ENDED_STATUSES if status else True

    none = pd.Series(None, index=ini.index, dtype=object)
    cols = [ini.get(c, none) for c in ("start", "end", "status")]
    return pd.Series([running(a, b, c) for a, b, c in zip(*cols, strict=False)], index=ini.index, dtype=bool)
