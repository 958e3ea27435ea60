"""The bundled example inventories, loadable by name from a checkout or an installed wheel.

=========================  ==================================================================
name                       what it is
=========================  ==================================================================
``meetjesland_zorgpad``    youth suicide-prevention care path in Meetjesland: actors, their
                           offer and care-path stages, initiatives, referrals (tidy workbook)
``meetjesland_inventaris`` a zone's inventory kept one row per initiative, partners in one
                           cell, with the mess real files have (wide workbook)
``waasland_voorbeeld``      a zone outside Meetjesland (fictitious organisations and people, real
                           municipalities): deelgemeenten, region words, a ``zone`` sheet, a
                           22-partner general assembly, a finished and a planned initiative
``knoke``                  Knoke & Wood's network of 10 organisations in Indianapolis
                           (information and money ties; real, published data)
=========================  ==================================================================

People in the Meetjesland files are fictitious; ties between the (real, public)
organisations are illustrative. In ``waasland_voorbeeld`` organisations and people are
fictitious too (made by ``data/make_zone_example.py``). See ``data/README.md``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from elznet.network import Network
from elznet.read.inventory import read_inventory

__all__ = ["names", "path", "load"]

_FILES = {
    "meetjesland_zorgpad": "meetjesland_zorgpad_suicidepreventie.xlsx",
    "meetjesland_inventaris": "meetjesland_inventaris_breed.xlsx",
    "waasland_voorbeeld": "waasland_voorbeeld_inventaris.xlsx",
    "knoke": "knoke",
}
#: Knoke & Wood's sector codes and the nearest elznet sector (the code is kept too).
KNOKE_SECTORS = {"GOV": "lokaal_bestuur", "VOL": "welzijn", "PVT": "prive"}


def names() -> list[str]:
    """The names :func:`load` accepts."""
    return list(_FILES)


def _data_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parent / "data"):  # installed wheel, then checkout
        if (candidate / _FILES["meetjesland_zorgpad"]).is_file():
            return candidate
    raise FileNotFoundError("elznet's example data is missing from this installation; reinstall elznet.")


def path(name: str) -> Path:
    """The file (or, for ``knoke``, the folder) of an example."""
    if name not in _FILES:
        raise KeyError(f"No example called {name!r}; choose one of: {', '.join(_FILES)}.")
    return _data_dir() / _FILES[name]


def load(name: str) -> Network:
    """Read an example into a Network.

    >>> load("knoke").summary()["organisations"]
    10
    """
    if name == "knoke":
        return _load_knoke(path(name))
    return read_inventory(path(name))


def _load_knoke(folder: Path) -> Network:
    nodes = pd.read_csv(folder / "knoke_nodes.csv")
    organisations = pd.DataFrame({
        "id": nodes["name"], "naam": nodes["name"], "sector": nodes["sector"].map(KNOKE_SECTORS),
        "sector_knoke": nodes["sector"], "rating": nodes["rating"],
    })
    ties = []
    for kind, file in (("informatie", "knoke_information_edges.csv"), ("financiering", "knoke_money_edges.csv")):
        edges = pd.read_csv(folder / file)
        ties.append(pd.DataFrame({"van": edges["source"], "naar": edges["target"], "soort": kind}))
    return read_inventory({"organisaties": organisations, "relaties": pd.concat(ties, ignore_index=True)})
