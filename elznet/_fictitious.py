"""Generated, fictitious zone inventories for all of Flanders (notebook 07, tests, benchmarks).

Nothing here is real: zones, organisations, enterprise numbers and people are invented.
Each zone's inventory is a dict of sheets as an analyst keeps them (``organisaties``,
``initiatieven``, ``deelnames``), so :func:`elznet.read_inventory` reads it like a
workbook. Supra-local partners (CAW, CGG, hospital networks, CLB, youth care) work in
several neighbouring zones, as they do in Flanders, and appear in each of those zones'
inventories — sometimes spelled differently, sometimes with their enterprise (KBO)
number — so that joining them across zones is a real task.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["flanders_inventories", "write_flanders"]

_LOCAL = [  # (name pattern, sector): local partners of one zone
    ("Huisartsenkring {w} {z}", "zorg"), ("Thuisverpleging {w} {z}", "zorg"), ("Apotheek {w} {z}", "zorg"),
    ("Kinesitherapiepraktijk {w} {z}", "zorg"), ("Wijkgezondheidscentrum {w} {z}", "zorg"),
    ("OCMW {w} {z}", "lokaal_bestuur"), ("Gemeente {w} {z}", "lokaal_bestuur"),
    ("Huis van het Kind {w} {z}", "welzijn"), ("Dienstencentrum {w} {z}", "welzijn"),
    ("Mantelzorgvereniging {w} {z}", "pzon"), ("Vrijwilligerspunt {w} {z}", "pzon"),
    ("Basisschool {w} {z}", "wwol"), ("Sociaal verhuurkantoor {w} {z}", "wwol"),
    ("Jeugdhuis {w} {z}", "wwol"),
]
_SUPRA = [  # (kind, sector, how many zones each one serves)
    ("CAW Regio", "welzijn", 6), ("CGG Regio", "zorg", 3), ("Ziekenhuisnetwerk", "zorg", 4),
    ("CLB Regio", "wwol", 2), ("Jeugdhulp Regio", "welzijn", 5), ("Mutualiteit Regio", "welzijn", 10),
]


_FIRST = ["Kwak", "Brem", "Snip", "Zwam", "Krul", "Flap", "Gulp", "Drup", "Plof", "Wimp"]
_LAST = ["ovel", "idum", "astra", "erloo", "ikum", "onda"]


_SYLLABLES = ["ka", "bro", "mi", "del", "zo", "fen", "tu", "lar", "vi", "gos", "pe", "rin", "da", "wol", "ne",
              "sku", "ba", "mor", "ti", "fel", "ro", "gan", "lu", "ber", "so", "kel", "ha", "dim", "jo", "pra"]


def _word(rng: np.random.Generator) -> str:
    """A made-up name word of three syllables ("Kamidel", "Brofentu")."""
    return "".join(rng.choice(_SYLLABLES, size=3)).capitalize()


def _zone_name(z: int) -> str:
    return f"Fictiefland {z:02d}"


def _place(z: int) -> str:
    """A made-up place word per zone (no real municipality): "Kwakovel", "Bremidum", ..."""
    return _FIRST[(z - 1) % len(_FIRST)] + _LAST[((z - 1) // len(_FIRST)) % len(_LAST)]


def flanders_inventories(*, zones: int = 60, organisations: int = 120, seed: int = 0,
                         initiatives_per_organisation: float = 0.6,
                         with_people: bool = True) -> dict[str, dict[str, pd.DataFrame]]:
    """``{zone name: {sheet: DataFrame}}``: one fictitious inventory per zone.

    Each zone has ``organisations`` organisations give or take 30 % (local ones plus the
    supra-local partners serving it) and ``initiatives_per_organisation`` x that many
    initiatives of 2–8 partners; between 30 and 80 % of participations name the carrying
    person. Zones are numbered along a line; a supra-local partner serves a run of
    neighbouring zones; every 13th zone has only its CAW from outside. Deterministic for
    a given ``seed``.
    """
    rng = np.random.default_rng(seed)
    supra: dict[int, list[tuple[str, str, str]]] = {z: [] for z in range(1, zones + 1)}
    for kind, sector, span in _SUPRA:
        for r, start in enumerate(range(1, zones + 1, span), start=1):
            name = f"{kind} {r}"
            kbo = f"0{900 + _SUPRA.index((kind, sector, span))}.{r:03d}.{(r * 37) % 1000:03d}"
            for z in range(start, min(start + span, zones + 1)):
                supra[z].append((name, sector, kbo))
    out = {}
    for z in range(1, zones + 1):
        zone = _zone_name(z)
        if z % 13 == 0:  # a zone that works mostly on its own: only its CAW from outside
            supra[z] = [s for s in supra[z] if s[0].startswith("CAW")]
        size = int(round(organisations * rng.uniform(0.7, 1.3)))
        carried = rng.uniform(0.3, 0.8)  # how often the inventory names the carrying person
        n_local = max(size - len(supra[z]), 2)
        names, sectors, kbos = [], [], []
        seen = set()
        for i in range(n_local):
            pattern, sector = _LOCAL[i % len(_LOCAL)]
            name = pattern.format(z=_place(z), w=_word(rng))
            while name in seen:
                name = pattern.format(z=_place(z), w=_word(rng))
            seen.add(name)
            names.append(name)
            sectors.append(sector)
            kbos.append(None)
        for name, sector, kbo in supra[z]:
            variant = rng.random()
            if variant < 0.15:  # spelled differently: same name after normalisation
                name = name.upper().replace(" ", "  ")
            elif variant < 0.2:  # a variant that only looks alike: suggested, not merged
                name = name + " vzw"
            names.append(name)
            sectors.append(sector)
            kbos.append(kbo if variant > 0.5 else None)  # half of the zones give the KBO number
        orgs = pd.DataFrame({"naam": names, "sector": sectors,
                             "gemeente": [f"{_place(z)}-{1 + i % 4}" for i in range(len(names))],
                             "KBO-nummer": kbos})
        n_ini = max(1, int(round(initiatives_per_organisation * len(names))))
        weights = np.ones(len(names))
        weights[n_local:] = 6.0  # supra-local partners join more initiatives
        weights /= weights.sum()
        rows, inis = [], []
        for i in range(n_ini):
            ini = f"Initiatief {_place(z)} {i + 1:03d}"
            inis.append(ini)
            size = min(int(rng.integers(2, 9)), len(names))
            for o in rng.choice(len(names), size=size, replace=False, p=weights):
                person = None
                if with_people and rng.random() < carried:
                    person = f"Medewerker {_place(z)} {o + 1}-{int(rng.integers(1, 3))}"
                rows.append((ini, names[o], person))
        out[zone] = {
            "organisaties": orgs,
            "initiatieven": pd.DataFrame({"naam": inis}),
            "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie", "persoon"]),
        }
    return out


def write_flanders(folder: str | Path, **options) -> Path:
    """Write :func:`flanders_inventories` as one workbook per zone into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for zone, sheets in flanders_inventories(**options).items():
        with pd.ExcelWriter(folder / f"{zone}.xlsx") as writer:
            for sheet, frame in sheets.items():
                frame.to_excel(writer, sheet_name=sheet, index=False)
    return folder
