"""Gaps and overlaps: white spots, duplicate initiatives, ways to stretch an initiative.

* :func:`white_spots` — coverage over expertise domain × target group × municipality
  (or any other dimensions), zeros included: a *witte vlek* is a combination no
  initiative covers. The universe of each dimension comes from the vocabulary (the 14
  expertise domains, the care-path stages), the zone (its municipalities) and the
  analyst (target groups), never only from what the data happens to mention.
* :func:`duplicates` — pairs of initiatives that probably do the same thing, with the
  evidence per pair (the "cluster and filter out double projects" step).
* :func:`stretch` — how one initiative could be widened: other municipalities, target
  groups its partners already serve, partners with the right expertise nearby.
"""

from __future__ import annotations

from itertools import product

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from rapidfuzz import fuzz

from elznet.errors import ArgumentError, NotFoundError
from elznet.network import Network
from elznet.read.names import normalise
from elznet.vocabulary import EXPERTISE_DOMAINS, REGIONS, STAGES, short_label

__all__ = ["white_spots", "duplicates", "stretch", "DIMENSIONS"]

#: The dimensions white_spots understands: dimension -> initiative column.
DIMENSIONS = {"expertise_domain": "expertise_domains", "target_group": "target_groups",
              "municipality": "municipalities", "stage": "stages"}


def _regions(extra: dict[str, list[str]] | None) -> dict[str, list[str]]:
    return {normalise(k): v for k, v in {**REGIONS, **(extra or {})}.items()}


#: Words for "the whole zone" in a municipality cell: they cover every municipality.
WHOLE_ZONE = {"regio", "regionaal", "hele regio", "hele zone", "heel de zone", "zone", "alle gemeenten",
              "bovenlokaal"}


def _municipalities(items, regions: dict[str, list[str]], zone: list[str] | None = None) -> list[str]:
    """Municipality cells with region names ("regio Meetjesland") expanded, and words for
    the whole zone ("regio") expanded to ``zone`` (or dropped when it is not known)."""
    out: list[str] = []
    for item in items or []:
        key = normalise(item)
        if key in WHOLE_ZONE:
            out.extend(zone or [])
        else:
            out.extend(regions.get(key, [item]))
    return out


def _universe(net: Network, dim: str, given: dict | None, regions: dict[str, list[str]]) -> list[str]:
    if given and dim in given:
        return list(dict.fromkeys(given[dim]))
    if dim == "expertise_domain":
        return list(EXPERTISE_DOMAINS)
    if dim == "stage":
        return list(STAGES)
    if dim == "municipality":  # where initiatives work; an organisation's seat may lie outside the zone
        seen = [m for items in net.initiatives["municipalities"] for m in _municipalities(items, regions)]
    else:
        seen = [v for items in net.initiatives[DIMENSIONS[dim]] for v in items or []]
    return sorted(dict.fromkeys(seen), key=normalise)


