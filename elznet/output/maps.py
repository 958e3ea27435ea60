"""Interactive network maps (netwerkkaarten) for notebooks, browsers and the zorgraad.

* :func:`network_map` — every organisation, coloured by sector, cluster, municipality or
  any attribute, sized by any measure, boundary spanners outlined, single-person ties
  dashed, bridges red; three views (organisations, organisations and initiatives, the
  neighbours of one organisation); a :class:`~elznet.output.story.Story` to step through
  while presenting; positions that can be saved and reused the next year;
* :func:`care_path_map` — the care-path map (zorgpadkaart): actors in columns from
  prevention to aftercare, each box spanning the stages it works in (taken from the
  organisations, the initiatives or the participations — whichever the inventory
  gives), grouped by sector, with referral arrows; for a whole inventory or one care path
  (``initiatives=[...]``).

Both return a :class:`NetworkMap`: it shows itself inline in JupyterLab and VS Code
(``_repr_html_``: an iframe with ``srcdoc``, nothing written next to the notebook) and
``save(path)`` writes one HTML file that makes no network request (see
:mod:`elznet.output._html`). Positions are computed in Python and physics is off, so the
same input and seed give the same picture, also for thousands of organisations; past
:data:`AGGREGATE_FROM` organisations the map shows one node per group (zone or cluster)
that opens into its organisations on a click.
"""

from __future__ import annotations

import functools
import gc
import json
import math
from collections import defaultdict
from html import escape
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from elznet._docs import shared_parameters
from elznet._privacy import check_mode, person_labels
from elznet.analysis.bundle import Analysis, analysis_of
from elznet.errors import ArgumentError, CarePathError, MapError
from elznet.network import Network
from elznet.output import _html, style
from elznet.output._layout import care_path_grid, network_positions
from elznet.output.labels import MAP_WORDS as _WORDS
from elznet.output.story import Story
from elznet.output.style import sector_colour, sector_name, text
from elznet.read.names import normalise
from elznet.vocabulary import STAGES, lookup, short_label
from elznet.zone import Zone

__all__ = ["NetworkMap", "network_map", "care_path_map", "MapError", "CarePathError", "load_positions", "actor_stages",
           "AGGREGATE_FROM", "ANALYSE_UP_TO", "CANVAS_TIES_FROM"]

#: Past this many organisations, :func:`network_map` draws one node per group (``aggregate``).
AGGREGATE_FROM = 6000
#: Past this many ties the page draws them itself, batched by style, without tooltips
#: (vis-network would build one object per tie: over a second for 35,000).
CANVAS_TIES_FROM = 4000
#: Up to this many organisations the map runs the full spanner and fragile-tie analysis
#: for its highlighting and sizes; past it, degree and bridges only (fast), unless asked.
ANALYSE_UP_TO = 2000

_MEASURES = ("degree", "weighted_degree", "betweenness", "spanner_score", "closeness", "eigenvector",
             "constraint", "effective_size", "brokerage_total", "groups_reached")
_CHEAP = ("degree", "weighted_degree")

#: Sequential colours for a numeric tie attribute (ColorBrewer "Blues", 5 classes; one
#: hue, so readable with any colour vision. Brewer, Hatchard & Harrower 2003).
EDGE_SCALE = ["#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C"]
_DASHES = {"dashed": [6, 4], "dotted": [2, 4]}


def _w(key: str, lang: str) -> str:
    if lang not in _WORDS:
        raise ArgumentError(f"De taal (lang) is 'nl' of 'en', niet {lang!r} (lang must be 'nl' or 'en').",
                            argument="lang")
    return _WORDS[lang][key]


def _num(x: float, lang: str = "nl") -> str:
    """A number as a Flemish reader writes it (``0,1``; integers without decimals)."""
    text_ = f"{x:.0f}" if float(x).is_integer() else f"{x:.2f}".rstrip("0")
    return text_.replace(".", ",") if lang == "nl" else text_


