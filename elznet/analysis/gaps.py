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

import warnings
from itertools import product

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from rapidfuzz import fuzz, process

from elznet import settings
from elznet._docs import shared_parameters
from elznet._gc import gc_paused
from elznet.analysis.results import StretchSuggestions, WhiteSpots
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.read.names import normalise
from elznet.vocabulary import EXPERTISE_DOMAINS, STAGES, VOCABULARIES, lookup, short_label
from elznet.zone import Zone, ZoneError, resolve_zone

__all__ = ["white_spots", "duplicates", "stretch", "target_group_labels", "DIMENSIONS", "GENERAL_PUBLIC",
           "UnknownPlaceWarning"]

#: The dimensions white_spots understands: dimension -> initiative column.
DIMENSIONS = {"expertise_domain": "expertise_domains", "target_group": "target_groups",
              "municipality": "municipalities", "stage": "stages"}


#: Target-group words that mean "everyone": not a target group of their own. An initiative
#: for everyone covers every target group; :func:`stretch` never suggests them.
GENERAL_PUBLIC = frozenset(normalise(w) for w in (
    "alle inwoners", "iedereen", "alle burgers", "burgers", "inwoners", "algemeen publiek", "brede bevolking",
    "bevolking", "alle leeftijden", "alle doelgroepen", "alle burgers van de zone", "ruim publiek",
    "everyone", "general public", "all residents"))

#: Two spellings of a target group are the same group when their normalised forms are at
#: least this similar (rapidfuzz ``ratio``, 0-100), e.g. "kwetsbare gezinnen" / "kwetsbare gezinen".
TARGET_GROUP_SIMILARITY = 90


def _zone(net: Network, zone, regions: dict[str, list[str]] | None) -> Zone:
    z = resolve_zone(net, zone)
    if regions:
        z = Zone(z.name, z.municipalities, dict(z.deelgemeenten), {**z.regions, **regions})
    return z


def target_group_labels(values) -> dict[str, str]:
    """Spelling variants of target groups merged: normalised variant -> one label.

    Values are merged when their normalised forms (case, accents, punctuation and text
    in parentheses ignored) are equal or at least :data:`TARGET_GROUP_SIMILARITY`
    similar (rapidfuzz ``ratio``); the label is the most frequent spelling. When the
    vocabulary knows target groups (``lookup("target_groups", ...)``), its key wins.
    Words for everyone (:data:`GENERAL_PUBLIC`) are left out.

    >>> target_group_labels(["Kwetsbare gezinnen", "kwetsbare gezinen", "ouderen", "alle inwoners"])
    {'kwetsbare gezinnen': 'Kwetsbare gezinnen', 'kwetsbare gezinen': 'Kwetsbare gezinnen', 'ouderen': 'ouderen'}
    """
    from collections import Counter

    counts = Counter(v for v in values if isinstance(v, str) and v.strip())
    known_vocab = "target_groups" in VOCABULARIES
    groups: list[tuple[str, list[str]]] = []  # (key, spellings)
    for spelling, _ in counts.most_common():
        key = _tg_key(spelling)
        if not key or key in GENERAL_PUBLIC:
            continue
        if known_vocab and (hit := lookup("target_groups", spelling)):
            key = normalise(hit)
        for gkey, members in groups:
            if gkey == key or fuzz.ratio(gkey, key) >= TARGET_GROUP_SIMILARITY:
                members.append(spelling)
                break
        else:
            groups.append((key, [spelling]))
    out: dict[str, str] = {}
    for _, members in groups:
        for m in members:
            out[normalise(m)] = members[0]
    return out


def _tg_key(value: str) -> str:
    return normalise(value.split("(")[0]) or normalise(value)


def _universe(net: Network, dim: str, given: dict | None, zone: Zone, groups: dict[str, str]) -> list[str]:
    if given and dim in given:
        return list(dict.fromkeys(given[dim]))
    if dim == "expertise_domain":
        return list(EXPERTISE_DOMAINS)
    if dim == "stage":
        return list(STAGES)
    if dim == "municipality":
        return list(zone.municipalities)
    return sorted(dict.fromkeys(groups.values()), key=normalise)


