"""Every analysis table of a Network, by Dutch sheet name — for the Excel export and CLI.

Kept apart from the analysis modules (which compute) and from :mod:`elznet.output.excel`
(which writes), so both the report and the workbook take the same tables.
"""

from __future__ import annotations

import pandas as pd

from elznet._privacy import check_mode
from elznet.analysis.fragility import cut_points, departure_risk, fragile_ties
from elznet.analysis.gaps import duplicates, white_spots
from elznet.analysis.spanners import spanners
from elznet.analysis.structure import communities, disconnected_groups, mixing
from elznet.network import Network

__all__ = ["analysis_tables"]


def analysis_tables(net: Network, *, people: str = "hide") -> dict[str, pd.DataFrame]:
    """``{sheet name: table}`` with people shown as ``people`` says (hidden by default)."""
    check_mode(people)
    shown = net.with_people(people)
    tables = {
        "kerncijfers": net.summary().to_frame(),
        "grenswerkers": spanners(net),
        "kwetsbare banden": fragile_ties(net, people=people),
        "breukpunten": cut_points(net),
        "vertrekrisico organisaties": departure_risk(net, "organisation"),
    }
    if people != "hide":
        tables["vertrekrisico personen"] = departure_risk(net, "person", people=people)
    tables.update({
        "clusters": communities(net),
        "sectormenging": mixing(net),
        "niet verbonden": _people_counted(disconnected_groups(net)) if people == "hide" else disconnected_groups(net),
        "witte vlekken": white_spots(net),
        "dubbele projecten": duplicates(net),
        "organisaties": shown.organisations,
        "initiatieven": shown.initiatives,
    })
    if people != "hide":
        tables["personen"] = shown.people
    return tables


def _people_counted(frame: pd.DataFrame) -> pd.DataFrame:
    """With people hidden, how many people could cut a link, not which (their ids)."""
    return frame.assign(people=frame["people"].map(len))