class NetworkMap:
    """An interactive map: ``save(path)`` writes it, notebooks show it inline.

    Made by :func:`network_map` and :func:`care_path_map`, not by hand.

    Attributes
    ----------
    html : str
        The whole offline page.
    nodes, edges : DataFrame
        What is drawn (one row each), for checking and reuse.
    positions : dict
        The organisations' positions ``{id: (x, y)}``, to pass to
        ``network_map(positions=...)`` next year or to write with :meth:`save_positions`.
    title : str
        The map's title.

    Examples
    --------
    >>> import elznet
    >>> m = elznet.network_map(elznet.examples.load("meetjesland_zorgpad"))
    >>> len(m.positions) == len(m.nodes[m.nodes["kind"] == "organisation"])
    True
    """

    def __init__(self, html: str, nodes: pd.DataFrame, edges: pd.DataFrame, title: str, height: int = 720,
                 positions: dict | None = None, names: dict | None = None) -> None:
        self.html = html
        self.nodes = nodes
        self.edges = edges
        self.title = title
        self.height = height
        self.positions = positions or {}
        self._names = names or {}

    def save(self, path: str | Path) -> Path:
        """Write the map as one self-contained HTML file (UTF-8).

        Parameters
        ----------
        path : str or Path
            Where to write it; the name ends in ``.html``.

        Returns
        -------
        Path
            The written file: it opens in any browser with no internet connection.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> m = elznet.network_map(elznet.examples.load("meetjesland_zorgpad"))
        >>> m.save(pathlib.Path(tempfile.mkdtemp()) / "kaart.html").suffix
        '.html'
        """
        path = Path(path)
        if path.suffix.lower() not in (".html", ".htm"):
            raise ArgumentError(f"Bewaar de kaart met de extensie .html, niet '{path.suffix or '(geen)'}' "
                                "(save the map with the extension .html).", argument="path")
        path.write_text(self.html, encoding="utf-8")
        return path

    def save_positions(self, path: str | Path) -> Path:
        """Write the organisations' positions as a small JSON file (the same format the
        page's "posities bewaren" button writes).

        Parameters
        ----------
        path : str or Path
            Where to write it (e.g. ``posities_2026.json``).

        Returns
        -------
        Path
            The written file; :func:`load_positions` and ``network_map(positions=...)``
            read it back, finding organisations by id and by name.

        Examples
        --------
        >>> import elznet, tempfile, pathlib
        >>> m = elznet.network_map(elznet.examples.load("meetjesland_zorgpad"))
        >>> saved = m.save_positions(pathlib.Path(tempfile.mkdtemp()) / "posities.json")
        >>> set(elznet.load_positions(saved)) == set(elznet.load_positions(m))  # ids and names, to 0.1 px
        True
        """
        path = Path(path)
        path.write_text(json.dumps(_positions_document(self.positions, self._names), ensure_ascii=False, indent=1),
                        encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        return (f'<iframe title="{escape(self.title)}" srcdoc="{escape(self.html, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd" '
                'sandbox="allow-scripts allow-downloads"></iframe>')

    def __repr__(self) -> str:
        return f"<NetworkMap {self.title!r}: {len(self.nodes)} nodes, {len(self.edges)} ties>"


def _positions_document(positions: dict, names: dict) -> dict:
    return {"format": "elznet-posities", "version": 1,
            "positions": {k: {"name": names.get(k, k), "x": round(x, 1), "y": round(y, 1)}
                          for k, (x, y) in positions.items()}}


def load_positions(source) -> dict[str, tuple[float, float]]:
    """Positions of an earlier map, to draw this year's map with last year's places.

    Parameters
    ----------
    source : NetworkMap, str, Path or dict
        A :class:`NetworkMap`, a JSON file written by the page's "posities bewaren"
        button or by :meth:`NetworkMap.save_positions`, or a dict ``{id or name: (x, y)}``.

    Returns
    -------
    dict
        ``{key: (x, y)}`` where a key is an organisation id and, for saved files and
        maps, also its name (so a map of next year's inventory finds the organisations
        whose ids changed).

    Raises
    ------
    MapError
        A file that cannot be read, or something that holds no positions.

    Examples
    --------
    >>> import elznet
    >>> elznet.load_positions({"o01": (0, 1)})
    {'o01': (0.0, 1.0)}
    """
    if isinstance(source, NetworkMap):
        return {**{source._names.get(k, k): v for k, v in source.positions.items()}, **source.positions}
    if isinstance(source, (str, Path)):
        try:
            source = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MapError(f"Het bestand met posities '{source}' kan niet gelezen worden ({exc}).") from exc
    if not isinstance(source, dict):
        raise MapError("Posities zijn een NetworkMap, een JSON-bestand of een dict {organisatie: (x, y)}.")
    if source.get("format") == "elznet-posities":
        out = {}
        for key, p in source.get("positions", {}).items():
            out[str(p.get("name", key))] = (float(p["x"]), float(p["y"]))
            out[str(key)] = (float(p["x"]), float(p["y"]))
        return out
    out = {}
    for key, p in source.items():
        x, y = (p["x"], p["y"]) if isinstance(p, dict) else p
        out[str(key)] = (float(x), float(y))
    return out


# --- shared pieces -----------------------------------------------------------------------
def _no_gc_pauses(func):
    """Run ``func`` with Python's cyclic garbage collector paused (and restored after).

    A map of a zone builds some hundred thousand small lists and dicts; each burst of
    allocations makes the collector walk every object the session holds (the network,
    its tables), which took half the time of a 2,000-organisation map. Nothing built
    here forms a cycle that needs it, and the collector runs again as soon as we return.
    """
    @functools.wraps(func)
    def paused(*args, **kwargs):
        was = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was:
                gc.enable()
    return paused


def _municipalities(zone: Zone):
    """``f(place words) -> the zone's municipalities they cover`` (:meth:`elznet.Zone.expand`),
    remembered per distinct list of words: inventories repeat the same few."""
    memo: dict[tuple, list[str]] = {}

    def municipalities(items) -> list[str]:
        key = tuple(items or ())
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = zone.expand(key)[0]
        return hit
    return municipalities


def _attributes(net: Network, municipalities) -> dict[str, dict[str, list[str]]]:
    """Per organisation, the target groups, municipalities and stages it works for:
    its own and those of its initiatives (what the filters select on). Place words are
    the zone's municipalities they cover (:meth:`elznet.Zone.expand`): "regio Waasland"
    or a deelgemeente never becomes a municipality of the filter. ``municipalities`` is
    :func:`_municipalities` of the zone."""
    ini = {i: (tg or [], municipalities(mu), st or []) for i, tg, mu, st in net.initiatives[
        ["id", "target_groups", "municipalities", "stages"]].itertuples(index=False, name=None)}
    out: dict[str, dict[str, set]] = defaultdict(lambda: {"tg": set(), "mu": set(), "st": set()})
    for oid, tg, mu, st in net.organisations[["id", "target_groups", "municipality", "stages"]].itertuples(
            index=False, name=None):
        d = out[oid]
        d["tg"].update(tg or [])
        if mu:
            d["mu"].update(municipalities([mu]))
        d["st"].update(st or [])
    for i, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(
            index=False, name=None):
        tg, mu, st = ini.get(i, ((), (), ()))
        d = out[org]
        d["tg"].update(tg)
        d["mu"].update(mu)
        d["st"].update(st)
    for org, stages in _participation_stages(net).items():
        out[org]["st"].update(s for _, s in stages)
    return {k: {f: sorted(v) for f, v in d.items()} for k, d in out.items()}


def _initiative_names(net: Network) -> dict[str, list[str]]:
    names = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
    out: dict[str, list[str]] = defaultdict(list)
    for i, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(
            index=False, name=None):
        out[org].append(names.get(i, i))
    return out


def _tooltip(org, lang: str, initiatives: list[str], role: str | None, stages: list[str] | None = None) -> str:
    lines = [str(org.name)]
    kind = " · ".join(x for x in [f"{text('type', lang)}: {org.type}" if org.type else "",
                                  f"{text('sector', lang)}: {sector_name(org.sector, lang)}"] if x)
    lines.append(kind)
    if org.municipality:
        lines.append(f"{text('municipality', lang)}: {org.municipality}")
    if getattr(org, "offer", None):
        lines.append(f"{text('offer', lang)}: {org.offer}")
    if getattr(org, "ages", None):
        lines.append(f"{text('ages', lang)}: {', '.join(org.ages)}")
    if getattr(org, "contact_role", None):
        lines.append(f"{text('contact_role', lang)}: {org.contact_role}")
    stages = stages if stages is not None else (org.stages or [])
    if stages:
        lines.append(f"{text('stage', lang)}: {', '.join(short_label('stages', s) for s in stages)}")
    if initiatives:
        shown = initiatives[:6] + (["…"] if len(initiatives) > 6 else [])
        lines.append(f"{text('initiatives', lang)}: {'; '.join(shown)}")
    if role:
        lines.append(f"{text('spanner_role', lang)}: {role}")
    return "\n".join(lines)


def _select(attr: str, label: str, options: list[tuple[str, str]], chosen: str | None = None) -> str:
    opts = "".join(f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(t)}</option>'
                   for v, t in options)
    return f'<select {attr} aria-label="{escape(label)}" title="{escape(label)}">{opts}</select>'


def _filters_html(values: dict[str, list[str]], lang: str, stage_labels: bool = True) -> str:
    parts = [f'<span class="find"><input id="q" type="search" placeholder="{escape(text("search", lang))}" '
             f'aria-label="{escape(text("search", lang))}" autocomplete="off"><ol id="hits" hidden></ol></span>']
    for key, label in (("tg", "target_group"), ("mu", "municipality"), ("st", "stage")):
        options = [("", f"{text(label, lang)}: {text('all', lang)}")]
        options += [(v, short_label("stages", v) if key == "st" and stage_labels else v) for v in values.get(key, [])]
        parts.append(_select(f'data-filter="{key}"', text(label, lang), options))
    parts.append(f'<button id="reset" type="button">{escape(text("reset", lang))}</button>')
    return "".join(parts)


def _line_svg(colour: str, dashes, label: str, arrow: bool = False, width: float = 2) -> str:
    dash = f' stroke-dasharray="{",".join(map(str, dashes))}"' if dashes else ""
    head = f'<polygon points="34,5 28,2 28,8" fill="{colour}"/>' if arrow else ""
    return (f'<div class="row"><svg width="36" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" '
            f'stroke="{colour}" stroke-width="{width}"{dash}/>{head}</svg> {escape(label)}</div>')


def _legend_html(sectors: list[str], lang: str, size: str | None, *, spanners_shown: bool,
                 referrals: bool = False, extra: str = "", ties: bool = True) -> str:
    """The static legend of the care-path map (the network map builds its own in the page)."""
    rows = [f"<h2>{escape(text('sectors', lang))}</h2>"]
    for s in sectors:
        rows.append(f'<label class="row"><input type="checkbox" data-sector="{escape(s)}" checked> '
                    f'<span class="sw" style="background:{sector_colour(s)}"></span>{escape(sector_name(s, lang))}'
                    "</label>")
    if size is not None:
        rows.append(f"<h2>{escape(text('size', lang))}</h2><div class='row'>"
                    f"{escape(text('size_' + size, lang))}</div>")
    rows.append("<h2>&nbsp;</h2>")
    if spanners_shown:
        rows.append('<div class="row"><span class="sw" style="background:#fff;border:3px solid #000"></span>'
                    f"{escape(text('spanner', lang))}</div>")
    if referrals:
        rows.append(_line_svg(style.TIE_STYLES["referral"]["color"], None, text("referral", lang), arrow=True))
    elif ties:
        rows.append(_line_svg(style.TIE_STYLES["normal"]["color"], None, text("tie", lang)))
        rows.append(_line_svg(style.TIE_STYLES["single_person"]["color"], _DASHES["dashed"],
                              text("single_person", lang)))
        rows.append(_line_svg(style.TIE_STYLES["bridge"]["color"], None, text("bridge", lang)))
    return "".join(rows) + extra


def _filter_values(attrs: dict, ids) -> dict[str, list[str]]:
    out: dict[str, set] = {"tg": set(), "mu": set(), "st": set()}
    for i in ids:
        for k in out:
            out[k].update(attrs.get(i, {}).get(k, []))
    order = {s: n for n, s in enumerate(STAGES)}
    return {"tg": sorted(out["tg"], key=str.casefold), "mu": sorted(out["mu"], key=str.casefold),
            "st": sorted(out["st"], key=lambda s: (order.get(s, 99), s))}


