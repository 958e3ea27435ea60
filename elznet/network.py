"""The :class:`Network`: an inventory's canonical tables and the graphs built from them.

Tables (pandas DataFrames, English column names, list-valued cells as lists):

* ``organisations`` — id, name, sector, type, municipality, language, offer,
  target_groups, ages, stages, contact_role, plus the analyst's own columns;
* ``people`` — id, name, organisation, role;
* ``initiatives`` — id, name, description, model, formal, permanent, level,
  expertise_domains, target_groups, municipalities, stages;
* ``participations`` — initiative, organisation, person (the one who carries it,
  may be empty), role;
* ``ties`` — direct organisation ties: source, target, kind, intensity, people.

A Network of several zones (:func:`elznet.read_zones`) adds ``zone`` to every table
(for organisations the zone where they take part most) and ``zones`` (every zone that
lists them) to organisations; ``net.zone_reports`` keeps each zone's load report.

Graphs (plain networkx, built on first use):

* ``net.graph`` — organisations; an edge when two take part in the same initiative or
  have a direct tie. Edge attributes: ``weight`` (shared initiatives + direct ties),
  ``initiatives`` (ids), ``kinds`` ("initiatief" and the kinds of direct ties),
  ``carriers`` (``{organisation id: [person ids]}``: who carries the tie on each side;
  a side with one carrier is a *single-person* tie), ``intensity`` (highest direct-tie
  intensity, if any).
* ``net.bipartite`` — organisations and initiatives (``kind`` node attribute).
* ``net.people_graph`` — people who meet in an initiative or carry a tie together.
* ``net.tie_graph(kind=None)`` — the direct ties as a directed graph (as surveyed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from elznet._privacy import check_mode, person_labels
from elznet.read.load_report import LoadReport
from elznet.read.names import normalise
from elznet.vocabulary import COLUMNS, SECTORS

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
                 participations: pd.DataFrame, ties: pd.DataFrame, report: LoadReport | None = None) -> None:
        self.organisations = organisations
        self.people = people
        self.initiatives = initiatives
        self.participations = participations
        self.ties = ties
        self.report = report if report is not None else LoadReport()
        #: Each zone's own load report, for a Network read with :func:`elznet.read_zones`.
        self.zone_reports: dict[str, LoadReport] = {}

    @classmethod
    def from_tables(cls, *, organisations: pd.DataFrame, people: pd.DataFrame | None = None,
                    initiatives: pd.DataFrame | None = None, participations: pd.DataFrame | None = None,
                    ties: pd.DataFrame | None = None, report: LoadReport | None = None) -> Network:
        """A Network from canonical tables (missing ones are empty)."""
        given = {"organisations": organisations, "people": people, "initiatives": initiatives,
                 "participations": participations, "ties": ties}
        frames = {}
        for name, frame in given.items():
            if frame is None:
                frame = pd.DataFrame(columns=COLUMNS[name], dtype=object)
            frames[name] = frame.reset_index(drop=True)
        return cls(**frames, report=report)

    def __repr__(self) -> str:
        return (f"<Network: {len(self.organisations)} organisations, {len(self.initiatives)} initiatives, "
                f"{len(self.people)} people, {len(self.ties)} direct ties, "
                f"{self.graph.number_of_edges()} organisation ties>")

    # --- graphs ------------------------------------------------------------------
    def _node_attrs(self, frame: pd.DataFrame) -> list[tuple[str, dict[str, Any]]]:
        cols = [c for c in frame.columns if c != "id"]
        return [(row[0], {c: v for c, v in zip(cols, row[1:], strict=False) if v is not None})
                for row in frame[["id", *cols]].itertuples(index=False, name=None)]

    @cached_property
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
                                     "weight": 0, "intensity": None}
            return data

        members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for ini, org, person in self.participations[["initiative", "organisation", "person"]].itertuples(
                index=False, name=None):
            people = members[ini][org]
            if person is not None:
                people.add(person)
        for ini, orgs in members.items():
            for a, b in combinations(sorted(orgs), 2):
                data = edge(a, b)
                data["initiatives"].append(ini)
                data["kinds"].add("initiatief")
                data["carriers"][a] |= orgs[a]
                data["carriers"][b] |= orgs[b]
                data["weight"] += 1
        person_org = dict(zip(self.people["id"], self.people["organisation"], strict=False))
        for source, target, kind, intensity, people in self.ties[
                ["source", "target", "kind", "intensity", "people"]].itertuples(index=False, name=None):
            data = edge(source, target)
            data["kinds"].add(kind or "relatie")
            data["weight"] += 1
            if intensity is not None and (data["intensity"] is None or intensity > data["intensity"]):
                data["intensity"] = intensity
            for person in people or []:
                side = person_org.get(person)
                if side in (source, target):
                    data["carriers"][side].add(person)
        for (a, b), data in edges.items():
            data["kinds"] = sorted(data["kinds"])
            data["carriers"] = {org: sorted(p) for org, p in data["carriers"].items()}
            if data["intensity"] is None:
                del data["intensity"]
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
        for ini, org, person, role in self.participations[
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
        for ini, person in self.participations[["initiative", "person"]].itertuples(index=False, name=None):
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
        for source, target, k, intensity in self.ties[["source", "target", "kind", "intensity"]].itertuples(
                index=False, name=None):
            if kind is None or k == kind:
                g.add_edge(source, target, kind=k, weight=1.0 if intensity is None else intensity)
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
        single = sum(1 for _, _, d in g.edges(data=True)
                     if any(len(p) == 1 for p in d["carriers"].values()))
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
            "single_person_ties": single,
            "sectors": {s: int(sectors[s]) for s in SECTORS if s in sectors}
            | {s: int(n) for s, n in sectors.items() if s not in SECTORS},
        })

    # --- selection ----------------------------------------------------------------------
    def filter(self, *, target_group: str | Iterable[str] | None = None,
               municipality: str | Iterable[str] | None = None,
               expertise_domain: str | Iterable[str] | None = None,
               stage: str | Iterable[str] | None = None,
               organisation: str | Iterable[str] | None = None,
               sector: str | Iterable[str] | None = None) -> Network:
        """A smaller Network, as an analyst filters the inventory in Excel.

        Initiative criteria (``target_group``, ``municipality``, ``expertise_domain``,
        ``stage``) keep the initiatives whose list holds any of the values (matched
        after normalisation, so case and accents do not matter). ``organisation``
        (id, name or type: ``"CAW"`` matches every CAW) keeps the initiatives in which
        it takes part. ``sector`` keeps only organisations of those sectors. Criteria
        combine with *and*. The result holds the kept initiatives, their participants,
        and the direct ties among the organisations that remain.

        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_inventaris")
        >>> eeklo = net.filter(target_group="kwetsbare gezinnen", municipality="Eeklo")
        """
        ini, parts, orgs = self.initiatives, self.participations, self.organisations
        by_initiative = {"target_groups": target_group, "municipalities": municipality,
                         "expertise_domains": expertise_domain, "stages": stage}
        keep = pd.Series(True, index=ini.index)
        for col, wanted in by_initiative.items():
            if wanted is not None:
                values = _normalised_set(wanted)
                keep &= ini[col].map(lambda items, v=values: any(normalise(i) in v for i in items or []))
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
        if organisation is not None or any(v is not None for v in by_initiative.values()):
            orgs = orgs[orgs["id"].isin(parts["organisation"])]
        ties = self.ties[self.ties["source"].isin(orgs["id"]) & self.ties["target"].isin(orgs["id"])]
        people_ids = set(parts["person"].dropna()) | {p for ps in ties["people"] for p in ps or []}
        people = self.people[self.people["id"].isin(people_ids)]
        return Network.from_tables(organisations=orgs, people=people, initiatives=ini,
                                   participations=parts, ties=ties, report=self.report)

    def _match_organisations(self, organisation: str | Iterable[str]) -> set[str]:
        wanted = _normalised_set(organisation)
        orgs = self.organisations
        hit = (orgs["id"].map(normalise).isin(wanted) | orgs["name"].map(normalise).isin(wanted)
               | orgs["type"].map(lambda t: normalise(t) if t else "").isin(wanted))
        if not hit.any():
            names = ", ".join(sorted(wanted))
            raise KeyError(f"No organisation matches {names!s} by id, name or type. "
                           "See net.organisations for the names in this inventory.")
        return set(orgs.loc[hit, "id"])

    # --- privacy and export ------------------------------------------------------------
    def with_people(self, people: str = "hide") -> Network:
        """The same Network with people shown as ``people`` says.

        ``"hide"`` removes every person (and who carries which tie); ``"initials"`` and
        ``"pseudonyms"`` keep the structure but replace names, and person ids by
        neutral ones (``P001``...); ``"names"`` returns the Network unchanged.
        """
        check_mode(people)
        if people == "names":
            return self
        tables = {t: getattr(self, t).copy() for t in _TABLES}
        if people == "hide":
            tables["people"] = tables["people"].iloc[0:0]
            tables["participations"]["person"] = None
            tables["participations"] = tables["participations"].drop_duplicates(
                subset=["initiative", "organisation"])
            tables["ties"]["people"] = [[] for _ in range(len(tables["ties"]))]
            return Network.from_tables(**tables, report=self.report)
        labels = person_labels(self.people, people)
        new_id = {old: f"P{k:03d}" for k, old in enumerate(self.people["id"], start=1)}
        tables["people"]["name"] = tables["people"]["id"].map(labels)
        tables["people"]["id"] = tables["people"]["id"].map(new_id)
        tables["participations"]["person"] = tables["participations"]["person"].map(
            lambda p: new_id.get(p) if p is not None else None)
        tables["ties"]["people"] = [[new_id[p] for p in ps or []] for ps in tables["ties"]["people"]]
        return Network.from_tables(**tables, report=self.report)

    def to_excel(self, path: str | Path, *, people: str = "names") -> Path:
        """Write the canonical tables to one workbook with Dutch headers; return the path.

        ``read_inventory(net.to_excel(path))`` gives back equal tables. This is the
        analyst's data file, so names are kept by default; pass ``people="hide"``,
        ``"initials"`` or ``"pseudonyms"`` for a copy to share.
        """
        from elznet.output.excel import write_tables

        net = self.with_people(people)
        return write_tables({t: getattr(net, t) for t in _TABLES}, path,
                            skip_people=(people == "hide"))


    def export_analysis(self, path: str | Path, *, people: str = "hide") -> Path:
        """Write every analysis table to one Excel workbook (Dutch headers, autofilter,
        frozen header rows) for the select-and-filter practice zones already have.

        Sheets: kerncijfers, grenswerkers, kwetsbare banden, breukpunten, vertrekrisico
        (organisations; people too unless ``people="hide"``), clusters, sectormenging,
        niet verbonden, witte vlekken, dubbele projecten, organisaties, initiatieven.
        People are hidden by default, as in every output a zorgraad sees.
        """
        from elznet.analysis.tables import analysis_tables
        from elznet.output.excel import write_analysis

        return write_analysis(analysis_tables(self, people=people), path)


def _normalised_set(values: str | Iterable[str]) -> set[str]:
    if isinstance(values, str):
        values = [values]
    return {normalise(v) for v in values}


class Summary(dict):
    """Key figures of a Network, a plain dict that prints as a readable Dutch list.

    Keys: organisations, people, initiatives, participations, direct_ties, ties
    (organisation pairs with at least one tie), density, components,
    largest_component, isolated_organisations, initiatives_without_partners,
    initiatives_with_one_partner, single_person_ties (ties carried by one person on at
    least one side), sectors (organisations per sector).
    """

    LABELS_NL = {
        "organisations": "organisaties", "people": "personen", "initiatives": "initiatieven",
        "participations": "deelnames", "direct_ties": "rechtstreekse relaties",
        "ties": "banden tussen organisaties", "density": "dichtheid", "components": "aparte eilanden",
        "largest_component": "grootste eiland (organisaties)", "isolated_organisations": "geïsoleerde organisaties",
        "initiatives_without_partners": "initiatieven zonder partners",
        "initiatives_with_one_partner": "initiatieven met één partner",
        "single_person_ties": "banden gedragen door één persoon", "sectors": "organisaties per sector",
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
                rows.append((label, round(value, 3) if isinstance(value, float) else value))
        return pd.DataFrame(rows, columns=["kengetal" if lang == "nl" else "figure",
                                           "waarde" if lang == "nl" else "value"], dtype=object)

    def __str__(self) -> str:
        frame = self.to_frame()
        width = max(len(s) for s in frame.iloc[:, 0])
        return "\n".join(f"{k:<{width}}  {v}" for k, v in frame.itertuples(index=False))

    def _repr_html_(self) -> str:
        return self.to_frame().to_html(index=False)
