"""One carrier classification (one person / several people / unknown), the same count everywhere."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from openpyxl import load_workbook

import elznet
from elznet import fragile_ties, network_map, read_inventory
from elznet.carriers import carrier_counts


@pytest.fixture
def net():
    """Worked by hand:

    * A–D (i1): A by a1 and a2, D by d1 and d2: nobody alone removes it -> several;
    * B–C (i2): B by b1 alone, C unnamed: b1 leaving removes it -> one;
    * C–E (i3): both sides unnamed -> unknown;
    * A–E (i4 by a1, i5 by a2; E unnamed): no single departure removes both -> unknown;
    * B–D (i6, afgerond): not counted while only running initiatives count.
    """
    return read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABCDE"), "naam": ["CAW", "CGG", "CLB", "OCMW", "JAC"],
                                      "sector": ["welzijn", "zorg", "onderwijs", "lokaal bestuur", "welzijn"]}),
        "personen": pd.DataFrame({"id": ["a1", "a2", "b1", "d1", "d2"],
                                  "naam": ["An Aerts", "Bo Bals", "Cas Cools", "Dina Dams", "Eli Eyckmans"],
                                  "organisatie": ["A", "A", "B", "D", "D"]}),
        "initiatieven": pd.DataFrame({"id": ["i1", "i2", "i3", "i4", "i5", "i6"],
                                      "naam": ["Overleg", "Schoolpad", "Jeugd", "Buurt", "Wijk", "Oud project"],
                                      "status": ["lopend", "lopend", None, "lopend", "in opstart", "afgerond"]}),
        "deelnames": pd.DataFrame({
            "initiatief": ["i1", "i1", "i1", "i1", "i2", "i2", "i3", "i3", "i4", "i4", "i5", "i5", "i6", "i6"],
            "organisatie": ["A", "A", "D", "D", "B", "C", "C", "E", "A", "E", "A", "E", "B", "D"],
            "persoon": ["a1", "a2", "d1", "d2", "b1", None, None, None, "a1", None, "a2", None, "b1", "d1"]}),
    })


def test_every_tie_is_one_person_several_people_or_unknown(net):
    g = net.graph
    assert g.edges["A", "D"]["carrier"] == "several"
    assert g.edges["B", "C"]["carrier"] == "one"
    assert g.edges["C", "E"]["carrier"] == "unknown"
    assert g.edges["A", "E"]["carrier"] == "unknown"
    assert not g.has_edge("B", "D")  # the finished project does not count by default
    assert carrier_counts(net) == {"one": 1, "several": 1, "unknown": 2}


def test_the_summary_states_carrier_coverage(net):
    s = net.summary()
    assert (s["single_person_ties"], s["several_people_ties"], s["carrier_unknown_ties"]) == (1, 1, 2)
    assert s["carrier_unknown_share"] == pytest.approx(0.5)
    assert s.coverage().startswith("Voor 50% van de banden (2 van 4) is niet bekend wie ze draagt")
    assert "Voor 50% van de banden" in str(s)


def test_counting_finished_initiatives_is_a_choice(net):
    everything = net.with_status("all")
    assert everything.graph.edges["B", "D"]["carrier"] == "one"  # b1 and d1 each alone on their side
    assert net.summary()["initiatives_not_counted"] == 1 and everything.summary()["initiatives_not_counted"] == 0


def test_newman_weights_keep_one_large_meeting_from_dominating():
    # Newman (2001): a shared initiative with k partners adds 1/(k-1) to each pair; here a
    # 5-partner assembly (1/4 per pair) and a 2-partner project (1) between A and B
    orgs = list("ABCDE")
    net = read_inventory({
        "organisaties": pd.DataFrame({"id": orgs, "naam": orgs, "sector": ["zorg"] * 5}),
        "initiatieven": pd.DataFrame({"id": ["av", "p"], "naam": ["Algemene vergadering", "Project"]}),
        "deelnames": pd.DataFrame({"initiatief": ["av"] * 5 + ["p", "p"], "organisatie": orgs + ["A", "B"]})})
    g = net.graph
    assert g.edges["A", "B"]["weight"] == 2 and g.edges["A", "B"]["newman_weight"] == pytest.approx(1.25)
    assert g.edges["C", "D"]["weight"] == 1 and g.edges["C", "D"]["newman_weight"] == pytest.approx(0.25)


def test_fragile_ties_use_the_same_classes(net):
    f = fragile_ties(net).set_index(["a", "b"])
    assert f["carrier"].to_dict() == {k: net.graph.edges[k]["carrier"] for k in f.index}
    assert f["single_person"].sum() == 1 and f["carrier_unknown"].sum() == 2


def test_summary_report_map_and_export_count_the_same_single_person_ties(tmp_path):
    net = elznet.examples.load("waasland_voorbeeld")
    expected = net.summary()["single_person_ties"]
    assert expected > 0
    assert int(fragile_ties(net, people="hide")["single_person"].sum()) == expected
    styles = network_map(net).edges["style"]
    assert int(styles.isin(["single_person", "bridge_single_person"]).sum()) == expected
    html = elznet.report(net, tmp_path / "rapport.html").read_text(encoding="utf-8")
    kpi = re.search(r"<b>([\d.]+)</b>banden die aan één persoon hangen", html)
    assert kpi and int(kpi.group(1).replace(".", "")) == expected
    wb = load_workbook(net.export_analysis(tmp_path / "analyse.xlsx"), read_only=True)
    rows = list(wb["kwetsbare banden"].iter_rows(values_only=True))
    column = rows[0].index("hangt aan één persoon")
    assert sum(1 for r in rows[1:] if r[column] == "ja") == expected
    figures = {r[0]: r[1] for r in wb["kerncijfers"].iter_rows(values_only=True)}
    assert figures["banden die aan één persoon hangen"] == expected


def test_map_figure_and_hand_over_draw_unknown_carriers_apart_from_robust_ties(tmp_path):
    import networkx as nx
    from matplotlib.colors import to_hex

    from elznet.output import style

    # a triangle (no bridges): A–B carried by two people on each side (several), A–C by a1
    # alone on A's side (one), B–C by nobody named (unknown)
    net = read_inventory({
        "organisaties": pd.DataFrame({"id": list("ABC"), "naam": ["CAW", "CGG", "CLB"],
                                      "sector": ["welzijn", "zorg", "onderwijs"]}),
        "personen": pd.DataFrame({"id": ["a1", "a2", "b1", "b2"], "naam": ["An Aerts", "Bo Bals", "Cas Cools",
                                                                           "Dina Dams"],
                                  "organisatie": ["A", "A", "B", "B"]}),
        "initiatieven": pd.DataFrame({"id": ["i1", "i2", "i3"], "naam": ["Overleg", "Schoolpad", "Jeugd"]}),
        "deelnames": pd.DataFrame({"initiatief": ["i1", "i1", "i1", "i1", "i2", "i2", "i3", "i3"],
                                   "organisatie": ["A", "A", "B", "B", "B", "C", "A", "C"],
                                   "persoon": ["a1", "a2", "b1", "b2", None, None, "a1", None]})})
    assert carrier_counts(net) == {"one": 1, "several": 1, "unknown": 1}
    edges = network_map(net).edges
    style_of = {tuple(sorted((a, b))): v for a, b, v in zip(edges["a"], edges["b"], edges["style"], strict=True)}
    assert style_of == {("A", "B"): "normal", ("A", "C"): "single_person", ("B", "C"): "unknown_carrier"}
    assert style.TIE_STYLES["unknown_carrier"]["color"] != style.TIE_STYLES["normal"]["color"]
    fig = elznet.plot_network(net)
    drawn = {to_hex(c).upper() for coll in fig.axes[0].collections[:-1] for c in coll.get_colors()}
    assert style.TIE_STYLES["unknown_carrier"]["color"] in drawn
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "Samenwerking, niet bekend wie ze draagt (lichtgrijs)" in legend
    g = nx.read_graphml(net.to_graphml(tmp_path / "n.graphml"))
    assert sorted(d.get("carrier") for _, _, d in g.edges(data=True)) == ["one", "several", "unknown"]
    assert sum(bool(d.get("single_person")) for _, _, d in g.edges(data=True)) == 1
