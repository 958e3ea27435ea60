"""Fragile ties: what breaks when one person or one organisation leaves.

The question no other tool answers for a zorgraad: *which collaborations hang on one
staff member?* A tie between two organisations is carried by people on each side (the
``carriers`` of :attr:`Network.graph`). It is *single-person* when a side has one
carrier, a *bridge* when its loss splits the network (Tarjan 1974), and an organisation
is a *cut point* (articulation point) when its departure does (Hopcroft & Tarjan 1973).

* :func:`fragile_ties` — every organisation tie with its carriers and risk, riskiest first;
* :func:`cut_points` — organisations whose departure splits the network;
* :func:`what_if` — the :class:`Impact` of one departure, simulated on the tables;
* :func:`departure_risk` — everyone ranked by that impact (the "bus factor" list),
  computed exactly without re-running the simulation per person.

How a departure works: a person who leaves takes their participations with them; an
organisation stays in an initiative while another of its people (or an unnamed
participation) remains. A tie between organisations disappears only when no remaining
carrier keeps it: every shared initiative and every direct tie that supported it is gone.
A direct tie without named carriers is never lost through one person (nobody is known
to carry it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from elznet._docs import shared_parameters
from elznet._gc import gc_paused
from elznet._privacy import person_labels
from elznet.analysis._shared import parts
from elznet.carriers import _sole_at, tie_killers
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.vocabulary import SECTORS

__all__ = ["fragile_ties", "cut_points", "what_if", "Impact", "departure_risk"]


# --- who carries what ---------------------------------------------------------------
def _sole_carriers(net: Network) -> dict[tuple[str, str], str | None]:
    """(initiative, organisation) -> the one person representing it there (counted initiatives)."""
    return _sole_at(net)


def _tie_killers(net: Network) -> dict[tuple[str, str], frozenset]:
    """For every organisation tie, the people whose departure alone removes it (see :mod:`elznet.carriers`)."""
    return tie_killers(net)


def _single_org_sectors(net: Network) -> set:
    """Sectors with one organisation: their "last sector link" is that organisation's own ties."""
    counts = net.organisations["sector"].value_counts()
    return {str(s) for s, n in counts.items() if n == 1}


def _label_people(net: Network, people: str) -> dict:
    labels = person_labels(net.people, people, salt=net.salt)
    return {k: v for k, v in labels.items() if v is not None}


