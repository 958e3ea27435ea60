"""Interactive network maps (netwerkkaarten) for notebooks, browsers and the zorgraad.

* :func:`network_map` — every organisation, coloured by sector, sized by a measure,
  boundary spanners outlined, single-person ties dashed and bridges red;
* :func:`care_path_map` — the care-path map (zorgpadkaart): actors in columns from
  prevention to aftercare, each box spanning the stages it works in, grouped by sector,
  with its concrete offer in the tooltip and referral arrows between actors — for the
  teacher or youth worker who must find "who do I call".

Both return a :class:`NetworkMap`: it shows itself inline in JupyterLab and VS Code
(``_repr_html_``: an iframe with ``srcdoc``, nothing written next to the notebook) and
``save(path)`` writes one HTML file that makes no network request (see
:mod:`elznet.output._html`). Positions are computed in Python and physics is off, so the same
input and seed give the same picture, also for thousands of organisations.
"""

from __future__ import annotations

import math
from collections import defaultdict
from html import escape
from pathlib import Path

import pandas as pd

from elznet._privacy import check_mode
from elznet.analysis.fragility import fragile_ties
from elznet.analysis.spanners import spanners
from elznet.network import Network
from elznet.output import _html, style
from elznet.output._layout import care_path_grid, network_positions
from elznet.output.style import sector_colour, sector_name, text
from elznet.vocabulary import STAGES, short_label

__all__ = ["NetworkMap", "network_map", "care_path_map"]

_SIZES = ("degree", "betweenness", "weighted_degree", "spanner_score")


