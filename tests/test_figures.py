"""Slide figures: 16:9, the same colours and legend as the maps, labels that do not overlap."""

from __future__ import annotations

import itertools

import matplotlib
import pytest
from matplotlib.colors import to_hex

import elznet
from elznet import plot_care_path, plot_network
from elznet.output import style


@pytest.fixture(scope="module")
def zorgpad():
    return elznet.examples.load("meetjesland_zorgpad")


@pytest.fixture(scope="module")
def network_figure(zorgpad):
    return plot_network(zorgpad)


def test_network_figure_is_a_slide_with_a_legend(network_figure):
    assert tuple(round(x, 2) for x in network_figure.get_size_inches()) == (13.33, 7.5)
    legend = network_figure.axes[0].get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    assert {"Zorg", "Welzijn", "Lokaal bestuur", "Grenswerker (verbindt sectoren)"} <= set(labels)
    assert any("één persoon" in label for label in labels)


def test_network_figure_uses_the_sector_colours(network_figure, zorgpad):
    scatter = network_figure.axes[0].collections[-1]
    colours = {to_hex(c).upper() for c in scatter.get_facecolors()}
    used = {style.sector_colour(s) for s in zorgpad.organisations["sector"]}
    assert colours == used


def test_labels_do_not_overlap_on_sixty_organisations(network_figure, zorgpad):
    network_figure.canvas.draw()
    renderer = network_figure.canvas.get_renderer()
    ax = network_figure.axes[0]
    note = [t for t in ax.texts if "namen niet getoond" in t.get_text()]
    labels = [t for t in ax.texts if t not in note]
    boxes = [t.get_window_extent(renderer) for t in labels]
    overlapping = [(a.get_text(), b.get_text()) for (a, ba), (b, bb) in
                   itertools.combinations(zip(texts_of(labels), boxes, strict=True), 2) if ba.overlaps(bb)]
    assert overlapping == []
    shown = {t.replace("\n", " ") for t in texts_of(labels)}
    spanners = elznet.spanners(zorgpad)
    top = spanners.loc[(spanners["spanner_rank"] <= 3) & (spanners["groups_reached"] >= 2), "name"]
    assert len(top) and set(top) <= shown  # the boundary spanners outlined on the map are always named
    left_out = len(zorgpad.organisations) - len(labels)
    assert len(labels) >= 50
    assert (left_out == 0 and not note) or note[0].get_text().startswith(f"{left_out} namen niet getoond")


def texts_of(artists):
    return [a.get_text() for a in artists]


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_figures_save_as_png_svg_and_pdf(network_figure, tmp_path, suffix):
    path = tmp_path / f"netwerkkaart.{suffix}"
    network_figure.savefig(path, dpi=150)
    assert path.stat().st_size > 30_000


def test_care_path_figure(zorgpad, tmp_path):
    fig = plot_care_path(zorgpad)
    texts = [t.get_text().replace("\n", " ") for t in fig.axes[0].texts]
    assert "Preventie" in texts and "Nazorg" in texts
    assert fig.axes[0].get_legend() is not None
    fig.savefig(tmp_path / "zorgpad.png", dpi=150)
    assert (tmp_path / "zorgpad.png").stat().st_size > 50_000
    matplotlib.pyplot.close("all")


def test_one_colour_per_sector_defined_once():
    assert len(set(style.SECTOR_COLOURS.values())) == len(style.SECTOR_COLOURS)
    assert set(style.SECTOR_COLOURS) == set(elznet.vocabulary.SECTORS)


def test_care_path_boxes_fit_their_labels_and_titles_break_between_words(zorgpad):
    from matplotlib.patches import FancyBboxPatch

    from elznet.vocabulary import STAGES, short_label

    fig = plot_care_path(zorgpad)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [p for p in ax.patches if isinstance(p, FancyBboxPatch)]
    names = set(zorgpad.organisations["name"])
    labels = [t for t in ax.texts if t.get_text().replace("\n", " ") in names]
    assert len(labels) == len(boxes) > 100  # one label per box, every stage an actor works in
    for text, box in zip(labels, boxes, strict=True):
        t, b = text.get_window_extent(renderer), box.get_window_extent(renderer)
        assert b.x0 <= t.x0 and t.x1 <= b.x1 and b.y0 <= t.y0 and t.y1 <= b.y1, text.get_text()
    titles = {short_label("stages", s): s for s in STAGES}
    shown = [t.get_text() for t in ax.texts if t.get_text().replace("\n", " ") in titles]
    assert len(shown) == len(STAGES)
    for title in shown:  # every line is whole words of the label: "(Semi-)residentiële" stays whole
        words = title.replace("\n", " ").split(" ")
        assert all(set(line.split(" ")) <= set(words) for line in title.split("\n"))
    residential = next(t for t in shown if t.startswith("(Semi-)"))
    assert residential.split("\n")[0].split(" ")[0] == "(Semi-)residentiële"  # not "(Semi-)residenti-/ële"
    matplotlib.pyplot.close("all")


def test_care_path_figure_of_one_initiative_shows_only_its_partners(zorgpad):
    first = zorgpad.initiatives.iloc[0]
    partners = set(zorgpad.participations.loc[zorgpad.participations["initiative"] == first["id"], "organisation"])
    names = set(zorgpad.organisations.loc[zorgpad.organisations["id"].isin(partners), "name"])
    fig = plot_care_path(zorgpad, initiatives=[first["name"]])
    drawn = {t.get_text().replace("\n", " ") for t in fig.axes[0].texts}
    stage_titles = {"Preventie", "Signalering", "Eerste opvang", "Crisis", "Ambulante behandeling",
                    "(Semi-)residentiële opvang", "Nazorg"}
    assert drawn - stage_titles == names
    matplotlib.pyplot.close("all")


def test_a_network_in_two_parts_gives_each_part_its_own_room():
    """Twelve organisations in a ring of shared initiatives, and one separate pair: the pair
    no longer pushes the ring into a corner. Each part is laid out on its own and scaled to
    the square root of its size, so the ring (12) spans about sqrt(12/2) = 2.4 times the
    pair's width, and the two parts' boxes do not overlap."""
    import pandas as pd

    ring = [f"Ring {i:02d}" for i in range(12)]
    rows = [(f"Overleg {i}", ring[i]) for i in range(12)] + [(f"Overleg {i}", ring[(i + 1) % 12]) for i in range(12)]
    rows += [("Apart", "Paar A"), ("Apart", "Paar B")]
    net = elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": ring + ["Paar A", "Paar B"], "sector": "zorg"}),
        "initiatieven": pd.DataFrame({"naam": sorted({ini for ini, _ in rows})}),
        "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie"])})
    assert net.graph.number_of_edges() == 13
    pos = elznet.analyse(net).positions
    name = dict(zip(net.organisations["id"], net.organisations["name"], strict=True))
    ring_xy = [p for v, p in pos.items() if name[v].startswith("Ring")]
    pair_xy = [p for v, p in pos.items() if name[v].startswith("Paar")]

    def box(points):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), max(xs), min(ys), max(ys)

    r, q = box(ring_xy), box(pair_xy)
    assert r[1] < q[0] or q[1] < r[0] or r[3] < q[2] or q[3] < r[2]  # apart
    assert (r[1] - r[0]) > 0.8  # the ring fills the page's height or width, not a corner
    assert (r[1] - r[0]) / (q[1] - q[0]) == pytest.approx(6 ** 0.5, rel=0.35)