# --- tables --------------------------------------------------------------------------------
@shared_parameters
@gc_paused()
def fragile_ties(net: Network, *, people: str = "hide") -> pd.DataFrame:
    """Every organisation tie with who carries it and how fragile it is, riskiest first.

    A tie is *single-person* when one person's departure removes it (a side carried by one
    person, see :mod:`elznet.carriers`), a *bridge* when its loss splits the network
    (Tarjan 1974). Read the top rows first: bridges that hang on one person.

    Parameters
    ----------
    %(net)s
    %(people)s

    Returns
    -------
    pandas.DataFrame
        One row per organisation tie: ``a``, ``b`` (organisation ids), ``name_a``,
        ``name_b``, ``sector_a``, ``sector_b``, ``carriers_a``, ``carriers_b`` (people as
        ``people`` shows them; empty lists while hidden), ``carrier`` ("one", "several" or
        "unknown", the one definition of :mod:`elznet.carriers`), ``single_person``
        (``carrier == "one"``: one departure removes it), ``carrier_unknown``
        (``carrier == "unknown"``), ``is_bridge`` (its loss disconnects the network),
        ``leaves_with`` (the people whose departure alone removes it, as ``people`` shows
        them), ``initiatives`` (shared initiative ids), ``kinds``, ``weight``, ``sectors``
        ("welzijn – zorg"), ``cross_sector`` and ``risk``: 3 = a bridge that one person can
        remove, 2 = a bridge, 1 = one person can remove it, 0 = otherwise. Sorted by risk,
        then cross-sector first, then weight.

    Examples
    --------
    >>> import elznet
    >>> ties = elznet.fragile_ties(elznet.examples.load("meetjesland_zorgpad"))
    >>> ties.loc[0, "name_a"], int(ties.loc[0, "risk"])
    ('JAC Eeklo', 3)
    >>> int(ties["carriers_a"].map(len).sum())   # people hidden by default
    0
    """
    g = net.graph
    labels = _label_people(net, people)
    killers = _tie_killers(net)
    bridges = parts(net).bridges
    sector = dict(g.nodes(data="sector"))
    name = dict(g.nodes(data="name"))
    edges = [(a, b, d) if a <= b else (b, a, d) for a, b, d in g.edges(data=True)]
    a_ids = [a for a, _, _ in edges]
    b_ids = [b for _, b, _ in edges]
    kinds = [d["carrier"] for _, _, d in edges]
    by = [killers.get((a, b), frozenset()) for a, b, _ in edges]
    bridge = [frozenset((a, b)) in bridges for a, b, _ in edges]
    sector_a, sector_b = [sector.get(a) for a in a_ids], [sector.get(b) for b in b_ids]
    if labels:
        carriers_a = [[labels[p] for p in d["carriers"].get(a, []) if p in labels] for a, _, d in edges]
        carriers_b = [[labels[p] for p in d["carriers"].get(b, []) if p in labels] for _, b, d in edges]
        leaves_with = [sorted(labels[p] for p in k if p in labels) for k in by]
    else:  # people hidden: nobody is shown
        carriers_a, carriers_b, leaves_with = ([[] for _ in edges] for _ in range(3))
    frame = pd.DataFrame({
        "a": a_ids, "b": b_ids, "name_a": [name.get(a) for a in a_ids], "name_b": [name.get(b) for b in b_ids],
        "sector_a": sector_a, "sector_b": sector_b, "carriers_a": carriers_a, "carriers_b": carriers_b,
        "carrier": kinds, "single_person": [k == "one" for k in kinds],
        "carrier_unknown": [k == "unknown" for k in kinds], "is_bridge": bridge, "leaves_with": leaves_with,
        "initiatives": [d["initiatives"] for _, _, d in edges], "kinds": [d["kinds"] for _, _, d in edges],
        "weight": [d["weight"] for _, _, d in edges],
        "sectors": [" – ".join(sorted({str(x), str(y)})) for x, y in zip(sector_a, sector_b, strict=True)],
        "cross_sector": [x != y for x, y in zip(sector_a, sector_b, strict=True)],
        "risk": [2 * br + bool(k) for br, k in zip(bridge, by, strict=True)],
    }, columns=["a", "b", "name_a", "name_b", "sector_a", "sector_b", "carriers_a", "carriers_b",
                "carrier", "single_person", "carrier_unknown", "is_bridge", "leaves_with", "initiatives", "kinds",
                "weight", "sectors", "cross_sector", "risk"])
    return frame.sort_values(["risk", "cross_sector", "weight", "a", "b"],
                             ascending=[False, False, True, True, True], kind="stable").reset_index(drop=True)


class _Cutter:
    """Components of a graph after removing some nodes or edges, on sparse matrices."""

    def __init__(self, g: nx.Graph, shared=None) -> None:
        self.shared = shared if shared is not None else parts(g)
        self.nodes = self.shared.nodes
        self.index = self.shared.index
        self.a = self.shared.adjacency
        self.base = self.shared.components

    def cut_off(self, *, nodes=(), edges=()) -> tuple[set, int]:
        """Organisations separated from the largest piece of their former component, and
        the change in the number of components."""
        n = len(self.nodes)
        gone = np.array([self.index[v] for v in nodes], dtype=np.int64)
        ends = np.array([self.index[x] for e in edges for x in e], dtype=np.int64)
        touched = np.unique(self.base[np.concatenate([gone, ends])])
        # the adjacency without the leavers' entries and the removed edges' entries
        a, rows = self.a, self.shared.adjacency_rows
        out = np.zeros(n, dtype=bool)
        out[gone] = True
        keep = ~(out[rows] | out[a.indices]) if len(gone) else np.ones(a.nnz, dtype=bool)
        if len(ends):
            keep[self.shared.entry_positions(ends)] = False
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=n))])
        labels = connected_components(sp.csr_array((a.data[keep], a.indices[keep], indptr), shape=a.shape),
                                      directed=False)[1]
        cut: set = set()
        change = 0
        for comp in touched:
            members = np.flatnonzero(self.base == comp)
            members = members[~out[members]]
            if not len(members):  # the component was the leaver alone
                change -= 1
                continue
            # pieces largest first; of equal size, the one with the first node (as before)
            piece, first, size = np.unique(labels[members], return_index=True, return_counts=True)
            order = sorted(range(len(piece)), key=lambda i: (-size[i], first[i]))
            change += len(piece) - 1
            for i in order[1:]:
                cut |= {self.nodes[m] for m in members[labels[members] == piece[i]]}
        return cut, change


