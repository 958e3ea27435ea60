"""Boundary spanners: who connects the sectors (grenswerkers, netwerkmakelaars).

:func:`spanners` gathers, per organisation (or person), the measures a network analyst
would look at, plus a transparent combined rank; :func:`brokerage` counts Gould &
Fernandez's (1989) five brokerage roles with the expected counts and z-scores of the
null model used by UCINET and R's ``sna::brokerage`` (Butts 2008).

How to read ``spanners(net)``: the top rows are the organisations that (1) lie on many
shortest paths between others (``betweenness``), (2) reach many other sectors
(``groups_reached``), (3) broker between groups (``brokerage_between``) and (4) have
non-redundant contacts (low ``constraint``). ``spanner_rank`` 1 is the strongest.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from elznet._docs import shared_parameters
from elznet._gc import gc_paused
from elznet._privacy import check_mode, person_labels
from elznet.analysis import centrality
from elznet.analysis._shared import parts as shared_parts
from elznet.analysis.centrality import (
    Estimate,
    MeasureTable,
    _eigenvector,
    _structural_holes,
    choose_engine,
    closeness,
    harmonic_closeness,
    start_betweenness,
    start_sampled_paths,
)
from elznet.errors import ArgumentError, NotFoundError
from elznet.network import Network

__all__ = ["spanners", "brokerage", "ROLES"]

#: Gould & Fernandez roles of broker b on an open two-path a -> b -> c (no a -> c).
ROLES = {
    "coordinator": "a, b and c in one group",
    "itinerant": "a and c in one group, b outside it",
    "representative": "b in a's group, c in another",
    "gatekeeper": "b in c's group, a in another",
    "liaison": "a, b and c in three different groups",
}
_BETWEEN = ["itinerant", "representative", "gatekeeper", "liaison"]


def _graph_of(source: Network | nx.Graph, level: str) -> nx.Graph:
    if isinstance(source, Network):
        if level == "organisation":
            return source.graph
        if level == "person":
            return source.people_graph
        raise ArgumentError(f"level= moet 'organisation' of 'person' zijn, niet {level!r} "
                            "(level must be 'organisation' or 'person').", argument="level")
    if isinstance(source, nx.Graph):
        return source
    raise ArgumentError(f"Verwacht een elznet Network of een networkx-graaf, geen {type(source).__name__} "
                        "(expected an elznet Network or a networkx graph).", argument="net")


def _groups(graph: nx.Graph, group: str) -> pd.Series:
    values = pd.Series(dict(graph.nodes(data=group)), dtype=object).reindex(list(graph))
    missing = values.isna()
    if missing.all() and len(values):
        raise NotFoundError(f"no node has the attribute {group!r}; choose one the nodes have "
                       f"(e.g. {sorted({k for _, d in graph.nodes(data=True) for k in d})[:6]})")
    return values.where(~missing, "onbekend")


@shared_parameters
def brokerage(net: Network | nx.Graph, *, group: str | pd.Series = "sector") -> pd.DataFrame:
    """Gould & Fernandez (1989) brokerage roles per node, with expectations and z-scores.

    Counts, for every broker ``b``, the open two-paths ``a -> b -> c`` (``a != c`` and
    no arc ``a -> c``) by the groups of ``a``, ``b``, ``c`` — as UCINET and R's
    ``sna::brokerage`` do. Directed graphs are taken as given; an undirected tie counts
    as two arcs. Computed with sparse matrices: no Python loop over two-paths.

    Parameters
    ----------
    %(net_or_graph)s
        A directed graph (e.g. ``net.tie_graph()``, referrals as surveyed) is taken as given.
    group : str or pandas.Series, default "sector"
        The node attribute that marks the groups, or a Series of groups by node.

    Returns
    -------
    pandas.DataFrame
        One row per node (index: node) with the counts ``coordinator``, ``itinerant``,
        ``representative``, ``gatekeeper``, ``liaison``, ``total``; the expected counts
        ``<role>_expected`` and z-scores ``<role>_z`` under the null model of
        ``sna::brokerage`` (arcs independent with the observed density, groups as
        observed). A z-score above 2 marks a real broker in that role, not merely a busy
        node.

    References
    ----------
    Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
    brokerage in transaction networks. *Sociological Methodology* 19, 89–126.
    Butts, C. T. (2008). social network analysis with sna. *J. Stat. Software* 24(6).

    Examples
    --------
    >>> import elznet
    >>> roles = elznet.brokerage(elznet.examples.load("meetjesland_zorgpad"))
    >>> top = roles.sort_values("total", ascending=False).iloc[0]
    >>> int(top["liaison"]), round(float(top["liaison_z"]), 1)
    (494, 22.1)
    """
    graph = _graph_of(net, "organisation")
    return _brokerage(graph, group)


def _brokerage(graph: nx.Graph, group: str | pd.Series, *, shared=None) -> pd.DataFrame:
    """:func:`brokerage`; ``shared`` (:func:`elznet.analysis._shared.parts` of the graph)
    lends its adjacency matrix and triangles."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:  # no organisations: no brokers (the columns still say what a broker would have)
        roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
        return pd.DataFrame(columns=[*roles, *(f"{r}_{x}" for r in roles for x in ("expected", "z"))],
                            index=pd.Index([], name="id"), dtype=float)
    groups = group.reindex(nodes) if isinstance(group, pd.Series) else _groups(graph, group)
    codes, labels = pd.factorize(groups.astype(str), sort=True)
    k = len(labels)
    a = (shared.adjacency.copy() if shared is not None
         else nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=None, format="csr", dtype=float))
    a.setdiag(0)
    a.eliminate_zeros()
    a.data[:] = 1.0
    g = sp.csr_array((np.ones(n), (np.arange(n), codes)), shape=(n, k))
    into = (a.T @ g).toarray()  # into[b, x]: arcs x-group -> b
    out = (a @ g).toarray()  # out[b, y]: arcs b -> y-group
    rows = np.arange(n)
    indeg, outdeg = into.sum(axis=1), out.sum(axis=1)
    # two-paths a -> b -> a are not open: the reciprocated arcs of b, by the group of a
    mutual = (a.multiply(a.T) @ g).toarray()
    mutual_own, mutual_all = mutual[rows, codes], mutual.sum(axis=1)
    closed = _closed_two_paths(a, codes, shared=shared)
    all_paths = indeg * outdeg - mutual_all - closed["all"]
    same_ac = np.einsum("bx,bx->b", into, out) - mutual_all - closed["a_c"]  # a and c in one group
    a_own = into[rows, codes] * outdeg - mutual_own - closed["a_b"]  # a in b's group
    c_own = indeg * out[rows, codes] - mutual_own - closed["c_b"]  # c in b's group
    coordinator = into[rows, codes] * out[rows, codes] - mutual_own - closed["abc"]
    role = {
        "coordinator": coordinator,
        "itinerant": same_ac - coordinator,
        "representative": a_own - coordinator,
        "gatekeeper": c_own - coordinator,
    }
    role["liaison"] = all_paths - sum(role.values())
    role["total"] = all_paths
    out_frame = pd.DataFrame({r: np.rint(v).astype(int) for r, v in role.items()}, index=nodes)
    expected, sd = _brokerage_null(codes, k, n, int(a.sum()))
    for r in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]:
        out_frame[f"{r}_expected"] = expected[r][codes]
        with np.errstate(divide="ignore", invalid="ignore"):
            out_frame[f"{r}_z"] = (out_frame[r] - expected[r][codes]) / sd[r][codes]
    return out_frame


