"""How elznet draws: one colour per sector, tie styles, the words of legends.

Every output (interactive map, slide figure, report) takes its colours and legend text
from here, so a sector has the same colour everywhere.

The sector colours are Paul Tol's *muted* scheme (colour-blind safe, 9 colours) plus two
of Okabe & Ito's colour-blind-safe colours and neutral greys for the private sector and
for unknown sectors. Sources: P. Tol (2021), "Colour schemes", SRON/EPS/TN/09-002;
M. Okabe & K. Ito (2008), "Color Universal Design".
"""

from __future__ import annotations

from elznet.output.labels import LEGEND  # the words live in the one label table
from elznet.vocabulary import SECTORS, SECTORS_EN, short_label

__all__ = ["SECTOR_COLOURS", "sector_colour", "TIE_STYLES", "LEGEND", "text", "SPANNER_BORDER"]

SECTOR_COLOURS: dict[str, str] = {
    "zorg": "#332288",  # indigo
    "welzijn": "#117733",  # green
    "lokaal_bestuur": "#DDCC77",  # sand
    "pzon": "#CC6677",  # rose
    "onderwijs": "#88CCEE",  # cyan
    "jeugdwerk": "#AA4499",  # purple
    "justitie": "#882255",  # wine
    "wwol": "#999933",  # olive
    "wonen": "#44AA99",  # teal
    "werk": "#E69F00",  # orange (Okabe-Ito)
    "vrije_tijd": "#D55E00",  # vermillion (Okabe-Ito)
    "prive": "#555555",  # dark grey
    "onbekend": "#BBBBBB",  # light grey
}
#: Colours for groups that are not sectors (e.g. clusters), in order.
EXTRA_COLOURS = ["#332288", "#117733", "#DDCC77", "#CC6677", "#88CCEE", "#AA4499", "#882255", "#999933",
                 "#44AA99", "#E69F00", "#D55E00", "#555555"]
#: Border colour and width that make a boundary spanner stand out.
SPANNER_BORDER = ("#000000", 4)
#: How ties are drawn: normal, single-person (dashed), bridge (red), both.
TIE_STYLES = {
    "normal": {"color": "#9A9A9A", "dashes": False},
    "single_person": {"color": "#9A9A9A", "dashes": True},
    "bridge": {"color": "#C0392B", "dashes": False},
    "bridge_single_person": {"color": "#C0392B", "dashes": True},
    "unknown_carrier": {"color": "#D4D4D4", "dashes": False},  # lighter: nobody known carries it
    "referral": {"color": "#4D4D4D", "dashes": False},
}
PANEL_BACKGROUND = "#FFFFFF"



def text(key: str, lang: str = "nl") -> str:
    """A legend or tooltip word in ``lang`` ("nl" or "en")."""
    if lang not in LEGEND:
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    return LEGEND[lang][key]


def sector_colour(sector: str | None) -> str:
    """The colour of a sector (grey for unknown ones)."""
    return SECTOR_COLOURS.get(sector or "onbekend", SECTOR_COLOURS["onbekend"])


def sector_name(sector: str | None, lang: str = "nl") -> str:
    """A sector's short label for legends."""
    key = sector or "onbekend"
    if lang == "en":
        return SECTORS_EN.get(key, key)
    return short_label("sector", key) if key in SECTORS else key


def group_colours(values) -> dict[str, str]:
    """Colours for any grouping: sector colours for sectors, a fixed cycle otherwise."""
    values = list(dict.fromkeys(values))
    if all(v in SECTOR_COLOURS for v in values):
        return {v: SECTOR_COLOURS[v] for v in values}
    return {v: EXTRA_COLOURS[i % len(EXTRA_COLOURS)] for i, v in enumerate(sorted(map(str, values)))}