def _top_spanners(table: pd.DataFrame, n: int) -> set:
    """The boundary spanners maps and figures outline: rank at most min(10, max(3, n/20))
    and reaching at least two other groups."""
    if table.empty or "spanner_rank" not in table:
        return set()
    cut = min(10, max(3, n // 20))
    return set(table[(table["spanner_rank"] <= cut) & (table["groups_reached"] >= 2)].index)


def _tie_kind(row) -> str:
    """The :data:`elznet.output.style.TIE_STYLES` key of a :func:`fragile_ties` row (None: normal)."""
    if row is None:
        return "normal"
    single, bridge = bool(row["single_person"]), bool(row["is_bridge"])
    return ("bridge_single_person" if bridge and single else "bridge" if bridge
            else "single_person" if single else "unknown_carrier" if row.get("carrier") == "unknown" else "normal")


def _text_colour(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#FFFFFF"


def _subtitle(net: Network, lang: str) -> str:
    s = {"organisations": len(net.organisations), "ties": net.graph.number_of_edges(),
         "initiatives": len(net.initiatives)}
    if lang == "nl":
        return (f"{s['organisations']} organisaties, {s['ties']} banden, {s['initiatives']} initiatieven. "
                f"Bron: {net.report.source}.")
    return f"{s['organisations']} organisations, {s['ties']} ties, {s['initiatives']} initiatives. Source: {net.report.source}."


def _options(n: int, physics: bool | None) -> dict:
    big = n > 1000
    return {
        "physics": {"enabled": bool(physics), "stabilization": {"iterations": 150}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": True},
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "DejaVu Sans, Arial", "strokeWidth": 3,
                                            "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "selectionWidth": 2},
    }


# --- the network map ----------------------------------------------------------------------
@_no_gc_pauses
@shared_parameters
def network_map(net: Network | Analysis, *, view: str = "organisations", colour: str = "sector", size: str | None = "degree",
                edge_colour: str | None = None, edge_width: str | None = None,
                story: Story | list | None = None, positions=None, aggregate: str | None = None,
                focus: str | None = None, depth: int = 1, people: str = "hide", lang: str = "nl",
                label: str | None = "name", highlight: tuple[str, ...] = ("spanners", "fragile_ties"),
                seed: int = 0, title: str | None = None, physics: bool | None = None) -> NetworkMap:
    """The netwerkkaart of all organisations: an interactive, offline HTML map.

    The map opens fitted to its frame and re-fits after every filter; labels appear by
    level of detail (the largest organisations first, all of them when you zoom in) and
    never overlap; the search box ranks exact and prefix matches first and lists the
    hits. The page's controls switch view, colour and size, as the parameters below do.

    Parameters
    ----------
    %(net_or_analysis)s
        With an Analysis, the map reads its boundary spanners, fragile ties, clusters and
        positions (the same the report and the slide figure show); without, it makes one.
    view : {"organisations", "two-mode", "ego"}, default "organisations"
        Organisations only (an edge when they share an initiative or a direct tie);
        organisations and initiatives as two kinds of node (two-mode: who takes part in
        what); or the neighbours of ``focus`` up to ``depth`` steps (on the page: click an
        organisation, then "toon alleen de buren").
    colour : str, default "sector"
        ``"sector"``, ``"cluster"``, ``"municipality"`` or any organisation column (e.g.
        ``"zone"``): what the node colour shows; sectors keep their colours from
        :mod:`elznet.output.style`, clusters come from :func:`elznet.communities`.
    size : str or None, default "degree"
        A measure of :func:`elznet.spanners` (``"degree"``, ``"weighted_degree"``,
        ``"betweenness"``, ``"spanner_score"``, ``"closeness"``, ``"eigenvector"``, ...),
        a numeric organisation column, or None (all the same size).
    edge_colour, edge_width : str, optional
        An edge attribute of ``net.graph`` (e.g. ``"trust"``, ``"value"``,
        ``"frequency"`` from a partner survey, or ``"weight"``) that colours the ties
        (5 classes, ColorBrewer Blues) or sets their width, with a legend. Ties whose edge
        attribute ``one_sided`` is true (named by one partner only) are dotted.
    story : Story or list of steps, optional
        Prepared views to step through with the arrow keys or the buttons under the map
        (see :class:`elznet.Story`; ``Story.default(net)`` for the usual four).
    positions : NetworkMap, path of a positions file, or dict, optional
        Positions of an earlier map: organisations found there (by name, else by id)
        keep their place; new ones are placed beside their neighbours. See
        :meth:`NetworkMap.save_positions` and the page's "posities bewaren" button.
    aggregate : {"zone", "cluster"} or str, optional
        One node per group, sized by its organisations, ties between groups summed;
        a click opens a group into its organisations. Default: only past
        :data:`AGGREGATE_FROM` organisations (by zone if organisations carry one,
        else by cluster).
    focus : str, optional
        The organisation (name or id) whose neighbours the ego view shows.
    depth : {1, 2}, default 1
        Steps from ``focus`` in the ego view.
    %(people)s
        Here: how the people who carry ties appear in tie tooltips.
    %(lang)s
    label : str or None, default "name"
        The organisation column shown as the label, or None for no labels.
    highlight : tuple of str, default ("spanners", "fragile_ties")
        Which of ``"spanners"`` (outlined in black) and ``"fragile_ties"`` (single-person
        ties dashed, bridges red) to show.
    seed : int, default 0
        Layout seed; the same input and seed give the same picture (with an Analysis of
        the same seed, its shared positions).
    title : str, optional
        Default "Netwerkkaart" (or "Network map").
    physics : bool, optional
        Let nodes move (vis-network physics). Off by default, so the map is the same
        every time it opens and stays responsive for thousands of organisations.

    Returns
    -------
    NetworkMap
        Shows itself inline in a notebook; ``.save("kaart.html")`` writes the offline
        file; ``.nodes`` / ``.edges`` list what is drawn; ``.positions`` and
        ``.save_positions(path)`` keep the layout for next year.

    Notes
    -----
    Boundary spanners and fragile ties are those of :func:`elznet.spanners` (Freeman
    1977 betweenness, Burt 1992 constraint, Gould & Fernandez 1989 brokerage) and
    :func:`elznet.fragile_ties`. Positions: Kamada & Kawai (1989) for a zone,
    Fruchterman & Reingold (1991) for large networks (:mod:`elznet.output._layout`).

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> m = elznet.network_map(net, colour="cluster", size="betweenness",
    ...                        story=elznet.Story.default(net))
    >>> path = m.save("netwerkkaart.html")  # doctest: +SKIP
    """
    check_mode(people)
    _w("view", lang)
    if view not in ("organisations", "two-mode", "ego"):
        raise MapError(f"Weergave '{view}' bestaat niet: kies 'organisations', 'two-mode' of 'ego'.")
    if depth not in (1, 2):
        raise MapError(f"Het aantal stappen (depth) is 1 of 2, niet {depth!r}.")
    if view == "ego" and focus is None:
        raise MapError("De weergave 'ego' toont de buren van één organisatie: geef focus='naam van de organisatie'.")
    story = None if story is None else story if isinstance(story, Story) else Story(story)
    a = analysis_of(net)
    net = a.net
    g = net.graph
    n = len(g)
    if aggregate is None and n > AGGREGATE_FROM:
        aggregate = "zone" if "zone" in net.organisations and net.organisations["zone"].notna().any() else "cluster"
    if aggregate is not None:
        return _aggregate_map(a, by=aggregate, colour=colour, lang=lang, seed=seed, title=title)
    wanted = {s.colour for s in story or []} | {colour}
    asks_spanners = any(_mentions(s.highlight, "spanners") for s in story or [])
    analyse = n <= ANALYSE_UP_TO or asks_spanners or (size in _MEASURES and size not in _CHEAP)
    table = _measure_table(a, analyse)
    single, bridges = _fragile(a, analyse)
    top = _top_spanners(table, n) if "spanners" in highlight or asks_spanners else set()
    outline = top if "spanners" in highlight else set()
    pos, kept = _place(a, positions, seed)
    org_rows = {o.id: o for o in net.organisations.itertuples(index=False)}
    ids = list(g)
    index = {v: i for i, v in enumerate(ids)}
    colourings = _colourings(a, ids, colour, wanted, lang)
    sizes = _sizes(net, ids, table, size, lang)
    municipalities = _municipalities(a.zone)
    attrs = _attributes(net, municipalities)
    inis = _initiative_names(net)
    nodes, records = [], []
    for v in ids:
        org = org_rows[v]
        role = None
        if v in top:
            reached = int(table.at[v, "groups_reached"])
            role = (f"grenswerker: verbindt met {reached} andere sectoren" if lang == "nl"
                    else f"boundary spanner: reaches {reached} other sectors")
        x, y = pos[v]
        shown = getattr(org, label, None) if label else None
        node = {"id": v, "label": str(shown) if shown is not None else "", "title": _tooltip(org, lang, inis.get(v, []), role),
                "x": round(x, 1), "y": round(y, 1), "k": "o", "sector": org.sector or "onbekend",
                **attrs.get(v, {"tg": [], "mu": [], "st": []})}
        if v in outline:
            node["sp"] = 1
        nodes.append(node)
        records.append({"id": v, "name": org.name, "kind": "organisation", "sector": org.sector,
                        "spanner": v in outline, "size": sizes[0]["r"][index[v]] if sizes else 12.0,
                        "x": node["x"], "y": node["y"], "kept": v in kept})
    two_mode = view == "two-mode" or n <= ANALYSE_UP_TO
    bedges, ini_ids = [], []
    if two_mode:
        bedges, ini_ids = _initiative_nodes(net, nodes, records, index, pos, lang, municipalities)
    edges, edge_records, edge_legend = _edges(net, g, index, single, bridges, edge_colour, edge_width,
                                               people, lang, ini_ids, highlight)
    title = title or text("map", lang)
    data = {
        "mode": "network", "nodes": nodes, "edges": edges, "bedges": bedges, "total": n,
        "inis": [str(x) for x in (net.initiatives.set_index("id")["name"].reindex(ini_ids).fillna("")
                                  if len(ini_ids) else [])],
        "colourings": colourings, "colour": 0, "sizes": sizes, "size": 0,
        "view": view, "twoMode": two_mode, "lod": label is not None,
        "ego": {"id": _resolve(net, focus), "depth": depth} if focus is not None else None,
        "story": _story_data(net, story, top, colourings) if story else [],
        "canvasTies": g.number_of_edges() > CANVAS_TIES_FROM,
        "text": {**_page_words(lang), "tie_note": text("no_people", lang) if people == "hide" else ""},
        "options": _options(n, physics),
    }
    legend = _network_legend(lang, spanners_shown=bool(outline), fragile="fragile_ties" in highlight,
                             one_sided=any(e[5] & 4 for e in edges), extra=edge_legend, initiatives=two_mode)
    controls = _controls_html(lang, colourings, sizes, two_mode, view)
    html = _html.page(
        title=title, subtitle=_subtitle(net, lang), data=data, lang=lang, how_to=text("how_to", lang),
        legend_html=legend, filters_html=controls + _filters_html(_filter_values(attrs, ids), lang),
        story_html=_story_html(lang) if story else "", side_html=_ego_html(lang))
    names = {v: str(org_rows[v].name) for v in ids}
    return NetworkMap(html, pd.DataFrame(records), edge_records, title,
                      positions={v: pos[v] for v in ids}, names=names)


def _mentions(highlight, word: str) -> bool:
    return highlight == word or (isinstance(highlight, list) and word in highlight)


def _resolve(net: Network, key: str) -> str:
    """An organisation id from its id or name: the one lookup, :meth:`Network.find`."""
    return net.find(str(key), kind="organisation")


def _measure_table(a: Analysis, analyse: bool) -> pd.DataFrame:
    """The analysis's spanner table (computed once, or already there); past
    :data:`ANALYSE_UP_TO` organisations, unless asked, degrees only (fast)."""
    g = a.net.graph
    if not len(g):
        return pd.DataFrame()
    if analyse or "spanners" in a.__dict__:
        return a.spanners
    degree = dict(g.degree())
    weighted = dict(g.degree(weight="weight"))
    return pd.DataFrame({"degree": pd.Series(degree), "weighted_degree": pd.Series(weighted)})


def _fragile(a: Analysis, analyse: bool) -> tuple[set, set]:
    """Single-person ties and bridges as sets of sorted id pairs: from the analysis's
    :func:`elznet.fragile_ties` (computed once, or already there), else Tarjan's bridges
    by igraph and single-person ties as :mod:`elznet.carriers` defines them."""
    g = a.net.graph
    if not g.number_of_edges():
        return set(), set()
    if analyse or "fragile_ties" in a.__dict__:
        f = a.fragile_ties
        pairs = [tuple(sorted(p)) for p in zip(f["a"], f["b"], strict=False)]
        return ({p for p, s in zip(pairs, f["single_person"], strict=False) if s},
                {p for p, b in zip(pairs, f["is_bridge"], strict=False) if b})
    single = {(x, y) if x <= y else (y, x) for x, y, d in g.edges(data=True)
              if d.get("carrier") == "one"}  # the one definition of elznet.carriers
    from elznet.analysis.centrality import to_igraph

    h, names = to_igraph(g)  # igraph's bridges: linear, in C
    return single, {tuple(sorted((names[e.source], names[e.target]))) for e in h.es[h.bridges()]}


def _place(a: Analysis, positions, seed: int) -> tuple[dict, set]:
    """Page coordinates per organisation, and the ids that kept an earlier position
    (the analysis's shared layout when its seed is the map's)."""
    net = a.net
    g = net.graph
    n = len(g)
    spread = 60 * math.sqrt(max(n, 1)) + 200
    if positions is None:
        layout = a.positions if seed == a.seed else network_positions(g, seed=seed)
        # the page's y axis points down, the layout's (and the slide figure's) up: flip it, so
        # the map shows the zone the way the slide does, not upside down
        return {v: (x * spread, -y * spread) for v, (x, y) in layout.items()}, set()
    previous = load_positions(positions)
    pos, kept = {}, set()
    for v, d in g.nodes(data=True):
        p = previous.get(str(d.get("name"))) or previous.get(v)
        if p is not None:
            pos[v] = p
            kept.add(v)
    missing = [v for v in g if v not in pos]
    if not pos:
        return _place(a, None, seed)
    xs, ys = np.array([p[0] for p in pos.values()]), np.array([p[1] for p in pos.values()])
    rng = np.random.default_rng(seed)
    right, mid = xs.max(), (ys.min() + ys.max()) / 2
    alone = 0
    for v in missing:  # beside their placed neighbours, else in a column to the right
        near = [pos[u] for u in g[v] if u in pos]
        if near:
            angle = rng.uniform(0, 2 * math.pi)
            pos[v] = (float(np.mean([p[0] for p in near]) + 40 * math.cos(angle)),
                      float(np.mean([p[1] for p in near]) + 40 * math.sin(angle)))
        else:
            pos[v] = (float(right + 120), float(mid + 60 * (alone - len(missing) / 2)))
            alone += 1
    return pos, kept


def _org_column(net: Network, column: str) -> dict[str, str]:
    values = {}
    for oid, v in zip(net.organisations["id"], net.organisations[column], strict=False):
        if isinstance(v, (list, tuple)):
            v = v[0] if v else None
        values[oid] = "onbekend" if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else str(v)
    return values


def _colourings(a: Analysis, ids: list, colour: str, wanted: set, lang: str) -> list[dict]:
    """The colourings the page offers, the chosen one first."""
    net = a.net
    orgs = net.organisations
    keys = [colour] + [k for k in ("sector", "cluster", "municipality", "zone") if k != colour]
    keys += [k for k in wanted if k and k not in keys]
    out = []
    for key in keys:
        if key == "cluster":
            if key != colour and key not in wanted and len(ids) > ANALYSE_UP_TO:
                continue  # offered on big maps only when asked for (communities take a while)
            table = a.communities if len(ids) else pd.DataFrame(columns=["label"])
            labels = table["label"].astype(str).to_dict()
            by = {v: labels.get(v, "onbekend") for v in ids}
        elif key in orgs.columns:
            by = _org_column(net, key)
        elif key == colour:
            options = ", ".join(["sector", "cluster", "municipality"] + [c for c in orgs.columns if c not in
                                                                        ("id", "name", "sector", "municipality")])
            raise MapError(f"Kleuren volgens '{key}' kan niet: kies uit {options}.")
        else:
            continue
        values = sorted({by[v] for v in ids}, key=lambda s: (s == "onbekend", str(s).casefold()))
        if key != colour and (len(values) < 2 or len(values) > 24):
            continue  # not a useful choice on the page
        colours = style.group_colours(values) if key != "sector" else {v: sector_colour(v) for v in values}
        label = {"sector": text("sector", lang)}.get(key, _WORDS[lang].get(key, key))
        names = [sector_name(v, lang) if key == "sector" else v for v in values]
        position = {v: i for i, v in enumerate(values)}
        out.append({"key": key, "label": label, "title": text("sectors", lang) if key == "sector" else label,
                    "values": [[v, nm, colours[v]] for v, nm in zip(values, names,
                                                                                                 strict=False)],
                    "of": [position[by[v]] for v in ids]})
    return out


def _sizes(net: Network, ids: list, table: pd.DataFrame, size: str | None, lang: str) -> list[dict]:
    """Radii per node for each size the page offers, the chosen one first."""
    orgs = net.organisations.set_index("id")
    numeric = [c for c in orgs.columns if c not in ("name",) and pd.api.types.is_numeric_dtype(orgs[c])]
    if size is not None and size not in table.columns and size not in numeric and size not in _MEASURES:
        raise MapError(f"Grootte volgens '{size}' kan niet: kies een maat ({', '.join(_MEASURES)}) "
                       "of een kolom met getallen.")
    keys = [size] + [k for k in ("degree", "weighted_degree", "betweenness", "spanner_score", None) if k != size]
    out = []
    for key in keys:
        if key is None:
            out.append({"key": "", "label": text("size_none", lang), "r": [12.0] * len(ids)})
            continue
        if key in table.columns:
            values = table[key].reindex(ids)
        elif key in numeric:
            values = orgs[key].reindex(ids)
        else:
            continue
        values = pd.to_numeric(values, errors="coerce").fillna(0).clip(lower=0)
        vmax = float(values.max()) if len(values) and values.max() > 0 else 1.0
        label = text("size_" + key, lang) if f"size_{key}" in style.LEGEND[lang] else key
        out.append({"key": key, "label": label,
                    "r": [round(8 + 24 * math.sqrt(float(x) / vmax), 1) for x in values]})
    return out


def _initiative_nodes(net: Network, nodes: list, records: list, index: dict, pos: dict, lang: str, municipalities):
    """Initiatives as nodes (two-mode view), each between its partners."""
    members: dict[str, list[str]] = defaultdict(list)
    for i, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(
            index=False, name=None):
        if org in index:
            members[i].append(org)
    bedges, ini_ids = [], []
    golden = math.pi * (3 - math.sqrt(5))
    # place words as the zone's municipalities, as on organisations
    for k, (iid, name, tg, mu, st) in enumerate(net.initiatives[
            ["id", "name", "target_groups", "municipalities", "stages"]].itertuples(index=False, name=None)):
        orgs = members.get(iid, [])
        if not orgs:
            continue
        cx = sum(pos[o][0] for o in orgs) / len(orgs)
        cy = sum(pos[o][1] for o in orgs) / len(orgs)
        r = 30 if len(orgs) > 1 else 45
        x, y = cx + r * math.cos(k * golden), cy + r * math.sin(k * golden)
        j = len(nodes)
        ini_ids.append(iid)
        tip = [f"{_w('initiative', lang)}: {name}", f"{_w('partners', lang)}: {len(orgs)}"]
        if tg:
            tip.append(f"{text('target_group', lang)}: {', '.join(tg)}")
        nodes.append({"id": f"ini:{iid}", "label": str(name), "title": "\n".join(tip), "x": round(x, 1),
                      "y": round(y, 1), "k": "i", "sector": "", "tg": list(tg or []), "mu": list(municipalities(mu)),
                      "st": list(st or [])})
        records.append({"id": f"ini:{iid}", "name": name, "kind": "initiative", "sector": None, "spanner": False,
                        "size": 7.0, "x": round(x, 1), "y": round(y, 1), "kept": False})
        bedges += [[index[o], j] for o in orgs]
    return bedges, ini_ids


def _edge_values(g, attr: str | None):
    if attr is None:
        return None
    values = [d.get(attr) for _, _, d in g.edges(data=True)]
    present = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not present:
        raise MapError(f"Geen enkele band heeft '{attr}': kies een kenmerk dat de banden dragen "
                       "(bv. trust, value, frequency of weight).")
    return present


def _edges(net, g, index, single, bridges, edge_colour, edge_width, people, lang, ini_ids, highlight):
    """Compact ties for the page: [from, to, width, colour, dashes (0 none, 1 dashed, 2 dotted),
    flags (1 single person, 2 bridge, 4 one-sided), [initiative indexes], extra text]."""
    colour_values = _edge_values(g, edge_colour)
    width_values = _edge_values(g, edge_width)
    legend = ""
    colour_of = None
    if colour_values is not None:
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in colour_values)
        word = _WORDS[lang].get(edge_colour, edge_colour)
        if numeric:
            lo, hi = float(min(colour_values)), float(max(colour_values))

            def colour_of(v, lo=lo, hi=hi):
                if v is None or (isinstance(v, float) and math.isnan(v)):
                    return "#BBBBBB"
                k = 0 if hi == lo else min(4, int(5 * (float(v) - lo) / (hi - lo)))
                return EDGE_SCALE[k]
            steps = [lo + (hi - lo) * k / 4 for k in range(5)] if hi > lo else [lo]
            legend += f"<h2>{escape(_w('edge_colour', lang))}: {escape(word)}</h2>" + "".join(
                _line_svg(colour_of(v), None, _num(v, lang), width=4) for v in steps)
        else:
            cats = style.group_colours(sorted({str(v) for v in colour_values}))

            def colour_of(v, cats=cats):
                return cats.get(str(v), "#BBBBBB") if v is not None else "#BBBBBB"
            legend += f"<h2>{escape(_w('edge_colour', lang))}: {escape(word)}</h2>" + "".join(
                _line_svg(c, None, k, width=4) for k, c in cats.items())
    width_of = None
    if width_values is not None:
        lo, hi = float(min(width_values)), float(max(width_values))

        def width_of(v, lo=lo, hi=hi):
            if v is None or (isinstance(v, float) and math.isnan(v)):
                return 1.0
            return round(1 + (5 * (float(v) - lo) / (hi - lo) if hi > lo else 2), 2)
        word = _WORDS[lang].get(edge_width, edge_width)
        legend += (f"<h2>{escape(_w('edge_width', lang))}: {escape(word)}</h2>"
                   + _line_svg("#666666", None, f"{_w('low', lang)} ({_num(lo, lang)})", width=1)
                   + _line_svg("#666666", None, f"{_w('high', lang)} ({_num(hi, lang)})", width=6))
    ini_pos = {iid: k for k, iid in enumerate(ini_ids)}
    ini_names = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
    labels = person_labels(net.people, people, salt=net.salt) if people != "hide" else {}
    fragile = "fragile_ties" in highlight
    shown_attrs = list(dict.fromkeys(x for x in (edge_colour, edge_width, "trust", "value", "frequency") if x))
    attr_words = {a: _WORDS[lang].get(a, a).capitalize() for a in shown_attrs}
    words = {"together": text("together_in", lang), "kinds": text("kinds", lang), "people": text("people", lang),
             "more": _w("more", lang), 2: "⚠ " + text("bridge", lang), 1: "⚠ " + text("single_person", lang),
             4: _w("one_sided", lang).split(" (")[0].capitalize()}
    kinds_of = ["normal", "single_person", "bridge", "bridge_single_person"]
    tie_colour = {k: style.TIE_STYLES[k]["color"] for k in [*kinds_of, "unknown_carrier"]}
    tie_dashed = {k: style.TIE_STYLES[k]["dashes"] for k in [*kinds_of, "unknown_carrier"]}
    log_width: dict[int, float] = {}
    lean = g.number_of_edges() > CANVAS_TIES_FROM
    edges, rows = [], []
    for a, b, d in g.edges(data=True):
        key = (a, b) if a <= b else (b, a)
        flags = (1 if key in single else 0) | (2 if key in bridges else 0) | (4 if d.get("one_sided") else 0)
        kind = kinds_of[flags & 3] if fragile else "normal"
        if kind == "normal" and fragile and d.get("carrier") == "unknown":
            kind = "unknown_carrier"  # not drawn as if it were known to be robust
        colour = colour_of(d.get(edge_colour)) if colour_of else tie_colour[kind]
        weight = d.get("weight", 1)
        if width_of:
            width = width_of(d.get(edge_width))
        else:
            width = log_width.get(weight)
            if width is None:
                width = log_width[weight] = round(1 + math.log2(max(weight, 1)), 2)
        dashes = 2 if flags & 4 else 1 if tie_dashed[kind] else 0
        extra = []
        shared = () if lean else d.get("initiatives", ())
        drawn = [ini_pos[i] for i in shared if i in ini_pos]
        if len(drawn) < len(shared):  # initiatives not drawn as nodes: name them in the text
            missing = [str(ini_names.get(i, i)) for i in shared if i not in ini_pos]
            extra.append(f"{words['together']}: {'; '.join(missing[:8])}"
                         + (f" (+{len(missing) - 8} {words['more']})" if len(missing) > 8 else ""))
        kinds = [k for k in d.get("kinds", ()) if k != "initiatief"]
        if kinds:
            extra.append(f"{words['kinds']}: {', '.join(kinds)}")
        for attr in shown_attrs:
            value = d.get(attr)
            if value is not None:
                extra.append(f"{attr_words[attr]}: {_num(value, lang) if isinstance(value, (int, float)) else value}")
        if people != "hide":
            carriers = d.get("carriers", {})
            sides = [f"{', '.join(labels.get(p) or '?' for p in carriers.get(x, [])) or '?'} "
                     f"({g.nodes[x].get('name', x)})" for x in (a, b)]
            extra.append(f"{words['people']}: " + " · ".join(sides))
        for bit in (2, 1, 4):
            if flags & bit:
                extra.append(words[bit])
        if lean:  # drawn by the page without tooltips: no text to carry
            drawn, extra = [], ()
        edges.append([index[a], index[b], width, colour, dashes, flags, drawn, "\n".join(extra)])
        rows.append((a, b, kind, weight, colour, width, dashes))
    records = pd.DataFrame(rows, columns=["a", "b", "style", "weight", "colour", "width", "dashes"])
    records["dashes"] = records["dashes"].map({0: "solid", 1: "dashed", 2: "dotted"})
    return edges, records, legend


def _network_legend(lang: str, *, spanners_shown: bool, fragile: bool, one_sided: bool, extra: str,
                    initiatives: bool = False) -> str:
    rows = ['<h2 id="legend-title"></h2><div id="legend-colour"></div>',
            '<h2 id="size-title"></h2><div class="row" id="size-label"></div><h2>&nbsp;</h2>']
    if initiatives:
        rows.append('<div class="row"><span class="sw" style="background:#8C8C8C;border-radius:0"></span>'
                    f"{escape(_w('initiative', lang))} ({escape(_w('two-mode', lang).lower())})</div>")
    if spanners_shown:
        rows.append('<div class="row"><span class="sw" style="background:#fff;border:3px solid #000"></span>'
                    f"{escape(text('spanner', lang))}</div>")
    rows.append(_line_svg(style.TIE_STYLES["normal"]["color"], None, text("tie", lang)))
    if fragile:
        rows.append(_line_svg(style.TIE_STYLES["unknown_carrier"]["color"], None, text("unknown_carrier", lang)))
        rows.append(_line_svg(style.TIE_STYLES["single_person"]["color"], _DASHES["dashed"],
                              text("single_person", lang)))
        rows.append(_line_svg(style.TIE_STYLES["bridge"]["color"], None, text("bridge", lang)))
    if one_sided:
        rows.append(_line_svg("#666666", _DASHES["dotted"], _w("one_sided", lang).capitalize()))
    return "".join(rows) + extra


def _controls_html(lang: str, colourings: list, sizes: list, two_mode: bool, view: str) -> str:
    views = [("organisations", _w("organisations", lang))]
    if two_mode:
        views.append(("two-mode", _w("two-mode", lang)))
    views.append(("ego", _w("ego", lang)))
    parts = [_select('id="view"', _w("view", lang), views, view),
             _select('id="colour"', _w("colour", lang),
                     [(str(k), f"{_w('colour', lang)}: {c['label']}") for k, c in enumerate(colourings)]),
             _select('id="size"', _w("size_by", lang),
                     [(str(k), f"{_w('size_by', lang)}: {s['label']}") for k, s in enumerate(sizes)]),
             f'<button id="savepos" type="button">{escape(_w("save_positions", lang))}</button>']
    return "".join(parts)


def _ego_html(lang: str) -> str:
    return (f'<div id="egobox" hidden><button id="egobtn" type="button">{escape(_w("neighbours", lang))}</button> '
            + _select('id="depth"', _w("depth", lang), [("1", f"1 {_w('depth', lang).lower()[:-1]}"),
                                                        ("2", f"2 {_w('depth', lang).lower()}")]) + "</div>")


def _story_html(lang: str) -> str:
    return (f'<footer id="story"><button id="prev" type="button">{escape(_w("previous", lang))}</button>'
            f'<span id="caption" aria-live="polite"></span>'
            f'<button id="next" type="button">{escape(_w("next", lang))}</button></footer>')


def _page_words(lang: str) -> dict:
    keys = ("pick_first", "hits", "no_hits", "step", "initiative", "partners", "organisations_n", "open_group",
            "saved")
    return {"shown": text("shown", lang), "together_in": text("together_in", lang),
            "size": text("size", lang), **{k: _w(k, lang) for k in keys}}


def _story_data(net: Network, story: Story, top: set, colourings: list) -> list[dict]:
    keys = [c["key"] for c in colourings]
    out = []
    for step in story:
        d: dict = {"caption": step.caption, "view": step.view, "depth": step.depth}
        if step.colour is not None:
            if step.colour not in keys:
                raise MapError(f"Stap '{step.caption}': kleuren volgens '{step.colour}' kan niet op deze kaart.")
            d["colour"] = keys.index(step.colour)
        highlight = step.highlight
        if isinstance(highlight, str):
            highlight = [highlight]
        hl, mask = [], 0
        for h in highlight or []:
            if h == "spanners":
                hl += sorted(top)
            elif h in ("single_person", "bridges", "one_sided"):
                mask |= {"single_person": 1, "bridges": 2, "one_sided": 4}[h]
            else:
                hl.append(_resolve(net, h))
        if highlight:
            d["hl"], d["he"] = hl, mask
        if step.sectors:
            d["sectors"] = [lookup("sector", s) or s for s in step.sectors]
        for key, value in (("tg", step.target_group), ("mu", step.municipality), ("st", step.stage)):
            if value is not None:
                d[key] = lookup("stages", value) or value if key == "st" else value
        if step.focus is not None:
            d["focus"] = _resolve(net, step.focus)
        out.append(d)
    return out


# --- the aggregated map ------------------------------------------------------------------
def _groups(a: Analysis, by: str) -> dict[str, str]:
    net = a.net
    if by == "cluster":
        table = a.communities
        return {v: str(table.at[v, "label"]) if v in table.index else "onbekend" for v in net.graph}
    if by in net.organisations.columns:
        return _org_column(net, by)
    raise MapError(f"Samenvatten volgens '{by}' kan niet: kies 'zone', 'cluster' of een kolom van de organisaties.")


def _inner_positions(whole, members: list[str], seed: int) -> dict:
    """Positions of a group's organisations inside the unit disc: Fruchterman & Reingold
    (igraph, grid variant) on the group's own ties; far-flung loose members pulled in.
    ``whole`` is the igraph of the organisation graph and its vertex index."""
    if len(members) <= 2:
        return {v: (0.5 * math.cos(k * math.pi), 0.0) for k, v in enumerate(members)}
    h_all, index = whole
    h = h_all.induced_subgraph([index[v] for v in members])
    nodes = members
    start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)) * math.sqrt(len(nodes))
    coords = np.asarray(h.layout_fruchterman_reingold(seed=start.tolist(), niter=100, grid="auto").coords)
    coords -= np.median(coords, axis=0)
    r = np.hypot(coords[:, 0], coords[:, 1])
    reach = np.quantile(r, 0.95) or 1.0
    coords *= np.minimum(1.0, reach / np.maximum(r, 1e-9))[:, None] / reach  # inside the disc
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, coords, strict=False)}


