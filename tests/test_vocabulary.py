"""The vocabulary: the zone's own words, complete, with Dutch labels; organisation types.

Lists from the domain sources: the 14 expertise domains and 7 expertise clusters of the
ELZ Dender inventory, the five collaboration models and four levels of the VIVEL note,
care-path stages after VLESP (2018) "Continuïteit van zorg voor suïcidale personen".
"""

from __future__ import annotations

import pytest

from elznet import vocabulary as v


def test_the_lists_are_complete():
    assert len(v.EXPERTISE_DOMAINS) == 14 and len(v.EXPERTISE_CLUSTERS) == 7
    assert set(v.MODELS) == {"supermarkt", "vrije_beroepen", "makelaar", "netwerk", "team"}
    assert set(v.LEVELS) == {"strategisch", "tactisch", "operationeel", "client"}
    assert list(v.STAGES) == ["preventie", "signalering", "eerste_opvang", "crisis", "ambulante_behandeling",
                              "residentiele_opvang", "nazorg"]
    assert {"zorg", "welzijn", "lokaal_bestuur", "pzon", "wwol"} <= set(v.SECTORS)
    for vocab in (v.SECTORS, v.EXPERTISE_DOMAINS, v.EXPERTISE_CLUSTERS, v.MODELS, v.LEVELS, v.STAGES):
        assert all(next(c for c in label if c.isalpha()).isupper() for label in vocab.values())


@pytest.mark.parametrize("vocab, typed, key", [
    ("sector", "Lokaal Bestuur", "lokaal_bestuur"), ("sector", "welfare", "welzijn"),
    ("sector", "PZON (burgers, mantelzorgers, vrijwilligers)", "pzon"), ("sector", "Openbare besturen", "lokaal_bestuur"),
    ("expertise_domains", "Financiële aspecten", "financieel"), ("expertise_domains", "wonen", "huisvesting"),
    ("expertise_domains", "Medische, paramedische en geestelijke gezondheidsaspecten", "medisch"),
    ("model", "Makelaarmodel", "makelaar"), ("model", "kringwerking", "vrije_beroepen"),
    ("level", "Cliëntniveau", "client"), ("stages", "vroegdetectie", "signalering"),
    ("stages", "(Semi-)residentiële opvang", "residentiele_opvang"), ("stages", "postventie", "nazorg"),
    ("kind", "verwijst door", "doorverwijzing"), ("language", "Frans", "fr"),
])
def test_lookup_accepts_keys_labels_and_synonyms(vocab, typed, key):
    assert v.lookup(vocab, typed) == key


def test_every_key_and_label_looks_up_to_itself():
    for vocab, table in v.VOCABULARIES.items():
        for key, label in table.items():
            assert v.lookup(vocab, key) == key and v.lookup(vocab, label) == key, (vocab, key)


@pytest.mark.parametrize("name, type_, sector", [
    ("CAW Oost-Vlaanderen", "CAW", "welzijn"), ("JAC Eeklo", "JAC", "welzijn"),
    ("CGG Eclips", "CGG", "zorg"), ("OCMW Kaprijke", "OCMW", "lokaal_bestuur"),
    ("Sociaal Huis Eeklo", "OCMW", "lokaal_bestuur"), ("Gemeente Aalter", "gemeente", "lokaal_bestuur"),
    ("Vrije CLB Archipel", "CLB", "onderwijs"), ("Huis van het Kind Maldegem", "Huis van het Kind", "welzijn"),
    ("Huisartsenkring Vemehak", "huisartsenkring", "zorg"), ("Wit-Gele Kruis Meetjesland", "thuisverpleging", "zorg"),
    ("Apotheek Adegem", "apotheek", "zorg"), ("AZ Alma", "ziekenhuis", "zorg"),
    ("CM Midden-Vlaanderen", "mutualiteit", "welzijn"), ("Basisschool De Vlinder", "school", "onderwijs"),
    ("Politiezone Meetjesland Centrum", "politie", "justitie"), ("Bib Maldegem", "cultuur", "vrije_tijd"),
    ("Zelfmoordlijn 1813", "Zelfmoordlijn", "zorg"), ("Jeugdhuis De Kroeg", "jeugdwerk", "jeugdwerk"),
])
def test_well_known_flemish_organisation_types_are_recognised(name, type_, sector):
    assert v.infer_type(name) == (type_, sector)


def test_a_name_without_a_clue_has_no_type():
    assert v.infer_type("De Brug vzw") is None


def test_target_groups_status_and_header_rules_by_meaning():
    from elznet.read._sheets import map_header
    from elznet.vocabulary import lookup

    assert lookup("target_groups", "Senioren") == lookup("target_groups", "65+") == "ouderen"
    assert lookup("target_groups", "kotstudenten") is None  # an open list: kept as written
    assert lookup("status", "Actief") == "lopend" and lookup("status", "beëindigd") == "afgerond"
    assert lookup("expertise_domains", "Medische, paramedische, geestelijke gezondheidsaspecten") == "medisch"
    assert lookup("model", "Vrij beroepenmodel") == "vrije_beroepen" and lookup("model", "Makelaarsmodel") == "makelaar"
    # precedence: partners before contact before name
    assert map_header("wide", "Partners (contactpersoon)") == "partners"
    assert map_header("wide", "Naam contactpersoon") == "contact"
    assert map_header("wide", "Naam van het samenwerkingsverband") == "name"
    assert map_header("wide", "Aantal partners") is None
    assert map_header("wide", "Regio / (deel)gemeenten") == "municipalities"
