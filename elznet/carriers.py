"""Who carries a tie: the one definition every output uses.

A tie between two organisations rests on *supports*: each initiative both take part in,
and each direct tie between them. A support's side is carried by the people named for
that organisation there; a side with an unnamed participation (or a direct tie listing
nobody of that organisation) has an *unknown* carrier. Every tie is exactly one of:

* ``"one"`` — *één persoon*: one person's departure removes it (that person carries
  their side of every support); :func:`tie_killers` says who;
* ``"several"`` — *meerdere personen*: every support has named carriers on both sides,
  and no single departure removes it;
* ``"unknown"`` — *drager onbekend*: no single named person removes it, but some support
  has a side nobody is named for, so it is not known to be robust.

:attr:`elznet.Network.graph` stores the class on each edge (``carrier``);
:meth:`elznet.Network.summary`, :func:`elznet.fragile_ties` (``carrier``,
``single_person``), the report, the maps, the figures and the Excel export all read it
from there, so they count the same ties. The rule "a tie hangs on one person when one
departure removes it" follows the fragility notion of the sources (a collaboration
carried by one staff member breaks down when that person leaves).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from typing import TYPE_CHECKING

import pandas as pd

from elznet._gc import gc_paused

if TYPE_CHECKING:  # pragma: no cover
    from elznet.network import Network

__all__ = ["CARRIER_KINDS", "CARRIER_LABELS", "sole_carriers", "tie_killers", "classify", "carrier_counts",
           "coverage_sentence"]

#: The three classes, in reading order.
CARRIER_KINDS = ("one", "several", "unknown")
#: Their labels, Dutch and English.
CARRIER_LABELS = {"nl": {"one": "één persoon", "several": "meerdere personen", "unknown": "drager onbekend"},
                  "en": {"one": "one person", "several": "several people", "unknown": "carrier unknown"}}


def _participants(participations: pd.DataFrame) -> dict[tuple[str, str], set]:
    people: dict[tuple[str, str], set] = defaultdict(set)
    for ini, org, person in participations[["initiative", "organisation", "person"]].itertuples(
            index=False, name=None):
        people[(ini, org)].add(person)
    return people


def sole_carriers(participations: pd.DataFrame) -> dict[tuple[str, str], str | None]:
    """(initiative, organisation) -> the one person representing the organisation there,
    or None when several people or an unnamed participation represent it."""
    return {key: next(iter(p)) if len(p) == 1 and None not in p else None
            for key, p in _participants(participations).items()}


def _people_at(net: Network) -> dict[tuple[str, str], set]:
    """:func:`_participants` of the counted participations, computed once per Network
    (a Network does not change once made)."""
    found = _PEOPLE_AT.get(net)
    if found is None:
        found = _PEOPLE_AT[net] = _participants(net.counted_participations)
    return found


_PEOPLE_AT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sole_at(net: Network) -> dict[tuple[str, str], str | None]:
    """:func:`sole_carriers` of the counted participations of ``net``."""
    return {key: next(iter(p)) if len(p) == 1 and None not in p else None for key, p in _people_at(net).items()}


def _each_support(net: Network):
    """Every support of every tie as ``(sorted pair, people who alone remove it, all sides
    named)``: the shared initiatives, then the direct ties."""
    people = _people_at(net)
    sole = {key: next(iter(p)) if len(p) == 1 and None not in p else None for key, p in people.items()}
    named = {key: None not in p and bool(p) for key, p in people.items()}
    person_org = dict(zip(net.people["id"], net.people["organisation"], strict=False))
    members: dict[str, list[str]] = defaultdict(list)
    for ini, org in sole:
        members[ini].append(org)
    for ini, orgs in members.items():
        orgs = sorted(set(orgs))
        for i, a in enumerate(orgs):
            sole_a, named_a = sole[(ini, a)], named[(ini, a)]
            for b in orgs[i + 1:]:
                sole_b = sole[(ini, b)]
                yield (a, b), {p for p in (sole_a, sole_b) if p is not None}, named_a and named[(ini, b)]
    for source, target, listed in net.ties[["source", "target", "people"]].itertuples(index=False, name=None):
        key = (source, target) if source <= target else (target, source)
        killers, both = set(), True
        for side in key:
            carriers = [p for p in listed or [] if person_org.get(p) == side]
            if len(carriers) == 1:
                killers.add(carriers[0])
            both &= bool(carriers)
        yield key, killers, both


def tie_killers(net: Network) -> dict[tuple[str, str], frozenset]:
    """For every organisation tie (sorted pair), the people whose departure alone removes it.

    A tie survives a departure while one of its supports survives; so the people who
    can remove it are those who can remove *every* support (the intersection).
    """
    return {key: killers for key, (_, killers) in net.tie_carriers.items()}


@gc_paused()
def classify(net: Network) -> dict[tuple[str, str], tuple[str, frozenset]]:
    """Per organisation tie (sorted pair): its class (see the module docstring) and the
    people whose departure alone removes it."""
    # fold the supports of each tie as they come: the intersection of who can remove each,
    # and whether all have both sides named (the same as listing them first, without the lists)
    folded: dict[tuple[str, str], list] = {}
    for key, killers, both in _each_support(net):
        found = folded.get(key)
        if found is None:
            folded[key] = [killers, both]
        else:
            if found[0]:
                found[0] = found[0] & killers
            found[1] = found[1] and both
    return {key: ("one" if killers else "several" if both else "unknown", frozenset(killers))
            for key, (killers, both) in folded.items()}


def carrier_counts(net: Network) -> dict[str, int]:
    """How many organisation ties are carried by one person, several people, or an unknown carrier."""
    counts = dict.fromkeys(CARRIER_KINDS, 0)
    for _, _, kind in net.graph.edges(data="carrier"):
        counts[kind] += 1
    return counts


def coverage_sentence(counts: dict[str, int], lang: str = "nl") -> str:
    """One sentence stating carrier coverage, e.g. "Voor 85% van de banden is niet bekend wie ze draagt."."""
    total = sum(counts.values())
    if not total:
        return "Er zijn geen banden." if lang == "nl" else "There are no ties."
    unknown = round(100 * counts["unknown"] / total)
    if lang == "nl":
        return (f"Voor {unknown}% van de banden ({counts['unknown']} van {total}) is niet bekend wie ze draagt; "
                f"{counts['one']} hangen aan één persoon en {counts['several']} aan meerdere personen.")
    return (f"For {unknown}% of the ties ({counts['unknown']} of {total}) nobody knows who carries them; "
            f"{counts['one']} hang on one person and {counts['several']} on several people.")
