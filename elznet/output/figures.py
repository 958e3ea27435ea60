"""Static figures for the slide deck: the network map and the care-path map.

Same colours, legend and highlighting as the interactive maps (:mod:`elznet.output.style`),
sized for a 16:9 slide (13.33 × 7.5 inch), labels placed where they do not overlap
(:mod:`elznet.output._label_placement`). Save with ``fig.savefig("kaart.png", dpi=200)`` — or ``.svg`` / ``.pdf``.
Figures never show people.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.layout_engine import ConstrainedLayoutEngine  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch  # noqa: E402

from elznet import settings  # noqa: E402
from elznet._docs import shared_parameters  # noqa: E402
from elznet.analysis.bundle import Analysis, analysis_of  # noqa: E402
from elznet.analysis.layout import network_positions  # noqa: E402
from elznet.network import Network  # noqa: E402
from elznet.output import style  # noqa: E402
from elznet.output._label_placement import place_labels  # noqa: E402
from elznet.output.maps import _referral_pairs, _text_colour, _tie_kind, _top_spanners, care_path_layout  # noqa: E402
from elznet.output.style import sector_colour, sector_name, text  # noqa: E402
from elznet.vocabulary import short_label  # noqa: E402

__all__ = ["plot_network", "plot_care_path", "SLIDE"]

#: A 16:9 slide, in inches.
SLIDE = (13.333, 7.5)


def _figure(ax):
    if ax is not None:
        return ax.figure, ax
    fig = plt.figure(figsize=SLIDE)
    return fig, fig.add_subplot()


def _settle(fig: Figure) -> None:
    """Lay out a slide figure once, the constrained way, and keep it so: its labels are
    then placed in the slide's final pixels, and saving draws the figure once (a figure
    with a layout engine is laid out, and drawn, again at every save)."""
    ConstrainedLayoutEngine().execute(fig)


@shared_parameters
def plot_network(net: Network | Analysis, *, ax=None, color: str = "sector", size: str | None = "degree",
                 label: str | None = "name", highlight: tuple[str, ...] = ("spanners", "fragile_ties"),
                 lang: str = "nl", seed: int = 0, title: str | None = None, max_labels: int | None = None) -> Figure:
    """The network map as a 16:9 slide figure (see :func:`elznet.network_map`).

    Labels go beside their organisation where they fit without overlap, boundary
    spanners first, then the largest organisations, at most ``max_labels`` of them
    (:func:`~elznet.output._label_placement.place_labels`: a greedy pass over a spatial
    grid, so a thousand organisations take seconds, not minutes). Names that find no
    free spot are left out, and a note under the map says how many: the interactive map
    (:func:`elznet.network_map`) shows every name. Figures never show people.

    Parameters
    ----------
    %(net_or_analysis)s
        With an Analysis, the figure reads its spanners, fragile ties and positions: the
        slide shows the organisations where the interactive map shows them.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new 13.33 × 7.5 inch figure, laid out once and
        kept so, its labels placed in its final pixels).
    color : str, default "sector"
        ``"sector"`` (the colours of :mod:`elznet.output.style`) or any organisation
        attribute of the graph, one colour per value.
    size : str or None, default "degree"
        A column of :func:`elznet.spanners` that sets the dot size, or None.
    label : str or None, default "name"
        The organisation attribute written as the label, or None for no labels.
    highlight : tuple of str, default ("spanners", "fragile_ties")
        Outline the boundary spanners in black; draw single-person ties dashed, bridges
        red, ties of unknown carrier light grey.
    %(lang)s
    seed : int, default 0
        Layout seed (with an Analysis of the same seed, its shared positions).
    title : str, optional
        Default "Netwerkkaart" (or "Network map").
    max_labels : int, optional
        At most this many names (default ``elznet.settings.figure_max_labels``).

    Returns
    -------
    matplotlib.figure.Figure
        Save it with ``fig.savefig("kaart.png", dpi=200)`` (or ``.svg`` / ``.pdf``). The
        legend names the sectors and the tie styles; the note under the map says how many
        names were left out.

    Notes
    -----
    Positions: Kamada & Kawai (1989) for a zone, Fruchterman & Reingold (1991) for large
    networks (:mod:`elznet.analysis.layout`). Boundary spanners: :func:`elznet.spanners`
    (Freeman 1977, Burt 1992, Gould & Fernandez 1989); fragile ties:
    :func:`elznet.fragile_ties` (Tarjan 1974).

    Examples
    --------
    >>> import elznet
    >>> a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    >>> fig = elznet.plot_network(a)
    >>> fig.savefig("kaart.png", dpi=200)  # doctest: +SKIP
    """
    a = analysis_of(net)
    net = a.net
    made_here = ax is None
    fig, ax = _figure(ax)
    g = net.graph
    pos = a.positions if seed == a.seed else network_positions(g, seed=seed)
    table = a.spanners if len(g) else None
    top = _top_spanners(table, len(g)) if "spanners" in highlight and table is not None else set()
    groups: dict[str, list] = {k: [] for k in style.TIE_STYLES}
    if "fragile_ties" in highlight and g.number_of_edges():
        fragile = a.fragile_ties
        for row in fragile.to_dict("records"):
            groups[_tie_kind(row)].append([pos[row["a"]], pos[row["b"]]])
    else:
        groups["normal"] = [[pos[x], pos[y]] for x, y in g.edges()]
    for kind, segments in groups.items():
        if segments:
            s = style.TIE_STYLES[kind]
            ax.add_collection(LineCollection(segments, colors=s["color"], linewidths=1.4 if "bridge" in kind else 0.7,
                                             linestyles="--" if s["dashes"] else "-",
                                             alpha=0.9 if "bridge" in kind else 0.45, zorder=1))
    nodes = list(g)
    values = table[size] if size and table is not None else None
    vmax = float(values.max()) if values is not None and values.max() > 0 else 1.0
    sizes = [(40 + 360 * math.sqrt(float(values[v]) / vmax)) if values is not None else 80 for v in nodes]
    colours = ([sector_colour(g.nodes[v].get("sector")) for v in nodes] if color == "sector" else
               [style.group_colours(str(g.nodes[x].get(color)) for x in g)[str(g.nodes[v].get(color))] for v in nodes])
    ax.scatter([pos[v][0] for v in nodes], [pos[v][1] for v in nodes], s=sizes, c=colours, zorder=2,
               edgecolors=["#000000" if v in top else "#555555" for v in nodes],
               linewidths=[2.8 if v in top else 0.6 for v in nodes])
    ax.set_axis_off()
    ax.margins(0.06)
    ax.set_title(title or text("map", lang), fontsize=16, loc="left", fontweight="bold", parse_math=False)
    sectors = [s for s in style.SECTOR_COLOURS if any(g.nodes[v].get("sector") == s for v in g)]
    handles = [Patch(facecolor=sector_colour(s), edgecolor="#555555", label=sector_name(s, lang)) for s in sectors]
    if top:
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="black",
                              markeredgewidth=2.5, markersize=10, label=text("spanner", lang)))
    if "fragile_ties" in highlight:
        handles += [Line2D([], [], color=style.TIE_STYLES["normal"]["color"], label=text("tie", lang)),
                    Line2D([], [], color=style.TIE_STYLES["unknown_carrier"]["color"],
                           label=text("unknown_carrier", lang)),
                    Line2D([], [], color=style.TIE_STYLES["single_person"]["color"], linestyle="--",
                           label=text("single_person", lang)),
                    Line2D([], [], color=style.TIE_STYLES["bridge"]["color"], label=text("bridge", lang))]
    if size:
        handles.append(Line2D([], [], linestyle="", label=f"{text('size', lang)}: {text('size_' + size, lang)}"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9,
              title=text("sectors", lang), title_fontproperties={"weight": "bold"})
    if not (label and nodes):
        if made_here:
            _settle(fig)
        return fig
    xs, ys = [pos[v][0] for v in nodes], [pos[v][1] for v in nodes]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    ax.set_xlim(min(xs) - 0.08 * span_x, max(xs) + 0.08 * span_x)
    ax.set_ylim(min(ys) - 0.06 * span_y, max(ys) + 0.06 * span_y)
    # the note under the map takes its line in the layout now; its words come after placement
    note = ax.text(0.0, -0.01, text("labels_left_out", lang).format(n=len(nodes)), transform=ax.transAxes,
                   fontsize=8, color="#555555", ha="left", va="top", parse_math=False)
    engine = fig.get_layout_engine()  # settle the layout once: placement works in the slide's pixels
    if made_here:
        _settle(fig)
    elif engine is not None:
        engine.execute(fig)
    else:
        fig.canvas.draw()
    points_per_px = 72 / fig.dpi
    radius = {v: math.sqrt(sizes[i]) / 2 / points_per_px for i, v in enumerate(nodes)}
    limit = settings.figure_max_labels if max_labels is None else max_labels
    order = sorted(nodes, key=lambda v: (v not in top, -radius[v], str(g.nodes[v].get(label) or v)))[:limit]
    names = {v: textwrap.fill(str(g.nodes[v].get(label) or v), 24, break_long_words=False) for v in order}
    _, left_out = place_labels(ax, pos, names, order, radius=radius, bold=top, must=top)
    hidden = len(nodes) - len(order) + len(left_out)
    words = text("label_left_out", lang) if hidden == 1 else text("labels_left_out", lang).format(n=hidden)
    if hidden:
        note.set_text(words)
    else:
        note.remove()
    return fig


@shared_parameters
def plot_care_path(net: Network | Analysis, *, initiatives=None, stages: list[str] | None = None, ties: str = "referrals",
                   lang: str = "nl", title: str | None = None) -> Figure:
    """The care-path map as a 16:9 slide figure (see :func:`elznet.care_path_map`).

    Parameters
    ----------
    %(net_or_analysis)s
    initiatives : str or list of str, optional
        One care path: the partners of these initiatives only.
    stages : list of str, optional
        The stage columns, in order (default: all seven stages).
    ties : {"referrals", "direct", "none"}, default "referrals"
        Arrows for referrals, all direct ties, or none (as :func:`elznet.care_path_map`).
    %(lang)s
    title : str, optional
        Default "Zorgpadkaart" (or "Care-path map").

    Returns
    -------
    matplotlib.figure.Figure
        Stage columns, one box per actor and stage in its sector's colour, referral
        arrows. Every name is wrapped between words and the font shrinks until each
        label fits inside its box; column titles break only between words.

    Examples
    --------
    >>> import elznet
    >>> fig = elznet.plot_care_path(elznet.examples.load("meetjesland_zorgpad"))
    >>> fig.savefig("zorgpad.png", dpi=200)  # doctest: +SKIP
    """
    net = analysis_of(net).net
    order, placed, _ = care_path_layout(net, stages, initiatives=initiatives)
    rows = max((r for _, r in placed.values()), default=0) + 1
    fig = plt.figure(figsize=SLIDE)
    ax = fig.add_subplot()
    org = net.organisations.set_index("id")
    boxes, labels = [], []
    for (actor, _), (x, row) in placed.items():
        sector = org.at[actor, "sector"] or "onbekend"
        colour = sector_colour(sector)
        boxes.append(ax.add_patch(FancyBboxPatch((x + 0.04, -row - 0.42), 0.92, 0.84,
                                                 boxstyle="round,pad=0,rounding_size=0.12", facecolor=colour,
                                                 edgecolor="#333333", linewidth=0.5, zorder=2)))
        labels.append(ax.text(x + 0.5, -row, str(org.at[actor, "name"]), ha="center", va="center",
                              color=_text_colour(colour), zorder=3, linespacing=1.05, parse_math=False))
    if ties != "none":
        chosen = net.ties if ties == "direct" else net.ties[net.ties["kind"] == "doorverwijzing"]
        for _, s, a, t, b, _kind in _referral_pairs(placed, chosen):
            (xa, ra), (xb, rb) = placed[(s, a)], placed[(t, b)]
            ax.add_patch(FancyArrowPatch((xa + 0.5, -ra), (xb + 0.5, -rb), arrowstyle="-|>", mutation_scale=6,
                                         color=style.TIE_STYLES["referral"]["color"], alpha=0.35, lw=0.6,
                                         connectionstyle="arc3,rad=0.2", zorder=1))
    for col, stage in enumerate(order):
        ax.text(col + 0.5, 1.0, textwrap.fill(short_label("stages", stage), 16, break_long_words=False,
                                              break_on_hyphens=False),
                ha="center", va="bottom", fontsize=10, fontweight="bold", parse_math=False)
    ax.set_xlim(0, len(order))
    ax.set_ylim(-rows + 0.3, 2.2)
    ax.set_axis_off()
    ax.set_title(title or text("care_path", lang), fontsize=16, loc="left", fontweight="bold", parse_math=False)
    sectors = [s for s in style.SECTOR_COLOURS if any(org.at[a, "sector"] == s for a, _ in placed)]
    handles = [Patch(facecolor=sector_colour(s), edgecolor="#555555", label=sector_name(s, lang)) for s in sectors]
    if ties != "none":
        handles.append(Line2D([], [], color=style.TIE_STYLES["referral"]["color"], marker=">",
                              label=text("referral", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9,
              title=text("sectors", lang), title_fontproperties={"weight": "bold"})
    _fit_labels(fig, boxes, labels, start=max(4.0, min(9.0, 160 / max(rows, 1))))
    return fig


def _fit_labels(fig: Figure, boxes: list, labels: list, *, start: float, smallest: float = 3.0) -> None:
    """Wrap each label between words and shrink the font until every label lies inside
    its box (measured by the renderer, so it holds for any font and name).

    The figure is drawn once to settle its layout (labels take no part in it: they lie
    inside their boxes); each try then measures only the labels, not the whole figure."""
    for t in labels:
        t.set_in_layout(False)
    _settle(fig)
    renderer = fig.canvas.get_renderer()
    extents = [b.get_window_extent(renderer) for b in boxes]
    width_pt = extents[0].width * 72 / fig.dpi if extents else 0
    names = [t.get_text() for t in labels]
    size = start
    while True:
        chars = max(4, int(0.92 * width_pt / (0.56 * size)))
        for t, name in zip(labels, names, strict=False):
            t.set_fontsize(size)
            t.set_text(textwrap.fill(name, chars, break_long_words=False, break_on_hyphens=False))
        if size <= smallest or all(_inside(t.get_window_extent(renderer), b)
                                   for t, b in zip(labels, extents, strict=False)):
            return
        size = max(smallest, round(size * 0.9, 2))


def _inside(t, b) -> bool:
    """Whether the extent ``t`` lies inside the extent ``b``."""
    return t.x0 >= b.x0 and t.x1 <= b.x1 and t.y0 >= b.y0 and t.y1 <= b.y1
