"""What changed between two inventory snapshots (last year's and this year's).

Organisations and initiatives are matched across snapshots by their normalised names
and the same aliases reading uses (``aliases={"CAW O-Vl": "CAW Oost-Vlaanderen"}``), not
by ids, which may differ between two files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from elznet.analysis.fragility import _tie_killers
from elznet.analysis.spanners import spanners
from elznet.network import Network
from elznet.read.names import normalise

__all__ = ["compare", "Change"]


@dataclass
class Change:
    """The difference between two snapshots; prints as a Dutch summary. Made by :func:`compare`.

    Attributes
    ----------
    organisations_gained, organisations_lost : pandas.DataFrame
        ``name``, ``sector`` of the organisations that came or went.
    initiatives_gained, initiatives_lost : pandas.DataFrame
        ``name`` of the initiatives that came or went.
    ties_gained, ties_lost : pandas.DataFrame
        ``name_a``, ``name_b``, ``sectors`` of the organisation ties that came or went.
    spanners_gained, spanners_lost : pandas.DataFrame
        ``name``, ``rank``: in or out of the top ``top`` boundary spanners.
    ties_now_single_person : pandas.DataFrame
        Ties one person can now remove that were sturdier before.
    sectors_connected, sectors_cut : pandas.DataFrame
        ``sector_a``, ``sector_b``: sector pairs that gained their first or lost their last tie.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> change = elznet.compare(net.filter(organisation="JAC Eeklo"), net)
    >>> len(change.organisations_gained), len(change.organisations_lost)
    (32, 0)
    """

    organisations_gained: pd.DataFrame
    organisations_lost: pd.DataFrame
    initiatives_gained: pd.DataFrame
    initiatives_lost: pd.DataFrame
    ties_gained: pd.DataFrame
    ties_lost: pd.DataFrame
    spanners_gained: pd.DataFrame
    spanners_lost: pd.DataFrame
    ties_now_single_person: pd.DataFrame
    sectors_connected: pd.DataFrame
    sectors_cut: pd.DataFrame

    def __str__(self) -> str:
        def n(frame):
            return len(frame)

        lines = [
            "Wat veranderde sinds de vorige inventaris:",
            f"- organisaties: +{n(self.organisations_gained)} / -{n(self.organisations_lost)}",
            f"- initiatieven: +{n(self.initiatives_gained)} / -{n(self.initiatives_lost)}",
            f"- banden tussen organisaties: +{n(self.ties_gained)} / -{n(self.ties_lost)}",
            f"- nieuwe grenswerkers in de top: {', '.join(self.spanners_gained['name']) or 'geen'}",
            f"- uit de top verdwenen: {', '.join(self.spanners_lost['name']) or 'geen'}",
            f"- banden die nu aan één persoon hangen: {n(self.ties_now_single_person)}",
        ]
        for label, frame in (("nieuw verbonden sectoren", self.sectors_connected),
                             ("sectoren die hun laatste band verloren", self.sectors_cut)):
            pairs = "; ".join(f"{a} – {b}" for a, b in frame[["sector_a", "sector_b"]].itertuples(index=False))
            lines.append(f"- {label}: {pairs or 'geen'}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from html import escape

        return "<pre>" + escape(str(self)) + "</pre>"


def _keyer(aliases: Mapping[str, str] | None):
    table = {normalise(k): normalise(v) for k, v in (aliases or {}).items()}
    return lambda name: table.get(normalise(name), normalise(name))


def compare(before: Network, after: Network, *, aliases: Mapping[str, str] | None = None,
            top: int = 10) -> Change:
    """Compare two inventory snapshots: what came, what went, who moved in the spanner top.

    Organisations, initiatives and ties are matched by normalised name (so renumbered ids
    do not count as change); ``aliases`` joins names that changed spelling.

    Parameters
    ----------
    before, after : Network
        The earlier and the later snapshot.
    aliases : dict of str to str, optional
        ``{old spelling: new spelling}`` for organisations that were renamed.
    top : int, default 10
        How many boundary spanners (:func:`elznet.spanners`) count as "the top".

    Returns
    -------
    Change
        The tables of what changed (see :class:`Change`); ``print(change)`` gives the
        Dutch summary for the zorgraad.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> print(elznet.compare(net, net).ties_gained.empty)
    True
    >>> change = elznet.compare(net.filter(organisation="JAC Eeklo"), net)
    >>> print(change)  # doctest: +ELLIPSIS
    Wat veranderde sinds de vorige inventaris:
    - organisaties: +32 / -0
    ...
    """
    key = _keyer(aliases)
    snap = [_snapshot(net, key, top) for net in (before, after)]
    (orgs0, ini0, ties0, span0, single0, sect0), (orgs1, ini1, ties1, span1, single1, sect1) = snap

    def diff(a: dict, b: dict, columns: list[str]) -> pd.DataFrame:
        return pd.DataFrame([b[k] for k in sorted(set(b) - set(a))], columns=columns)

    org_cols = ["name", "sector"]
    tie_cols = ["name_a", "name_b", "sectors"]
    sec_cols = ["sector_a", "sector_b"]
    newly_single = {k: v for k, v in single1.items() if k in ties0 and k not in single0}
    return Change(
        organisations_gained=diff(orgs0, orgs1, org_cols), organisations_lost=diff(orgs1, orgs0, org_cols),
        initiatives_gained=diff(ini0, ini1, ["name"]), initiatives_lost=diff(ini1, ini0, ["name"]),
        ties_gained=diff(ties0, ties1, tie_cols), ties_lost=diff(ties1, ties0, tie_cols),
        spanners_gained=diff(span0, span1, ["name", "rank"]), spanners_lost=diff(span1, span0, ["name", "rank"]),
        ties_now_single_person=pd.DataFrame(list(newly_single.values()), columns=tie_cols),
        sectors_connected=diff(sect0, sect1, sec_cols), sectors_cut=diff(sect1, sect0, sec_cols))


def _snapshot(net: Network, key, top: int):
    g = net.graph
    okey = {v: key(g.nodes[v].get("name", v)) for v in g}
    orgs = {okey[v]: {"name": g.nodes[v].get("name", v), "sector": g.nodes[v].get("sector")} for v in g}
    inis = {normalise(n): {"name": n} for n in net.initiatives["name"]}
    ties, sectors = {}, {}
    for u, v in g.edges():
        k = tuple(sorted((okey[u], okey[v])))
        su, sv = g.nodes[u].get("sector"), g.nodes[v].get("sector")
        a, b = sorted((u, v), key=lambda x: okey[x])
        ties[k] = {"name_a": g.nodes[a].get("name", a), "name_b": g.nodes[b].get("name", b),
                   "sectors": " – ".join(sorted({str(su), str(sv)}))}
        if su != sv:
            pair = tuple(sorted((str(su), str(sv))))
            sectors[pair] = {"sector_a": pair[0], "sector_b": pair[1]}
    ranked = spanners(net).head(top) if len(g) else pd.DataFrame(columns=["name", "spanner_rank"])
    spans = {okey[v]: {"name": row["name"], "rank": int(row["spanner_rank"])} for v, row in ranked.iterrows()}
    single = {tuple(sorted((okey[a], okey[b]))): ties[tuple(sorted((okey[a], okey[b])))]
              for (a, b), by in _tie_killers(net).items() if by}
    return orgs, inis, ties, spans, single, sectors