def _cut_off(g: nx.Graph, *, nodes=(), edges=()) -> tuple[set, int]:
    """Organisations separated from the largest piece of their former component."""
    return _Cutter(g).cut_off(nodes=nodes, edges=edges)


@shared_parameters
@gc_paused()
def cut_points(net: Network) -> pd.DataFrame:
    """Organisations whose departure splits the network (articulation points).

    An organisation is a cut point when removing it leaves more separate pieces (Hopcroft
    & Tarjan 1973). The top rows hold the network together: tie the organisations in
    ``cut_off_names`` to others as well.

    Parameters
    ----------
    %(net)s

    Returns
    -------
    pandas.DataFrame
        Indexed by organisation id, most cut off first: ``name``, ``sector``, ``cut_off``
        (organisations separated from the largest remaining piece), ``cut_off_names``,
        ``sectors_cut_off``, ``pieces`` (into how many parts its component falls).

    Examples
    --------
    >>> import elznet
    >>> cuts = elznet.cut_points(elznet.examples.load("meetjesland_zorgpad"))
    >>> cuts["name"].iloc[0], int(cuts["cut_off"].iloc[0])
    ('JAC Eeklo', 2)
    """
    g = net.graph
    shared = parts(net)
    cutter = _Cutter(g, shared)
    rows = []
    for v in shared.articulation_points:
        cut, change = cutter.cut_off(nodes=[v])
        pieces = change + 1  # the parts of its component without it
        rows.append({"id": v, "name": g.nodes[v].get("name"), "sector": g.nodes[v].get("sector"),
                     "cut_off": len(cut), "cut_off_names": sorted(g.nodes[x].get("name", x) for x in cut),
                     "sectors_cut_off": sorted({g.nodes[x].get("sector") for x in cut}), "pieces": pieces})
    frame = pd.DataFrame(rows, columns=["id", "name", "sector", "cut_off", "cut_off_names", "sectors_cut_off",
                                        "pieces"])
    return frame.sort_values(["cut_off", "id"], ascending=[False, True]).set_index("id")


