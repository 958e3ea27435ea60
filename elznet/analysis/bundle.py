"""One analysis of a Network, computed once and read by every output.

:func:`analyse` returns an :class:`Analysis`: each table (boundary spanners, fragile
ties, cut points, departure risk, clusters, sector mixing, disconnected sectors, white
spots, duplicate initiatives) is computed the first time it is read and kept, so a
report, a map, a slide figure and the Excel workbook made from one ``Analysis`` never
compute the same table twice (after scanpy's "tools write, plots read" flow).
"""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from elznet._docs import shared_parameters
from elznet._privacy import check_mode
from elznet.analysis.fragility import cut_points, departure_risk, fragile_ties
from elznet.analysis.gaps import duplicates, white_spots
from elznet.analysis.layout import network_positions
from elznet.analysis.spanners import spanners
from elznet.analysis.structure import communities, disconnected_groups, mixing
from elznet.analysis.zones import zone_comparison
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.zone import Zone, resolve_zone

__all__ = ["Analysis", "analyse", "analysis_of"]

#: Table name -> Dutch sheet name in the analysis workbook, in workbook order.
SHEETS = {"summary": "kerncijfers", "spanners": "grenswerkers", "fragile_ties": "kwetsbare banden",
          "cut_points": "breukpunten", "organisation_risk": "vertrekrisico organisaties",
          "person_risk": "vertrekrisico personen", "communities": "clusters", "mixing": "sectormenging",
          "disconnected_groups": "niet verbonden", "white_spots": "witte vlekken",
          "duplicates": "dubbele projecten", "zone_comparison": "zonevergelijking"}


@shared_parameters
class Analysis:
    """Every analysis table of one Network, each computed once, on first use.

    Make one with :func:`analyse`. Attributes are the tables the analysis functions
    return (see each function for how to read it): :attr:`spanners`,
    :attr:`fragile_ties`, :attr:`cut_points`, :attr:`organisation_risk`,
    :attr:`person_risk`, :attr:`communities`, :attr:`mixing`,
    :attr:`disconnected_groups`, :attr:`white_spots`, :attr:`duplicates`,
    :attr:`zone_comparison` (None unless the network holds several zones),
    :attr:`person_spanners`; and what every drawing shares: :attr:`positions` (the
    layout of the organisation graph) and :attr:`zone`. People in them are shown as
    ``people`` says (hidden by default).

    Parameters
    ----------
    %(net)s
    %(people)s
    %(engine)s
    %(seed)s
    %(zone)s

    Attributes
    ----------
    net : Network
        The analysed network.
    people : str
        How people are shown in every table.

    Examples
    --------
    >>> import elznet
    >>> a = elznet.Analysis(elznet.examples.load("meetjesland_zorgpad"))
    >>> a.fragile_ties is a.fragile_ties      # computed once, then kept
    True
    """

    def __init__(self, net: Network, *, people: str = "hide", engine: str = "auto", seed: int = 0,
                 zone: Zone | str | None = None) -> None:
        check_mode(people)
        if not isinstance(net, Network):
            raise ArgumentError(f"elznet.analyse() neemt een Network, geen {type(net).__name__} "
                                "(elznet.analyse() takes a Network).", argument="net")
        self.net, self.people, self.engine, self.seed = net, people, engine, seed
        self._zone = zone

    def __repr__(self) -> str:
        done = [name for name in SHEETS if name in self.__dict__]
        return f"<Analysis of {len(self.net.organisations)} organisations; computed: {', '.join(done) or 'nothing yet'}>"

    @cached_property
    def zone(self) -> Zone:
        """The zone of the white spots, the report's title and the map's filters: ``zone``
        as given to :func:`analyse`, else ``net.zone``, else inferred (see
        :func:`elznet.zone.resolve_zone`)."""
        return resolve_zone(self.net, self._zone)

    @cached_property
    def positions(self) -> dict:
        """``{organisation id: (x, y)}`` in roughly [-1, 1]², the layout every drawing of
        this analysis shares (the map and the slide figure alike), seeded with ``seed``;
        see :func:`elznet.analysis.layout.network_positions` (Kamada & Kawai 1989 for a
        zone, Fruchterman & Reingold 1991 for large networks)."""
        return network_positions(self.net.graph, seed=self.seed)

    @cached_property
    def summary(self):
        """The key figures of :meth:`Network.summary`."""
        return self.net.summary()

    @cached_property
    def spanners(self) -> pd.DataFrame:
        """:func:`elznet.spanners` by sector, organisations."""
        return spanners(self.net, engine=self.engine, seed=self.seed)

    @cached_property
    def person_spanners(self) -> pd.DataFrame:
        """:func:`elznet.spanners` of people (``level="person"``), shown as ``people`` says."""
        return spanners(self.net, level="person", people=self.people, engine=self.engine, seed=self.seed)

    @cached_property
    def fragile_ties(self) -> pd.DataFrame:
        """:func:`elznet.fragile_ties`."""
        return fragile_ties(self.net, people=self.people)

    @cached_property
    def cut_points(self) -> pd.DataFrame:
        """:func:`elznet.cut_points`."""
        return cut_points(self.net)

    @cached_property
    def organisation_risk(self) -> pd.DataFrame:
        """:func:`elznet.departure_risk` of organisations."""
        return departure_risk(self.net, level="organisation", people=self.people)

    @cached_property
    def person_risk(self) -> pd.DataFrame:
        """:func:`elznet.departure_risk` of people (names as ``people`` says)."""
        return departure_risk(self.net, level="person", people=self.people)

    @cached_property
    def communities(self) -> pd.DataFrame:
        """:func:`elznet.communities` (seeded)."""
        return communities(self.net, seed=self.seed)

    @cached_property
    def mixing(self) -> pd.DataFrame:
        """:func:`elznet.mixing` by sector."""
        return mixing(self.net)

    @cached_property
    def disconnected_groups(self) -> pd.DataFrame:
        """:func:`elznet.disconnected_groups` by sector; while people are hidden, how many
        people could cut a link (``people``), not which."""
        return disconnected_groups(self.net, people=self.people)

    @cached_property
    def white_spots(self) -> pd.DataFrame:
        """:func:`elznet.white_spots` with its default dimensions, in :attr:`zone`."""
        return white_spots(self.net, zone=self.zone)

    @cached_property
    def duplicates(self) -> pd.DataFrame:
        """:func:`elznet.duplicates`."""
        return duplicates(self.net)

    @cached_property
    def zone_comparison(self) -> pd.DataFrame | None:
        """:func:`elznet.zone_comparison` when the network holds more than one zone (a
        network from :func:`elznet.read_zones`), else None."""
        orgs = self.net.organisations
        if "zones" not in orgs or "zone" not in self.net.initiatives:
            return None
        if len({z for zs in orgs["zones"] for z in (zs or ())}) < 2:
            return None
        return zone_comparison(self.net)

    def compute(self) -> Analysis:
        """Compute every table of the workbook now (e.g. before timing the outputs).

        Departure risk per person is left for first use while people are hidden: no
        output shows it then.

        Returns
        -------
        Analysis
            ``self``, with every table computed.

        Examples
        --------
        >>> import elznet
        >>> a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad")).compute()
        >>> "spanners" in repr(a)
        True
        """
        for name in SHEETS:
            if name == "person_risk" and self.people == "hide":
                continue
            getattr(self, name)
        return self

    def tables(self, *, contacts: bool = False) -> dict[str, pd.DataFrame]:
        """``{Dutch sheet name: table}`` for the workbook, with the inventory's own tables.

        Parameters
        ----------
        contacts : bool, default False
            Keep columns with contact details (e-mail, phone) in the inventory's tables.

        Returns
        -------
        dict of str to DataFrame
            In workbook order. Tables about people (departure risk per person, the people
            sheet) are left out while people are hidden; the zone comparison unless the
            network holds several zones.

        Examples
        --------
        >>> import elznet
        >>> sheets = elznet.analyse(elznet.examples.load("meetjesland_zorgpad")).tables()
        >>> list(sheets)[:3]
        ['kerncijfers', 'grenswerkers', 'kwetsbare banden']
        >>> "personen" in sheets      # people hidden by default
        False
        """
        shown = self.net.with_people(self.people, contacts=contacts)
        out: dict[str, pd.DataFrame] = {}
        for name, sheet in SHEETS.items():
            if name == "person_risk" and self.people == "hide":
                continue
            table = getattr(self, name)
            if table is None:
                continue
            out[sheet] = table if isinstance(table, pd.DataFrame) else table.to_frame()
        out["organisaties"] = shown.organisations
        out["initiatieven"] = shown.initiatives
        if self.people != "hide":
            out["personen"] = shown.people
        return out