def white_spots(net: Network, *, dims: tuple[str, ...] = ("expertise_domain", "target_group", "municipality"),
                universe: dict[str, list[str]] | None = None,
                regions: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """How many initiatives cover each combination of ``dims``, zeros included.

    Parameters
    ----------
    dims : tuple of "expertise_domain", "target_group", "municipality", "stage"
    universe : dict, optional
        The values each dimension should range over, e.g.
        ``{"municipality": [...the zone's municipalities...], "target_group": [...]}``.
        Defaults: the 14 expertise domains and the 7 care-path stages from the
        vocabulary; for municipalities and target groups every value the inventory
        mentions (pass the zone's own lists to see gaps the data cannot show).
    regions : dict, optional
        Region names and the municipalities they cover, added to
        :data:`elznet.vocabulary.REGIONS`: an initiative in "regio Meetjesland" covers
        each of its municipalities; one in "regio" (:data:`WHOLE_ZONE`) covers the
        whole municipality universe.

    Returns
    -------
    DataFrame with one column per dimension, ``initiatives`` (count), ``names`` (the
    initiatives), ``white_spot`` (True where none). A value that does not match the
    universe (a typo, a region such as "regio Meetjesland") is not silently counted
    as covering anything: it is listed in ``frame.attrs["outside_universe"]``.
    """
    unknown = [d for d in dims if d not in DIMENSIONS]
    if unknown:
        raise ArgumentError(f"unknown dimension(s) {unknown}; choose from {list(DIMENSIONS)}", argument="dims")
    region_map = _regions(regions)
    universes = {d: _universe(net, d, universe, region_map) for d in dims}
    keys = {d: {normalise(v): v for v in universes[d]} for d in dims}
    ini = net.initiatives
    covered: dict[tuple, list[str]] = {}
    outside: dict[str, set] = {d: set() for d in dims}
    for row in ini.itertuples(index=False):
        values = []
        for d in dims:
            items = getattr(row, DIMENSIONS[d]) or []
            if d == "municipality":
                items = _municipalities(items, region_map, universes[d])
            matched = [keys[d][normalise(v)] for v in items if normalise(v) in keys[d]]
            outside[d] |= {v for v in items if normalise(v) not in keys[d]}
            values.append(matched)
        for combo in product(*values):
            covered.setdefault(combo, []).append(row.name)
    rows = []
    for combo in product(*(universes[d] for d in dims)):
        names = covered.get(combo, [])
        rows.append({**dict(zip(dims, combo, strict=False)), "initiatives": len(names), "names": names,
                     "white_spot": not names})
    frame = pd.DataFrame(rows, columns=[*dims, "initiatives", "names", "white_spot"])
    frame.attrs["outside_universe"] = {d: sorted(v) for d, v in outside.items() if v}
    return frame


def _jaccard(a, b) -> float:
    a, b = {normalise(x) for x in a or []}, {normalise(x) for x in b or []}
    return len(a & b) / len(a | b) if a | b else 0.0


#: How much each piece of evidence weighs in a duplicate score (they sum to 1).
DUPLICATE_WEIGHTS = {"name": 0.30, "partners": 0.25, "target_groups": 0.15, "municipalities": 0.10,
                     "expertise_domains": 0.10, "description": 0.10}


def duplicates(net: Network, *, threshold: float = 0.55) -> pd.DataFrame:
    """Pairs of initiatives that probably do the same thing, most alike first.

    Evidence per pair (each 0–1): ``name`` similarity (mean of rapidfuzz's
    ``token_set_ratio`` and ``token_sort_ratio`` on normalised names), ``description``
    similarity (``token_set_ratio``), and the Jaccard overlap of ``partners``,
    ``target_groups``, ``municipalities`` and ``expertise_domains``. ``score`` is their
    weighted mean (:data:`DUPLICATE_WEIGHTS`: name .30, partners .25, target groups .15,
    the rest .10), halved when both name municipalities and none are shared (the same
    idea elsewhere is a stretch, not a double project); pairs scoring at least
    ``threshold`` are returned with
    ``shared_partners`` and ``shared_target_groups``. Only pairs that share a partner, a
    target group or a similar name are compared, so large inventories stay fast.
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ArgumentError(f"threshold= moet tussen 0 en 1 liggen, niet {threshold!r} (threshold must be in [0, 1]).",
                            argument="threshold")
    ini = net.initiatives.reset_index(drop=True)
    n = len(ini)
    if n < 2:
        return pd.DataFrame(columns=["a", "b", "name_a", "name_b", "score"])
    partners = net.participations.groupby("initiative")["organisation"].agg(lambda s: sorted(set(s)))
    ini_partners = [partners.get(i, []) for i in ini["id"]]
    candidates = _candidate_pairs(ini, ini_partners)
    names = [normalise(x) for x in ini["name"]]
    descriptions = [normalise(x) if isinstance(x, str) else "" for x in ini["description"]]
    # per initiative once (not per pair): on a hub partner every pair is a candidate
    ids, titles = list(ini["id"]), list(ini["name"])
    partner_sets = [set(p) for p in ini_partners]
    lists = {col: [{normalise(x) for x in items or []} for items in ini[col]]
             for col in ("target_groups", "municipalities", "expertise_domains")}

    def jaccard(a: set, b: set) -> float:
        union = len(a | b)
        return len(a & b) / union if union else 0.0

    rows = []
    w = DUPLICATE_WEIGHTS
    for i, j in candidates:
        cheap = {"partners": jaccard(partner_sets[i], partner_sets[j]),
                 **{col: jaccard(lists[col][i], lists[col][j]) for col in lists}}
        if w["name"] + w["description"] + sum(w[k] * v for k, v in cheap.items()) < threshold:
            continue  # even identical names and descriptions would not reach the threshold
        evidence = {
            "name": (fuzz.token_set_ratio(names[i], names[j]) + fuzz.token_sort_ratio(names[i], names[j])) / 200,
            **cheap,
            "description": (fuzz.token_set_ratio(descriptions[i], descriptions[j]) / 100
                            if descriptions[i] and descriptions[j] else 0.0),
        }
        evidence = {k: evidence[k] for k in DUPLICATE_WEIGHTS}
        score = sum(DUPLICATE_WEIGHTS[k] * v for k, v in evidence.items())
        if lists["municipalities"][i] and lists["municipalities"][j] and not evidence["municipalities"]:
            score /= 2  # the same idea in other municipalities: a stretch, not a double project
        if score >= threshold:
            rows.append({"a": ids[i], "b": ids[j], "name_a": titles[i],
                         "name_b": titles[j], "score": round(score, 3), **evidence,
                         "shared_partners": sorted(partner_sets[i] & partner_sets[j]),
                         "shared_target_groups": sorted(lists["target_groups"][i] & lists["target_groups"][j])})
    columns = ["a", "b", "name_a", "name_b", "score", *DUPLICATE_WEIGHTS, "shared_partners", "shared_target_groups"]
    return pd.DataFrame(rows, columns=columns).sort_values("score", ascending=False).reset_index(drop=True)


def _candidate_pairs(ini: pd.DataFrame, partners: list[list[str]]) -> list[tuple[int, int]]:
    """Pairs sharing a partner or a target group (sparse co-occurrence), or with alike names."""
    n = len(ini)
    tokens: dict[str, int] = {}
    rows, cols = [], []
    for i in range(n):
        for token in [f"p:{p}" for p in partners[i]] + [f"t:{normalise(t)}" for t in ini.at[i, "target_groups"] or []]:
            rows.append(i)
            cols.append(tokens.setdefault(token, len(tokens)))
    pairs: set[tuple[int, int]] = set()
    if rows:
        m = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, len(tokens)))
        co = sp.triu(m @ m.T, k=1).tocoo()
        pairs |= set(zip(co.row.tolist(), co.col.tolist(), strict=False))
    if n <= 5000:
        from rapidfuzz import process

        names = [normalise(x) for x in ini["name"]]
        scores = process.cdist(names, names, scorer=fuzz.token_set_ratio, score_cutoff=70, dtype=np.uint8,
                               workers=-1)
        pairs |= {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(scores, k=1)), strict=False)}
    return sorted(pairs)


def stretch(net: Network, initiative: str, *, neighbours: dict[str, list[str]] | None = None,
            regions: dict[str, list[str]] | None = None, max_per_kind: int = 10) -> pd.DataFrame:
    """Ways to widen one initiative (by id or name), each with its reason.

    Three kinds of suggestion (column ``kind``):

    * ``gemeente`` — municipalities of the zone where no similar initiative (same
      expertise domain and target group) exists yet. With ``neighbours`` (a map from a
      municipality to the ones bordering it) only bordering municipalities are
      suggested; without it, every municipality of the zone the inventory mentions.
    * ``doelgroep`` — target groups the initiative's partners already serve in other
      initiatives, with the partners that serve them.
    * ``partner`` — organisations not yet on board that work in the initiative's
      expertise domains in its municipalities (or region-wide), ranked by network
      distance to the current partners (1 = already works with one of them), then by
      how many of them it works with and how many domains it shares. Names
      the load report flags as another spelling of a current partner are left out.

    Region names ("regio Meetjesland") count as their municipalities (see
    :func:`white_spots`). At most ``max_per_kind`` suggestions of each kind.

    Returns ``kind``, ``suggestion``, ``reason`` (Dutch, for the working group) and
    ``score`` (higher first within a kind).
    """
    region_map = _regions(regions)
    ini = _find_initiative(net, initiative)
    record = net.initiatives.set_index("id").loc[ini]
    parts = net.participations
    partners = set(parts.loc[parts["initiative"] == ini, "organisation"])
    domains = set(record["expertise_domains"] or [])
    groups = {normalise(t) for t in record["target_groups"] or []}
    zone = _universe(net, "municipality", None, region_map)
    here = {normalise(m) for m in _municipalities(record["municipalities"], region_map, zone)}
    name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    rows: list[dict] = []

    # municipalities without a similar initiative
    others = net.initiatives[net.initiatives["id"] != ini]
    similar = others[others["expertise_domains"].map(lambda d: bool(domains & set(d or [])))
                     & others["target_groups"].map(lambda t: bool(groups & {normalise(x) for x in t or []}))]
    served = {normalise(m) for ms in similar["municipalities"] for m in _municipalities(ms, region_map, zone)}
    found = 0
    for m in zone:
        key = normalise(m)
        if key in here or key in served or found >= max_per_kind:
            continue
        if neighbours is not None and not any(key in {normalise(x) for x in neighbours.get(h, [])}
                                              for h in record["municipalities"] or []):
            continue
        found += 1
        rows.append({"kind": "gemeente", "suggestion": m, "score": 1.0,
                     "reason": f"geen gelijkaardig initiatief (zelfde domein en doelgroep) in {m}"})

    # target groups partners already serve elsewhere
    by_group: dict[str, set] = {}
    elsewhere = parts[parts["organisation"].isin(partners) & (parts["initiative"] != ini)]
    targets = dict(zip(net.initiatives["id"], net.initiatives["target_groups"], strict=False))
    for other, org in elsewhere[["initiative", "organisation"]].drop_duplicates().itertuples(index=False):
        for t in targets.get(other) or []:
            if normalise(t) not in groups:
                by_group.setdefault(t, set()).add(org)
    for t, orgs in sorted(by_group.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:max_per_kind]:
        who = ", ".join(sorted(name.get(o, o) for o in orgs))
        rows.append({"kind": "doelgroep", "suggestion": t, "score": float(len(orgs)),
                     "reason": f"partners bereiken deze doelgroep al elders: {who}"})

    # candidate partners: right expertise, right area, close in the network
    g = net.graph
    distance = nx.multi_source_dijkstra_path_length(g, partners, weight=None) if partners else {}
    domain_of: dict[str, set] = {}
    area_of: dict[str, set] = {}
    ini_info = net.initiatives.set_index("id")
    for other, org in parts[["initiative", "organisation"]].drop_duplicates().itertuples(index=False):
        domain_of.setdefault(org, set()).update(ini_info.at[other, "expertise_domains"] or [])
        area_of.setdefault(org, set()).update(
            normalise(m) for m in _municipalities(ini_info.at[other, "municipalities"], region_map, zone))
    for org, muni in zip(net.organisations["id"], net.organisations["municipality"], strict=False):
        if muni:
            area_of.setdefault(org, set()).update(normalise(m) for m in _municipalities([muni], region_map, zone))
    partner_names = {normalise(name.get(p, p)) for p in partners}
    variants = {normalise(a) for a, b in net.report.suggestions[["name", "similar_to"]].itertuples(index=False)
                if normalise(b) in partner_names}
    variants |= {normalise(b) for a, b in net.report.suggestions[["name", "similar_to"]].itertuples(index=False)
                 if normalise(a) in partner_names}
    candidates = []
    for org in net.organisations["id"]:
        if org in partners or normalise(name.get(org, org)) in variants:
            continue
        shared = domains & domain_of.get(org, set())
        area = area_of.get(org, set())
        in_area = not here or bool(here & area)
        if not shared or not in_area:
            continue
        d = distance.get(org)
        links = sum(1 for p in partners if g.has_edge(org, p))
        candidates.append((d if d is not None else np.inf, -links, -len(shared), name.get(org, org), org, shared))
    for d, _, _, label, org, shared in sorted(candidates)[:max_per_kind]:
        via = ""
        if d == 1:
            linked = sorted(name.get(p, p) for p in partners if g.has_edge(org, p))
            via = f"; werkt al samen met {', '.join(linked[:3])}"
        elif np.isfinite(d):
            via = f"; op {int(d)} stappen van de huidige partners"
        rows.append({"kind": "partner", "suggestion": label, "score": float(1 / d) if np.isfinite(d) and d else 0.0,
                     "reason": f"actief in {', '.join(short_label('expertise_domains', x) for x in sorted(shared))}"
                               f" in dit werkingsgebied{via}"})
    frame = pd.DataFrame(rows, columns=["kind", "suggestion", "reason", "score"])
    frame.attrs["initiative"] = record["name"]
    return frame


def _find_initiative(net: Network, ref: str) -> str:
    ids = set(net.initiatives["id"])
    if ref in ids:
        return ref
    hit = net.initiatives.loc[net.initiatives["name"].map(normalise) == normalise(ref), "id"]
    if len(hit) == 1:
        return hit.iloc[0]
    raise NotFoundError(f"No initiative called {ref!r}; give its id or exact name (see net.initiatives).")
