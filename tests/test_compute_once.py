"""Compute once, draw fast: every output reads one Analysis and never computes a table again.

Each analysis function (and the shared layout) is replaced, wherever elznet's modules hold
it, by a wrapper that counts its outermost calls (a call made inside another counted
function is that function's own business). A demo run and a report + maps + figures +
workbook made from one Analysis must compute each table exactly once; an Analysis whose
tables are all computed already must not compute anything.
"""

from __future__ import annotations

import sys
from collections import Counter

import matplotlib.pyplot as plt
import pytest

import elznet
from elznet import cli
from elznet.analysis import fragility, gaps, layout, spanners, structure, zones
from elznet.network import Network

COUNTED = {
    spanners: ["spanners"],
    fragility: ["fragile_ties", "cut_points", "departure_risk"],
    structure: ["communities", "mixing", "disconnected_groups"],
    gaps: ["white_spots", "duplicates"],
    zones: ["zone_comparison"],
    layout: ["network_positions"],
}


@pytest.fixture
def calls(monkeypatch):
    """A Counter of outermost calls: ``spanners``, ``departure_risk[person]``, ..."""
    counter: Counter = Counter()
    depth = [0]
    originals = {getattr(module, name): name for module, names in COUNTED.items() for name in names}

    def counting(func, name):
        def wrapper(*args, **kwargs):
            if depth[0] == 0:
                level = kwargs.get("level", args[1] if name == "departure_risk" and len(args) > 1 else None)
                if name == "spanners" and level is None:
                    level = "organisation"
                counter[f"{name}[{level}]" if level else name] += 1
            depth[0] += 1
            try:
                return func(*args, **kwargs)
            finally:
                depth[0] -= 1
        return wrapper

    wrappers = {func: counting(func, name) for func, name in originals.items()}
    monkeypatch.setattr(Network, "summary", counting(Network.summary, "summary"))
    for module in [m for key, m in list(sys.modules.items()) if key.startswith("elznet") and m is not None]:
        for attr, value in list(vars(module).items()):
            if callable(value) and value in wrappers:
                monkeypatch.setattr(module, attr, wrappers[value])
    return counter


def test_the_demo_computes_each_table_exactly_once(calls, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["demo", "--quiet"]) == 0
    plt.close("all")
    # the demo writes the map, care-path map, report, workbook and figures: every table
    # they show is there, each computed one time
    for table in ("summary", "spanners[organisation]", "fragile_ties", "cut_points", "departure_risk[organisation]",
                  "communities", "mixing", "disconnected_groups", "white_spots", "duplicates", "network_positions"):
        assert calls[table] == 1, (table, dict(calls))
    assert max(calls.values()) == 1, dict(calls)


def test_outputs_from_one_analysis_compute_each_table_once(calls, tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    a = elznet.analyse(net)
    elznet.network_map(a, colour="cluster", size="betweenness", story=elznet.Story.default(a))
    elznet.care_path_map(a)
    elznet.report(a, tmp_path / "rapport.html")
    net.export_analysis(tmp_path / "analyse.xlsx", analysis=a)
    elznet.plot_network(a)
    elznet.plot_care_path(a)
    plt.close("all")
    assert calls["spanners[organisation]"] == 1 and calls["fragile_ties"] == 1, dict(calls)
    assert calls["communities"] == 1 and calls["network_positions"] == 1, dict(calls)
    assert max(calls.values()) == 1, dict(calls)


def test_a_computed_analysis_is_never_computed_again(tmp_path, monkeypatch):
    net = elznet.examples.load("meetjesland_zorgpad")
    a = elznet.analyse(net, people="pseudonyms").compute()
    a.positions, a.person_spanners  # noqa: B018 (computed before counting starts)
    def refuse(name):
        def computed_again(*args, **kwargs):
            raise AssertionError(f"{name} computed again from a computed Analysis")
        return computed_again

    for module, names in COUNTED.items():
        for name in names:
            for key, m in list(sys.modules.items()):
                if key.startswith("elznet") and m is not None and getattr(m, name, None) is getattr(module, name):
                    monkeypatch.setattr(m, name, refuse(name))
    elznet.report(a, tmp_path / "rapport.html", people="pseudonyms")
    elznet.network_map(a, colour="cluster")
    net.export_analysis(tmp_path / "analyse.xlsx", people="pseudonyms", analysis=a)
    elznet.plot_network(a)
    plt.close("all")


def test_an_analysis_cannot_show_people_it_was_not_made_for(tmp_path):
    a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    with pytest.raises(elznet.ArgumentError, match="people='pseudonyms'"):
        elznet.report(a, tmp_path / "rapport.html", people="pseudonyms")
    assert not (tmp_path / "rapport.html").exists()


def test_an_analysis_keeps_its_zone(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    a = elznet.analyse(net, zone="oost-meetjesland")
    assert a.zone.name == elznet.Zone.bundled("oost-meetjesland").name
    html = elznet.report(a, tmp_path / "r.html").read_text(encoding="utf-8")
    assert a.zone.name in html
    with pytest.raises(elznet.ArgumentError, match="zone"):
        elznet.report(a, tmp_path / "r2.html", zone="waasland-voorbeeld")


def test_outputs_refuse_what_is_neither_a_network_nor_an_analysis():
    with pytest.raises(elznet.ArgumentError, match="Network of een Analysis"):
        elznet.plot_network({"not": "a network"})


def test_the_map_and_the_slide_show_each_organisation_in_the_same_place():
    """Both read the Analysis's one layout: the slide's dots are at its positions, the map's
    nodes at the same positions scaled to the page (up to rounding to 0.1 pixel), with the
    page's y axis pointing down, so the map is not the slide upside down."""
    import numpy as np

    a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    fig = elznet.plot_network(a)
    dots = fig.axes[0].collections[-1].get_offsets()
    ids = list(a.net.graph)
    assert np.allclose(dots, [a.positions[v] for v in ids])
    plt.close(fig)
    nodes = elznet.network_map(a).nodes.set_index("id")
    drawn = nodes.loc[ids, ["x", "y"]].to_numpy()
    layout = np.array([a.positions[v] for v in ids])
    scale = drawn[:, 0].std() / layout[:, 0].std()
    assert np.allclose(drawn, layout * [scale, -scale], atol=0.11)
