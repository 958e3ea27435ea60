"""Label placement for slide figures that scales: a greedy pass over a spatial grid.

Labels are placed one by one in order of importance (the caller's order: boundary
spanners and large organisations first). For each label a few candidate spots around
its node are tried — right, left, above, below, the four diagonals, on up to three
rings further out — and the first spot whose box stays inside the axes and overlaps
neither a label already placed nor another node is taken. Boxes live in a uniform grid
(cell = a typical label), so each test looks only at the few boxes nearby: the cost grows
with the number of labels, not with its square (adjustText's all-pairs force loop took
17 s for 111 organisations). A label with no free spot is left out and returned, so the
figure can say how many names the interactive map shows instead. Labels placed on an
outer ring get a thin leader line to their node; labels that must be shown (boundary
spanners) are tried on rings further out still.

Everything is measured in display units (pixels) after one draw of the figure, so the
result is what the saved slide shows. The approach is the classic point-feature label
placement of Christensen, Marks & Shieber (1995), greedy variant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text

__all__ = ["place_labels"]

# (dx, dy, ha, va): unit directions and the text alignment that puts the box on that side
_SPOTS = [(1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"),
          (0, -1, "center", "top"), (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"),
          (1, -1, "left", "top"), (-1, -1, "right", "top")]
_RINGS = (1.0, 2.2, 3.6)
_FAR_RINGS = (5.0, 6.5, 8.0, 10.0, 12.5, 15.0)  # only for labels that must be shown


class _Grid:
    """Axis-aligned boxes (x0, y0, x1, y1) in a uniform grid for overlap queries."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1.0)
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float, Hashable]]] = defaultdict(list)

    def _keys(self, box):
        c = self.cell
        for i in range(int(box[0] // c), int(box[2] // c) + 1):
            for j in range(int(box[1] // c), int(box[3] // c) + 1):
                yield i, j

    def add(self, box, owner: Hashable = None) -> None:
        for key in self._keys(box):
            self.cells[key].append((*box, owner))

    def hits(self, box, ignore: Hashable = None) -> bool:
        for key in self._keys(box):
            for x0, y0, x1, y1, owner in self.cells.get(key, ()):
                if owner is not None and owner == ignore:
                    continue
                if x0 < box[2] and box[0] < x1 and y0 < box[3] and box[1] < y1:
                    return True
        return False


class _Measure:
    """Label sizes in pixels from per-character widths, measured once per character.

    Rendering each label to measure it costs a millisecond; summing cached character
    widths costs microseconds. Kerning only narrows a line, and 4% is added, so a box is
    never smaller than the drawn text; heights come from a measured box of as many lines.
    """

    def __init__(self, fig, renderer, fontsize: float) -> None:
        self.fig, self.renderer, self.fontsize = fig, renderer, fontsize
        self.chars: dict[tuple[str, bool], float] = {}
        self.heights: dict[tuple[int, bool], float] = {}

    def _text(self, text: str, bold: bool) -> Text:
        return Text(0, 0, text, fontsize=self.fontsize, fontweight="bold" if bold else "normal", parse_math=False,
                    figure=self.fig)

    def __call__(self, label: str, bold: bool) -> tuple[float, float]:
        lines = label.split("\n")
        width = 0.0
        for line in lines:
            total = 0.0
            for ch in line:
                key = (ch, bold)
                if key not in self.chars:
                    self.chars[key] = self._text(f"|{ch}|", bold).get_window_extent(self.renderer).width - \
                        self._bars(bold)
                total += self.chars[key]
            width = max(width, total)
        if (len(lines), bold) not in self.heights:
            self.heights[len(lines), bold] = self._text("\n".join(["Ágj"] * len(lines)), bold).get_window_extent(
                self.renderer).height
        return width * 1.04 + 1.0, self.heights[len(lines), bold]

    def _bars(self, bold: bool) -> float:
        key = ("||", bold)
        if key not in self.chars:
            self.chars[key] = self._text("||", bold).get_window_extent(self.renderer).width
        return self.chars[key]


def place_labels(ax: Axes, points: dict[Hashable, tuple[float, float]], labels: dict[Hashable, str],
                 order: Sequence[Hashable], *, radius: dict[Hashable, float] | None = None,
                 fontsize: float = 7.5, bold: set | None = None, must: set | None = None, pad: float = 2.0,
                 leader_colour: str = "#777777") -> tuple[list[Text], list[Hashable]]:
    """Place ``labels`` beside their ``points`` (data coordinates) without overlap.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The axes, with its limits set and its figure drawn once (so the layout is final).
    points : dict
        Node -> (x, y) in data coordinates: every node is an obstacle, labelled or not.
    labels : dict
        Node -> label text (may hold line breaks) for the nodes to label.
    order : sequence
        The nodes to label, most important first.
    radius : dict, optional
        Node -> marker radius in pixels (labels start just outside it; default 4).
    fontsize : float
        Font size in points.
    bold : set, optional
        Nodes whose label is bold.
    must : set, optional
        Nodes whose label is also tried further out (with a leader line) before it is
        left out: the ones the figure is about (boundary spanners).
    pad : float
        Free pixels around every label box.

    Returns
    -------
    (texts, left_out)
        The Text artists placed, and the nodes whose label found no free spot.
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    from_px = ax.transData.inverted().transform
    frame = ax.get_window_extent(renderer)
    bold = bold or set()
    must = must or set()
    radius = radius or {}
    nodes = list(points)
    xy = to_px(np.array([points[v] for v in nodes], dtype=float)) if nodes else np.zeros((0, 2))
    at = dict(zip(nodes, map(tuple, xy)))
    measure = _Measure(fig, renderer, fontsize)
    sizes = {}
    for v in order:  # measure each label once; its size does not depend on where it goes
        w, h = measure(labels[v], v in bold)
        sizes[v] = (w + 2 * pad, h + 2 * pad)
    typical = np.median([w for w, _ in sizes.values()]) if sizes else 40.0
    grid = _Grid(typical)
    for v in nodes:
        x, y = at[v]
        r = radius.get(v, 4.0)
        grid.add((x - r, y - r, x + r, y + r), owner=v)
    texts: list[Text] = []
    left_out: list[Hashable] = []
    for v in order:
        w, h = sizes[v]
        x, y = at[v]
        r = radius.get(v, 4.0) + 2.0
        placed = False
        for ring in _RINGS + (_FAR_RINGS if must and v in must else ()):
            for dx, dy, ha, va in _SPOTS:
                norm = 0.7071 if dx and dy else 1.0
                ax_, ay_ = x + dx * r * ring * norm, y + dy * r * ring * norm
                x0 = ax_ if ha == "left" else ax_ - w if ha == "right" else ax_ - w / 2
                y0 = ay_ if va == "bottom" else ay_ - h if va == "top" else ay_ - h / 2
                box = (x0, y0, x0 + w, y0 + h)
                if box[0] < frame.x0 or box[2] > frame.x1 or box[1] < frame.y0 or box[3] > frame.y1:
                    continue
                if grid.hits(box, ignore=v):
                    continue
                grid.add(box)
                tx, ty = from_px((ax_ + (pad if ha == "left" else -pad if ha == "right" else 0),
                                  ay_ + (pad if va == "bottom" else -pad if va == "top" else 0)))
                texts.append(ax.text(tx, ty, labels[v], fontsize=fontsize, ha=ha, va=va, zorder=3,
                                     fontweight="bold" if v in bold else "normal", parse_math=False))
                if ring > 1:
                    ax.plot(*zip(points[v], from_px((ax_, ay_)), strict=True), color=leader_colour,
                            lw=0.5, zorder=1.5)
                placed = True
                break
            if placed:
                break
        if not placed:
            left_out.append(v)
    return texts, left_out
