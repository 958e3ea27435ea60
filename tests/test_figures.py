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
