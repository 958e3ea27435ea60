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
from rapidfuzz import fuzz, process

from elznet import settings
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
        raise ValueError(f"unknown dimension(s) {unknown}; choose from {list(DIMENSIONS)}")
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


#: How much each piece of evidence weighs in a duplicate score (they sum to 1).
DUPLICATE_WEIGHTS = {"name": 0.30, "partners": 0.25, "target_groups": 0.15, "municipalities": 0.10,
                     "expertise_domains": 0.10, "description": 0.10}



def duplicates(net: Network, *, threshold: float = 0.55) -> pd.DataFrame:
    """Pairs of initiatives that probably do the same thing: the same name first, then most alike.

    Evidence per pair (each 0–1): ``name`` similarity (mean of rapidfuzz's
    ``token_set_ratio`` and ``token_sort_ratio`` on normalised names), ``description``
    similarity (``token_set_ratio``), and the Jaccard overlap of ``partners``,
    ``target_groups``, ``municipalities`` and ``expertise_domains``. ``score`` is their
    weighted mean (:data:`DUPLICATE_WEIGHTS`: name .30, partners .25, target groups .15,
    the rest .10), halved when both name municipalities and none are shared (the same
    idea elsewhere is a stretch, not a double project). Pairs scoring at least
    ``threshold`` are returned, and every pair of initiatives with the same name
    (``same_name``: two rows of the inventory with one name) whatever its score, those first.

    Only candidate pairs are scored: initiatives that share a name word, a pair of
    consecutive name words or a partner that at most ``settings.duplicate_block_cap``
    initiatives share, or that stand within ``settings.duplicate_name_window`` of each other in the sorted list of names
    (blocking and sorted neighbourhood, Hernández & Stolfo 1995). The work grows about
    linearly with the number of initiatives, whatever words their names share, and the
    scoring is vectorised.

    Parameters
    ----------
    net : Network
        The inventory's network.
    threshold : float
        The lowest ``score`` returned (pairs with the same name are always returned).

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``a``, ``b`` (initiative ids), ``name_a``, ``name_b``,
        ``same_name``, ``score``, the evidence columns, ``shared_partners`` (organisation
        ids) and ``shared_target_groups``.

    Examples
    --------
    >>> import elznet
    >>> d = duplicates(elznet.examples.load("meetjesland_inventaris"))
    >>> bool(d["score"].iloc[0] >= 0.55)
    True
    """
    columns = ["a", "b", "name_a", "name_b", "same_name", "score", *DUPLICATE_WEIGHTS, "shared_partners",
               "shared_target_groups"]
    ini = net.initiatives.reset_index(drop=True)
    n = len(ini)
    if n < 2:
        return pd.DataFrame(columns=columns)
    names = [normalise(x) for x in ini["name"]]
    partners = net.participations.groupby("initiative")["organisation"].agg(lambda s: sorted(set(s)))
    sets = {"partners": [partners.get(i, []) for i in ini["id"]],
            **{col: [sorted({normalise(x) for x in v or []}) for v in ini[col]]
               for col in ("target_groups", "municipalities", "expertise_domains")}}
    left, right = _candidate_pairs(names, sets["partners"])
    same = np.array([names[i] == names[j] for i, j in zip(left, right)], dtype=bool)
    evidence = {"name": _pair_similarity(names, left, right, fuzz.token_set_ratio, fuzz.token_sort_ratio)}
    for col, values in sets.items():
        evidence[col] = _pair_jaccard(values, left, right)
    descriptions = [normalise(x) if isinstance(x, str) else "" for x in ini["description"]]
    evidence["description"] = _pair_similarity(descriptions, left, right, fuzz.token_set_ratio)
    score = sum(DUPLICATE_WEIGHTS[k] * evidence[k] for k in DUPLICATE_WEIGHTS)
    has_muni = np.array([bool(m) for m in sets["municipalities"]], dtype=bool)
    elsewhere = has_muni[left] & has_muni[right] & (evidence["municipalities"] == 0)
    score = np.where(elsewhere, score / 2, score)  # the same idea in other municipalities: a stretch
    keep = (score >= threshold) | same
    left, right = left[keep], right[keep]
    ids, labels = ini["id"].to_numpy(), ini["name"].to_numpy()
    frame = pd.DataFrame({
        "a": ids[left], "b": ids[right], "name_a": labels[left], "name_b": labels[right], "same_name": same[keep],
        "score": np.round(score[keep], 3), **{k: v[keep] for k, v in evidence.items()},
        "shared_partners": [sorted(set(sets["partners"][i]) & set(sets["partners"][j])) for i, j in zip(left, right)],
        "shared_target_groups": [sorted(set(sets["target_groups"][i]) & set(sets["target_groups"][j]))
                                 for i, j in zip(left, right)]}, columns=columns)
    return frame.sort_values(["same_name", "score"], ascending=False, kind="stable").reset_index(drop=True)


def _candidate_pairs(names: list[str], partners: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) worth scoring: a shared rare blocking key, or neighbours by name."""
    n = len(names)
    keys: dict[str, int] = {}
    rows, cols = [], []
    for i, (name, orgs) in enumerate(zip(names, partners)):
        words = name.split()
        for key in {*words, *(" ".join(b) for b in zip(words, words[1:])), *(f"p:{p}" for p in orgs)}:
            rows.append(i)
            cols.append(keys.setdefault(key, len(keys)))
    incidence = sp.csc_array((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, len(keys)))
    counts = np.diff(incidence.indptr)
    incidence = incidence[:, np.flatnonzero((counts >= 2) & (counts <= settings.duplicate_block_cap))].tocsr()
    co = sp.triu(incidence @ incidence.T, k=1).tocoo()
    pairs = [co.row.astype(np.int64) * n + co.col]
    for keyed in (names, [x[::-1] for x in names]):
        order = np.argsort(np.array(keyed, dtype=object), kind="stable")
        for step in range(1, min(settings.duplicate_name_window, n - 1) + 1):
            a, b = order[:-step], order[step:]
            pairs.append(np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b))
    flat = np.unique(np.concatenate(pairs))
    return flat // n, flat % n


def _pair_similarity(texts: list[str], left: np.ndarray, right: np.ndarray, *scorers) -> np.ndarray:
    """Mean rapidfuzz score (0–1) of ``texts[left[k]]`` and ``texts[right[k]]``; 0 where one is empty."""
    a, b = [texts[i] for i in left], [texts[j] for j in right]
    if not a:
        return np.zeros(0)
    score = sum(process.cpdist(a, b, scorer=s, workers=-1).astype(float) for s in scorers) / (100 * len(scorers))
    empty = np.array([not x or not y for x, y in zip(a, b)], dtype=bool)
    return np.where(empty, 0.0, score)


def _pair_jaccard(values: list[list[str]], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Jaccard overlap of the sets ``values[left[k]]`` and ``values[right[k]]`` (0 when both are empty)."""
    index: dict[str, int] = {}
    rows = [i for i, v in enumerate(values) for _ in v]
    cols = [index.setdefault(x, len(index)) for v in values for x in v]
    m = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(values), max(len(index), 1)))
    inter = np.asarray((m[left] * m[right]).sum(axis=1)).ravel()
    size = np.asarray(m.sum(axis=1)).ravel()
    union = size[left] + size[right] - inter
    return np.divide(inter, union, out=np.zeros(len(left)), where=union > 0)


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
    raise KeyError(f"No initiative called {ref!r}; give its id or exact name (see net.initiatives).")
