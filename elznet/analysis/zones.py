"""How zones compare: :func:`zone_comparison`, one row per zone side by side.

For a Network that joins several zones (:func:`elznet.read_zones`), each zone is measured
on its own inventory — its initiatives, their participants and its direct ties — so a
supra-local partner counts in every zone that lists it, and a tie counts in the zone
whose initiative or survey made it.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from elznet.errors import ArgumentError
from elznet.network import Network

__all__ = ["zone_comparison", "ZONE_COLUMNS_NL"]

#: Dutch column labels of :func:`zone_comparison` (``lang="nl"``, and the export).
ZONE_COLUMNS_NL = {
    "zone": "zone",
    "organisations": "organisaties",
    "initiatives": "initiatieven",
    "ties": "banden",
    "density": "dichtheid",
    "single_person_share": "aandeel banden gedragen door één persoon",
    "cross_sector_share": "aandeel banden tussen sectoren",
    "carrier_coverage": "aandeel banden met gekende dragers",
    "largest_component_share": "aandeel in grootste eiland",
    "cut_points": "breukpunten",
    "shared_organisations": "organisaties ook in andere zones",
    "zones_linked": "verbonden zones",
}


def _zone_network(net: Network, zone: str) -> Network:
    initiatives = net.initiatives[net.initiatives["zone"] == zone]
    parts = net.participations[net.participations["initiative"].isin(set(initiatives["id"]))]
    ties = net.ties[net.ties["zone"] == zone] if "zone" in net.ties else net.ties.iloc[0:0]
    listed = net.organisations["zones"].map(lambda zs: zone in zs)
    orgs = net.organisations[listed]
    return Network.from_tables(organisations=orgs, people=net.people.iloc[0:0], initiatives=initiatives,
                               participations=parts, ties=ties)


def zone_comparison(net: Network, *, lang: str = "en") -> pd.DataFrame:
    """All zones side by side: size, density, fragility and reach of each zone's network.

    Parameters
    ----------
    net : Network
        A Network from :func:`elznet.read_zones` (organisations carry ``zones``,
        initiatives and ties ``zone``).
    lang : "en" or "nl"
        Column labels: English (default, for code) or Dutch (:data:`ZONE_COLUMNS_NL`,
        for what a zorgraad sees).

    Returns
    -------
    DataFrame
        One row per zone (index ``zone``), in the order of the zones, with

        * ``organisations`` — organisations the zone's inventory lists;
        * ``initiatives`` — the zone's initiatives;
        * ``ties`` — organisation pairs tied by the zone's initiatives or direct ties;
        * ``density`` — ties / possible pairs, ``2m / (n(n-1))`` (Wasserman & Faust 1994, §4.2);
        * ``single_person_share`` — share of ties carried by one single person on at
          least one side (the fragile ties of :func:`elznet.fragile_ties`);
        * ``cross_sector_share`` — share of the ties whose two organisations have a
          known, different sector (Krackhardt & Stern 1988's external ties, as a share);
        * ``carrier_coverage`` — share of ties whose carrying person is known on both sides;
        * ``largest_component_share`` — organisations in the largest connected part / all;
        * ``cut_points`` — organisations whose departure splits the zone's network
          (articulation points; Hopcroft & Tarjan 1973);
        * ``shared_organisations`` — organisations the zone shares with other zones;
        * ``zones_linked`` — other zones with which it shares at least one organisation.

        Shares are between 0 and 1 (NaN for a zone without ties). A zone with a low
        ``zones_linked`` stands alone; a high ``single_person_share`` with a low
        ``carrier_coverage`` means the fragility figure rests on few known carriers.

    Examples
    --------
    >>> import elznet
    >>> from elznet._fictitious import flanders_inventories
    >>> net = elznet.read_zones(flanders_inventories(zones=3, organisations=30))
    >>> table = elznet.zone_comparison(net)
    >>> table.index.tolist()
    ['Fictiefland 01', 'Fictiefland 02', 'Fictiefland 03']
    >>> bool((table["largest_component_share"] <= 1).all())
    True
    """
    if lang not in ("en", "nl"):
        raise ArgumentError(f"lang= moet 'en' of 'nl' zijn, niet {lang!r} (lang must be 'en' or 'nl').",
                            argument="lang")
    if "zones" not in net.organisations or "zone" not in net.initiatives:
        from elznet.read.load_report import InventoryError

        raise InventoryError("Dit netwerk heeft geen zones: lees de inventarissen met elznet.read_zones().")
    zones = list(dict.fromkeys(z for zs in net.organisations["zones"] for z in zs))
    sector = dict(zip(net.organisations["id"], net.organisations["sector"]))
    zone_sets = {z: set() for z in zones}
    for oid, zs in zip(net.organisations["id"], net.organisations["zones"]):
        for z in zs:
            zone_sets[z].add(oid)
    multi = {oid: zs for oid, zs in zip(net.organisations["id"], net.organisations["zones"]) if len(zs) > 1}
    rows = []
    for zone in zones:
        g = _zone_network(net, zone).graph
        m, n = g.number_of_edges(), len(g)
        single = known = cross = with_sectors = 0
        for a, b, data in g.edges(data=True):
            carriers = data["carriers"]
            single += any(len(p) == 1 for p in carriers.values())
            known += all(len(p) >= 1 for p in carriers.values())
            sa, sb = sector.get(a), sector.get(b)
            if sa and sb and sa != "onbekend" and sb != "onbekend":
                with_sectors += 1
                cross += sa != sb
        largest = max((len(c) for c in nx.connected_components(g)), default=0)
        shared = [o for o in zone_sets[zone] if o in multi]
        rows.append({
            "zone": zone, "organisations": n, "initiatives": int((net.initiatives["zone"] == zone).sum()),
            "ties": m, "density": nx.density(g) if n > 1 else float("nan"),
            "single_person_share": single / m if m else float("nan"),
            "cross_sector_share": cross / with_sectors if with_sectors else float("nan"),
            "carrier_coverage": known / m if m else float("nan"),
            "largest_component_share": largest / n if n else float("nan"),
            "cut_points": sum(1 for _ in nx.articulation_points(g)),
            "shared_organisations": len(shared),
            "zones_linked": len({z for o in shared for z in multi[o]} - {zone}),
        })
    table = pd.DataFrame(rows).set_index("zone")
    if lang == "nl":
        table = table.rename(columns=ZONE_COLUMNS_NL).rename_axis(ZONE_COLUMNS_NL["zone"])
    return table
