"""Interactive maps: self-contained, offline, safe, deterministic, private by default."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import elznet
from elznet import CarePathError, MapError, Network, NotFoundError, Story, care_path_map, network_map, read_inventory
from tests.conftest import hand_network

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


# --- issue 14: views, colours, sizes, survey ties, stories, positions, care paths ----------



def _data(m) -> dict:
    """The JSON the page draws from (as the browser parses it)."""
    raw = re.search(r'<script type="application/json" id="elz-data">(.*?)</script>', m.html, re.S).group(1)
    return json.loads(raw)


def _survey_network():
    """hand_network() with partner-survey answers on its ties (as a survey reader sets them):
    trust 1 on A-B up to 5 on D-E, frequency 1..6, and C-D named by C only."""
    net = hand_network()
    g = net.graph
    answers = {("A", "B"): (1, 1), ("A", "F"): (2, 2), ("B", "F"): (3, 3), ("A", "C"): (4, 4), ("C", "D"): (4, 5),
               ("D", "E"): (5, 6)}
    for (a, b), (trust, frequency) in answers.items():
        g.edges[a, b].update(trust=trust, frequency=frequency, one_sided=(a, b) == ("C", "D"))
    return net


def test_trust_colours_and_frequency_widens_the_ties_with_a_dutch_legend():
    net = _survey_network()
    m = network_map(net, edge_colour="trust", edge_width="frequency")
    ties = m.edges.set_index(["a", "b"])
    # trust 1..5 in five equal classes: 1 -> lightest, 5 -> darkest (ColorBrewer Blues)
    assert ties.loc[("A", "B"), "colour"] == "#C6DBEF" and ties.loc[("D", "E"), "colour"] == "#08519C"
    widths = [ties.loc[k, "width"] for k in [("A", "B"), ("A", "F"), ("B", "F"), ("A", "C"), ("C", "D"), ("D", "E")]]
    assert widths == sorted(widths) and widths[0] == 1 and widths[-1] == 6  # frequency 1 -> 1 px, 6 -> 6 px
    assert "Kleur van de banden: vertrouwen" in m.html and "Dikte van de banden: frequentie" in m.html


def test_a_tie_named_by_one_side_only_is_dotted_and_in_the_legend():
    m = network_map(_survey_network())
    ties = m.edges.set_index(["a", "b"])
    assert ties.loc[("C", "D"), "dashes"] == "dotted"
    assert (ties.drop(("C", "D"))["dashes"] != "dotted").all()
    assert "Eenzijdig genoemd (stippellijn)" in m.html
    assert "eenzijdig" not in network_map(hand_network()).html  # no legend entry without such ties


def test_an_unknown_tie_attribute_is_a_clear_error():
    with pytest.raises(MapError, match="Geen enkele band heeft 'vertrouwen'"):
        network_map(hand_network(), edge_colour="vertrouwen")


def test_two_mode_view_draws_initiatives_between_their_partners():
    net = hand_network()
    m = network_map(net, view="two-mode")
    inis = m.nodes[m.nodes["kind"] == "initiative"]
    assert sorted(inis["name"]) == ["Crisis", "Overleg", "Schoolpad"]
    data = _data(m)
    pairs = {(data["nodes"][a]["id"], data["nodes"][b]["id"]) for a, b in data["bedges"]}
    expected = {(o, f"ini:{i}") for i, o in net.participations[["initiative", "organisation"]].itertuples(index=False)}
    assert pairs == expected


def test_colour_by_any_organisation_column_and_size_by_any_measure():
    net = hand_network()
    net.organisations["zone"] = ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "Noord"]
    m = network_map(net, colour="zone", size="betweenness")
    colouring = _data(m)["colourings"][0]
    assert colouring["key"] == "zone" and [v[0] for v in colouring["values"]] == ["Noord", "Zuid"]
    radii = dict(zip(m.nodes["id"], m.nodes["size"], strict=False))
    # hand-worked: C and D lie on every path to D/E, E and B/F have betweenness 0
    assert radii["C"] > radii["B"] and radii["E"] == radii["B"] == 8
    with pytest.raises(MapError, match="Kleuren volgens 'postcode'"):
        network_map(net, colour="postcode")
    with pytest.raises(MapError, match="Grootte volgens 'omzet'"):
        network_map(net, size="omzet")


def test_ego_view_names_its_focus_and_rejects_unknown_names():
    net = hand_network()
    assert _data(network_map(net, view="ego", focus="clb", depth=2))["ego"] == {"id": "C", "depth": 2}
    with pytest.raises(NotFoundError, match="Bedoelt u: CAW"):
        network_map(net, view="ego", focus="CAWW")


def test_story_steps_carry_views_highlights_and_filters():
    net = hand_network()
    story = Story([{"caption": "Het hele netwerk"},
                   {"caption": "Grenswerkers", "highlight": "spanners"},
                   {"caption": "Eén persoon", "highlight": "single_person"},
                   {"caption": "Zorg en onderwijs", "sectors": ["zorg", "Onderwijs"]},
                   {"caption": "Rond het CLB", "view": "ego", "focus": "CLB"}])
    steps = _data(network_map(net, story=story))["story"]
    assert [s["caption"] for s in steps] == ["Het hele netwerk", "Grenswerkers", "Eén persoon", "Zorg en onderwijs",
                                             "Rond het CLB"]
    assert steps[2]["he"] == 1 and steps[3]["sectors"] == ["zorg", "onderwijs"] and steps[4]["focus"] == "C"
    with pytest.raises(ValueError, match="unknown story step field"):
        Story([{"caption": "x", "kleur": "sector"}])
    with pytest.raises(NotFoundError, match="Organisatie 'Onbekende vzw' staat niet in dit netwerk"):
        network_map(net, story=[{"caption": "x", "highlight": ["Onbekende vzw"]}])


def test_default_story_has_the_four_steps_a_zorgraad_sees(zorgpad):
    story = Story.default(zorgpad)
    gaps = elznet.disconnected_groups(zorgpad)
    assert len(story) == 4 and story.steps[1].highlight == "spanners"
    assert story.steps[3].sectors == [gaps.iloc[0]["group_a"], gaps.iloc[0]["group_b"]]


def test_positions_are_kept_for_the_organisations_that_stayed(tmp_path):
    net = hand_network()
    first = network_map(net, seed=3)
    saved = first.save_positions(tmp_path / "posities.json")
    # next year: ids renumbered, JAC gone, a new organisation tied to the CLB
    orgs = net.organisations[net.organisations["id"] != "F"].copy()
    orgs["id"] = orgs["id"].str.lower()
    new = pd.concat([orgs, pd.DataFrame([{**{c: None for c in orgs.columns}, "id": "g", "name": "Huis van het Kind",
                                          "sector": "welzijn", "target_groups": [], "ages": [], "stages": []}])])
    parts = net.participations[net.participations["organisation"] != "F"].copy()
    parts["organisation"] = parts["organisation"].str.lower()
    parts = pd.concat([parts, pd.DataFrame([{"initiative": "i2", "organisation": "g", "person": None,
                                             "role": "partner"}])])
    later = Network.from_tables(organisations=new, initiatives=net.initiatives, participations=parts,
                                ties=net.ties.assign(source=["d"], target=["e"]))
    for previous in (first, saved):
        second = network_map(later, positions=previous)
        before, after = first.nodes.set_index("name"), second.nodes.set_index("name")
        for name in ["CAW", "CGG", "CLB", "AZ", "OCMW"]:
            assert (after.at[name, "x"], after.at[name, "y"]) == (before.at[name, "x"], before.at[name, "y"])
            assert after.at[name, "kept"]
        assert not after.at["Huis van het Kind", "kept"]


def test_aggregated_map_has_one_node_per_group_and_sums_the_ties_between_them():
    net = hand_network()
    net.organisations["zone"] = ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "Noord"]
    m = network_map(net, aggregate="zone")
    assert dict(zip(m.nodes["name"], m.nodes["organisations"], strict=False)) == {"Noord": 3, "Zuid": 3}
    assert m.edges.to_dict("records") == [{"a": "Noord", "b": "Zuid", "ties": 1}]  # only A-C crosses


def _staged(organisations=None, initiatives=None, participations=None) -> Network:
    """Three organisations, two initiatives; stages only where given."""
    orgs = pd.DataFrame({"id": ["a", "b", "c"], "name": ["CAW", "CGG", "School"],
                         "sector": ["welzijn", "zorg", "onderwijs"], "type": [None] * 3, "municipality": [None] * 3,
                         "offer": [None] * 3, "target_groups": [[]] * 3, "ages": [[]] * 3,
                         "stages": organisations or [[]] * 3, "contact_role": [None] * 3})
    inis = pd.DataFrame({"id": ["i1", "i2"], "name": ["Zorgpad A", "Overleg B"], "target_groups": [[], []],
                         "municipalities": [[], []], "stages": initiatives or [[], []]})
    parts = pd.DataFrame({"initiative": ["i1", "i1", "i2", "i2"], "organisation": ["a", "b", "b", "c"],
                          "person": [None] * 4, "role": ["partner"] * 4})
    if participations is not None:
        parts["zorgpadfase"] = participations
    return Network.from_tables(organisations=orgs, initiatives=inis, participations=parts)


def test_care_path_takes_stages_from_initiatives_when_organisations_have_none():
    m = care_path_map(_staged(initiatives=[["preventie", "crisis"], []]))
    assert sorted(zip(m.nodes["name"], m.nodes["stage"], m.nodes["source"], strict=False)) == [
        ("CAW", "crisis", "initiatief"), ("CAW", "preventie", "initiatief"),
        ("CGG", "crisis", "initiatief"), ("CGG", "preventie", "initiatief")]


def test_care_path_takes_stages_from_participations():
    m = care_path_map(_staged(participations=["crisis", "Nazorg", "preventie", "signalering"]))
    got = sorted(zip(m.nodes["name"], m.nodes["stage"], m.nodes["source"], strict=False))
    assert got == [("CAW", "crisis", "deelname"), ("CGG", "nazorg", "deelname"), ("CGG", "preventie", "deelname"),
                   ("School", "signalering", "deelname")]


def test_one_care_path_draws_only_the_partners_of_its_initiatives():
    net = _staged(initiatives=[["preventie"], ["nazorg"]], participations=[None, "crisis", None, None])
    m = care_path_map(net, initiatives=["zorgpad a"])
    assert sorted(zip(m.nodes["name"], m.nodes["stage"], strict=False)) == [("CAW", "preventie"), ("CGG", "crisis")]
    with pytest.raises(NotFoundError, match="Initiatief 'Zorgpad Z'.*Bedoelt u: Zorgpad A"):
        care_path_map(net, initiatives=["Zorgpad Z"])


def test_care_path_without_any_stage_is_a_clear_error():
    with pytest.raises(CarePathError, match="Geen zorgpadfase bekend"):
        care_path_map(_staged())


def test_tie_tooltips_name_the_shared_initiatives():
    m = network_map(hand_network())
    data = _data(m)
    by = {(data["nodes"][e[0]]["id"], data["nodes"][e[1]]["id"]): e for e in data["edges"]}
    a_b = by[("A", "B")] if ("A", "B") in by else by[("B", "A")]
    assert [data["inis"][k] for k in a_b[6]] == ["Overleg"]
    d_e = by[("D", "E")] if ("D", "E") in by else by[("E", "D")]
    assert "doorverwijzing" in d_e[7]


def test_report_embeds_the_same_story(zorgpad, tmp_path):
    story = Story.default(zorgpad)
    html = elznet.report(zorgpad, tmp_path / "rapport.html", story=story).read_text(encoding="utf-8")
    assert escape_attr('<footer id="story">') in html  # inside the map's srcdoc
    assert all(escape_attr(step.caption) in html for step in story)


def escape_attr(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def test_ego_view_needs_a_focus():
    with pytest.raises(MapError, match="geef focus="):
        network_map(hand_network(), view="ego")


def test_story_captions_colour_values_and_tie_categories_are_escaped(evil):
    evil.organisations["zone"] = [EVIL, "Noord", "</script><script>alert(5)</script>"]
    for a, b in evil.graph.edges():
        evil.graph.edges[a, b]["soort_band"] = '"><img src=y onerror=alert(6)>'
    html = network_map(evil, colour="zone", edge_colour="soort_band",
                       story=[{"caption": "<script>alert(7)</script>"}]).html
    for raw in (EVIL, "</script><script>alert(5)", "<img src=y onerror=alert(6)>", "<script>alert(7)"):
        assert raw not in html
    assert "&lt;img src=y onerror=alert(6)&gt;" in html  # the legend shows it as text


def test_the_municipality_filter_holds_only_municipalities_of_the_zone():
    import json
    import re

    net = elznet.examples.load("waasland_voorbeeld")
    for view in ("organisations", "two-mode"):
        html = network_map(net, view=view).html
        places = {p for m in re.finditer(r'"mu":(\[[^\]]*\])', html) for p in json.loads(m.group(1))}
        assert places and places <= set(net.zone.municipalities)  # no "regio Waasland", "BKZ", "Belsele"


def test_the_maps_pseudonyms_are_those_of_the_tables_and_the_report(zorgpad, tmp_path):
    """A person's pseudonym is the same in the map's tie tooltips as in every table (it
    depends on the Network's salt): a reader can follow one carrier from table to map."""
    from elznet._privacy import person_labels

    m = network_map(zorgpad, people="pseudonyms")
    salted = person_labels(zorgpad.people, "pseudonyms", salt=zorgpad.salt)
    unsalted = person_labels(zorgpad.people, "pseudonyms")
    carriers = {p for _, _, d in zorgpad.graph.edges(data=True) for side in d["carriers"].values() for p in side}
    shown = [salted[p] for p in carriers]
    assert shown and all(label in m.html for label in shown)
    other = [unsalted[p] for p in carriers if unsalted[p] != salted[p]]
    assert other and not any(label in m.html for label in other)
    tables = elznet.fragile_ties(zorgpad, people="pseudonyms")
    in_tables = {x for col in ("carriers_a", "carriers_b") for cell in tables[col] for x in cell}
    assert in_tables <= set(shown)
