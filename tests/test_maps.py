"""Interactive maps: self-contained, offline, safe, deterministic, private by default."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import elznet
from elznet import care_path_map, network_map, read_inventory

EVIL = '<img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def zorgpad():
    return elznet.examples.load("meetjesland_zorgpad")


@pytest.fixture(scope="module")
def evil():
    return read_inventory({
        "organisaties": pd.DataFrame({"naam": [EVIL, "CAW </script><script>alert(2)</script>", "JAC Eeklo"],
                                      "sector": ["welzijn", "welzijn", "welzijn"],
                                      "aanbod": ['"><svg onload=alert(3)>', "gewoon", "ook"],
                                      "zorgpadfasen": ["preventie", "crisis", "nazorg"]}),
        "initiatieven": pd.DataFrame({"naam": ["<b>vet</b>"], "doelgroepen": ['jongeren"><script>alert(4)</script>']}),
        "deelnames": pd.DataFrame({"initiatief": ["<b>vet</b>"] * 3,
                                   "organisatie": [EVIL, "CAW </script><script>alert(2)</script>", "JAC Eeklo"]}),
        "relaties": pd.DataFrame({"van": [EVIL], "naar": ["JAC Eeklo"], "soort": ["doorverwijzing"]}),
    })


def test_repr_html_is_a_self_contained_iframe(zorgpad):
    html = network_map(zorgpad)._repr_html_()
    assert html.startswith("<iframe") and "srcdoc=" in html
    assert 'src="http' not in html and "src='http" not in html and 'href="http' not in html
    assert not re.search(r'\bsrc="(?!data:)', html)  # no file next to the notebook either


def test_saved_page_inlines_everything_and_forbids_network_access(zorgpad, tmp_path):
    path = network_map(zorgpad).save(tmp_path / "kaart.html")
    html = path.read_text(encoding="utf-8")
    assert "vis.Network" in html and "default-src 'none'" in html
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert "cdnjs" not in html and "bootstrap" not in html


@pytest.mark.parametrize("make", [network_map, care_path_map])
def test_user_strings_are_escaped(evil, make):
    html = make(evil).html
    for raw in (EVIL, "</script><script>alert(2)", '"><svg onload=alert(3)>', "<b>vet</b>", "<script>alert(4)"):
        assert raw not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html  # present as data, never as markup


def test_same_input_and_seed_give_the_same_map(zorgpad):
    assert network_map(zorgpad, seed=1).html == network_map(zorgpad, seed=1).html
    assert network_map(zorgpad, seed=1).html != network_map(zorgpad, seed=2).html
    assert care_path_map(zorgpad).html == care_path_map(zorgpad).html


def test_people_are_hidden_unless_asked_for(zorgpad):
    names = list(zorgpad.people["name"])
    hidden = network_map(zorgpad).html
    assert not any(name in hidden for name in names)
    assert "(personen verborgen)" in hidden
    shown = network_map(zorgpad, people="names").html
    assert any(name in shown for name in names)
    initials = network_map(zorgpad, people="initials").html
    assert not any(name in initials for name in names)


def test_spanners_and_fragile_ties_are_marked(zorgpad):
    m = network_map(zorgpad)
    top = elznet.spanners(zorgpad).index[0]
    assert m.nodes.set_index("id").loc[top, "spanner"]
    fragile = elznet.fragile_ties(zorgpad)
    styles = m.edges.set_index(["a", "b"])["style"]
    bridge = fragile[fragile["is_bridge"]].iloc[0]
    key = (bridge["a"], bridge["b"]) if (bridge["a"], bridge["b"]) in styles.index else (bridge["b"], bridge["a"])
    assert styles[key].startswith("bridge")
    assert (styles == "single_person").any()


def test_legend_and_filters_are_dutch_by_default_and_english_on_request(zorgpad):
    nl = network_map(zorgpad).html
    for word in ("Netwerkkaart", "Sectoren", "Grenswerker", "Doelgroep: alle", "Gemeente: alle",
                 "Zorgpadfase: alle", "Zoek een organisatie"):
        assert word in nl
    en = network_map(zorgpad, lang="en").html
    assert "Network map" in en and "Boundary spanner" in en
    with pytest.raises(ValueError, match="lang must be"):
        network_map(zorgpad, lang="fr")


def test_care_path_map_puts_actors_in_their_stage_columns(zorgpad):
    m = care_path_map(zorgpad)
    stages = dict(zip(zorgpad.organisations["id"], zorgpad.organisations["stages"], strict=False))
    for row in m.nodes.itertuples(index=False):
        assert row.stage in stages[row.id]
    assert set(m.nodes["id"]) == {o for o, s in stages.items() if s}
    assert (m.edges["kind"] == "doorverwijzing").all() and len(m.edges) == (zorgpad.ties["kind"] == "doorverwijzing").sum()
    assert "Aanbod:" in m.html and "Preventie" in m.html and "Nazorg" in m.html


def test_map_file_needs_an_html_extension(zorgpad, tmp_path):
    with pytest.raises(ValueError, match=".html"):
        network_map(zorgpad).save(tmp_path / "kaart.png")