def _aggregate_map(a: Analysis, *, by: str, colour: str, lang: str, seed: int, title: str | None) -> NetworkMap:
    """One node per group (zone, cluster, ...): sized by its organisations, ties between
    groups summed; a click opens a group into its organisations, laid out inside it."""
    net = a.net
    g = net.graph
    group_of = _groups(a, by)
    names = sorted(set(group_of.values()), key=lambda s: (s == "onbekend", s.casefold()))
    gi = {name: k for k, name in enumerate(names)}
    members: dict[str, list[str]] = defaultdict(list)
    for v in g:
        members[group_of[v]].append(v)
    between: dict[tuple[int, int], int] = defaultdict(int)
    for a, b in g.edges():
        x, y = gi[group_of[a]], gi[group_of[b]]
        if x != y:
            between[(min(x, y), max(x, y))] += 1
    h = nx.Graph()
    h.add_nodes_from(range(len(names)))
    h.add_edges_from(between)
    radius = {k: 36 * math.sqrt(len(members[name])) + 20 for k, name in enumerate(names)}
    centre = network_positions(h, seed=seed)
    spread = 2.2 * max(radius.values()) * math.sqrt(len(names)) + 200
    from elznet.analysis.centrality import to_igraph

    h_all, order = to_igraph(g)
    whole = (h_all, {v: i for i, v in enumerate(order)})
    pos: dict[str, tuple[float, float]] = {}
    for k, name in enumerate(names):
        cx, cy = centre[k][0] * spread, centre[k][1] * spread
        for v, (x, y) in _inner_positions(whole, members[name], seed).items():
            pos[v] = (cx + x * radius[k], cy + y * radius[k])
    colours = style.group_colours(names) if by != "sector" else {s: sector_colour(s) for s in names}
    ids = list(g)
    index = {v: i for i, v in enumerate(ids)}
    org_rows = {o.id: o for o in net.organisations.itertuples(index=False)}
    inis = _initiative_names(net)
    degree = dict(g.degree())
    dmax = max(degree.values(), default=1) or 1
    nodes = []
    for v in ids:
        org = org_rows[v]
        nodes.append({"id": v, "label": str(org.name), "title": _tooltip(org, lang, inis.get(v, []), None),
                      "x": round(pos[v][0], 1), "y": round(pos[v][1], 1), "k": "o", "sector": org.sector or "onbekend",
                      "grp": len(ids) + gi[group_of[v]], "tg": [], "mu": [], "st": []})
    for k, name in enumerate(names):
        count = len(members[name])
        nodes.append({"id": f"grp:{name}", "label": f"{name} ({count})",
                      "title": f"{_w('group_of', lang)}: {name}\n{count} {_w('organisations_n', lang)}\n"
                               f"{_w('open_group', lang)}",
                      "x": round(centre[k][0] * spread, 1), "y": round(centre[k][1] * spread, 1), "k": "g",
                      "sector": "", "tg": [], "mu": [], "st": []})
    edges = [[index[a], index[b], 1, style.TIE_STYLES["normal"]["color"], 0, 0, [], ""] for a, b in g.edges()]
    gmax = max(between.values(), default=1)
    gedges = [[len(ids) + x, len(ids) + y, round(1 + 7 * c / gmax, 2), c] for (x, y), c in between.items()]
    to_group: dict[tuple[int, int], int] = defaultdict(int)
    for a, b in g.edges():
        if group_of[a] != group_of[b]:
            to_group[(index[a], len(ids) + gi[group_of[b]])] += 1
            to_group[(index[b], len(ids) + gi[group_of[a]])] += 1
    medges = [[a, b, c] for (a, b), c in to_group.items()]
    colouring = {"key": by, "label": _WORDS[lang].get(by, by),
                 "values": [[nm, sector_name(nm, lang) if by == "sector" else nm, colours[nm]] for nm in names],
                 "of": [gi[group_of[v]] for v in ids] + list(range(len(names)))}
    sizes = [{"key": "count", "label": _w("organisations_n", lang),
              "r": [round(6 + 10 * math.sqrt(degree[v] / dmax), 1) for v in ids]
              + [round(min(radius[k] * 0.3, 60 + 4 * math.sqrt(len(members[nm]))), 1)
                 for k, nm in enumerate(names)]}]
    title = title or text("map", lang)
    data = {"mode": "network", "aggregate": True, "nodes": nodes, "edges": edges, "bedges": [], "gedges": gedges,
            "medges": medges, "canvasTies": len(edges) > CANVAS_TIES_FROM, "total": len(ids), "inis": [],
            "colourings": [colouring], "colour": 0, "sizes": sizes,
            "size": 0, "view": "organisations", "twoMode": False, "lod": True, "ego": None, "story": [],
            "text": {**_page_words(lang), "between": _w("ties_between", lang)},
            "options": {**_options(len(ids), False),
                        "interaction": {**_options(len(ids), False)["interaction"], "hover": False}}}
    legend = _network_legend(lang, spanners_shown=False, fragile=False, one_sided=False, extra="")
    html = _html.page(title=title, subtitle=_subtitle(net, lang), data=data, lang=lang,
                      how_to=f"{text('how_to', lang)} {_w('open_group', lang)}", legend_html=legend,
                      filters_html=_filters_html({}, lang), story_html="", side_html="")
    records = pd.DataFrame([{"id": f"grp:{nm}", "name": nm, "kind": "group", "organisations": len(members[nm])}
                            for nm in names])
    edge_records = pd.DataFrame([{"a": names[x - len(ids)], "b": names[y - len(ids)], "ties": c}
                                 for x, y, _, c in gedges], columns=["a", "b", "ties"])
    return NetworkMap(html, records, edge_records, title, positions=pos,
                      names={v: str(org_rows[v].name) for v in ids})


