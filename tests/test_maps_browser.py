"""The maps in a real browser: headless Chromium (Debian's) driven by playwright."""

from __future__ import annotations

import json
import re

import networkx as nx
import pandas as pd

import elznet
from tests.browser import visit
from tests.conftest import hand_network


def test_meetjesland_map_renders_offline_without_errors(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    path = elznet.network_map(net).save(tmp_path / "netwerkkaart.html")
    seen = visit(path, evaluate={"nodes": "window.elznet.visibleIds().length",
                                 "edges": "window.elznet.edges.get().filter(e => e.id[0] === 'e').length",
                                 "canvas": "document.querySelectorAll('#net canvas').length",
                                 "count": "document.getElementById('count').textContent"},
                 screenshot=tmp_path / "kaart.png")
    assert seen.values["canvas"] == 1
    assert seen.values["nodes"] == len(net.organisations) == 59
    assert seen.values["edges"] == net.graph.number_of_edges()
    assert seen.values["count"].startswith("59 / 59")
    assert seen.errors == []
    assert seen.requests == [path.resolve().as_uri()]  # the file itself, nothing else
    assert (tmp_path / "kaart.png").stat().st_size > 20_000


def test_care_path_map_renders_offline(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    m = elznet.care_path_map(net)
    path = m.save(tmp_path / "zorgpad.html")
    seen = visit(path, evaluate={"boxes": "window.elznet.nodes.get().filter(n => !n.id.startsWith('__stage_')).length"})
    assert seen.values["boxes"] == len(m.nodes)
    assert seen.errors == [] and seen.requests == [path.resolve().as_uri()]


def test_a_malicious_name_executes_nothing(tmp_path):
    evil = '<img src=x onerror="document.title=\'pwned\';alert(1)">'
    net = elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": [evil, "JAC Eeklo"], "sector": ["welzijn", "zorg"],
                                      "aanbod": ["<script>alert(2)</script>", "x"]}),
        "inventaris": pd.DataFrame({"Naam": ["<svg onload=alert(3)>"], "Partners": [f"{evil}; JAC Eeklo"]}),
    })
    path = elznet.network_map(net, people="names").save(tmp_path / "kwaad.html")
    seen = visit(path, evaluate={
        "title": "document.title",
        "images": "document.querySelectorAll('img').length",
        "label": f"window.elznet.labels().map(b => b.label).includes({evil!r})",
        "details": "(() => { const n = window.elznet.nodes.get()[0]; "
                   "document.getElementById('details').textContent = n.title; "
                   "return document.getElementById('details').innerHTML.includes('<img'); })()",
    })
    assert seen.dialogs == [] and seen.errors == []
    assert seen.values["title"] != "pwned" and seen.values["images"] == 0
    assert seen.values["label"] is True  # shown as text, exactly as typed
    assert seen.values["details"] is False