# --- what if ---------------------------------------------------------------------------------
@dataclass
class Impact:
    """What a departure breaks. Prints as a Dutch summary; the tables are attributes.

    Attributes
    ----------
    who : str
        The one who leaves, as shown (name, initials, pseudonym or organisation name).
    ties_lost : DataFrame
        Organisation ties that disappear (``a``, ``b``, ``name_a``, ``name_b``, ``sectors``).
    representation_lost : DataFrame
        (``initiative``, ``initiative_name``, ``organisation``, ``organisation_name``):
        initiatives left without that organisation's representation.
    organisations_cut_off : DataFrame
        Organisations separated from the largest piece of their former component.
    sector_links_lost : list of tuple
        Sector pairs whose last tie disappears.
    components_before, components_after : int
        Number of separate islands before and after.

    Examples
    --------
    >>> import elznet
    >>> impact = elznet.what_if(elznet.examples.load("meetjesland_zorgpad"), organisation="JAC Eeklo")
    >>> impact.organisations_cut_off["name"].tolist()
    ['Awel', 'Jeugddienst Evergem']
    """

    who: str
    ties_lost: pd.DataFrame
    representation_lost: pd.DataFrame
    organisations_cut_off: pd.DataFrame
    sector_links_lost: list[tuple[str, str]]
    components_before: int
    components_after: int
    left: bool = field(default=True, repr=False)

    def __str__(self) -> str:
        def sector(s):
            return SECTORS.get(s, s).split(" (")[0].lower()

        lines = [f"Als {self.who} vertrekt:"]
        lines.append(f"- verdwijnen {len(self.ties_lost)} banden tussen organisaties")
        inis = self.representation_lost["initiative"].nunique()
        lines.append(f"- verliezen {inis} initiatieven de vertegenwoordiging van een organisatie "
                     f"({len(self.representation_lost)} deelnames)")
        cut = self.organisations_cut_off
        names = ", ".join(cut["name"].astype(str).head(8)) + (" ..." if len(cut) > 8 else "")
        lines.append(f"- raken {len(cut)} organisaties afgesneden" + (f": {names}" if len(cut) else ""))
        if self.sector_links_lost:
            pairs = "; ".join(f"{sector(a)} – {sector(b)}" for a, b in self.sector_links_lost)
            lines.append(f"- verliezen deze sectoren hun laatste band: {pairs}")
        else:
            lines.append("- blijven alle sectoren die verbonden waren, verbonden")
        lines.append(f"- aantal aparte eilanden: {self.components_before} → {self.components_after}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from html import escape

        return "<pre>" + escape(str(self)) + "</pre>"


def _sector_pairs(sector: dict, edges) -> Counter:
    """Edges per (sorted) pair of different sectors."""
    return Counter(tuple(sorted((str(sector.get(a)), str(sector.get(b))))) for a, b in edges
                   if sector.get(a) != sector.get(b))


def _pair_keys(sector: dict, edges) -> dict[tuple, tuple | None]:
    """Per edge (both orders of its ends): its (sorted) pair of different sectors, None
    within one sector (as :func:`_sector_pairs` counts them)."""
    out: dict[tuple, tuple | None] = {}
    for a, b in edges:
        sa, sb = sector.get(a), sector.get(b)
        key = tuple(sorted((str(sa), str(sb)))) if sa != sb else None
        out[(a, b)] = out[(b, a)] = key
    return out


@shared_parameters
def what_if(net: Network, *, person: str | None = None, organisation: str | None = None,
            people: str = "hide") -> Impact:
    """Simulate one departure and report what breaks (see the module notes).

    The departure is simulated on the tables, so the result is exact; use
    :func:`departure_risk` to rank everyone at once.

    Parameters
    ----------
    %(net)s
    person : str, optional
        The person who leaves: an id or a name (see :meth:`elznet.Network.find`).
    organisation : str, optional
        The organisation that leaves: an id or a name. Give exactly one of ``person``
        and ``organisation``.
    %(people)s
        While hidden, the person who leaves is shown as "deze persoon" and their organisation.

    Returns
    -------
    Impact
        The ties, representations and sector links lost, the organisations cut off, and
        the number of islands before and after; prints as a Dutch summary.

    Raises
    ------
    NotFoundError
        No such person or organisation (the message names near matches).

    Examples
    --------
    >>> import elznet
    >>> impact = elznet.what_if(elznet.examples.load("meetjesland_zorgpad"), organisation="JAC Eeklo")
    >>> len(impact.ties_lost), impact.components_before, impact.components_after
    (29, 1, 3)
    >>> print(impact)  # doctest: +ELLIPSIS
    Als JAC Eeklo vertrekt:
    - verdwijnen 29 banden tussen organisaties
    ...
    """
    if (person is None) == (organisation is None):
        raise ArgumentError("give exactly one of person= or organisation= (geef person= of organisation=, "
                            "niet allebei)", argument="person")
    g = net.graph
    if person is not None:
        pid = net.find(person, kind="person")
        label = _label_people(net, people).get(pid, "deze persoon")
        org = net.people.set_index("id")["organisation"].get(pid)
        who = f"{label} ({g.nodes[org].get('name', org)})" if org in g else label
        after = _without_person(net, pid)
        gone_nodes: list[str] = []
    else:
        oid = net.find(organisation, kind="organisation")
        who = str(g.nodes[oid].get("name", oid))
        after = _without_organisation(net, oid)
        gone_nodes = [oid]
    h = after.graph
    lost_edges = [(a, b) for a, b in g.edges() if not h.has_edge(a, b)]
    name = dict(g.nodes(data="name"))
    sector = dict(g.nodes(data="sector"))
    ties_lost = pd.DataFrame(
        [{"a": a, "b": b, "name_a": name.get(a), "name_b": name.get(b),
          "sectors": " – ".join(sorted({str(sector.get(a)), str(sector.get(b))}))} for a, b in lost_edges],
        columns=["a", "b", "name_a", "name_b", "sectors"])
    before_pairs = set(map(tuple, net.counted_participations[["initiative", "organisation"]].drop_duplicates().values))
    after_pairs = set(map(tuple, after.counted_participations[["initiative", "organisation"]].drop_duplicates().values))
    ini_name = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
    lost_pairs = sorted(before_pairs - after_pairs)
    representation = pd.DataFrame(
        [{"initiative": i, "initiative_name": ini_name.get(i), "organisation": o, "organisation_name": name.get(o)}
         for i, o in lost_pairs], columns=["initiative", "initiative_name", "organisation", "organisation_name"])
    cut, _ = _cut_off(g, nodes=gone_nodes, edges=[] if gone_nodes else lost_edges)
    if person is not None:
        cut.discard(org)  # the leaver's own organisation is not cut off: it loses a colleague
    cut_frame = pd.DataFrame([{"id": x, "name": name.get(x), "sector": sector.get(x)} for x in sorted(cut)],
                             columns=["id", "name", "sector"])
    lonely = _single_org_sectors(net)
    before_links, after_links = _sector_pairs(sector, g.edges()), _sector_pairs(sector, h.edges())
    links_lost = sorted(p for p in before_links if p not in after_links and not lonely & set(p))
    return Impact(who, ties_lost, representation, cut_frame, links_lost,
                  nx.number_connected_components(g), nx.number_connected_components(h))


def _without_person(net: Network, pid: str) -> Network:
    parts = net.participations[net.participations["person"] != pid]
    person_org = dict(zip(net.people["id"], net.people["organisation"], strict=False))
    keep = []
    for source, target, listed in net.ties[["source", "target", "people"]].itertuples(index=False, name=None):
        listed = list(listed or [])
        side = person_org.get(pid)
        if pid in listed and side in (source, target):
            same_side = [p for p in listed if person_org.get(p) == side]
            keep.append(len(same_side) > 1)
        else:
            keep.append(True)
    ties = net.ties[pd.Series(keep, index=net.ties.index, dtype=bool)].copy()
    ties["people"] = [[p for p in ps or [] if p != pid] for ps in ties["people"]]
    return Network.from_tables(organisations=net.organisations, people=net.people[net.people["id"] != pid],
                               initiatives=net.initiatives, participations=parts, ties=ties, counting=net.counting,
                               skip_kinds=net.skip_kinds)


def _without_organisation(net: Network, oid: str) -> Network:
    ties = net.ties[(net.ties["source"] != oid) & (net.ties["target"] != oid)]
    return Network.from_tables(
        organisations=net.organisations[net.organisations["id"] != oid],
        people=net.people, initiatives=net.initiatives,
        participations=net.participations[net.participations["organisation"] != oid], ties=ties,
        counting=net.counting, skip_kinds=net.skip_kinds)


# --- everyone at once --------------------------------------------------------------------
@shared_parameters
@gc_paused()
def departure_risk(net: Network, *, level: str = "person", people: str = "hide") -> pd.DataFrame:
    """Everyone ranked by what their departure breaks: the "bus factor" list.

    The numbers equal :func:`what_if` for each one (tested), but are computed from who can
    remove each tie, not by simulating every departure. Two rules keep the ranking honest:
    a person's own organisation is never counted as cut off (it loses a colleague, not
    its place in the network), and sectors with a single organisation are left out of
    ``sector_links_lost`` (their "last link" is just that organisation's ties, already
    counted in ``ties_lost``).

    Parameters
    ----------
    %(net)s
    level : {"person", "organisation"}, default "person"
        Rank people or organisations.
    %(people)s

    Returns
    -------
    pandas.DataFrame
        One row per person or organisation, indexed by id, with ``name`` (people as
        ``people`` shows them: empty while hidden), ``organisation``, ``ties_lost``,
        ``representation_lost`` (initiatives left without an organisation's
        representation), ``organisations_cut_off``, ``sector_links_lost`` and
        ``components_added``. Sorted by organisations cut off, sector links lost, ties lost
        and representation lost: the top rows are the departures to prepare for.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> elznet.departure_risk(net, level="organisation")["name"].iloc[0]
    'JAC Eeklo'
    >>> bool(elznet.departure_risk(net)["name"].isna().all())   # people hidden by default
    True
    """
    if level not in ("person", "organisation"):
        raise ArgumentError(f"level= moet 'person' of 'organisation' zijn, niet {level!r} "
                            "(level must be 'person' or 'organisation').", argument="level")
    g = net.graph
    sector = dict(g.nodes(data="sector"))
    lonely = _single_org_sectors(net)
    shared = parts(net)
    cutter = _Cutter(g, shared)
    if "sector_pairs" not in shared.memo:  # both levels (people, organisations) need them
        shared.memo["sector_pairs"] = _pair_keys(sector, g.edges()), _sector_pairs(sector, g.edges())
    pair_of, pair_total = shared.memo["sector_pairs"]
    # sector pairs whose every tie a departure can take: counted when not of a one-organisation sector
    countable = {p: n for p, n in pair_total.items() if not lonely & set(p)}

    def links_lost(edges) -> int:
        lost = Counter(p for p in map(pair_of.get, edges) if p is not None)
        return sum(1 for p, n in lost.items() if countable.get(p) == n)

    rows = []
    if level == "person":
        labels = person_labels(net.people, people, salt=net.salt)
        killed: dict[str, list] = defaultdict(list)
        for edge, by in _tie_killers(net).items():
            for p in by:
                killed[p].append(edge)
        sole = Counter(p for p in _sole_carriers(net).values() if p is not None)
        org_of = dict(zip(net.people["id"], net.people["organisation"], strict=False))
        for pid in net.people["id"]:
            edges = killed.get(pid, [])
            cut, change = _edge_cut(g, edges, shared, cutter)
            cut = set(cut) - {org_of.get(pid)}  # the leaver's own organisation is not cut off
            rows.append({"id": pid, "name": labels.get(pid), "organisation": org_of.get(pid),
                         "ties_lost": len(edges), "representation_lost": sole.get(pid, 0),
                         "organisations_cut_off": len(cut), "sector_links_lost": links_lost(edges),
                         "components_added": change})
    else:
        points = set(shared.articulation_points)
        inis = net.counted_participations.drop_duplicates(["initiative", "organisation"])["organisation"].value_counts()
        for oid in net.organisations["id"]:
            edges = [(oid, x) for x in g.neighbors(oid)]
            cut, change = cutter.cut_off(nodes=[oid]) if oid in points or not edges else (set(), 0)
            rows.append({"id": oid, "name": g.nodes[oid].get("name"), "organisation": oid,
                         "ties_lost": len(edges), "representation_lost": int(inis.get(oid, 0)),
                         "organisations_cut_off": len(cut), "sector_links_lost": links_lost(edges),
                         "components_added": change})
    frame = pd.DataFrame(rows, columns=["id", "name", "organisation", "ties_lost", "representation_lost",
                                        "organisations_cut_off", "sector_links_lost", "components_added"])
    order = ["organisations_cut_off", "sector_links_lost", "ties_lost", "representation_lost"]
    return frame.sort_values(order + ["id"], ascending=[False] * 4 + [True], kind="stable").set_index("id")


def _edge_cut(g: nx.Graph, edges: list, shared, cutter: _Cutter) -> tuple[set, int]:
    """Organisations cut off when ``edges`` go, with cheap exits for the common cases.

    Edges whose ends all stay connected cut nothing; the biconnected blocks of the graph
    tell that at once for the usual case (see
    :meth:`elznet.analysis._shared.GraphParts.edges_keep_connected`); where they cannot,
    the ends are searched in the graph without those edges.
    """
    if not edges:
        return set(), 0
    kept = shared.edges_keep_connected(edges)
    if kept is None:
        view = nx.restricted_view(g, [], edges)
        kept = all(nx.has_path(view, a, b) for a, b in edges)
    if kept:
        return set(), 0
    return cutter.cut_off(edges=edges)
