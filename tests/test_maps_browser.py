"""The maps in a real browser: headless Chromium (Debian's) driven by playwright."""

from __future__ import annotations

import re

import pandas as pd

import elznet
from tests.browser import visit


def test_meetjesland_map_renders_offline_without_errors(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    path = elznet.network_map(net).save(tmp_path / "netwerkkaart.html")
    seen = visit(path, evaluate={"nodes": "window.elznet.nodes.length", "edges": "window.elznet.edges.length",
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
    seen = visit(path, evaluate={"boxes": "window.elznet.nodes.get().filter(n => !n.fixedLabel).length"})
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
        "label": f"window.elznet.nodes.get().map(n => n.label).includes({evil!r})",
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
