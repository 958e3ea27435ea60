"""Name handling: normalisation, splitting list cells, near-duplicate suggestions.

Names are matched after :func:`normalise` (case, accents, punctuation, spaces), so
"CAW Oost-Vlaanderen" and "caw oost vlaanderen" are one organisation. Names that are
only *similar* ("CAW O-Vl") are never merged here: :func:`near_duplicates` returns
them with a score for the analyst to confirm through aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# separators of list cells: , ; / and line breaks (a slash only outside words like "w/o")
_LIST_SEPARATORS = re.compile(r"\s*(?:[,;\n\r]|\s/\s|/)\s*")
_PERSON_SPLIT = re.compile(r"\s*(?:[,;&+\n]|\s/\s|\ben\b|\band\b)\s*")
# a person: initials then a surname ("A. Peeters", "A.B. De Smet"), or two to four
# capitalised words ("Anna Peeters", "Jan Van den Bossche")
_PARTICLES = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Vv]ande|[Vv]ander|[Ll]e|[Ll]a|[Dd]'|[Dd]u)"
_CAP = r"[A-ZÀ-Þ][\w'’-]+"
_PERSON = re.compile(
    rf"^(?:(?:[A-ZÀ-Þ]\.\s*){{1,3}}(?:{_PARTICLES}\s+)*{_CAP}"
    rf"|{_CAP}(?:\s+(?:{_PARTICLES}\s+)*{_CAP}){{1,3}})$"
)
# initials then a surname, also when the whole cell was typed in lower case ("a. peeters")
# Dutch abbreviations that look like initials: "(i.s.m. CAW)", "(t.a.v. onthaal)", "(o.a. scholen)"
_ABBREVIATION = re.compile(r"^(?:e\.g|i\.e|t\.a\.v|i\.s\.m|o\.a|m\.b\.t|v\.z\.w|b\.v|d\.w\.z|n\.a\.v|m\.m\.v"
                           r"|a\.u\.b|m\.a\.w|z\.o\.z|p\.a)\.?(?:\s|$)", re.IGNORECASE)
_PERSON_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s*){1,3}[^\W\d_][\w'’ -]*$")


@lru_cache(maxsize=1 << 16)
def _normalise(text: str) -> str:
    if text.isascii():  # the common case: no accents, no Unicode variants to fold
        return _NON_WORD.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def _significant(ch: str) -> bool:
    """Characters that tell two names apart although :func:`normalise` drops them:
    ``+`` and ``#`` ("Groep 50+", "Codeclub C#") and symbols such as emoji ("Jeugdhuis 🎸")."""
    return ch in "+#" or unicodedata.category(ch) in ("So", "Sm", "Sc")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The key two spellings of one organisation or person share.

    :func:`normalise` (case, accents, punctuation, spaces, Unicode normal form, NBSP and
    zero-width characters), but ``+``, ``#`` and symbols such as emoji are kept, so
    "Vzw 1+1" / "Vzw 1-1", "Codeclub C++" / "Codeclub C#" and "Jeugdhuis 🎸" /
    "Jeugdhuis 🎨" stay two names.

    >>> name_key("Groep 50+") == name_key("groep 50-")
    False
    >>> name_key("CAW\u00a0Oost-Vlaanderen") == name_key("caw oost vlaanderen")
    True
    """
    base = _normalise(text)
    if "+" not in text and "#" not in text and (text.isascii() or not any(
            _significant(ch) for ch in unicodedata.normalize("NFKC", text))):
        return base
    tokens, word = [], []
    for ch in unicodedata.normalize("NFKC", text):
        if _significant(ch):
            if word:
                tokens.append(_normalise("".join(word)))
                word = []
            tokens.append(ch if ch in "+#" else ch)
        else:
            word.append(ch)
    if word:
        tokens.append(_normalise("".join(word)))
    return " ".join(t for t in tokens if t)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def clean_display(text: str) -> str:
    """A name to show: control, bidi and zero-width characters removed, spaces collapsed."""
    return " ".join(_CONTROL.sub("", text).split())


def normalise(text: object) -> str:
    """Lower-case, strip accents and punctuation, collapse white space.

    >>> normalise("  CAW  Oost-Vlaanderen ")
    'caw oost vlaanderen'
    >>> normalise("Cliëntniveau")
    'clientniveau'
    """
    if text is None:
        return ""
    return _normalise(text if isinstance(text, str) else str(text))


def slug(text: str) -> str:
    """A readable identifier from a name: ``"CAW Oost-Vlaanderen" -> "caw-oost-vlaanderen"``."""
    return normalise(text).replace(" ", "-")


def split_top_level(cell: str, separators: re.Pattern[str] = _LIST_SEPARATORS) -> list[str]:
    """Split a cell on separators that stand outside parentheses; drop empty parts."""
    text = str(cell)
    if "(" not in text and "[" not in text:
        parts = separators.split(text)
    else:
        parts, start, depth, pos = [], 0, 0, 0
        for m in separators.finditer(text):
            chunk = text[pos:m.start()]
            depth = max(0, depth + chunk.count("(") + chunk.count("[") - chunk.count(")") - chunk.count("]"))
            pos = m.start()
            if depth == 0:
                parts.append(text[start:m.start()])
                start = m.end()
        parts.append(text[start:])
    return [p for p in map(str.strip, parts) if p]


def split_list(cell: object) -> list[str]:
    """The items of a list-valued cell (``"jongeren; ouders / Eeklo"`` -> three items)."""
    if cell is None:
        return []
    return split_top_level(str(cell))


_TITLE = re.compile(r"^(?:dr|dokter|dhr|mevr|mevrouw|meneer|mijnheer|mw|mr|mrs|ms|prof|zr|br|ir|lic|apr|"
                    r"meester|juf|mw)\.?\s+[^\W\d_][\w'’ .-]*$", re.IGNORECASE)
#: Words that make a parenthesised text a department, site, team or remark, not a person.
UNIT_WORDS = frozenset("""
dienst diensten team teams campus site sites locatie locaties afdeling afdelingen spoed spoedgevallen cel
unit units werking project projecten huis centrum centra vestiging kantoor kantoren antenne poli polikliniek
kliniek ziekenhuis thuiszorg welzijn zorg mobiel mobile onthaal secretariaat directie stafdienst bestuur raad
school scholen vzw ocmw caw cgg jac clb netwerk overleg werkgroep stuurgroep sociaal sociale psychiatrie
pediatrie geriatrie revalidatie oost west noord zuid vlaanderen kind kinderen jeugd jongeren ouderen gemeente
stad lokaal administratie voorheen vroeger ex former nieuw oud hoofdzetel zetel regio provincie zone
crisis crisisteam outreach ambulant residentieel dagcentrum opvang preventie werkplaats winkel loket punt
tak kern groep ploeg divisie sector departement programma partner partners coordinatie
""".split())


def looks_like_person(text: str) -> bool:
    """Whether a parenthesised text reads as one person's name.

    A person is an initial and a surname ("A. Peeters", "a. de smet"), a first name and a
    surname ("Anna Peeters", "Jan Van den Bossche"), or a title and a name ("dr. Goossens",
    "dhr. Verhelstraete"). A text with a word of a department, site or team
    (:data:`UNIT_WORDS`: "Dienst Welzijn", "Mobiel Team", "Campus Sint-Niklaas") is not.
    """
    text = text.strip()
    if not text or _ABBREVIATION.match(text):
        return False
    if _TITLE.match(text):
        return True
    if any(w in UNIT_WORDS for w in normalise(text).split()):
        return False
    return bool(_PERSON.match(text) or _PERSON_INITIALS.match(text))


def could_be_person(text: str) -> bool:
    """A text that is not clearly a person but might be one: a single capitalised word
    ("Lien") or two to three lower-case words ("jan peeters") without a unit word."""
    text = text.strip()
    words = normalise(text).split()
    if not words or any(w in UNIT_WORDS for w in words) or any(ch.isdigit() for ch in text):
        return False
    if len(words) == 1:
        return text[:1].isupper() and len(text) > 1 and not text.isupper()
    return 2 <= len(words) <= 3 and text == text.lower() and all(w.isalpha() for w in words)


_TRAILING_PARENTHESES = re.compile(r"^(.*?)\s*\(([^()]*)\)$")


class Partner(NamedTuple):
    """A parsed partner: ``name`` (organisation), ``people``, ``units`` (department, site,
    team: qualifiers kept on the participation) and ``unsure`` (texts that might be a person)."""

    name: str
    people: list[str]
    units: list[str]
    unsure: list[str]


def _never(_: str) -> bool:
    return False


def parse_partner(token: str, is_place=_never) -> Partner:
    """Split ``"CAW Oost-Vlaanderen (A. Peeters) (Dienst Welzijn)"`` into its parts.

    Trailing parentheses are read from the right: people go to ``people``; a place
    (``is_place(text)`` true: "Eeklo", "regio Meetjesland") stays part of the name, so
    "OKRA (Regio Gent)" and "OKRA (Regio Eeklo)" stay two organisations; anything else
    ("Dienst Welzijn", "spoed") is a unit of the organisation, and a text that might be
    a person ("Lien") is a unit listed in ``unsure``.
    """
    name, people, units, unsure = token.strip(), [], [], []
    while name.endswith(")"):
        m = _TRAILING_PARENTHESES.match(name)
        if not m or not m.group(1).strip():
            break
        inner = m.group(2).strip()
        if not inner:
            name = m.group(1).strip()
            continue
        parts = [p for p in _PERSON_SPLIT.split(inner) if p]
        found = [p for p in parts if looks_like_person(p)]
        if found and len(found) == len(parts):
            people = found + people
        elif is_place(inner):
            break
        elif found:  # "(Dienst Welzijn, A. Peeters)": the person and the unit
            people = found + people
            units.insert(0, ", ".join(p for p in parts if p not in found))
        else:
            units.insert(0, inner)
            if could_be_person(inner):
                unsure.append(inner)
        name = m.group(1).strip()
    return Partner(name, people, units, unsure)


def split_partner(token: str) -> tuple[str, list[str]]:
    """Split ``"CAW Oost-Vlaanderen (A. Peeters, B. Claes)"`` into name and people.

    Parentheses that do not hold people ("Vrije CLB (Eeklo)") stay part of the name
    (see :func:`parse_partner` for the reading that takes departments apart).
    """
    token = token.strip()
    m = _TRAILING_PARENTHESES.match(token) if token.endswith(")") else None
    if not m:
        return token, []
    people = [p for p in _PERSON_SPLIT.split(m.group(2)) if p]
    if people and all(looks_like_person(p) for p in people):
        return m.group(1).strip(), people
    return token, []


def _abbreviation_score(a: str, b: str) -> float:
    """90 when the shorter name abbreviates the longer one, else 0.

    Either each word of one name starts the word at the same place in the other
    ("caw o vl" ~ "caw oost vlaanderen", "bib maldegem" ~ "bibliotheek maldegem"), or one
    word is the initials of consecutive words of the longer ("wgk meetjesland" ~
    "wit gele kruis meetjesland").
    """
    ta, tb = a.split(), b.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) < 2 or ta == tb[: len(ta)]:
        return 0.0
    for i, word in enumerate(ta):  # initials
        n = len(word)
        if n >= 2 and ta[:i] == tb[:i] and ta[i + 1:] == tb[i + n:] and word == "".join(w[0] for w in tb[i:i + n]):
            return 90.0
    if len(ta) == len(tb) and all(y.startswith(x) or x.startswith(y) for x, y in zip(ta, tb, strict=False)):
        return 90.0
    return 0.0


_ALL_PAIRS_UP_TO = 3000
_BLOCK, _OVERLAP = 600, 100
_MAX_CANDIDATES = 200


def _blocks(keys: list[str]) -> list[list[str]]:
    """Groups of names to compare pair by pair.

    Up to :data:`_ALL_PAIRS_UP_TO` names: one group, every pair. Past that, the sorted
    neighbourhood method (Hernández & Stolfo 1995): overlapping runs of names next to
    each other when sorted, once as written and once read backwards, so that names
    differing at the start or at the end still meet. Memory and time grow linearly.
    """
    if len(keys) <= _ALL_PAIRS_UP_TO:
        return [keys]
    blocks = []
    for order in (keys, sorted(keys, key=lambda k: k[::-1])):
        for start in range(0, len(order), _BLOCK - _OVERLAP):
            blocks.append(order[start:start + _BLOCK])
            if start + _BLOCK >= len(order):
                break
    return blocks


def near_duplicates(names: Iterable[str], *, threshold: float = 88.0) -> list[tuple[str, str, float]]:
    """Pairs of distinct normalised names that probably mean the same thing.

    Scores (0–100) combine rapidfuzz's ``token_sort_ratio`` and ``ratio`` with an
    abbreviation check ("caw o vl" ~ "caw oost vlaanderen"). Pairs that differ only by
    a number or a municipality of their own ("gemeente eeklo" / "gemeente aalter") are
    left out (see :func:`_differ_in_distinct_word`).
    """
    keys = sorted(set(n for n in names if n))
    if len(keys) < 2:
        return []
    pairs: dict[tuple[str, str], float] = {}
    for block in _blocks(keys):
        best = np.maximum(
            process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1,
                          dtype=np.uint8),
            process.cdist(block, block, scorer=fuzz.token_sort_ratio, score_cutoff=threshold,
                          workers=-1, dtype=np.uint8))
        for i, j in zip(*np.nonzero(best), strict=False):
            if i != j:
                a, b = sorted((block[i], block[j]))
                pairs[(a, b)] = float(best[i, j])
    # abbreviations: each word starts with the same letter as the word it abbreviates, so
    # only names with the same first-letter signature are compared; an acronym word
    # ("wgk") is compared with names whose signature it spells out ("w g k ...").
    by_signature: dict[tuple[str, ...], list[str]] = {}
    for key in keys:
        by_signature.setdefault(tuple(w[0] for w in key.split()), []).append(key)
    for key in keys:
        words = key.split()
        signature = tuple(w[0] for w in words)
        looks = [signature] + [signature[:i] + tuple(w) + signature[i + 1:]
                               for i, w in enumerate(words) if 2 <= len(w) <= 6]
        # a signature shared by hundreds of names ("org 1234") says nothing: skip it
        groups = [by_signature.get(sig, ()) for sig in looks]
        candidates = {other for group in groups if len(group) <= _MAX_CANDIDATES for other in group}
        for other in candidates:
            a, b = (key, other) if key < other else (other, key)
            if a == b or pairs.get((a, b), 0) >= 90:
                continue
            score = _abbreviation_score(a, b)
            if score >= threshold:
                pairs[(a, b)] = score
    # extensions of one name ("wit gele kruis" / "wit gele kruis oost vlaanderen"): the
    # shorter name of two words or more starts the longer one, which adds at most three
    for i, key in enumerate(keys):
        if len(key.split()) < 2:
            continue
        prefix, found = key + " ", []
        for other in keys[i + 1:]:
            if not other.startswith(prefix):
                break
            found.append(other)
            if len(found) > _MAX_CANDIDATES:
                break
        if len(found) > _MAX_CANDIDATES:
            continue
        for other in found:
            extra = other[len(prefix):].split()
            if len(extra) <= 3 and not all(w.isdigit() for w in extra):
                pairs.setdefault((key, other), float(threshold))
    common = _recurring_words(keys)
    return sorted(((a, b, s) for (a, b), s in pairs.items()
                   if not _differ_in_distinct_word(a, b, common)), key=lambda t: (-t[2], t[0], t[1]))


def _recurring_words(keys: list[str]) -> set[str]:
    """Words that occur in two or more names: municipalities, types ("eeklo", "huis")."""
    seen: dict[str, int] = {}
    for key in keys:
        for word in set(key.split()):
            seen[word] = seen.get(word, 0) + 1
    return {w for w, n in seen.items() if n >= 2}


def _differ_in_distinct_word(a: str, b: str, common: set[str]) -> bool:
    """Same frame, another proper noun or number: "sociaal huis eeklo" / "sociaal huis evergem".

    The differing words are taken as distinct (not a typo) when they are numbers, look
    nothing alike, start with another letter ("lievegem" / "evergem"; typos seldom hit
    the first letter), or both recur in other names — a typo rarely recurs identically.
    """
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=False) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if x.isdigit() or y.isdigit():  # "school 1" / "school 12"
        return True
    if x.startswith(y) or y.startswith(x):  # "bib" / "bibliotheek": an abbreviation
        return False
    return fuzz.ratio(x, y) < 60 or x[0] != y[0] or (x in common and y in common)
