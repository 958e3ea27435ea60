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
from collections.abc import Iterable, Mapping
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from elznet import carriers as _carriers
from elznet._docs import shared_parameters
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
    the columns and edge attributes. Every Network derived from this one
    (:meth:`filter`, :meth:`with_people`, :meth:`with_status`, :meth:`with_zone`) keeps
    its load report, zone, counting, pseudonym salt and zone reports.

    Parameters
    ----------
    organisations, people, initiatives, participations, ties : pandas.DataFrame
        The canonical tables (see the module docstring); :meth:`from_tables` fills in
        missing ones.
    report : LoadReport, optional
        What reading found (rows read, loaded, rejected; problems).
    zone : Zone, optional
        The zone's municipalities and place words (:mod:`elznet.zone`).
    counting : {"running", "all"}, default "running"
        Which initiatives the graphs count (see :meth:`with_status`).
    skip_kinds : iterable of str
        Kinds of initiative the graphs leave out (see :meth:`with_status`).
    salt : str, optional
        Secret salt of the pseudonyms; drawn at random when not given.
    zone_reports : dict of str to LoadReport, optional
        Each zone's own load report (a Network from :func:`elznet.read_zones`).

    Attributes
    ----------
    graph : networkx.Graph
        The organisation graph.
    bipartite : networkx.Graph
        Organisations and initiatives.
    people_graph : networkx.Graph
        People who meet in an initiative or carry a tie together.
    report : LoadReport
        The load report.
    zone : Zone or None
        The zone.
    zone_reports : dict of str to LoadReport
        Each zone's load report (empty for a one-zone inventory).

    Examples
    --------
    >>> import elznet
    >>> net = elznet.read_inventory(elznet.examples.path("meetjesland_zorgpad"))
    >>> net
    <Network: 59 organisations, 16 initiatives, 35 people, 66 direct ties, 314 organisation ties>
    >>> net.graph.number_of_edges()
    314
    """

    def __init__(self, organisations: pd.DataFrame, people: pd.DataFrame, initiatives: pd.DataFrame,
                 participations: pd.DataFrame, ties: pd.DataFrame, report: LoadReport | None = None,
                 zone: Zone | None = None, counting: str = "running", skip_kinds: Iterable[str] = (),
                 salt: str | None = None, zone_reports: Mapping[str, LoadReport] | None = None) -> None:
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
        #: Each zone's own load report, for a Network read with :func:`elznet.read_zones`;
        #: kept by every Network derived from this one (``filter()``, ``with_people()`` ...).
        self.zone_reports: dict[str, LoadReport] = dict(zone_reports or {})

    @classmethod
    def from_tables(cls, *, organisations: pd.DataFrame, people: pd.DataFrame | None = None,
                    initiatives: pd.DataFrame | None = None, participations: pd.DataFrame | None = None,
                    ties: pd.DataFrame | None = None, report: LoadReport | None = None,
                    zone: Zone | None = None, counting: str = "running", skip_kinds: Iterable[str] = (),
                    salt: str | None = None, zone_reports: Mapping[str, LoadReport] | None = None) -> Network:
        """A Network from canonical tables (missing ones are empty).

        Parameters
        ----------
        organisations : pandas.DataFrame
            At least ``id``, ``name`` and ``sector``.
        people, initiatives, participations, ties : pandas.DataFrame, optional
            The other canonical tables (see the module docstring); empty when not given.
        report, zone, counting, skip_kinds, salt, zone_reports
            As for :class:`Network`; ``salt`` keeps the pseudonyms of the Network the tables
            come from.

        Returns
        -------
        Network

        Examples
        --------
        >>> import elznet, pandas as pd
        >>> orgs = pd.DataFrame({"id": ["a", "b"], "name": ["CAW", "CGG"], "sector": ["welzijn", "zorg"]})
        >>> ties = pd.DataFrame({"source": ["a"], "target": ["b"], "kind": ["doorverwijzing"], "intensity": [None],
        ...                      "people": [[]]})
        >>> elznet.Network.from_tables(organisations=orgs, ties=ties).graph.number_of_edges()
        1
        """
        given = {"organisations": organisations, "people": people, "initiatives": initiatives,
                 "participations": participations, "ties": ties}
        frames = {}
        for name, frame in given.items():
            if frame is None:
                frame = pd.DataFrame(columns=COLUMNS[name], dtype=object)
            frames[name] = frame.reset_index(drop=True)
        return cls(**frames, report=report, zone=zone, counting=counting, skip_kinds=skip_kinds, salt=salt,
                   zone_reports=zone_reports)

    def __repr__(self) -> str:
        return (f"<Network: {len(self.organisations)} organisations, {len(self.initiatives)} initiatives, "
                f"{len(self.people)} people, {len(self.ties)} direct ties, "
                f"{self.graph.number_of_edges()} organisation ties>")

    # --- zone and status -------------------------------------------------------------
    def _options(self) -> dict[str, Any]:
        """What a Network derived from this one keeps: load report, zone, what counts, salt,
        and the zones' own load reports (a Network from :func:`elznet.read_zones`)."""
        return {"report": self.report, "zone": self.zone, "counting": self.counting,
                "skip_kinds": self.skip_kinds, "salt": self.salt, "zone_reports": self.zone_reports}

    def _copy(self, **changes: Any) -> Network:
        given = {t: getattr(self, t) for t in _TABLES}
        return Network(**given, **(self._options() | changes))

    def with_zone(self, zone: Zone | str | None) -> Network:
        """The same Network with another zone.

        Parameters
        ----------
        zone : Zone, str or None
            A :class:`elznet.Zone`, a bundled zone's name (``"oost-meetjesland"``) or None
            (infer the zone from the inventory's places when one is needed).

        Returns
        -------
        Network
            The same tables; place words are now read through ``zone``.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad").with_zone("oost-meetjesland")
        >>> net.zone.name
        'ELZ Oost-Meetjesland'
        """
        return self._copy(zone=None if zone is None else resolve_zone(self, zone))

    def with_status(self, counting: str = "running", *, skip_kinds: Iterable[str] = ()) -> Network:
        """The same Network counting other initiatives.

        Parameters
        ----------
        counting : {"running", "all"}, default "running"
            ``"running"`` counts only running initiatives (no status, or a status that is not
            finished, stopped or planned); ``"all"`` counts finished and planned ones too.
        skip_kinds : iterable of str
            Leave initiatives of these kinds out as well (see :attr:`initiative_kinds`), e.g.
            ``["overleg/bestuur"]`` to see the network without the general assembly and other
            governance bodies.

        Returns
        -------
        Network
            The same tables; the graphs and every analysis count as asked.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> net.with_status("all").summary()["initiatives_not_counted"]
        0
        >>> without_boards = net.with_status(skip_kinds=["overleg/bestuur"])
        """
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
        """The direct ties (``relaties``) as a directed graph, as surveyed.

        All organisations are nodes, so isolates count (as in published figures).

        Parameters
        ----------
        kind : str, optional
            Only ties of this kind (``"doorverwijzing"``, ``"samenwerken"``, ...).

        Returns
        -------
        networkx.DiGraph
            Edges carry ``kind``, ``weight`` (the intensity, 1 when not given) and the
            ties table's extra numeric columns (a survey's ``trust``, ``value``, ...).

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> net.tie_graph().number_of_edges(), net.tie_graph().number_of_nodes()
        (66, 59)
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
        """Key figures of the inventory.

        Returns
        -------
        Summary
            A dict that prints as a readable Dutch list (see :class:`Summary` for the keys).

        Examples
        --------
        >>> import elznet
        >>> s = elznet.examples.load("meetjesland_zorgpad").summary()
        >>> s["organisations"], s["ties"]
        (59, 314)
        """
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

    # --- lookup -------------------------------------------------------------------------
    def find(self, ref: str, *, kind: str = "organisation") -> str:
        """The id of one organisation, person or initiative, given its id or its name.

        The one lookup of elznet: every function that takes an organisation, person or
        initiative by id or name (:func:`elznet.what_if`, :func:`elznet.stretch`, ...)
        goes through it. An id matches as written; a name matches after normalisation
        (case, accents, punctuation and spaces do not matter, see
        :func:`elznet.read.names.normalise`).

        Parameters
        ----------
        ref : str
            An id (``"caw-oost-vlaanderen"``, ``"I002"``) or a name (``"CAW Oost-Vlaanderen"``).
        kind : {"organisation", "person", "initiative"}, default "organisation"
            What to look for.

        Returns
        -------
        str
            The id.

        Raises
        ------
        NotFoundError
            No entry has that id or name (the message names up to three near matches,
            also in ``error.matches``), or the name belongs to several entries
            (``error.ambiguous``; the message lists their ids: give one of them).

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_inventaris")
        >>> net.find("caw oost-vlaanderen")
        'caw-oost-vlaanderen'
        >>> net.find("Warme buurten Eeklo", kind="initiative")
        'I002'
        """
        if kind not in _FIND_KINDS:
            raise ArgumentError(f"kind= moet 'organisation', 'person' of 'initiative' zijn, niet {kind!r} "
                                "(kind must be 'organisation', 'person' or 'initiative').", argument="kind")
        if not isinstance(ref, str):
            raise ArgumentError(f"Geef een id of een naam als tekst, geen {type(ref).__name__} "
                                "(give an id or a name as text).", argument=kind)
        ids, by_key = self._find_index(kind)
        if ref in ids:
            return ref
        matches = by_key.get(normalise(ref), [])
        if len(matches) == 1:
            return matches[0][0]
        if len(matches) > 1:
            listed = ", ".join(i for i, _ in matches)
            raise NotFoundError(f"De naam '{ref}' hoort bij {len(matches)} {_FIND_KINDS[kind][2]}: {listed}; "
                                f"geef het id van de bedoelde (the name is ambiguous: give an id).",
                                ref=ref, kind=kind, matches=list(matches), ambiguous=True)
        raise _not_found(getattr(self, _FIND_KINDS[kind][0]), ref, kind)

    def _find_index(self, kind: str) -> tuple[set[str], dict[str, list[tuple[str, str]]]]:
        """The ids of ``kind`` and normalised name or id -> [(id, name)], built once per Network
        (the tables of a Network are not changed after it is made; derived Networks are new)."""
        cache = self.__dict__.setdefault("_find_cache", {})
        if kind not in cache:
            table = getattr(self, _FIND_KINDS[kind][0])
            by_key: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for i, n in zip(table["id"], table["name"], strict=False):
                entry = (str(i), str(n))
                for key in dict.fromkeys((normalise(n), normalise(i))):
                    if entry not in by_key[key]:
                        by_key[key].append(entry)
            cache[kind] = (set(table["id"]), dict(by_key))
        return cache[kind]

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

        Criteria combine with *and*; values are matched after normalisation, so case and
        accents do not matter, and a value that matches nothing in the network is an
        :class:`~elznet.ArgumentError` (a typo never gives an empty Network without a word).
        The result holds the kept initiatives, their participants, and the direct ties among
        the organisations that remain.

        Parameters
        ----------
        target_group, expertise_domain, stage : str or list of str, optional
            Keep the initiatives whose list holds any of the values.
        municipality : str or list of str, optional
            Keep the initiatives in any of these places, read through the zone
            (:func:`elznet.zone.resolve_zone`): ``municipality="Eeklo"`` also keeps
            initiatives in a deelgemeente of Eeklo, in "regio Meetjesland" or in "heel de
            zone", the same count :func:`elznet.white_spots` gives.
        organisation : str or list of str, optional
            Keep the initiatives in which it takes part: an id, a name or a type (``"CAW"``
            matches every CAW). A value that names no organisation is a :class:`~elznet.NotFoundError`
            naming near matches.
        sector : str or list of str, optional
            Keep only organisations of those sectors.
        active_on : str or datetime.date, optional
            Keep the initiatives running that day (``"2024-06-01"``): started on or before it
            and not ended before it; an initiative without a date (or with a date kept as
            text, such as "voorjaar 2023") is kept unless its status says it has ended
            (``afgerond``, ``stopgezet``) and no end date says otherwise.
        status : str or list of str, optional
            Keep initiatives with that status (``"lopend"``, ``"in opstart"``, ..., any
            spelling :func:`elznet.vocabulary.lookup` knows).

        Returns
        -------
        Network
            The smaller Network, with this one's load report, zone, counting, pseudonyms and
            zone reports.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_inventaris")
        >>> net.filter(target_group="kwetsbare gezinnen", municipality="Eeklo")
        <Network: 19 organisations, 5 initiatives, 2 people, 0 direct ties, 49 organisation ties>
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
        """Every organisation one of the values names by id, name or type ("CAW": every CAW)."""
        values = _as_list(organisation)
        orgs = self.organisations
        keys = [orgs["id"].map(normalise), orgs["name"].map(normalise),
                orgs["type"].map(lambda t: normalise(t) if t else "")]
        known = set().union(*(set(k) for k in keys))
        for value in values:  # each value must name something: a typo in a list is not dropped silently
            if normalise(value) not in known:
                raise _not_found(orgs, value, "organisation")
        wanted = _normalised_set(values)
        hit = keys[0].isin(wanted) | keys[1].isin(wanted) | keys[2].isin(wanted)
        return set(orgs.loc[hit, "id"])

    # --- privacy and export ------------------------------------------------------------
    @shared_parameters
    def with_people(self, people: str = "hide", *, contacts: bool = False) -> Network:
        """The same Network with people shown as ``people`` says.

        ``"hide"`` removes every person (and who carries which tie, and the qualifiers in
        parentheses after a partner, which may be a person); ``"initials"`` and
        ``"pseudonyms"`` keep the structure but replace names, and person ids by neutral ones
        derived from the pseudonym (``P-K7QF2``, stable under :meth:`filter`); ``"names"``
        keeps the names.

        Parameters
        ----------
        %(people)s
        contacts : bool, default False
            Keep columns with contact details (e-mail, phone, address; see
            :func:`elznet._privacy.contact_columns`); dropped from every table by default.

        Returns
        -------
        Network
            A Network safe to hand on as ``people`` says.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> len(net.people), len(net.with_people().people)
        (35, 0)
        >>> bool(net.with_people("pseudonyms").people["name"].str.startswith("Persoon ").all())
        True
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

    @shared_parameters
    def to_excel(self, path: str | Path, *, people: str = "hide", contacts: bool = False) -> Path:
        """Write the canonical tables to one workbook with Dutch headers.

        Parameters
        ----------
        %(path)s
            An ``.xlsx`` file.
        %(people)s
            Pass ``people="names"`` for the analyst's own full data file.
        contacts : bool, default False
            Keep columns with e-mail addresses, phone numbers and addresses.

        Returns
        -------
        Path
            The file written; ``read_inventory(net.to_excel(path, people="names",
            contacts=True))`` gives back equal tables.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> path = net.to_excel(pathlib.Path(tempfile.mkdtemp()) / "gedeeld.xlsx")
        >>> len(elznet.read_inventory(path).people)   # people hidden by default
        0
        """
        from elznet.output.excel import write_tables

        net = self.with_people(people, contacts=contacts)
        return write_tables({t: getattr(net, t) for t in _TABLES}, path,
                            skip_people=(people == "hide"))


    @shared_parameters
    def export_analysis(self, path: str | Path, *, people: str = "hide", analysis=None,
                        zone: Zone | str | None = None, lang: str = "nl", contacts: bool = False) -> Path:
        """Write every analysis table to one Excel workbook for the zone's select-and-filter practice.

        Sheets: kerncijfers, grenswerkers, kwetsbare banden, breukpunten, vertrekrisico
        (organisations; people too unless ``people="hide"``), clusters, sectormenging,
        niet verbonden, witte vlekken, dubbele projecten, organisaties, initiatieven; Dutch
        headers and values (sectors, domains, carriers, ja/nee), autofilter, frozen header
        rows. Text never becomes a formula (see :mod:`elznet.output.excel`).

        Parameters
        ----------
        %(path)s
            An ``.xlsx`` file.
        %(people)s
        analysis : Analysis, optional
            The :class:`~elznet.Analysis` of this network (:func:`elznet.analyse`): its tables
            are written without computing them again. Its ``people`` must be ``people``: the
            workbook never shows people otherwise than asked (an ArgumentError says so).
        %(zone)s
            It sets the municipalities of the white spots.
        %(lang)s
        contacts : bool, default False
            Keep columns with contact details (e-mail, phone, address).

        Returns
        -------
        Path
            The file written.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> path = net.export_analysis(pathlib.Path(tempfile.mkdtemp()) / "analyse.xlsx")
        >>> path.suffix
        '.xlsx'
        """
        from elznet.analysis.bundle import Analysis
        from elznet.output.excel import write_analysis

        if analysis is None:
            net = self if zone is None else self.with_zone(zone)
            analysis = Analysis(net, people=people)
        elif analysis.net is not self:
            raise ArgumentError("analysis= is de analyse van een ander netwerk; maak ze met elznet.analyse(net) "
                                "(analysis= is the analysis of another network).", argument="analysis")
        elif analysis.people != people:  # its tables name people as it was made: never other than asked
            raise ArgumentError(f"analysis= toont personen als '{analysis.people}', maar people='{people}'; geef "
                                f"people='{analysis.people}' mee of maak de analyse met elznet.analyse(net, "
                                f"people='{people}') (the analysis shows people as '{analysis.people}').",
                                argument="people")
        return write_analysis(analysis.tables(contacts=contacts), path, lang=lang)


    @shared_parameters
    def to_gexf(self, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
        """Write the network as GEXF for Gephi, with its attributes (see :mod:`elznet.output.handover`).

        Parameters
        ----------
        %(path)s
        %(people)s
        two_mode : bool, default False
            Organisations and initiatives (the two-mode graph) instead of the organisation graph.

        Returns
        -------
        Path
            The file written.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> net.to_gexf(pathlib.Path(tempfile.mkdtemp()) / "netwerk.gexf").suffix
        '.gexf'
        """
        from elznet.output.handover import to_gexf

        return to_gexf(self, path, people=people, two_mode=two_mode)

    @shared_parameters
    def to_graphml(self, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
        """Write the network as GraphML (Gephi, Cytoscape, yEd); as :meth:`to_gexf`.

        Parameters
        ----------
        %(path)s
        %(people)s
        two_mode : bool, default False
            Organisations and initiatives (the two-mode graph) instead of the organisation graph.

        Returns
        -------
        Path
            The file written.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> net.to_graphml(pathlib.Path(tempfile.mkdtemp()) / "netwerk.graphml").suffix
        '.graphml'
        """
        from elznet.output.handover import to_graphml

        return to_graphml(self, path, people=people, two_mode=two_mode)

    @shared_parameters
    def to_kumu(self, path: str | Path, *, people: str = "hide") -> Path:
        """Write a Kumu import workbook (sheets ``Elements`` and ``Connections``, as Kumu's import documents them).

        Parameters
        ----------
        %(path)s
            An ``.xlsx`` file.
        %(people)s

        Returns
        -------
        Path
            The file written.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> net.to_kumu(pathlib.Path(tempfile.mkdtemp()) / "kumu.xlsx").name
        'kumu.xlsx'
        """
        from elznet.output.handover import to_kumu

        return to_kumu(self, path, people=people)

_KIND_COLUMNS = {"kind", "soort", "soort initiatief", "type initiatief", "soort samenwerking", "aard"}
_KIND_WORDS = (("overleg/bestuur", ("overleg", "bestuur", "vergadering", "stuurgroep", "zorgraad", "raad van",
                                    "governance", "board", "assembly")),
               ("zorgpad", ("zorgpad", "care path")), ("project", ("project",)), ("netwerk", ("netwerk", "network")))


#: kind -> (table, Dutch word, Dutch plural) of :meth:`Network.find`.
_FIND_KINDS = {"organisation": ("organisations", "organisatie", "organisaties"),
               "person": ("people", "persoon", "personen"),
               "initiative": ("initiatives", "initiatief", "initiatieven")}

#: Near matches named in a :class:`NotFoundError`: at most this many, at least this
#: similar (rapidfuzz ``WRatio`` of the normalised names, 0-100).
NEAR_MATCHES, NEAR_MATCH_SCORE = 3, 60


def _not_found(table: pd.DataFrame, ref: object, kind: str) -> NotFoundError:
    """The :class:`NotFoundError` for ``ref``, naming up to three near matches by name or id."""
    from rapidfuzz import fuzz, process

    table_name, word, _ = _FIND_KINDS[kind]
    names = [str(n) if isinstance(n, str) and n else str(i) for i, n in zip(table["id"], table["name"], strict=False)]
    choices = {k: f"{normalise(n)} {normalise(i)}" if kind != "person" else normalise(n)
               for k, (i, n) in enumerate(zip(table["id"], names, strict=False))}
    found = process.extract(normalise(ref), choices, scorer=fuzz.WRatio, limit=NEAR_MATCHES,
                            score_cutoff=NEAR_MATCH_SCORE)
    matches = [(str(table["id"].iloc[k]), names[k]) for _, _, k in found]
    hint = (" Bedoelt u: " + ", ".join(n if n == i else f"{n} ({i})" for i, n in matches) + "?") if matches else ""
    return NotFoundError(f"{word.capitalize()} '{ref}' staat niet in dit netwerk.{hint} Geef een id of een naam "
                         f"uit net.{table_name} (no such {kind}).", ref=ref, kind=kind, matches=matches)


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

    Made by :meth:`Network.summary`.

    Attributes
    ----------
    organisations, people, initiatives, participations, direct_ties : int
        Rows of each table.
    ties : int
        Organisation pairs with at least one tie.
    density : float
        Ties / possible pairs.
    components, largest_component, isolated_organisations : int
        Separate islands, organisations in the largest, organisations without a tie.
    initiatives_without_partners, initiatives_with_one_partner : int
        Initiatives nobody or one organisation takes part in.
    single_person_ties, several_people_ties, carrier_unknown_ties : int
        Ties one person's departure removes, ties several people carry, ties whose
        carrier is unknown (the three classes of :mod:`elznet.carriers`).
    carrier_unknown_share : float
        Share of ties whose carrier is unknown.
    initiatives_not_counted : int
        Finished or planned initiatives the graphs leave out.
    sectors : dict of str to int
        Organisations per sector.

    Examples
    --------
    >>> import elznet
    >>> s = elznet.examples.load("meetjesland_zorgpad").summary()
    >>> s["single_person_ties"] + s["several_people_ties"] + s["carrier_unknown_ties"] == s["ties"]
    True
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

    @shared_parameters
    def to_frame(self, lang: str = "nl") -> pd.DataFrame:
        """One row per figure (sectors expanded), labelled in Dutch or English.

        Parameters
        ----------
        %(lang)s

        Returns
        -------
        pandas.DataFrame
            Columns ``kengetal``, ``waarde`` (``figure``, ``value`` in English).

        Examples
        --------
        >>> import elznet
        >>> elznet.examples.load("meetjesland_zorgpad").summary().to_frame().iloc[0].tolist()
        ['organisaties', 59]
        """
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

    @shared_parameters
    def coverage(self, lang: str = "nl") -> str:
        """One sentence on carrier coverage: how many ties nobody knows the carrier of.

        Parameters
        ----------
        %(lang)s

        Returns
        -------
        str

        Examples
        --------
        >>> import elznet
        >>> print(elznet.examples.load("meetjesland_zorgpad").summary().coverage())
        Voor 17% van de banden (53 van 314) is niet bekend wie ze draagt; 260 hangen aan één persoon en 1 aan meerdere personen.
        """
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
        raise ArgumentError(f"active_on= moet een datum zijn zoals '2024-06-01', niet {value!r} "
                            "(active_on must be a date).", argument="active_on") from None


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