class NetworkMap:
    """An interactive map: ``save(path)`` writes it, notebooks show it inline.

    ``nodes`` and ``edges`` hold what is drawn (one row each), for checking and reuse.
    """

    def __init__(self, html: str, nodes: pd.DataFrame, edges: pd.DataFrame, title: str, height: int = 720) -> None:
        self.html = html
        self.nodes = nodes
        self.edges = edges
        self.title = title
        self.height = height

    def save(self, path: str | Path) -> Path:
        """Write the map as one self-contained HTML file (UTF-8); return the path."""
        path = Path(path)
        if path.suffix.lower() not in (".html", ".htm"):
            raise ValueError(f"Save the map with the extension .html, not '{path.suffix or '(none)'}'.")
        path.write_text(self.html, encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        return (f'<iframe title="{escape(self.title)}" srcdoc="{escape(self.html, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd" '
                'sandbox="allow-scripts"></iframe>')

    def __repr__(self) -> str:
        return f"<NetworkMap {self.title!r}: {len(self.nodes)} organisations, {len(self.edges)} ties>"


# --- shared pieces -----------------------------------------------------------------------
def _attributes(net: Network) -> dict[str, dict[str, list[str]]]:
    """Per organisation, the target groups, municipalities and stages it works for:
    its own and those of its initiatives (what the filters select on)."""
    ini = net.initiatives.set_index("id")
    out: dict[str, dict[str, set]] = defaultdict(lambda: {"tg": set(), "mu": set(), "st": set()})
    for org in net.organisations.itertuples(index=False):
        out[org.id]["tg"].update(org.target_groups or [])
        if org.municipality:
            out[org.id]["mu"].add(org.municipality)
        out[org.id]["st"].update(org.stages or [])
    for i, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(index=False):
        out[org]["tg"].update(ini.at[i, "target_groups"] or [])
        out[org]["mu"].update(ini.at[i, "municipalities"] or [])
        out[org]["st"].update(ini.at[i, "stages"] or [])
    return {k: {f: sorted(v) for f, v in d.items()} for k, d in out.items()}


def _initiative_names(net: Network) -> dict[str, list[str]]:
    names = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
    out: dict[str, list[str]] = defaultdict(list)
    for i, org in net.participations[["initiative", "organisation"]].drop_duplicates().itertuples(index=False):
        out[org].append(names.get(i, i))
    return out


def _tooltip(org, lang: str, initiatives: list[str], role: str | None) -> str:
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
    if org.stages:
        lines.append(f"{text('stage', lang)}: {', '.join(short_label('stages', s) for s in org.stages)}")
    if initiatives:
        shown = initiatives[:6] + (["…"] if len(initiatives) > 6 else [])
        lines.append(f"{text('initiatives', lang)}: {'; '.join(shown)}")
    if role:
        lines.append(f"{text('spanner_role', lang)}: {role}")
    return "\n".join(lines)


def _filters_html(values: dict[str, list[str]], lang: str, stage_labels: bool = True) -> str:
    parts = [f'<input id="q" type="search" placeholder="{escape(text("search", lang))}" '
             f'aria-label="{escape(text("search", lang))}">']
    for key, label in (("tg", "target_group"), ("mu", "municipality"), ("st", "stage")):
        options = "".join(
            f'<option value="{escape(v)}">{escape(short_label("stages", v) if key == "st" and stage_labels else v)}'
            "</option>" for v in values.get(key, []))
        parts.append(f'<select data-filter="{key}" aria-label="{escape(text(label, lang))}">'
                     f'<option value="">{escape(text(label, lang))}: {escape(text("all", lang))}</option>'
                     f"{options}</select>")
    parts.append(f'<button id="reset" type="button">{escape(text("reset", lang))}</button>')
    return "".join(parts)


def _legend_html(sectors: list[str], lang: str, size: str | None, *, spanners_shown: bool,
                 referrals: bool = False, extra: str = "") -> str:
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

    def line(colour, dashed, label, arrow=False):
        dash = ' stroke-dasharray="5,3"' if dashed else ""
        head = f'<polygon points="34,5 28,2 28,8" fill="{colour}"/>' if arrow else ""
        return (f'<div class="row"><svg width="36" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" '
                f'stroke="{colour}" stroke-width="2"{dash}/>{head}</svg> {escape(text(label, lang))}</div>')

    if referrals:
        rows.append(line(style.TIE_STYLES["referral"]["color"], False, "referral", arrow=True))
    else:
        rows.append(line(style.TIE_STYLES["normal"]["color"], False, "tie"))
        rows.append(line(style.TIE_STYLES["single_person"]["color"], True, "single_person"))
        rows.append(line(style.TIE_STYLES["bridge"]["color"], False, "bridge"))
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
    if table.empty:
        return set()
    cut = min(10, max(3, n // 20))
    return set(table[(table["spanner_rank"] <= cut) & (table["groups_reached"] >= 2)].index)


def _tie_kind(row) -> str:
    """The :data:`elznet.output.style.TIE_STYLES` key of a :func:`fragile_ties` row (None: normal)."""
    if row is None:
        return "normal"
    single, bridge = bool(row["single_person"]), bool(row["is_bridge"])
    return ("bridge_single_person" if bridge and single else "bridge" if bridge
            else "single_person" if single else "normal")


def _text_colour(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#FFFFFF"


# --- the network map ----------------------------------------------------------------------
def network_map(net: Network, *, color: str = "sector", size: str | None = "degree", label: str | None = "name",
                people: str = "hide", highlight: tuple[str, ...] = ("spanners", "fragile_ties"),
                lang: str = "nl", seed: int = 0, title: str | None = None,
                physics: bool | None = None) -> NetworkMap:
    """The netwerkkaart of all organisations.

    Parameters
    ----------
    color : str
        Node attribute that sets the colour (``"sector"``; sector colours from
        :mod:`elznet.output.style`); the sector filter always works on sectors.
    size : "degree", "betweenness", "weighted_degree", "spanner_score" or None
    label : node attribute shown under each node, or None for no labels
    people : "hide" (default), "initials", "pseudonyms" or "names" — how the people who
        carry ties appear in tooltips
    highlight : which of "spanners" (outlined in black) and "fragile_ties"
        (single-person ties dashed, bridges red) to show
    lang : "nl" (default) or "en"
    seed : layout seed; the same input and seed give the same picture
    physics : bool, optional
        Let nodes move (vis-network physics). Off by default, so the map is the same
        every time it opens and stays responsive for thousands of organisations; pass
        True to let a small map settle by itself.
    """
    check_mode(people)
    if size is not None and size not in _SIZES:
        raise ValueError(f"size must be one of {_SIZES} or None, not {size!r}")
    g = net.graph
    n = len(g)
    table = spanners(net) if n else pd.DataFrame()
    fragile = fragile_ties(net, people=people).set_index(["a", "b"]) if g.number_of_edges() else pd.DataFrame()
    top = _top_spanners(table, n) if "spanners" in highlight else set()
    pos = network_positions(g, seed=seed)
    spread = 60 * math.sqrt(max(n, 1)) + 200
    attrs = _attributes(net)
    inis = _initiative_names(net)
    org_rows = {o.id: o for o in net.organisations.itertuples(index=False)}
    colours = style.group_colours(str(g.nodes[v].get(color)) for v in g) if color != "sector" else None
    values = table[size] if size is not None and n else pd.Series(dtype=float)
    vmax = float(values.max()) if len(values) and values.max() > 0 else 1.0
    nodes, records = [], []
    for v in g:
        org = org_rows[v]
        value = float(values.get(v, 0) or 0) if size is not None else 0.0
        radius = 8 + 24 * math.sqrt(value / vmax) if size is not None else 12
        colour = sector_colour(org.sector) if colours is None else colours[str(g.nodes[v].get(color))]
        role = None
        if v in top:
            reached = int(table.at[v, "groups_reached"])
            role = (f"grenswerker: verbindt met {reached} andere sectoren" if lang == "nl"
                    else f"boundary spanner: reaches {reached} other sectors")
        x, y = pos[v]
        node = {
            "id": v, "label": str(getattr(org, label)) if label and getattr(org, label, None) else "",
            "title": _tooltip(org, lang, inis.get(v, []), role), "x": round(x * spread, 1),
            "y": round(y * spread, 1), "size": round(radius, 1), "sector": org.sector or "onbekend",
            "color": {"background": colour, "border": "#000000" if v in top else "#555555",
                      "highlight": {"background": colour, "border": "#000000"}},
            "borderWidth": style.SPANNER_BORDER[1] if v in top else 1,
            **attrs.get(v, {"tg": [], "mu": [], "st": []}),
        }
        nodes.append(node)
        records.append({"id": v, "name": org.name, "sector": org.sector, "spanner": v in top, "size": radius})
    edges, edge_records = [], []
    for i, (a, b, d) in enumerate(g.edges(data=True)):
        key = tuple(sorted((a, b)))
        row = fragile.loc[key] if len(fragile) and key in fragile.index else None
        kind = _tie_kind(row) if "fragile_ties" in highlight else "normal"
        tie_style = style.TIE_STYLES[kind]
        edges.append({"id": f"e{i}", "from": a, "to": b, "width": round(1 + math.log2(d["weight"]), 2),
                      "color": {"color": tie_style["color"], "opacity": 0.7}, "dashes": tie_style["dashes"],
                      "title": _edge_tooltip(g, a, b, d, row, lang, people)})
        edge_records.append({"a": a, "b": b, "style": kind, "weight": d["weight"]})
    sectors = [s for s in style.SECTOR_COLOURS if any(nd["sector"] == s for nd in nodes)]
    title = title or text("map", lang)
    data = {"nodes": nodes, "edges": edges, "total": n, "text": {"shown": text("shown", lang)},
            "options": _options(n, physics)}
    html = _html.page(
        title=title, subtitle=_subtitle(net, lang), data=data, lang=lang, how_to=text("how_to", lang),
        legend_html=_legend_html(sectors, lang, size or "none", spanners_shown=bool(top)),
        filters_html=_filters_html(_filter_values(attrs, list(g)), lang))
    return NetworkMap(html, pd.DataFrame(records), pd.DataFrame(edge_records), title)


def _subtitle(net: Network, lang: str) -> str:
    s = net.summary()
    if lang == "nl":
        return (f"{s['organisations']} organisaties, {s['ties']} banden, {s['initiatives']} initiatieven. "
                f"Bron: {net.report.source}.")
    return f"{s['organisations']} organisations, {s['ties']} ties, {s['initiatives']} initiatives. Source: {net.report.source}."


def _edge_tooltip(g, a, b, d, row, lang: str, people: str) -> str:
    name_a, name_b = g.nodes[a].get("name", a), g.nodes[b].get("name", b)
    lines = [f"{name_a} – {name_b}"]
    inis = d.get("initiatives", [])
    if inis:
        lines.append(f"{text('together_in', lang)}: {len(inis)} initiatief" + ("en" if len(inis) != 1 else ""))
    kinds = [k for k in d.get("kinds", []) if k != "initiatief"]
    if kinds:
        lines.append(f"{text('kinds', lang)}: {', '.join(kinds)}")
    if people == "hide":
        lines.append(text("no_people", lang))
    elif row is not None:
        carriers = [f"{', '.join(row['carriers_a']) or '?'} ({name_a})", f"{', '.join(row['carriers_b']) or '?'} ({name_b})"]
        lines.append(f"{text('people', lang)}: " + " · ".join(carriers))
    if row is not None and row["is_bridge"]:
        lines.append("⚠ " + text("bridge", lang))
    if row is not None and row["single_person"]:
        lines.append("⚠ " + text("single_person", lang))
    return "\n".join(lines)


def _options(n: int, physics: bool | None) -> dict:
    big = n > 1000
    return {
        "physics": {"enabled": bool(physics), "stabilization": {"iterations": 150}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "multiselect": True},
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "DejaVu Sans, Arial", "strokeWidth": 3,
                                            "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"smooth": False, "selectionWidth": 2},
    }


# --- the care-path map ---------------------------------------------------------------------
_COL = 250
_ROW = 62


def care_path_layout(net: Network, stages: list[str] | None = None) -> tuple[list[str], dict, list[str]]:
    """Stage columns, ``{(actor, column): (column, row)}`` and the actors without a stage.

    Shared by :func:`care_path_map` and :func:`elznet.output.figures.plot_care_path`, so the
    interactive map and the slide figure place actors the same way.
    """
    order = list(stages) if stages is not None else list(STAGES)
    unknown = [s for s in order if s not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; choose from {list(STAGES)}")
    actors, left_out = [], []
    for org in net.organisations.itertuples(index=False):
        columns = sorted({order.index(s) for s in org.stages or [] if s in order})
        if columns:
            actors.append((org.id, org.sector or "onbekend", columns))
        else:
            left_out.append(org.name)
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


def care_path_map(net: Network, *, stages: list[str] | None = None, ties: str = "referrals",
                  people: str = "hide", lang: str = "nl", title: str | None = None) -> NetworkMap:
    """The zorgpadkaart: every actor of a care path in columns by stage.

    Parameters
    ----------
    stages : list of stage keys, optional
        The columns, in order (default: all seven stages of
        :data:`elznet.vocabulary.STAGES`, from prevention to aftercare).
    ties : "referrals" (default), "direct" or "none"
        Arrows for referrals (``relaties`` of kind ``doorverwijzing``), all direct ties,
        or none. An arrow joins the two boxes of its actors whose stages lie closest.
    people, lang, title : as for :func:`network_map`.

    An actor working in several stages appears in each of those columns, so a reader
    looking at one stage ("a pupil talks about suicide: who do I call?") sees everyone
    there. Actors are grouped in bands by sector, in the same colours as every other
    elznet output; the tooltip and the side panel give the actor's offer, contact role,
    municipality and ages. Actors without a stage are listed under the legend.
    """
    check_mode(people)
    if ties not in ("referrals", "direct", "none"):
        raise ValueError(f"ties must be 'referrals', 'direct' or 'none', not {ties!r}")
    order, placed, left_out = care_path_layout(net, stages)
    orgs = net.organisations
    attrs = _attributes(net)
    inis = _initiative_names(net)
    org_rows = {o.id: o for o in orgs.itertuples(index=False)}
    nodes = [{"id": f"__stage_{stage}", "label": short_label("stages", stage), "x": col * _COL, "y": -1.5 * _ROW,
              "shape": "text", "fixed": True, "fixedLabel": True, "sector": "", "chosen": False,
              "widthConstraint": {"maximum": _COL - 20},
              "font": {"size": 19, "face": "DejaVu Sans, Arial"}} for col, stage in enumerate(order)]
    records = []
    for (actor, col), (x, row) in placed.items():
        org = org_rows[actor]
        sector = org.sector or "onbekend"
        colour = sector_colour(sector)
        nodes.append({
            "id": f"{actor}@{col}", "label": str(org.name), "title": _tooltip(org, lang, inis.get(actor, []), None),
            "x": x * _COL, "y": row * _ROW, "shape": "box", "sector": sector,
            "widthConstraint": {"minimum": _COL - 30, "maximum": _COL - 30},
            "color": {"background": colour, "border": "#333333",
                      "highlight": {"background": colour, "border": "#000000"}},
            "font": {"color": _text_colour(colour), "size": 16, "face": "DejaVu Sans, Arial"},
            "margin": 6, **attrs.get(actor, {"tg": [], "mu": [], "st": []}),
        })
        records.append({"id": actor, "name": org.name, "sector": sector, "stage": order[col]})
    edges, edge_records = [], []
    if ties != "none":
        chosen = net.ties if ties == "direct" else net.ties[net.ties["kind"] == "doorverwijzing"]
        name = dict(zip(orgs["id"], orgs["name"], strict=False))
        for i, s, a, t, b, kind in _referral_pairs(placed, chosen):
            referral = kind == "doorverwijzing"
            colour = style.TIE_STYLES["referral" if referral else "normal"]["color"]
            edges.append({"id": f"t{i}", "from": f"{s}@{a}", "to": f"{t}@{b}", "arrows": "to" if referral else "",
                          "color": {"color": colour, "opacity": 0.5}, "width": 1.5,
                          "title": f"{name.get(s, s)} → {name.get(t, t)}" + (f"\n{kind}" if kind else ""),
                          "smooth": {"type": "curvedCW", "roundness": 0.2}})
            edge_records.append({"a": s, "b": t, "kind": kind})
    title = title or text("care_path", lang)
    extra = ""
    if left_out:
        label = "Zonder zorgpadfase (niet getekend)" if lang == "nl" else "Without a stage (not drawn)"
        extra = f"<h2>{escape(label)}</h2>" + "".join(f'<div class="row">{escape(str(x))}</div>' for x in left_out)
    drawn = sorted({actor for actor, _ in placed})
    sectors = [s for s in style.SECTOR_COLOURS if any(org_rows[a].sector == s for a in drawn)]
    data = {"nodes": nodes, "edges": edges, "total": len(placed), "text": {"shown": text("shown", lang)},
            "fitWidth": True,
            "options": {**_options(len(placed), False), "nodes": {"font": {"face": "DejaVu Sans, Arial"}},
                        "edges": {"selectionWidth": 2}}}
    html = _html.page(
        title=title, subtitle=_subtitle(net, lang), data=data, lang=lang, how_to=text("how_to", lang),
        legend_html=_legend_html(sectors, lang, None, spanners_shown=False, referrals=ties != "none", extra=extra),
        filters_html=_filters_html(_filter_values(attrs, drawn), lang))
    return NetworkMap(html, pd.DataFrame(records), pd.DataFrame(edge_records), title, height=820)
