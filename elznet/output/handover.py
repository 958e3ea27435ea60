"""Hand the network to the tools analysts already use: Gephi, Cytoscape, yEd and Kumu.

* :func:`to_gexf` — GEXF 1.2, Gephi's own format (networkx's writer);
* :func:`to_graphml` — GraphML, read by Gephi, Cytoscape and yEd (networkx's writer);
* :func:`to_kumu` — a Kumu import workbook: a sheet ``Elements`` whose first column is
  ``Label`` and a sheet ``Connections`` whose first columns are ``From`` and ``To``,
  optional ``Type``, ``Description``, ``Tags`` (several values separated by ``|``) and
  ``Strength``, other columns becoming Kumu fields (Kumu documentation, "Structure your
  data for Kumu", docs.kumu.io/guides/import/import).

Every organisation keeps its attributes (name, sector, type, municipality, the
analyst's own columns; list cells joined with ``"; "``); every tie its weight, shared
initiatives (by name), kinds, whether one person carries it, and survey attributes
(``trust``, ``value``, ``frequency``, ``one_sided``) where present. People are hidden
by default: who carries a tie is written only with ``people="initials"``,
``"pseudonyms"`` or ``"names"``.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from elznet._privacy import check_mode, person_labels

__all__ = ["export_graph", "to_gexf", "to_graphml", "to_kumu"]

_SKIP_NODE = {"id"}
_SURVEY = ("trust", "value", "frequency", "one_sided", "intensity")


def _plain(value):
    """A value GEXF, GraphML and Excel can hold (None when there is nothing to write)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value) if value else None
    if isinstance(value, dict):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def export_graph(net, *, people: str = "hide", two_mode: bool = False) -> nx.Graph:
    """The organisation graph (or, with ``two_mode=True``, organisations and
    initiatives) with plain attributes only, as the writers below store it.

    Parameters
    ----------
    net : Network
    people : "hide" (default), "initials", "pseudonyms" or "names"
        Whether and how the people who carry a tie appear (edge attribute ``carriers``).
    two_mode : bool
        Organisations and initiatives as nodes (``kind`` says which), an edge for each
        participation, instead of the organisation graph.

    Returns
    -------
    networkx.Graph
        Node ids are the inventory's ids; ``label`` is the name (what Gephi and yEd
        show). Edge attributes: ``weight``, ``initiatives`` (names), ``kinds``,
        ``single_person`` and any survey attributes.
    """
    check_mode(people)
    labels = person_labels(net.people, people, salt=net.salt) if people != "hide" else {}
    ini_names = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
    source = net.bipartite if two_mode else net.graph
    h = nx.Graph()
    for v, d in source.nodes(data=True):
        attrs = {k: _plain(x) for k, x in d.items() if k not in _SKIP_NODE}
        attrs = {k: x for k, x in attrs.items() if x is not None}
        attrs["label"] = str(d.get("name", v))
        attrs.setdefault("kind", "organisation")
        attrs.pop("bipartite", None)
        h.add_node(v, **attrs)
    for a, b, d in source.edges(data=True):
        if two_mode:
            attrs = {"role": _plain(d.get("role"))}
            if people != "hide":
                attrs["carriers"] = _plain([labels.get(p) or "?" for p in d.get("people", [])])
        else:
            attrs = {"weight": d.get("weight", 1),
                     "initiatives": _plain([ini_names.get(i, i) for i in d.get("initiatives", [])]),
                     "kinds": _plain(d.get("kinds", [])),
                     "single_person": d.get("carrier") == "one",  # the one definition of elznet.carriers
                     "carrier": d.get("carrier")}
            for key in _SURVEY:
                if key in d:
                    attrs[key] = _plain(d[key])
            if people != "hide":
                carriers = d.get("carriers", {})
                attrs["carriers"] = " · ".join(
                    f"{source.nodes[x].get('name', x)}: {', '.join(labels.get(p) or '?' for p in carriers.get(x, []))}"
                    for x in (a, b))
        h.add_edge(a, b, **{k: x for k, x in attrs.items() if x is not None})
    return h


def to_gexf(net, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
    """Write the network as GEXF (Gephi); return the path.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> path = net.to_gexf("netwerk.gexf")  # doctest: +SKIP
    """
    path = Path(path)
    nx.write_gexf(export_graph(net, people=people, two_mode=two_mode), path)
    return path


def to_graphml(net, path: str | Path, *, people: str = "hide", two_mode: bool = False) -> Path:
    """Write the network as GraphML (Gephi, Cytoscape, yEd); return the path."""
    path = Path(path)
    nx.write_graphml(export_graph(net, people=people, two_mode=two_mode), path)
    return path


def to_kumu(net, path: str | Path, *, people: str = "hide") -> Path:
    """Write a Kumu import workbook (``.xlsx``): sheets ``Elements`` and ``Connections``.

    Elements: ``Label`` (the organisation's name), ``Type`` ("Organisatie"),
    ``Description`` (its offer), ``Tags`` (target groups, ``|``-separated), then
    ``Sector``, ``Gemeente``, ``Organisatietype`` and the analyst's own columns.
    Connections: ``From``, ``To`` (labels), ``Type`` ("Samenwerking"), ``Description``
    (the shared initiatives), ``Tags`` (kinds of tie), ``Strength`` (number of shared
    initiatives and direct ties), ``Eén persoon`` (ja/nee) and survey attributes;
    ``Gedragen door`` only when ``people`` shows people. Import it in Kumu with
    "Import" → "Excel". Text stays text (no formula is ever written).
    """
    from openpyxl import Workbook

    from elznet.output.excel import _save, _write_rows

    check_mode(people)
    path = Path(path)
    g = export_graph(net, people=people)
    orgs = net.organisations
    own = [c for c in orgs.columns if c not in ("id", "name", "sector", "type", "municipality", "offer",
                                                "target_groups", "stages", "ages", "language", "contact_role")]
    extra_nodes = ["stages", "ages", "language", "contact_role", *own]
    element_header = ["Label", "Type", "Description", "Tags", "Sector", "Gemeente", "Organisatietype",
                      *extra_nodes]
    elements = []
    for row in orgs.itertuples(index=False):
        tags = "|".join(str(t) for t in (row.target_groups or []))
        elements.append([str(row.name), "Organisatie", _plain(row.offer), tags or None, _plain(row.sector),
                         _plain(row.municipality), _plain(row.type),
                         *(_plain(getattr(row, c, None)) for c in extra_nodes)])
    survey = [k for k in _SURVEY if any(k in d for _, _, d in g.edges(data=True))]
    connection_header = ["From", "To", "Type", "Description", "Tags", "Strength", "Eén persoon", *survey]
    if people != "hide":
        connection_header.append("Gedragen door")
    connections = []
    for a, b, d in g.edges(data=True):
        kinds = "|".join(k for k in str(d.get("kinds", "")).split("; ") if k)
        values = [g.nodes[a]["label"], g.nodes[b]["label"], "Samenwerking", d.get("initiatives"), kinds or None,
                  d.get("weight"), "ja" if d.get("single_person") else "nee", *(d.get(k) for k in survey)]
        if people != "hide":
            values.append(d.get("carriers"))
        connections.append(values)
    wb = Workbook()
    ws = wb.active
    ws.title = "Elements"
    _write_rows(ws, element_header, elements)
    _write_rows(wb.create_sheet("Connections"), connection_header, connections)
    _save(wb, path)
    return path