def _closed_two_paths(a: sp.csr_array, codes: np.ndarray, *, shared=None) -> dict[str, np.ndarray]:
    """Per broker ``b``, the two-paths ``a -> b -> c`` closed by an arc ``a -> c``: all of them
    and those with ``a`` and ``c`` / ``a`` and ``b`` / ``c`` and ``b`` / all three in one
    group. Every closed two-path lies on a triangle of the undirected pattern, so the
    triangles (listed by igraph) in their six vertex orders are checked for the three
    arcs; the work does not grow with the number of groups."""
    from elznet.analysis.centrality import _triangle_orders

    n = a.shape[0]
    a = sp.csr_array(a)
    a.sort_indices()
    pattern = sp.csr_array(a + a.T)
    pattern.sort_indices()
    x, y, z = _triangle_orders(pattern, n, shared=shared)  # a = x, b = y, c = z
    keys = np.repeat(np.arange(n, dtype=np.int64), np.diff(a.indptr)) * n + a.indices

    def arc(u: np.ndarray, v: np.ndarray) -> np.ndarray:
        wanted = u * n + v
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        return keys[at] == wanted if len(keys) else np.zeros(len(u), dtype=bool)

    if (a != a.T).nnz == 0:  # every tie both ways (undirected): every triangle closes every two-path on it
        closed = np.ones(len(x), dtype=bool)
    else:
        closed = arc(x, y) & arc(y, z) & arc(x, z)
    x, y, z = x[closed], y[closed], z[closed]
    gx, gy, gz = codes[x], codes[y], codes[z]
    out = {"all": np.ones(len(y), dtype=bool), "a_c": gx == gz, "a_b": gx == gy, "c_b": gz == gy,
           "abc": (gx == gy) & (gy == gz)}
    return {key: np.bincount(y[mask], minlength=n).astype(float) for key, mask in out.items()}


