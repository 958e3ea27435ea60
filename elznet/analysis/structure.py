"""Structure: clusters, islands, sector mixing, the E-I index, sectors that do not meet.

* :func:`communities` — who works among themselves: Leiden (Traag, Waltman & van Eck
  2019) with the modularity objective (Newman & Girvan 2004) on igraph, networkx's
  Louvain (Blondel et al. 2008) without igraph; deterministic for a seed.
* :func:`components` — the separate islands, largest first.
* :func:`mixing` — ties within and between groups (sectors by default).
* :func:`ei_index` — Krackhardt & Stern's (1988) E-I index at network, group and node
  level, counted as UCINET does, with a permutation test for the network value.
* :func:`disconnected_groups` — pairs of sectors with no tie at all, one tie, or ties
  that all hang on one person.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd

from elznet._docs import shared_parameters
from elznet._gc import gc_paused
from elznet._privacy import check_mode, person_labels
from elznet.analysis._shared import parts as shared_parts
from elznet.analysis.fragility import _tie_killers
from elznet.analysis.results import Communities
from elznet.analysis.spanners import _graph_of, _groups
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.vocabulary import short_label

__all__ = ["communities", "components", "mixing", "ei_index", "EIIndex", "disconnected_groups"]


@shared_parameters
@gc_paused()
def communities(net: Network | nx.Graph, *, resolution: float = 1.0, seed: int = 0,
                engine: str = "auto", weight: str | None = "weight") -> Communities:
    """A cluster per organisation, labelled by what its members have in common.

    Leiden (Traag, Waltman & van Eck 2019) with the modularity objective (Newman & Girvan
    2004) on igraph, networkx's Louvain (Blondel et al. 2008) with ``engine="networkx"``.
    The same input and seed give the same clusters.

    Parameters
    ----------
    %(net_or_graph)s
    resolution : float, default 1.0
        Above 1 gives more, smaller clusters; below 1 fewer, larger ones.
    %(seed)s
    %(engine)s
    weight : str or None, default "weight"
        The edge attribute that counts as tie strength (shared initiatives + direct ties);
        ``None`` counts every tie once.

    Returns
    -------
    Communities
        A DataFrame (:class:`~elznet.analysis.results.Communities`) with one row per
        organisation (index: id): ``name``, ``sector``, ``community`` (0 = the largest),
        ``size``, ``label`` (the dominant sectors and expertise domains, e.g. "Welzijn +
        Zorg · Huisvesting") and ``modularity`` (of the whole partition, the same on every
        row). ``clusters.modularity`` holds it too: above about 0.3 the clusters are clear.

    Examples
    --------
    >>> import elznet
    >>> clusters = elznet.communities(elznet.examples.load("meetjesland_zorgpad"))
    >>> round(clusters.modularity, 1)
    0.4
    >>> int(clusters["community"].min())
    0
    """
    if isinstance(resolution, bool) or not isinstance(resolution, (int, float)) or not 0 < resolution < float("inf"):
        raise ArgumentError(f"resolution= moet een getal groter dan 0 zijn, niet {resolution!r} (resolution must be "
                            "a positive number: 1 is the usual modularity, above 1 gives smaller clusters).",
                            argument="resolution")
    if engine not in ("auto", "igraph", "networkx"):
        raise ArgumentError(f"engine= moet 'auto', 'igraph' of 'networkx' zijn, niet {engine!r} "
                            "(engine must be 'auto', 'igraph' or 'networkx').", argument="engine")
    g = _graph_of(net, "organisation")
    nodes = list(g)
    if not nodes:
        return Communities.of(pd.DataFrame(columns=["name", "sector", "community", "size", "label", "modularity"]),
                              modularity=float("nan"))
    parts, q = _partition(g, resolution=resolution, seed=seed, engine=engine, weight=weight,
                          shared=shared_parts(net) if isinstance(net, Network) else None)
    parts = sorted(parts, key=lambda c: (-len(c), min(map(str, c))))
    member = {v: i for i, c in enumerate(parts) for v in c}
    frame = pd.DataFrame(index=pd.Index(nodes, name="id"))
    frame["name"] = [g.nodes[v].get("name", v) for v in nodes]
    frame["sector"] = [g.nodes[v].get("sector") for v in nodes]
    frame["community"] = [member[v] for v in nodes]
    frame["size"] = frame["community"].map(frame["community"].value_counts())
    domains = _domains_by_organisation(net) if isinstance(net, Network) else {}
    by_community = dict(tuple(frame.groupby("community")["sector"]))
    # members in the graph's order: a set's order changes from run to run (string hashing),
    # and the most common domain of a tie would change with it
    in_community: dict[int, list[str]] = {i: [] for i in range(len(parts))}
    for v in nodes:
        in_community[member[v]].extend(domains.get(v, []))
    labels = {i: _label(by_community[i], in_community[i]) for i in range(len(parts))}
    frame["label"] = frame["community"].map(labels)
    frame["modularity"] = q
    return Communities.of(frame.sort_values(["community", "name"], kind="stable"), modularity=q)


def _partition(g: nx.Graph, *, resolution: float, seed: int, engine: str,
               weight: str | None, shared=None) -> tuple[list[set], float]:
    """The clusters and the modularity of the partition (Newman & Girvan 2004); ``shared``
    (:func:`elznet.analysis._shared.parts`) lends the igraph twin of the graph."""
    if engine not in ("auto", "igraph", "networkx"):
        raise ArgumentError(f"engine= moet 'auto', 'igraph' of 'networkx' zijn, niet {engine!r} "
                            "(engine must be 'auto', 'igraph' or 'networkx').", argument="engine")
    if engine != "networkx":
        try:
            import igraph as ig
        except ImportError:
            if engine == "igraph":
                raise
        else:
            from elznet.analysis.centrality import to_igraph

            h, nodes = shared.igraph if shared is not None else to_igraph(g)
            weights = [w for _, _, w in g.edges(data=weight, default=1)] if weight else None
            ig.set_random_number_generator(random.Random(seed))
            try:
                found = h.community_leiden(objective_function="modularity", weights=weights,
                                           resolution=resolution, n_iterations=-1)
            finally:
                ig.set_random_number_generator(random)
            q = h.modularity(found.membership, weights=weights, resolution=resolution) if h.ecount() else 0.0
            return [{nodes[i] for i in c} for c in found], float(q)
    parts = [set(c) for c in nx.community.louvain_communities(g, weight=weight, resolution=resolution, seed=seed)]
    return parts, nx.community.modularity(g, parts, weight=weight, resolution=resolution)


def _domains_by_organisation(net: Network) -> dict[str, list[str]]:
    domains = dict(zip(net.initiatives["id"], net.initiatives["expertise_domains"], strict=False))
    out: dict[str, list[str]] = {}
    for ini, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(index=False):
        out.setdefault(org, []).extend(domains.get(ini) or [])
    return out


def _label(sectors: pd.Series, domains: list[str]) -> str:
    """The sectors that make up at least a quarter of the cluster, and its top domain,
    in Dutch: "Lokaal bestuur + Welzijn · Ondersteuning"."""
    counts = sectors.fillna("onbekend").value_counts()
    main = [s for s, n in counts.items() if n >= 0.25 * len(sectors)][:3] or list(counts.index[:1])
    label = " + ".join(sorted(short_label("sector", s) for s in main))
    if domains:
        label += " · " + short_label("expertise_domains", Counter(domains).most_common(1)[0][0])
    return label


@shared_parameters
def components(net: Network | nx.Graph) -> pd.DataFrame:
    """The separate islands of the organisation graph, largest first.

    A single large island is healthy; small islands are partners nobody else works with.

    Parameters
    ----------
    %(net_or_graph)s

    Returns
    -------
    pandas.DataFrame
        One row per component (index ``component``, 0 = the largest): ``size``,
        ``organisations`` (names), ``sectors`` (count per sector).

    Examples
    --------
    >>> import elznet
    >>> islands = elznet.components(elznet.examples.load("meetjesland_zorgpad"))
    >>> islands["size"].tolist()
    [59]
    """
    g = _graph_of(net, "organisation")
    rows = []
    for i, comp in enumerate(sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c))))):
        rows.append({"component": i, "size": len(comp),
                     "organisations": sorted(str(g.nodes[v].get("name", v)) for v in comp),
                     "sectors": dict(Counter(str(g.nodes[v].get("sector")) for v in comp).most_common())})
    return pd.DataFrame(rows, columns=["component", "size", "organisations", "sectors"]).set_index("component")


@shared_parameters
@gc_paused()
def mixing(net: Network | nx.Graph, *, group: str = "sector") -> pd.DataFrame:
    """Ties within and between groups (sectors by default): the mixing matrix.

    Parameters
    ----------
    %(net_or_graph)s
    %(group)s

    Returns
    -------
    pandas.DataFrame
        One row per pair of groups (``group_a <= group_b``), all pairs included (zeros
        too), with ``ties``, ``share`` (of all ties), ``within`` and ``expected`` (ties if
        they fell at random over the pairs of organisations: all ties times the share of
        organisation pairs in that group pair). Fewer ``ties`` than ``expected`` between
        two sectors means they meet less than chance would have them. Pivot ``ties`` for
        the familiar matrix.

    Examples
    --------
    >>> import elznet
    >>> mix = elznet.mixing(elznet.examples.load("meetjesland_zorgpad"))
    >>> mix.loc[0, ["group_a", "group_b"]].tolist(), int(mix.loc[0, "ties"])
    (['jeugdwerk', 'jeugdwerk'], 8)
    >>> matrix = mix.pivot(index="group_a", columns="group_b", values="ties")
    """
    g = _graph_of(net, "organisation")
    groups = _groups(g, group)
    of = groups.to_dict()
    counts = Counter((of[u], of[v]) if of[u] <= of[v] else (of[v], of[u]) for u, v in g.edges())
    sizes = groups.value_counts()
    names = sorted(sizes.index)
    total = g.number_of_edges()
    n = len(g)
    all_pairs = n * (n - 1) / 2
    rows = []
    for a, b in [(x, x) for x in names] + list(combinations(names, 2)):
        pairs = sizes[a] * (sizes[a] - 1) / 2 if a == b else sizes[a] * sizes[b]
        ties = counts.get((a, b), 0)
        rows.append({"group_a": a, "group_b": b, "ties": ties, "share": ties / total if total else 0.0,
                     "within": a == b, "expected": total * pairs / all_pairs if all_pairs else 0.0})
    frame = pd.DataFrame(rows, columns=["group_a", "group_b", "ties", "share", "within", "expected"])
    return frame.sort_values(["group_a", "group_b"]).reset_index(drop=True)


@dataclass
class EIIndex:
    """Krackhardt & Stern's E-I index: ``(E - I) / (E + I)``, from -1 (all ties inside the
    groups) to +1 (all ties between groups). Made by :func:`ei_index`.

    Attributes
    ----------
    network : float
        The index of the whole network.
    groups, nodes : pandas.DataFrame
        Per group and per node: ``external``, ``internal``, ``ei``.
    expected : float
        Mean index under random relabelling of the nodes (group sizes kept).
    p_greater, p_less : float
        Share of permutations at least / at most as large as observed.
    permutations : int
        Number of permutations.

    Examples
    --------
    >>> import elznet
    >>> ei = elznet.ei_index(elznet.examples.load("meetjesland_zorgpad"), permutations=100)
    >>> print(ei)  # doctest: +ELLIPSIS
    E-I-index +0,236: meer banden tussen groepen dan binnen (bij toeval verwacht: +0,673; ...)
    """

    network: float
    groups: pd.DataFrame
    nodes: pd.DataFrame
    expected: float
    p_greater: float
    p_less: float
    permutations: int

    @shared_parameters
    def describe(self, lang: str = "nl") -> str:
        """One line: the index, what chance gives, and the permutation p-values.

        Parameters
        ----------
        %(lang)s

        Returns
        -------
        str
            E.g. "E-I-index +0,236: meer banden tussen groepen dan binnen (...)".

        Examples
        --------
        >>> import elznet
        >>> ei = elznet.ei_index(elznet.examples.load("meetjesland_zorgpad"), permutations=0)
        >>> ei.describe("en")
        'E-I index +0.236 (random relabelling: +nan; P(>=) = nan, P(<=) = nan, 0 permutations)'
        """
        if lang == "en":
            return (f"E-I index {self.network:+.3f} (random relabelling: {self.expected:+.3f}; "
                    f"P(>=) = {self.p_greater:.3f}, P(<=) = {self.p_less:.3f}, {self.permutations} permutations)")
        def nl(x: float, sign: bool = False) -> str:
            return (f"{x:+.3f}" if sign else f"{x:.3f}").replace(".", ",")
        side = ("meer banden tussen groepen dan binnen" if self.network > 0 else
                "meer banden binnen groepen dan tussen" if self.network < 0 else "evenveel binnen als tussen")
        return (f"E-I-index {nl(self.network, True)}: {side} (bij toeval verwacht: {nl(self.expected, True)}; "
                f"P(≥) = {nl(self.p_greater)}, P(≤) = {nl(self.p_less)}, {self.permutations} permutaties)")

    def __repr__(self) -> str:
        return self.describe("nl")


@shared_parameters
def ei_index(net: Network | nx.Graph, *, group: str = "sector", permutations: int = 5000,
             seed: int = 0) -> EIIndex:
    """E-I index at network, group and node level, with a permutation test.

    Counted as UCINET's NETWORK>COHESION>E-I INDEX does, from the adjacency matrix:
    a node's ``external`` and ``internal`` are its ties to other groups and to its own;
    a group's are the sums over its members (so a tie inside a group counts once for
    each of its two members); the network's are the sums over all nodes. Directed
    graphs count each arc once, from its sender. Edge values are ignored.

    The permutation test relabels the nodes at random (group sizes kept) and reports
    how often the network E-I index is at least / at most the observed value.

    Parameters
    ----------
    %(net_or_graph)s
    %(group)s
    permutations : int, default 5000
        Random relabellings for the test (0 skips it).
    %(seed)s

    Returns
    -------
    EIIndex
        ``network`` (from -1: all ties inside the groups, to +1: all between), ``groups``
        and ``nodes`` tables, and the test (``expected``, ``p_greater``, ``p_less``);
        ``describe()`` says it in one Dutch line.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises.
    *Social Psychology Quarterly* 51(2), 123–140.

    Examples
    --------
    >>> import elznet
    >>> ei = elznet.ei_index(elznet.examples.load("meetjesland_zorgpad"), permutations=100)
    >>> round(float(ei.network), 3)
    0.236
    """
    g = _graph_of(net, "organisation")
    nodes = list(g)
    groups = _groups(g, group)
    codes = pd.factorize(groups.reindex(nodes))[0]
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=int).reshape(-1, 2)
    if not g.is_directed():
        edges = np.vstack([edges, edges[:, ::-1]])
    src, dst = edges[:, 0], edges[:, 1]
    external = np.bincount(src, weights=codes[src] != codes[dst], minlength=len(nodes))
    degree = np.bincount(src, minlength=len(nodes)).astype(float)
    internal = degree - external
    with np.errstate(divide="ignore", invalid="ignore"):
        node_frame = pd.DataFrame({"group": groups.reindex(nodes).to_numpy(), "external": external.astype(int),
                                   "internal": internal.astype(int),
                                   "ei": (external - internal) / degree}, index=pd.Index(nodes, name="id"))
    by_group = node_frame.groupby("group")[["external", "internal"]].sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        by_group["ei"] = (by_group["external"] - by_group["internal"]) / (by_group["external"] + by_group["internal"])
    observed = _ei(codes, src, dst)
    rng = np.random.default_rng(seed)
    draws = np.array([_ei(rng.permutation(codes), src, dst) for _ in range(permutations)]) if permutations else []
    return EIIndex(
        network=observed, groups=by_group, nodes=node_frame,
        expected=float(np.mean(draws)) if permutations else float("nan"),
        p_greater=float(np.mean(draws >= observed - 1e-12)) if permutations else float("nan"),
        p_less=float(np.mean(draws <= observed + 1e-12)) if permutations else float("nan"),
        permutations=permutations)


def _people_shown(net: Network, cells: pd.Series, people: str) -> pd.Series:
    """Person ids as ``people`` shows them: how many with ``"hide"``, else their labels."""
    if people == "hide":
        return cells.map(len).astype(int)
    labels = person_labels(net.people, people, salt=net.salt)
    return cells.map(lambda ps: sorted(str(labels.get(p) or p) for p in ps))


def _ei(codes: np.ndarray, src: np.ndarray, dst: np.ndarray) -> float:
    if len(src) == 0:
        return float("nan")
    external = np.count_nonzero(codes[src] != codes[dst])
    return (2 * external - len(src)) / len(src)


@shared_parameters
@gc_paused()
def disconnected_groups(net: Network, *, group: str = "sector", people: str = "hide") -> pd.DataFrame:
    """Pairs of groups (sectors) that do not meet, or meet through one thread only.

    Pairs with sturdier links are left out, and so are organisations whose sector is
    ``onbekend`` (not a sector).

    Parameters
    ----------
    %(net)s
    %(group)s
    %(people)s

    Returns
    -------
    pandas.DataFrame
        One row per pair of different groups that is ``"geen band"`` (no tie), ``"één
        band"`` (a single organisation tie) or ``"één persoon"`` (every tie between them
        can be removed by one person leaving), sorted from no tie to one person, with
        ``ties``, the ``organisations`` on those ties and ``people``: the people who can
        remove them all — while hidden, how many (a number), else their labels as
        ``people`` shows them.

    Examples
    --------
    >>> import elznet
    >>> gaps = elznet.disconnected_groups(elznet.examples.load("meetjesland_zorgpad"))
    >>> gaps.loc[0, ["group_a", "status"]].tolist()
    ['justitie', 'geen band']
    """
    check_mode(people)
    g = net.graph
    groups = _groups(g, group)
    killers = _tie_killers(net)
    of = groups.to_dict()
    ties: dict[tuple, list] = {}
    for u, v in g.edges():
        gu, gv = of[u], of[v]
        if gu != gv:
            ties.setdefault((gu, gv) if gu <= gv else (gv, gu), []).append((u, v) if u <= v else (v, u))
    name = dict(g.nodes(data="name"))
    rows = []
    for a, b in combinations(sorted(set(groups.unique()) - {"onbekend"}), 2):
        found = ties.get((a, b), [])
        common = frozenset.intersection(*(killers.get(e, frozenset()) for e in found)) if found else frozenset()
        status = ("geen band" if not found else "één band" if len(found) == 1
                  else "één persoon" if common else None)
        if status:
            rows.append({"group_a": a, "group_b": b, "status": status, "ties": len(found),
                         "organisations": sorted({name.get(x, x) for e in found for x in e}),
                         "people": sorted(common)})
    order = {"geen band": 0, "één band": 1, "één persoon": 2}
    frame = pd.DataFrame(rows, columns=["group_a", "group_b", "status", "ties", "organisations", "people"])
    frame["people"] = _people_shown(net, frame["people"], people)
    return frame.sort_values(["status", "group_a", "group_b"], key=lambda s: s.map(order) if s.name == "status"
                             else s).reset_index(drop=True)