# --- the care-path map ---------------------------------------------------------------------
_COL = 250
_ROW = 62
_STAGE_HEADERS = {"stages", "stage", "zorgpadfase", "zorgpadfasen", "fase", "fasen", "fases",
                  "care path stage", "care path stages"}


def _stage_keys(value) -> list[str]:
    """Stage keys in a cell (a list, or text split on , ; / and line breaks)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).replace(";", ",").replace("/", ",") \
        .replace("\n", ",").split(",")
    keys = (lookup("stages", str(x).strip()) for x in items if str(x).strip())
    return [k for k in keys if k]


def _participation_stages(net: Network) -> dict[str, list[tuple[str, str]]]:
    """``{organisation: [(initiative, stage), ...]}`` from a stage column of the
    participations (``stages``, or a kept column headed ``Zorgpadfase`` and the like)."""
    parts = net.participations
    cols = [c for c in parts.columns if normalise(str(c)) in _STAGE_HEADERS]
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for col in cols:
        for ini, org, value in parts[["initiative", "organisation", col]].itertuples(index=False, name=None):
            out[org] += [(ini, s) for s in _stage_keys(value)]
    return out


def _resolve_initiatives(net: Network, initiatives) -> set[str]:
    if isinstance(initiatives, str):
        initiatives = [initiatives]
    ids = {net.find(str(key), kind="initiative") for key in initiatives}  # the one lookup, Network.find
    if not ids:
        raise MapError("Geef minstens één initiatief voor het zorgpad.")
    return ids


def actor_stages(net: Network, initiatives=None) -> dict[str, tuple[list[str], str]]:
    """Per actor, its care-path stages and where they come from.

    The whole inventory (``initiatives=None``): the organisation's own stages
    (``organisaties``), else those of its participations, else those of its
    initiatives. One care path (``initiatives=[...]``): the participants of those
    initiatives, with the stages of their participation in them, else the initiatives'
    stages (narrowed to the organisation's own where both say something), else the
    organisation's own. Returns ``{id: (stages, source)}`` with source
    "organisatie", "deelname" or "initiatief"; actors without a stage have ``[]``.
    """
    own = {o: list(s or []) for o, s in zip(net.organisations["id"], net.organisations["stages"], strict=False)}
    ini_stages = {i: list(s or []) for i, s in zip(net.initiatives["id"], net.initiatives["stages"], strict=False)}
    part = _participation_stages(net)
    pairs = net.participations[["initiative", "organisation"]].drop_duplicates()
    chosen = None if initiatives is None else _resolve_initiatives(net, initiatives)
    if chosen is not None:
        pairs = pairs[pairs["initiative"].isin(chosen)]
    via: dict[str, set[str]] = defaultdict(set)
    for i, o in pairs.itertuples(index=False, name=None):
        via[o].update(ini_stages.get(i, []))
    actors = list(own) if chosen is None else list(dict.fromkeys(pairs["organisation"]))
    out = {}
    for o in actors:
        p = {s for i, s in part.get(o, []) if chosen is None or i in chosen}
        options = ([(own.get(o, []), "organisatie")] if chosen is None else []) + [(p, "deelname")]
        narrowed = via[o] & set(own.get(o, [])) if chosen is not None else set()
        options += [(narrowed or via[o], "initiatief"), (own.get(o, []), "organisatie")]
        stages, source = next(((s, src) for s, src in options if s), ([], ""))
        out[o] = (sorted(stages, key=list(STAGES).index), source)
    return out


def care_path_layout(net: Network, stages: list[str] | None = None, *,
                     initiatives=None) -> tuple[list[str], dict, list[str]]:
    """Stage columns, ``{(actor, column): (column, row)}`` and the actors without a stage.

    Shared by :func:`care_path_map` and :func:`elznet.output.figures.plot_care_path`, so the
    interactive map and the slide figure place actors the same way. Raises
    :class:`CarePathError` when no actor has a stage.
    """
    order = list(stages) if stages is not None else list(STAGES)
    unknown = [s for s in order if s not in STAGES]
    if unknown:
        raise MapError(f"Onbekende zorgpadfase(n) {', '.join(unknown)}; kies uit {', '.join(STAGES)}.")
    found = actor_stages(net, initiatives)
    sector = dict(zip(net.organisations["id"], net.organisations["sector"], strict=False))
    name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    actors, left_out = [], []
    for org, (st, _) in found.items():
        columns = sorted({order.index(s) for s in st if s in order})
        if columns:
            actors.append((org, sector.get(org) or "onbekend", columns))
        else:
            left_out.append(name.get(org, org))
    if not actors:
        raise CarePathError("Geen zorgpadfase bekend: vul de kolom 'zorgpadfasen' in bij de organisaties, "
                            "de initiatieven of de deelnames.")
    sector_order = [s for s in style.SECTOR_COLOURS if any(a[1] == s for a in actors)]
    return order, care_path_grid(actors, sector_order), left_out


def _referral_pairs(placed: dict, ties: pd.DataFrame) -> list[tuple]:
    """For each tie, the boxes to connect: the stage pair closest together, forward first."""
    columns: dict[str, list[int]] = defaultdict(list)
    for actor, col in placed:
        columns[actor].append(col)
    pairs = []
    for i, (s, t, kind) in enumerate(ties[["source", "target", "kind"]].itertuples(index=False)):
        if s in columns and t in columns:
            a, b = min(((a, b) for a in columns[s] for b in columns[t]),
                       key=lambda ab: (abs(ab[1] - ab[0]), ab[1] < ab[0], ab))
            pairs.append((i, s, a, t, b, kind))
    return pairs


@_no_gc_pauses
@shared_parameters
def care_path_map(net: Network | Analysis, *, initiatives=None, stages: list[str] | None = None, ties: str = "referrals",
                  people: str = "hide", lang: str = "nl", title: str | None = None) -> NetworkMap:
    """The zorgpadkaart: every actor of a care path in columns by stage.

    Parameters
    ----------
    %(net_or_analysis)s
    initiatives : str or list of str, optional
        Draw one care path: the partners of these initiatives (names or ids) only, at
        the stages they take in them. Default: every organisation with a stage.
    stages : list of stage keys, optional
        The columns, in order (default: all seven stages of
        :data:`elznet.vocabulary.STAGES`, from prevention to aftercare).
    ties : {"referrals", "direct", "none"}, default "referrals"
        Arrows for referrals (``relaties`` of kind ``doorverwijzing``), all direct ties,
        or none. An arrow joins the two boxes of its actors whose stages lie closest.
    %(people)s
    %(lang)s
    title : str, optional
        Default "Zorgpadkaart" (or "Care-path map").

    Returns
    -------
    NetworkMap
        ``.nodes`` has one row per box: ``id``, ``name``, ``sector``, ``stage`` and
        ``source`` (where the stage comes from: organisatie, deelname, initiatief).

    Raises
    ------
    CarePathError
        When no organisation, initiative or participation gives a stage.

    Notes
    -----
    Stages come from whichever table the inventory fills (see :func:`actor_stages`);
    the stage words follow VLESP (2018), *Continuïteit van zorg voor suïcidale personen*.
    An actor working in several stages appears in each of those columns, so a reader
    looking at one stage ("a pupil talks about suicide: who do I call?") sees everyone
    there. Actors are grouped in bands by sector, in the same colours as every other
    elznet output. Actors without a stage are listed under the legend.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> m = elznet.care_path_map(net, initiatives=[net.initiatives["name"].iloc[0]])
    """
    check_mode(people)
    _w("view", lang)
    if ties not in ("referrals", "direct", "none"):
        raise ArgumentError(f"De pijlen (ties) zijn 'referrals', 'direct' of 'none', niet {ties!r} "
                            "(ties must be 'referrals', 'direct' or 'none').", argument="ties")
    a = analysis_of(net)
    net = a.net
    order, placed, left_out = care_path_layout(net, stages, initiatives=initiatives)
    found = actor_stages(net, initiatives)
    orgs = net.organisations
    attrs = _attributes(net, _municipalities(a.zone))
    inis = _initiative_names(net)
    org_rows = {o.id: o for o in orgs.itertuples(index=False)}
    nodes = [{"id": f"__stage_{stage}", "label": short_label("stages", stage), "x": col * _COL, "y": -1.5 * _ROW,
              "k": "s", "sector": "", "tg": [], "mu": [], "st": [],
              "vis": {"shape": "text", "fixed": True, "chosen": False, "widthConstraint": {"maximum": _COL - 20},
                      "font": {"size": 19, "face": "DejaVu Sans, Arial"}}} for col, stage in enumerate(order)]
    records = []
    for (actor, col), (x, row) in placed.items():
        org = org_rows[actor]
        sector = org.sector or "onbekend"
        colour = sector_colour(sector)
        nodes.append({
            "id": f"{actor}@{col}", "label": str(org.name),
            "title": _tooltip(org, lang, inis.get(actor, []), None, stages=found[actor][0]),
            "x": x * _COL, "y": row * _ROW, "k": "o", "sector": sector,
            "vis": {"shape": "box", "widthConstraint": {"minimum": _COL - 30, "maximum": _COL - 30},
                    "color": {"background": colour, "border": "#333333",
                              "highlight": {"background": colour, "border": "#000000"}},
                    "font": {"color": _text_colour(colour), "size": 16, "face": "DejaVu Sans, Arial"}, "margin": 6},
            **attrs.get(actor, {"tg": [], "mu": [], "st": []}),
        })
        records.append({"id": actor, "name": org.name, "sector": sector, "stage": order[col],
                        "source": found[actor][1]})
    edges, edge_records = [], []
    if ties != "none":
        chosen = net.ties if ties == "direct" else net.ties[net.ties["kind"] == "doorverwijzing"]
        name = dict(zip(orgs["id"], orgs["name"], strict=False))
        index = {nd["id"]: k for k, nd in enumerate(nodes)}
        for _i, s, a, t, b, kind in _referral_pairs(placed, chosen):
            referral = kind == "doorverwijzing"
            colour = style.TIE_STYLES["referral" if referral else "normal"]["color"]
            edges.append([index[f"{s}@{a}"], index[f"{t}@{b}"], 1.5, colour, 0, 8 if referral else 0, [],
                          f"{name.get(s, s)} → {name.get(t, t)}" + (f"\n{kind}" if kind else "")])
            edge_records.append({"a": s, "b": t, "kind": kind})
    title = title or text("care_path", lang)
    extra = ""
    if left_out:
        label = "Zonder zorgpadfase (niet getekend)" if lang == "nl" else "Without a stage (not drawn)"
        extra = f"<h2>{escape(label)}</h2>" + "".join(f'<div class="row">{escape(str(x))}</div>' for x in left_out)
    drawn = sorted({actor for actor, _ in placed})
    sectors = [s for s in style.SECTOR_COLOURS if any(org_rows[a].sector == s for a in drawn)]
    data = {"mode": "care", "nodes": nodes, "edges": edges, "bedges": [], "total": len(placed), "inis": [],
            "colourings": [], "sizes": [], "view": "organisations", "twoMode": False, "lod": False, "ego": None,
            "story": [], "fitWidth": True, "text": _page_words(lang),
            "options": {**_options(len(placed), False), "nodes": {"font": {"face": "DejaVu Sans, Arial"}},
                        "edges": {"selectionWidth": 2, "smooth": {"type": "curvedCW", "roundness": 0.2}}}}
    html = _html.page(
        title=title, subtitle=_subtitle(net, lang), data=data, lang=lang, how_to=text("how_to", lang),
        legend_html=_legend_html(sectors, lang, None, spanners_shown=False, referrals=ties != "none", extra=extra),
        filters_html=_filters_html(_filter_values(attrs, drawn), lang), story_html="", side_html="")
    return NetworkMap(html, pd.DataFrame(records, columns=["id", "name", "sector", "stage", "source"]),
                      pd.DataFrame(edge_records, columns=["a", "b", "kind"]), title, height=820)