def _brokerage_null(codes: np.ndarray, k: int, n: int, arcs: int) -> tuple[dict, dict]:
    """Expected role counts and standard deviations per broker group (sna::brokerage)."""
    size = np.bincount(codes, minlength=k).astype(float)
    N = float(n)
    d = arcs / (N * (N - 1)) if n > 1 else 0.0
    q = d * d * (1 - d)
    r3 = 2 * d**3 * (1 - d) ** 3
    e, v = {}, {}
    others = [np.delete(size, i) for i in range(k)]
    e["coordinator"] = q * (size - 1) * (size - 2)
    v["coordinator"] = e["coordinator"] * (1 - q) + (size - 1) * (size - 2) * (size - 3) * r3
    e["itinerant"] = q * np.array([np.sum(o * (o - 1)) for o in others])
    v["itinerant"] = e["itinerant"] * (1 - q) + np.array([np.sum(o * (o - 1) * (o - 2)) for o in others]) * r3
    e["representative"] = q * (N - size) * (size - 1)
    choose2 = lambda x: x * (x - 1) / 2  # noqa: E731
    v["representative"] = e["representative"] * (1 - q) + (
        (size - 1) * choose2(N - size) + (N - size) * choose2(size - 1)) * r3
    e["gatekeeper"], v["gatekeeper"] = e["representative"], v["representative"]
    e["liaison"] = q * np.array([np.sum(np.outer(o, o)) - np.sum(o**2) for o in others])
    v["liaison"] = e["liaison"] * (1 - q) + np.array(
        [2 * np.sum(o * choose2(N - o - size[i])) for i, o in enumerate(others)]) * r3
    e["total"] = np.full(k, q * (N - 1) * (N - 2))
    v["total"] = e["total"] * (1 - q) + (N - 1) * (N - 2) * (N - 3) * r3
    return e, {r: np.sqrt(x) for r, x in v.items()}