@shared_parameters
def analyse(net: Network, *, people: str = "hide", engine: str = "auto", seed: int = 0,
            zone: Zone | str | None = None) -> Analysis:
    """Analyse a Network once for every output.

    Parameters
    ----------
    %(net)s
    %(people)s
    %(engine)s
    %(seed)s
        Here: of the community detection, the layout and sampled measures, so clusters,
        positions and estimates are the same on every run.
    %(zone)s
        Its municipalities are the white spots' columns; its name heads the report.

    Returns
    -------
    Analysis
        Tables computed on first use and kept; pass it to :func:`elznet.report`,
        :func:`elznet.network_map`, :func:`elznet.care_path_map`,
        :func:`elznet.plot_network`, :meth:`Network.export_analysis` (``analysis=``) and
        :meth:`elznet.Story.default` instead of the Network: none of them computes a table
        again, and the map and the slide figure share :attr:`Analysis.positions`.

    Examples
    --------
    >>> import elznet
    >>> a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    >>> a.spanners is a.spanners      # computed once
    True
    """
    return Analysis(net, people=people, engine=engine, seed=seed, zone=zone)


def analysis_of(net: Network | Analysis, *, people: str | None = None, zone: Zone | str | None = None) -> Analysis:
    """The :class:`Analysis` an output reads: ``net`` itself when it is one, else a new one.

    ``people`` is the mode the output shows people in: an Analysis made with another mode
    than ``"hide"`` or that one cannot serve it (its tables name people as it was made),
    and a ``zone`` other than the Analysis's own would need other white spots; both raise
    :class:`~elznet.ArgumentError` rather than compute anything again. ``people=None``:
    the output shows no people-dependent table.
    """
    if isinstance(net, Analysis):
        if people is not None and people not in ("hide", net.people):
            check_mode(people)
            raise ArgumentError(f"Deze analyse toont personen als '{net.people}', niet als '{people}': maak ze met "
                                f"elznet.analyse(net, people='{people}') (the analysis was made with "
                                f"people='{net.people}').", argument="people")
        if zone is not None and resolve_zone(net.net, zone) != net.zone:
            raise ArgumentError(f"Deze analyse hoort bij de zone '{net.zone.name}': maak ze met "
                                "elznet.analyse(net, zone=...) voor een andere zone (the analysis belongs to "
                                "another zone).", argument="zone")
        return net
    if isinstance(net, Network):
        return Analysis(net, people="hide" if people is None else people, zone=zone)
    raise ArgumentError(f"Verwacht een Network of een Analysis (elznet.analyse), geen {type(net).__name__} "
                        "(expected a Network or an Analysis).", argument="net")
