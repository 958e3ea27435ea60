"""Slide labels placed without overlap, in time that grows with the number of labels."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

from elznet.output._label_placement import _Grid, place_labels  # noqa: E402


def _axes(points):
    fig, ax = plt.subplots(figsize=(13.33, 7.5))
    xy = np.array(list(points.values()))
    ax.scatter(xy[:, 0], xy[:, 1], s=30)
    ax.set_axis_off()
    fig.canvas.draw()
    return fig, ax


def _boxes(fig, texts):
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in texts]


def test_placed_labels_never_overlap_each_other_and_stay_inside_the_axes():
    g = nx.random_geometric_graph(150, 0.12, seed=3)
    points = {v: tuple(d["pos"]) for v, d in g.nodes(data=True)}
    fig, ax = _axes(points)
    labels = {v: f"Organisatie {v}\nEeklo" if v % 3 == 0 else f"Organisatie nummer {v}" for v in points}
    texts, left_out = place_labels(ax, points, labels, list(points))
    boxes = _boxes(fig, texts)
    assert len(texts) + len(left_out) == 150 and len(texts) >= 60
    assert not [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]
    frame = ax.get_window_extent(fig.canvas.get_renderer())
    assert all(frame.x0 - 1 <= b.x0 and b.x1 <= frame.x1 + 1 and frame.y0 - 1 <= b.y0 and b.y1 <= frame.y1 + 1
               for b in boxes)
    plt.close(fig)


def test_the_most_important_labels_are_placed_first():
    # 30 nodes on one spot: only a few labels fit around it; the first in the order must be among them
    points = {v: (0.5 + 0.001 * v, 0.5) for v in range(30)}
    points.update({"far": (0.0, 0.0), "far2": (1.0, 1.0)})
    fig, ax = _axes(points)
    order = [29, 3, *[v for v in range(30) if v not in (29, 3)]]
    texts, left_out = place_labels(ax, points, {v: f"Naam {v}" for v in order}, order)
    placed = [t.get_text() for t in texts]
    assert placed[:2] == ["Naam 29", "Naam 3"] and left_out  # some do not fit: left out, not piled up
    plt.close(fig)


def test_labels_are_never_read_as_mathtext():
    points = {"a": (0, 0), "b": (1, 1)}
    fig, ax = _axes(points)
    texts, _ = place_labels(ax, points, {"a": "Fonds $\\foo$", "b": "50% $ korting"}, ["a", "b"])
    fig.canvas.draw()  # mathtext would raise on \foo
    assert [t.get_text() for t in texts] == ["Fonds $\\foo$", "50% $ korting"]
    plt.close(fig)


def test_the_grid_finds_overlaps_across_cells_and_ignores_the_owner():
    grid = _Grid(10)
    grid.add((0, 0, 25, 5), owner="x")
    assert grid.hits((24, 4, 30, 9))
    assert not grid.hits((26, 0, 30, 4))
    assert not grid.hits((1, 1, 2, 2), ignore="x")


def test_a_label_that_must_be_shown_is_tried_further_out_with_a_leader_line():
    points = {v: (0.5 + 0.004 * (v % 6), 0.5 + 0.004 * (v // 6)) for v in range(36)}
    points.update({"corner": (0.0, 0.0), "corner2": (1.0, 1.0)})
    order = list(range(36))
    labels = {v: f"Organisatie {v}" for v in order}
    results = {}
    for must in (set(), {35}):
        fig, ax = _axes(points)
        texts, left_out = place_labels(ax, points, labels, order, must=must)
        results[bool(must)] = (35 in left_out, len(ax.lines), [t.get_text() for t in texts])
        plt.close(fig)
    assert results[False][0]  # crowded out near its node
    assert not results[True][0] and "Organisatie 35" in results[True][2]
    assert results[True][1] > results[False][1]  # a leader line from the node to its far label