@shared_parameters
@gc_paused()
def spanners(net: Network | nx.Graph, *, group: str = "sector", level: str = "organisation",
             engine: str = "auto", samples: int | None = None, exact_up_to: int | None = None,
             seed: int = 0, people: str = "hide") -> MeasureTable:
    """Boundary spanners: one row per organisation (or person), strongest first.

    Parameters
    ----------
    net : Network or networkx graph
        A Network (its organisation graph, or its people graph with
        ``level="person"``), or any networkx graph whose nodes have the attribute
        ``group``.
    group : str, default "sector"
        The node attribute that marks the boundaries: ``"sector"``,
        ``"zone"`` (a Network from :func:`elznet.read_zones`: who connects zones),
        ``"municipality"``, ``"language"``, ``"organisation"`` (for people)...
    %(level)s
    %(engine)s
    samples : int, optional
        Past ``exact_up_to`` nodes, harmonic closeness is estimated from this many
        sampled sources (default :data:`elznet.analysis.centrality.SAMPLED_SOURCES`);
        more samples, a tighter bound. Betweenness is estimated from sampled shortest
        paths until every node is within
        :data:`elznet.analysis.sampling.BETWEENNESS_ERROR` at once.
    exact_up_to : int, optional
        Exact measures up to this many nodes (default
        :data:`elznet.analysis.centrality.EXACT_UP_TO`, 10,000).
    %(seed)s
        It seeds the sampled sources past ``exact_up_to``.
    people : {"hide", "initials", "pseudonyms", "names"}, default "hide"
        With ``level="person"`` on a Network: how people are shown. Hidden by default:
        the index becomes a neutral ``P001``... and ``name`` "medewerker van <organisation>";
        ``"initials"`` / ``"pseudonyms"`` label them so; ``"names"`` keeps ids and names.
        Person rows also get ``organisation`` (its name).

    Returns
    -------
    MeasureTable
        A DataFrame indexed by node with ``name``, ``group``, ``degree``,
        ``weighted_degree`` (sum of edge ``weight``), ``betweenness`` (normalised),
        ``closeness`` (Wasserman–Faust; only when exact: it needs all distances),
        ``harmonic_closeness``, ``eigenvector``, ``constraint`` and ``effective_size``
        (Burt 1992, unweighted) and ``constraint_weighted``, ``effective_size_weighted``
        (tie strength = ``weight``), the Gould–Fernandez role counts (``coordinator`` ...
        ``liaison``, ``brokerage_total``), ``brokerage_between`` (the four roles that
        cross a group boundary), ``groups_reached`` (other groups among the neighbours),
        ``spanner_score`` and ``spanner_rank``. ``table.estimates`` says for
        ``betweenness`` and ``harmonic_closeness`` whether they are exact or, past the
        threshold, within which error and with which confidence
        (``table.estimates["betweenness"].text()`` gives ``"±0,004 met 95% zekerheid"``);
        it survives ``head()``, ``loc`` and sorting.

    Notes
    -----
    The combined rank is deliberately simple: ``spanner_score`` is the mean of the
    percentile ranks (0–1) of ``betweenness``, ``groups_reached``,
    ``brokerage_between`` and ``1 - constraint`` (isolates score 0); ties in the score
    share a rank. Read the four columns to see *why* an organisation ranks high.
    Estimated betweenness: Riondato & Kornaropoulos (2016), one bound for all nodes at
    once (Clopper & Pearson 1934 with a union bound); estimated harmonic closeness:
    Eppstein & Wang (2004), a bound per node (Maurer & Pontil 2009) — see
    :func:`elznet.analysis.centrality.sampled_paths`.

    Examples
    --------
    >>> import elznet
    >>> table = elznet.spanners(elznet.examples.load("meetjesland_inventaris"))
    >>> table.estimates["betweenness"].text()
    'exact berekend'
    """
    graph = _graph_of(net, level)
    nodes = list(graph)
    groups = _groups(graph, group) if nodes else pd.Series(dtype=object)
    frame = MeasureTable(index=pd.Index(nodes, name="id"))
    frame["name"] = pd.Series(dict(graph.nodes(data="name")), dtype=object).reindex(nodes)
    frame["group"] = groups
    frame["degree"] = pd.Series(dict(graph.degree()), dtype=float).reindex(nodes).astype(int)
    frame["weighted_degree"] = pd.Series(dict(graph.degree(weight="weight")), dtype=float).reindex(nodes)
    n = len(nodes)
    limit = centrality.EXACT_UP_TO if exact_up_to is None else exact_up_to
    k = centrality.SAMPLED_SOURCES if samples is None else samples
    sampled = n > limit and k < n
    estimates: dict[str, Estimate] = {}
    if not nodes:
        frame.estimates = estimates
        return frame
    # the node order, adjacency, igraph twin and triangles, built once (and kept with a Network)
    shared = shared_parts(net) if isinstance(net, Network) and level == "organisation" else shared_parts(graph)
    if sampled:  # the passes may run in a second process while the rest is computed here
        sampling = start_sampled_paths(graph, samples=k, seed=seed)
    else:
        converted = shared.igraph if choose_engine(graph, engine) == "igraph" else None
        # betweenness, the costliest, may run in a second process while the rest is computed here
        waiting = start_betweenness(graph, engine=engine, exact_up_to=n, seed=seed, converted=converted)
        frame["closeness"] = closeness(graph, engine=engine, converted=converted)
        harmonic = harmonic_closeness(graph, engine=engine, converted=converted)
        for name in ("betweenness", "harmonic_closeness"):
            estimates[name] = Estimate(name, exact=True, error=0.0, confidence=1.0, samples=n,
                                       method="exact (Brandes 2001)")
    frame["eigenvector"] = _eigenvector(graph, shared=shared)
    frame = frame.join(_structural_holes(graph, shared=shared))
    weighted = _structural_holes(graph, weight="weight", shared=shared)
    frame["constraint_weighted"] = weighted["constraint"]
    frame["effective_size_weighted"] = weighted["effective_size"]
    roles = _brokerage(graph, groups, shared=shared)
    for role in ROLES:
        frame[role] = roles[role]
    frame["brokerage_total"] = roles["total"]
    frame["brokerage_between"] = roles[_BETWEEN].sum(axis=1)
    frame["groups_reached"] = _groups_reached(graph, groups, shared=shared)
    if sampled:
        between, estimates["betweenness"], harmonic, estimates["harmonic_closeness"] = sampling()
        waiting = lambda: between  # noqa: E731
    frame.insert(frame.columns.get_loc("eigenvector"), "harmonic_closeness", harmonic)
    frame.insert(frame.columns.get_loc("closeness" if "closeness" in frame else "harmonic_closeness"),
                 "betweenness", waiting())
    parts = pd.DataFrame({
        "betweenness": frame["betweenness"].rank(pct=True),
        "groups": frame["groups_reached"].rank(pct=True),
        "brokerage": frame["brokerage_between"].rank(pct=True),
        "holes": (1 - frame["constraint"]).rank(pct=True),
    })
    parts[frame["degree"] == 0] = 0.0
    frame["spanner_score"] = parts.fillna(0).mean(axis=1)
    frame["spanner_rank"] = frame["spanner_score"].rank(ascending=False, method="min").astype(int)
    frame = frame.sort_values(["spanner_rank", "betweenness"], ascending=[True, False], kind="stable")
    frame.estimates = estimates
    if level == "person" and isinstance(net, Network):
        frame = _show_people(frame, net, people)
    return frame