def test_report_renders_offline_without_errors(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    path = elznet.report(net, tmp_path / "rapport.html")
    seen = visit(path, evaluate={"sections": "document.querySelectorAll('h2').length",
                                 "images": "Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"},
                 pdf=tmp_path / "rapport.pdf")
    assert seen.errors == [] and seen.requests == [path.resolve().as_uri()]
    assert seen.values["sections"] >= 8 and seen.values["images"] is True
    pdf = (tmp_path / "rapport.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pdf.startswith(b"%PDF") and pages >= 3  # printed on several A4 pages


# --- issue 14: fitted, found, views, stories, positions ------------------------------------



#: Where the visible nodes are on screen: how many lie outside the map's frame, and how much
#: of the frame their bounding box fills (a re-fit fills most of one side).
FRAME = """(() => {
  const n = window.elznet.network, c = document.getElementById('net'), ids = window.elznet.visibleIds();
  const p = n.getPositions(ids); let outside = 0, x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
  ids.forEach(id => { const d = n.canvasToDOM(p[id]); x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
    if (d.x < 0 || d.y < 0 || d.x > c.clientWidth || d.y > c.clientHeight) outside++; });
  return {shown: ids.length, outside: outside, fill: Math.max((x1 - x0) / c.clientWidth, (y1 - y0) / c.clientHeight)};
})()"""
SLIDE = (1280, 720)


def _quiet(seen, path):
    assert seen.errors == [] and seen.dialogs == []
    assert seen.requests == [path.resolve().as_uri()]  # the file itself, nothing else


def test_map_is_fitted_on_open_and_after_each_filter(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    path = elznet.network_map(net).save(tmp_path / "kaart.html")
    counts = pd.Series([m for d in _page_nodes(path) if d["k"] == "o" for m in d["mu"]]).value_counts()
    municipality = counts[counts >= 2].index[-1]  # the municipality with the fewest organisations
    expected = int(counts[municipality])

    def act(page, frame, values):
        values["open"] = page.evaluate(FRAME)
        page.select_option('select[data-filter="mu"]', municipality)
        page.wait_for_timeout(200)
        values["municipality"] = page.evaluate(FRAME)
        page.screenshot(path=str(tmp_path / "gefilterd.png"))
        page.uncheck('#legend-colour input[data-value="0"]')  # first sector off
        page.wait_for_timeout(200)
        values["sector"] = page.evaluate(FRAME)
        page.click("#reset")
        page.wait_for_timeout(200)

    seen = visit(path, actions=act, evaluate={"reset": FRAME}, viewport=SLIDE, screenshot=tmp_path / "kaart.png")
    _quiet(seen, path)
    v = seen.values
    assert v["open"]["shown"] == 59 and v["open"]["outside"] == 0 and v["open"]["fill"] > 0.8
    assert v["municipality"]["shown"] == expected < 59 and v["municipality"]["outside"] == 0
    assert v["municipality"]["fill"] > 0.6  # re-fitted: the few nodes fill the frame
    assert v["sector"]["outside"] == 0 and v["sector"]["shown"] < expected + 1
    assert v["reset"] == v["open"]


def test_inline_map_in_a_notebook_frame_opens_fitted(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    page = tmp_path / "notebook.html"
    page.write_text(f"<!DOCTYPE html><html><body><h1>Notebook</h1>{elznet.network_map(net)._repr_html_()}</body></html>",
                    encoding="utf-8")
    seen = visit(page, evaluate={"frame": FRAME}, in_frame=True, viewport=SLIDE)
    assert seen.errors == []
    assert seen.values["frame"]["shown"] == 59 and seen.values["frame"]["outside"] == 0
    assert seen.values["frame"]["fill"] > 0.8


def test_labels_never_overlap_and_the_largest_come_first(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    m = elznet.network_map(net)
    path = m.save(tmp_path / "kaart.html")
    seen = visit(path, evaluate={"labels": "window.elznet.labels()"}, viewport=SLIDE)
    boxes = seen.values["labels"]
    overlaps = [(a["label"], b["label"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]]
    assert overlaps == [] and len(boxes) >= 20
    biggest = m.nodes.sort_values("size", ascending=False)["id"].iloc[0]
    assert biggest in {b["id"] for b in boxes}


def _search_network():
    import pandas as pd

    names = ["JAC Sint-Niklaas (CAW)", "CAW Oost-Vlaanderen", "CAW", "Gemeente Lokeren"]
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": names, "sector": ["welzijn", "welzijn", "welzijn", "lokaal bestuur"]}),
        "inventaris": pd.DataFrame({"Naam": ["Overleg"], "Partners": ["; ".join(names)]}),
    })


def test_search_ranks_the_exact_match_first_and_lists_the_hits(tmp_path):
    path = elznet.network_map(_search_network()).save(tmp_path / "zoek.html")

    def act(page, frame, values):
        page.fill("#q", "CAW")
        page.wait_for_timeout(100)
        values["hits"] = page.eval_on_selector_all("#hits button", "bs => bs.map(b => b.textContent)")
        page.press("#q", "Enter")
        page.wait_for_timeout(100)

    seen = visit(path, actions=act, evaluate={"details": "document.getElementById('details').textContent",
                                              "selected": "window.elznet.network.getSelectedNodes()"})
    _quiet(seen, path)
    assert seen.values["hits"] == ["CAW", "CAW Oost-Vlaanderen", "JAC Sint-Niklaas (CAW)"]
    assert seen.values["details"].split("\n")[0] == "CAW"
    assert len(seen.values["selected"]) == 1


def _page_nodes(path):
    import re

    raw = re.search(r'id="elz-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S).group(1)
    return json.loads(raw)["nodes"]


def test_two_mode_and_ego_views_from_the_page(tmp_path):
    net = hand_network()
    path = elznet.network_map(net).save(tmp_path / "views.html")

    def act(page, frame, values):
        page.select_option("#view", "two-mode")
        page.wait_for_timeout(150)
        values["two_mode"] = page.evaluate("window.elznet.visibleIds()")
        values["two_mode_frame"] = page.evaluate(FRAME)
        values["org_ties_shown"] = page.evaluate(
            "window.elznet.edges.get().filter(e => e.id[0] === 'e' && !e.hidden).length")
        values["membership_shown"] = page.evaluate(
            "window.elznet.edges.get().filter(e => e.id[0] === 'b' && !e.hidden).length")
        page.screenshot(path=str(tmp_path / "tweeledig.png"))
        page.select_option("#view", "organisations")
        page.wait_for_timeout(150)
        # click the CLB on the canvas, then "toon alleen de buren"
        box = page.evaluate("(() => { const n = window.elznet.network; const d = n.canvasToDOM(n.getPositions(['C']).C);"
                            " const r = document.getElementById('net').getBoundingClientRect();"
                            " return {x: r.left + d.x, y: r.top + d.y}; })()")
        page.mouse.click(box["x"], box["y"])
        page.wait_for_function("!document.getElementById('egobox').hidden", timeout=10_000)
        page.click("#egobtn")
        page.wait_for_timeout(150)
        values["ego1"] = page.evaluate("window.elznet.visibleIds()")
        values["ego1_frame"] = page.evaluate(FRAME)
        page.select_option("#depth", "2")
        page.wait_for_timeout(150)
        values["ego2"] = page.evaluate("window.elznet.visibleIds()")

    seen = visit(path, actions=act, viewport=SLIDE)
    _quiet(seen, path)
    v = seen.values
    assert sorted(v["two_mode"]) == sorted(list("ABCDEF") + ["ini:i1", "ini:i2", "ini:i3"])
    assert v["two_mode_frame"]["outside"] == 0
    assert v["org_ties_shown"] == 0
    assert v["membership_shown"] == len(net.participations[["initiative", "organisation"]].drop_duplicates())
    g = net.graph
    assert sorted(v["ego1"]) == sorted(nx.ego_graph(g, "C", radius=1)) == ["A", "C", "D"]
    assert v["ego1_frame"]["outside"] == 0
    assert sorted(v["ego2"]) == sorted(nx.ego_graph(g, "C", radius=2))


def test_stepping_through_a_story_with_keys_and_buttons(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    story = elznet.Story.default(net)
    m = elznet.network_map(net, story=story)
    path = m.save(tmp_path / "verhaal.html")
    spanners = set(m.nodes.loc[m.nodes["spanner"], "id"])
    sectors = set(story.steps[3].sectors)
    sector_of = dict(zip(net.organisations["id"], net.organisations["sector"], strict=False))
    state = "({step: document.body.dataset.step, caption: document.getElementById('caption').textContent," \
            " hl: window.elznet.state.hl ? Array.from(window.elznet.state.hl) : null, shown: window.elznet.visibleIds()," \
            " frame: " + FRAME + "})"

    def act(page, frame, values):
        values["first"] = page.evaluate(state)
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(150)
        values["second"] = page.evaluate(state)
        page.screenshot(path=str(tmp_path / "stap2.png"))
        page.click("#next")
        page.click("#next")
        page.wait_for_timeout(150)
        values["fourth"] = page.evaluate(state)
        page.screenshot(path=str(tmp_path / "stap4.png"))
        page.keyboard.press("ArrowRight")  # past the end: stays on the last step
        page.keyboard.press("ArrowLeft")
        page.wait_for_timeout(150)
        values["back"] = page.evaluate(state)

    seen = visit(path, actions=act, viewport=SLIDE)
    _quiet(seen, path)
    v = seen.values
    assert v["first"]["step"] == "1" and v["first"]["caption"] == "Stap 1/4 · Het hele netwerk"
    assert v["first"]["hl"] is None and len(v["first"]["shown"]) == 59
    assert v["second"]["step"] == "2" and "grenswerkers" in v["second"]["caption"]
    names = {n["id"]: i for i, n in enumerate(_page_nodes(path))}
    assert {k for k, i in names.items() if i in set(v["second"]["hl"])} == spanners
    assert v["fourth"]["step"] == "4" and v["fourth"]["frame"]["outside"] == 0
    assert {sector_of[i] for i in v["fourth"]["shown"]} == sectors
    assert v["back"]["step"] == "3"


def test_positions_saved_from_the_page_are_reused(tmp_path):
    net = hand_network()
    path = elznet.network_map(net).save(tmp_path / "kaart.html")
    saved = tmp_path / "posities.json"

    def act(page, frame, values):
        start_x = page.evaluate("window.elznet.network.getPositions(['E']).E.x")
        start = page.evaluate("(() => { const n = window.elznet.network; const d = n.canvasToDOM(n.getPositions(['E']).E);"
                              " const r = document.getElementById('net').getBoundingClientRect();"
                              " return {x: r.left + d.x, y: r.top + d.y}; })()")
        page.mouse.move(start["x"], start["y"])
        page.mouse.down()
        page.mouse.move(start["x"] + 60, start["y"] + 40, steps=8)
        page.mouse.up()
        page.wait_for_function(f"window.elznet.network.getPositions(['E']).E.x !== {start_x}", timeout=10_000)
        page.wait_for_timeout(100)
        values["dragged"] = page.evaluate("window.elznet.network.getPositions(['E']).E")
        with page.expect_download() as download:
            page.click("#savepos")
        download.value.save_as(saved)

    seen = visit(path, actions=act, downloads=tmp_path)
    assert seen.errors == []
    assert [r for r in seen.requests if not r.startswith("blob:")] == [path.resolve().as_uri()]
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["positions"]["E"]["name"] == "OCMW"
    again = elznet.network_map(net, positions=saved)
    reused = again.nodes.set_index("id")
    dragged = seen.values["dragged"]
    assert abs(reused.at["E", "x"] - dragged["x"]) < 0.1 and abs(reused.at["E", "y"] - dragged["y"]) < 0.1
    path2 = again.save(tmp_path / "volgend_jaar.html")
    later = visit(path2, evaluate={"E": "window.elznet.network.getPositions(['E']).E"})
    assert abs(later.values["E"]["x"] - dragged["x"]) < 0.1 and abs(later.values["E"]["y"] - dragged["y"]) < 0.1
    _quiet(later, path2)


def test_aggregated_map_opens_a_group_on_click(tmp_path):
    net = hand_network()
    net.organisations["zone"] = ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "Noord"]
    path = elznet.network_map(net, aggregate="zone").save(tmp_path / "zones.html")
    where = ("(() => { const n = window.elznet.network; const d = n.canvasToDOM(n.getPositions(['grp:Zuid'])['grp:Zuid']);"
             " const r = document.getElementById('net').getBoundingClientRect(); return {x: r.left + d.x, y: r.top + d.y}; })()")

    def act(page, frame, values):
        values["closed"] = page.evaluate("window.elznet.visibleIds()")
        spot = page.evaluate(where)
        page.mouse.click(spot["x"], spot["y"])
        page.wait_for_function("window.elznet.visibleIds().includes('C')", timeout=10_000)
        values["open"] = page.evaluate("window.elznet.visibleIds()")
        values["members_outside"] = page.evaluate(
            "(() => { const n = window.elznet.network, c = document.getElementById('net'), p = n.getPositions(['C', 'D', 'E']);"
            " return Object.values(p).map(q => n.canvasToDOM(q)).filter(d => d.x < 0 || d.y < 0 || d.x > c.clientWidth"
            " || d.y > c.clientHeight).length; })()")

    seen = visit(path, actions=act, viewport=SLIDE)
    _quiet(seen, path)
    assert sorted(seen.values["closed"]) == ["grp:Noord", "grp:Zuid"]
    assert sorted(seen.values["open"]) == ["C", "D", "E", "grp:Noord"]  # Zuid opened into its organisations
    assert seen.values["members_outside"] == 0  # the view moves to the opened group