@shared_parameters
@gc_paused()
def white_spots(net: Network, *, dims: tuple[str, ...] | None = None, full: bool = False,
                zone: Zone | str | None = None, universe: dict[str, list[str]] | None = None,
                regions: dict[str, list[str]] | None = None) -> WhiteSpots:
    """How many initiatives cover each combination, zeros included: where the white spots are.

    By default the two tables people read: expertise domain × municipality and expertise
    domain × target group (column ``view`` says which), within the zone's
    municipalities. ``full=True`` gives the full product domain × target group ×
    municipality (large: 14 domains × every target group × every municipality); ``dims``
    any one product of the dimensions in :data:`DIMENSIONS`.

    Places are read through the zone (:mod:`elznet.zone`): a deelgemeente counts for its
    municipality, a region word ("regio Waasland", "BKZ") for each municipality it
    covers, "heel de zone" for all. Target-group spellings are merged
    (:func:`target_group_labels`); an initiative "for everyone" (:data:`GENERAL_PUBLIC`)
    covers every target group. Only running initiatives count, unless the network counts
    all (``net.with_status("all")``): a finished project fills no gap.

    Parameters
    ----------
    %(net)s
    dims : tuple of "expertise_domain", "target_group", "municipality", "stage", optional
        One product to count instead of the two default tables.
    full : bool
        The full domain × target group × municipality product.
    %(zone)s
    universe : dict, optional
        The values a dimension should range over, e.g. ``{"target_group": [...]}``.
        Defaults: the 14 expertise domains and 7 care-path stages of the vocabulary, the
        zone's municipalities, the target groups the inventory names (merged).
    regions : dict, optional
        Extra region words and the municipalities they cover, added to the zone's.

    Returns
    -------
    WhiteSpots
        A DataFrame (:class:`~elznet.analysis.results.WhiteSpots`) with one row per
        combination: the dimension columns, ``initiatives`` (count),
        ``names`` (the initiatives), ``white_spot`` (True where none) and ``view``.
        Nothing is counted silently: ``frame.unknown_places`` lists place words
        the zone does not know (also warned), ``frame.outside_zone`` municipalities
        outside the zone, ``frame.outside_universe`` other values outside a
        given universe, ``frame.zone`` the zone's name (a
        :class:`~elznet.analysis.results.WhiteSpots`).

    Examples
    --------
    >>> import elznet
    >>> w = white_spots(elznet.examples.load("meetjesland_inventaris"))
    >>> sorted(w["view"].unique())
    ['expertisedomein × doelgroep', 'expertisedomein × gemeente']
    """
    if dims is not None:
        unknown = [d for d in dims if d not in DIMENSIONS]
        if unknown:
            raise ArgumentError(f"dims= kent {unknown} niet; kies uit {list(DIMENSIONS)} "
                                f"(unknown dimension(s)).", argument="dims")
        views = [tuple(dims)]
    elif full:
        views = [("expertise_domain", "target_group", "municipality")]
    else:
        views = [("expertise_domain", "municipality"), ("expertise_domain", "target_group")]
    z = _zone(net, zone, regions)
    groups = target_group_labels(v for items in net.initiatives["target_groups"] for v in items or [])
    used = list(dict.fromkeys(d for v in views for d in v))
    universes = {d: _universe(net, d, universe, z, groups) for d in used}
    keys = {d: {normalise(v): v for v in universes[d]} for d in used}
    everyone = list(universes["target_group"]) if "target_group" in universes else []
    outside: dict[str, set] = {d: set() for d in used}
    unknown_places: set[str] = set()
    outside_zone: set[str] = set()
    per_row: list[tuple[str, dict[str, list[str]]]] = []
    counted = net.initiatives[net.counted]
    for row in counted.itertuples(index=False):
        values: dict[str, list[str]] = {}
        for d in used:
            items = [v for v in getattr(row, DIMENSIONS[d]) or [] if isinstance(v, str)]
            if d == "municipality" and not (universe and "municipality" in universe):
                inside, unknown, elsewhere = z.expand(items)
                unknown_places.update(unknown)
                outside_zone.update(elsewhere)
                values[d] = inside
                continue
            if d == "municipality":
                items = [m for item in items for m in z.resolve(item) or (item,)]
            if d == "target_group":
                if any(_tg_key(v) in GENERAL_PUBLIC for v in items):
                    values[d] = everyone
                    continue
                items = [groups.get(normalise(v), v) for v in items]
            matched = [keys[d][normalise(v)] for v in items if normalise(v) in keys[d]]
            outside[d] |= {v for v in items if normalise(v) not in keys[d]}
            values[d] = list(dict.fromkeys(matched))
        per_row.append((row.name, values))
    frames = []
    for view in views:
        covered: dict[tuple, list[str]] = {}
        for name, values in per_row:
            for combo in product(*(values[d] for d in view)):
                covered.setdefault(combo, []).append(name)
        rows = []
        for combo in product(*(universes[d] for d in view)):
            names = covered.get(combo, [])
            rows.append({**dict(zip(view, combo, strict=False)), "initiatives": len(names), "names": names,
                         "white_spot": not names})
        frame = pd.DataFrame(rows, columns=[*view, "initiatives", "names", "white_spot"])
        frame["view"] = " × ".join(_VIEW_WORDS[d] for d in view)
        frames.append(frame)
    columns = [*used, "initiatives", "names", "white_spot", "view"]
    frame = pd.concat(frames, ignore_index=True)[columns] if len(frames) > 1 else frames[0][columns]
    frame = WhiteSpots.of(frame, zone=z.name, unknown_places=sorted(unknown_places, key=normalise),
                          outside_zone=sorted(outside_zone, key=normalise),
                          outside_universe={d: sorted(v) for d, v in outside.items() if v})
    if unknown_places:
        warnings.warn(f"{len(unknown_places)} plaatsnamen kent de zone '{z.name}' niet en tellen niet mee: "
                      f"{', '.join(frame.unknown_places)}. Voeg ze toe aan het blad 'zone' "
                      "(soort deelgemeente of regio).", UnknownPlaceWarning, stacklevel=2)
    return frame