def _show_people(frame: pd.DataFrame, net: Network, people: str) -> pd.DataFrame:
    """Person rows labelled as the privacy switch says (see :mod:`elznet._privacy`)."""
    check_mode(people)
    org_name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    org_of = dict(zip(net.people["id"], net.people["organisation"], strict=False))
    frame = frame.copy()
    frame.insert(1, "organisation", [org_name.get(org_of.get(p), org_of.get(p)) for p in frame.index])
    if people == "names":
        return frame
    codes = person_labels(net.people, "pseudonyms", salt=net.salt)  # the neutral ids of Network.with_people
    neutral = {p: "P-" + str(label).removeprefix("Persoon ") for p, label in codes.items()}
    labels = person_labels(net.people, people, salt=net.salt)
    frame["name"] = [labels.get(p) if people != "hide" else f"medewerker van {org}"
                     for p, org in zip(frame.index, frame["organisation"], strict=False)]
    frame.index = pd.Index([neutral.get(p, p) for p in frame.index], name="id")
    return frame


def _groups_reached(graph: nx.Graph, groups: pd.Series, *, shared=None) -> pd.Series:
    """How many groups other than its own a node's neighbours (in or out) belong to."""
    nodes = list(graph)
    codes, labels = pd.factorize(groups.reindex(nodes).astype(str))
    a = (shared.adjacency if shared is not None
         else nx.to_scipy_sparse_array(graph, nodelist=nodes, weight=None, format="csr", dtype=float))
    a = a + a.T
    g = sp.csr_array((np.ones(len(nodes)), (np.arange(len(nodes)), codes)), shape=(len(nodes), len(labels)))
    present = (a @ g).toarray() > 0
    present[np.arange(len(nodes)), codes] = False
    return pd.Series(present.sum(axis=1), index=nodes, dtype=int)
