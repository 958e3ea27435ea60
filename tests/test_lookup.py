"""The one lookup: an organisation, person or initiative by id or name (Network.find),
used by every function that takes one; NotFoundError names near matches or, for a
name two entries share, their ids. Cases built by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import elznet
from elznet import ArgumentError, Network, NotFoundError, read_inventory


@pytest.fixture
def net():
    """Two organisations called "Dienst Welzijn" (one in Eeklo, one in Maldegem: a reader
    refuses that within one inventory, but read_zones keeps two KBO numbers apart), a CGG
    whose name carries an accent and a capital, one initiative, two people."""
    read = read_inventory({
        "organisaties": pd.DataFrame({"id": ["dw-eeklo", "dw-maldegem", "cgg", "caw"],
                                      "naam": ["Dienst Welzijn Eeklo", "Dienst Welzijn Maldegem", "CGG Éclips",
                                               "CAW Oost-Vlaanderen"],
                                      "sector": ["lokaal_bestuur", "lokaal_bestuur", "zorg", "welzijn"]}),
        "personen": pd.DataFrame({"id": ["p1", "p2"], "naam": ["Anna Peeters", "Bart Claeys"],
                                  "organisatie": ["cgg", "caw"]}),
        "initiatieven": pd.DataFrame({"id": ["i1"], "naam": ["Zorgpad suïcide"]}),
        "deelnames": pd.DataFrame({"initiatief": ["i1"] * 4, "organisatie": ["dw-eeklo", "dw-maldegem", "cgg", "caw"],
                                   "persoon": [None, None, "p1", "p2"]}),
    })
    orgs = read.organisations.copy()
    orgs["name"] = orgs["name"].replace({"Dienst Welzijn Eeklo": "Dienst Welzijn", "Dienst Welzijn Maldegem": "Dienst Welzijn"})
    return Network.from_tables(organisations=orgs, people=read.people, initiatives=read.initiatives,
                               participations=read.participations, ties=read.ties)


def test_an_id_is_found_as_written(net):
    assert net.find("cgg") == "cgg"
    assert net.find("p2", kind="person") == "p2"
    assert net.find("i1", kind="initiative") == "i1"


def test_a_name_is_found_whatever_its_case_accents_and_punctuation(net):
    assert net.find("CGG Éclips") == "cgg"
    assert net.find("cgg eclips") == "cgg"
    assert net.find("  CAW oost vlaanderen ") == "caw"
    assert net.find("zorgpad suicide", kind="initiative") == "i1"
    assert net.find("anna peeters", kind="person") == "p1"


def test_a_name_two_organisations_share_is_an_error_that_lists_both_ids(net):
    with pytest.raises(NotFoundError) as info:
        net.find("Dienst Welzijn")
    error = info.value
    assert error.ambiguous and isinstance(error, LookupError)
    assert [i for i, _ in error.matches] == ["dw-eeklo", "dw-maldegem"]
    assert "hoort bij 2 organisaties: dw-eeklo, dw-maldegem" in str(error)
    assert net.find("dw-maldegem") == "dw-maldegem"  # the id settles it


def test_a_typo_names_the_near_matches(net):
    with pytest.raises(NotFoundError) as info:
        net.find("CAW Oost-Vlaanderne")
    assert info.value.matches[0] == ("caw", "CAW Oost-Vlaanderen")
    assert len(info.value.matches) <= 3
    assert str(info.value).startswith("Organisatie 'CAW Oost-Vlaanderne' staat niet in dit netwerk. Bedoelt u: "
                                      "CAW Oost-Vlaanderen (caw)")
    with pytest.raises(NotFoundError, match="Bedoelt u: Zorgpad suïcide"):
        net.find("Zorgpad suicdie", kind="initiative")
    with pytest.raises(NotFoundError, match="Bedoelt u: Anna Peeters"):
        net.find("Anna Peters", kind="person")


def test_nothing_alike_names_no_match(net):
    with pytest.raises(NotFoundError) as info:
        net.find("xq")
    assert info.value.matches == [] and "Bedoelt u" not in str(info.value)


def test_a_wrong_kind_or_a_non_text_is_an_argument_error(net):
    with pytest.raises(ArgumentError, match="kind="):
        net.find("cgg", kind="organization")
    with pytest.raises(ArgumentError):
        net.find(3)


def test_every_function_that_takes_a_name_uses_the_one_lookup(net):
    """what_if (person, organisation), stretch (initiative) and filter (organisation)
    answer a typo with the same NotFoundError and its near matches."""
    with pytest.raises(NotFoundError, match="Bedoelt u: CGG Éclips"):
        elznet.what_if(net, organisation="CGG Eclipse")
    with pytest.raises(NotFoundError, match="Bedoelt u: Bart Claeys"):
        elznet.what_if(net, person="Bart Claes")
    with pytest.raises(NotFoundError, match="Bedoelt u: Zorgpad suïcide"):
        elznet.stretch(net, initiative="Zorgpad suicdie")
    with pytest.raises(NotFoundError, match="Bedoelt u: CAW Oost-Vlaanderen"):
        net.filter(organisation="CAW Oost-Vlaanderne")
    with pytest.raises(NotFoundError, match="Organisatie 'CGG Eclipse' staat niet"):  # one typo in a list
        net.filter(organisation=["CAW Oost-Vlaanderen", "CGG Eclipse"])
    with pytest.raises(NotFoundError, match="hoort bij 2 organisaties"):
        elznet.what_if(net, organisation="Dienst Welzijn")
    assert elznet.what_if(net, organisation="cgg eclips").who == "CGG Éclips"