_VIEW_WORDS = {"expertise_domain": "expertisedomein", "target_group": "doelgroep", "municipality": "gemeente",
               "stage": "zorgpadfase"}


class UnknownPlaceWarning(UserWarning):
    """Place words in the inventory that the zone does not know (they are not counted)."""


#: How much each piece of evidence weighs in a duplicate score (they sum to 1).
DUPLICATE_WEIGHTS = {"name": 0.30, "partners": 0.25, "target_groups": 0.15, "municipalities": 0.10,
                     "expertise_domains": 0.10, "description": 0.10}



@shared_parameters
@gc_paused()
def duplicates(net: Network, *, threshold: float = 0.55) -> pd.DataFrame:
    """Pairs of initiatives that probably do the same thing: the same name first, then most alike.

    Evidence per pair (each 0–1): ``name`` similarity (mean of rapidfuzz's
    ``token_set_ratio`` and ``token_sort_ratio`` on normalised names), ``description``
    similarity (``token_set_ratio``), and the Jaccard overlap of ``partners``,
    ``target_groups``, ``municipalities`` (read through the zone: a deelgemeente is its
    municipality, a region word its municipalities) and ``expertise_domains``. ``score`` is their
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
    %(net)s
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
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ArgumentError(f"threshold= moet tussen 0 en 1 liggen, niet {threshold!r} (threshold must be in [0, 1]).",
                            argument="threshold")
    columns = ["a", "b", "name_a", "name_b", "same_name", "score", *DUPLICATE_WEIGHTS, "shared_partners",
               "shared_target_groups"]
    ini = net.initiatives.reset_index(drop=True)
    n = len(ini)
    if n < 2:
        return pd.DataFrame(columns=columns)
    names = [normalise(x) for x in ini["name"]]
    partners: dict[str, set] = {}
    for i, org in net.participations[["initiative", "organisation"]].itertuples(index=False, name=None):
        if not pd.isna(i):  # as groupby, which leaves out a missing key
            partners.setdefault(i, set()).add(org)
    sets = {"partners": [sorted(partners.get(i, ())) for i in ini["id"]],
            **{col: [sorted({normalise(x) for x in v or []}) for v in ini[col]]
               for col in ("target_groups", "expertise_domains")}}
    sets["municipalities"] = _zone_places(net, ini["municipalities"])
    left, right = _candidate_pairs(names, sets["partners"])
    codes = pd.factorize(pd.Series(names, dtype=object))[0]
    same = codes[left] == codes[right]
    overlap = {col: _pair_jaccard(values, left, right) for col, values in sets.items()}
    descriptions = [normalise(x) if isinstance(x, str) else "" for x in ini["description"]]
    has_muni = np.array([bool(m) for m in sets["municipalities"]], dtype=bool)
    # the text similarities (the costly part) only where the score can still reach the
    # threshold: name and description at best 1 (description 0 when one is empty)
    described = np.array([bool(x) for x in descriptions], dtype=bool)
    best = (DUPLICATE_WEIGHTS["name"] + DUPLICATE_WEIGHTS["description"] * (described[left] & described[right])
            + sum(DUPLICATE_WEIGHTS[k] * v for k, v in overlap.items()))
    best = np.where(has_muni[left] & has_muni[right] & (overlap["municipalities"] == 0), best / 2, best)
    reach = same | (best >= threshold - 1e-9)
    left, right, same = left[reach], right[reach], same[reach]
    evidence = {"name": _pair_similarity(names, left, right, fuzz.token_set_ratio, fuzz.token_sort_ratio)}
    for col, values in overlap.items():
        evidence[col] = values[reach]
    evidence["description"] = _pair_similarity(descriptions, left, right, fuzz.token_set_ratio)
    score = sum(DUPLICATE_WEIGHTS[k] * evidence[k] for k in DUPLICATE_WEIGHTS)
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


def _zone_places(net: Network, cells: pd.Series) -> list[list[str]]:
    """Each cell's place words as the municipalities they cover (through the zone; words the
    zone does not know kept as written), so "Belsele" and "Sint-Niklaas" overlap."""
    try:
        zone = resolve_zone(net)
    except ZoneError:  # no Belgian place at all: compare the words as written
        return [sorted({normalise(x) for x in v or []}) for v in cells]
    return [sorted({normalise(m) for x in v or [] if isinstance(x, str) for m in zone.resolve(x) or (x,)})
            for v in cells]


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


@shared_parameters
def stretch(net: Network, *, initiative: str, zone: Zone | str | None = None,
            neighbours: dict[str, list[str]] | None = None,
            regions: dict[str, list[str]] | None = None, max_per_kind: int = 10) -> StretchSuggestions:
    """Ways to widen one initiative, each with its reason.

    Three kinds of suggestion (column ``kind``):

    * ``gemeente`` — municipalities of the zone (only official municipalities, never a
      region word or deelgemeente) where no similar initiative (same expertise domain
      and target group, spellings merged) exists yet.
    * ``doelgroep`` — target groups the initiative's partners already serve in other
      initiatives, with the partners that serve them (spelling variants merged, words
      for everyone such as "alle inwoners" left out).
    * ``partner`` — organisations not yet on board that work in the initiative's
      expertise domains in its municipalities (or region-wide), ranked by network
      distance to the current partners (1 = already works with one of them), then by
      how many of them it works with and how many domains it shares. Names
      the load report flags as another spelling of a current partner are left out.

    Parameters
    ----------
    %(net)s
    initiative : str
        The initiative: its id or its name (see :meth:`elznet.Network.find`).
    %(zone)s
    neighbours : dict of str to list of str, optional
        A map from a municipality to the ones bordering it: then only bordering
        municipalities are suggested.
    regions : dict of str to list of str, optional
        Extra region words and the municipalities they cover, added to the zone's.
    max_per_kind : int, default 10
        At most this many suggestions of each kind.

    Returns
    -------
    StretchSuggestions
        A DataFrame (:class:`~elznet.analysis.results.StretchSuggestions`) with ``kind``,
        ``suggestion``, ``reason`` (Dutch, for the working group) and ``score`` (higher
        first within a kind); ``table.initiative`` names the initiative.

    Raises
    ------
    NotFoundError
        No initiative with that id or name (the message names near matches).

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_inventaris")
    >>> ideas = elznet.stretch(net, initiative="Warme buurten Eeklo")
    >>> ideas.initiative
    'Warme buurten Eeklo'
    >>> sorted(set(ideas["kind"]))
    ['doelgroep', 'partner']
    """
    z = _zone(net, zone, regions)
    ini = net.find(initiative, kind="initiative")
    record = net.initiatives.set_index("id").loc[ini]
    parts = net.participations
    partners = set(parts.loc[parts["initiative"] == ini, "organisation"])
    domains = set(record["expertise_domains"] or [])
    labels = target_group_labels(v for items in net.initiatives["target_groups"] for v in items or [])

    def group_keys(items) -> set[str]:
        items = [v for v in items or [] if isinstance(v, str)]
        if any(_tg_key(v) in GENERAL_PUBLIC for v in items):
            return {"*"}
        return {normalise(labels.get(normalise(v), v)) for v in items}

    def places(items) -> set[str]:
        return set(z.expand(items)[0])

    groups = group_keys(record["target_groups"])
    here = places(record["municipalities"])
    name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    rows: list[dict] = []

    # municipalities of the zone without a similar initiative
    others = net.initiatives[net.initiatives["id"] != ini]
    similar = others[others["expertise_domains"].map(lambda d: bool(domains & set(d or [])))
                     & others["target_groups"].map(lambda t: bool(group_keys(t) & groups) or "*" in group_keys(t)
                                                   or "*" in groups)]
    served = {m for ms in similar["municipalities"] for m in places(ms)}
    found = 0
    for m in z.municipalities:
        if m in here or m in served or found >= max_per_kind:
            continue
        if neighbours is not None and not any(normalise(m) in {normalise(x) for x in neighbours.get(h, [])}
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
            if not isinstance(t, str) or _tg_key(t) in GENERAL_PUBLIC:
                continue
            label = labels.get(normalise(t), t)
            if normalise(label) not in groups:
                by_group.setdefault(label, set()).add(org)
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
        area_of.setdefault(org, set()).update(places(ini_info.at[other, "municipalities"]))
    for org, muni in zip(net.organisations["id"], net.organisations["municipality"], strict=False):
        if muni:
            area_of.setdefault(org, set()).update(places([muni]))
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
    return StretchSuggestions.of(pd.DataFrame(rows, columns=["kind", "suggestion", "reason", "score"]),
                                 initiative=record["name"])

