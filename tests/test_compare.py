"""Comparing two inventory snapshots, matched by name and aliases."""

from __future__ import annotations

import pandas as pd

from elznet import compare, read_inventory


def _snapshot(partners: dict[str, str]):
    return read_inventory({"inventaris": pd.DataFrame({"Naam": list(partners), "Partners": list(partners.values())})})


def test_compare_two_snapshots():
    before = _snapshot({"Zorgpad": "CAW Oost-Vlaanderen; CGG Eclips; JAC Eeklo",
                        "Buurtwerk": "Gemeente Eeklo; CAW Oost-Vlaanderen"})
    after = _snapshot({"Zorgpad": "CAW O-Vl (A. Peeters); CGG Eclips",
                       "Schoolpad": "Vrije CLB Archipel; CGG Eclips"})
    change = compare(before, after, aliases={"CAW O-Vl": "CAW Oost-Vlaanderen"})
    assert change.organisations_gained["name"].tolist() == ["Vrije CLB Archipel"]
    assert sorted(change.organisations_lost["name"]) == ["Gemeente Eeklo", "JAC Eeklo"]
    assert change.initiatives_gained["name"].tolist() == ["Schoolpad"]
    assert change.initiatives_lost["name"].tolist() == ["Buurtwerk"]
    assert len(change.ties_gained) == 1 and len(change.ties_lost) == 3
    # CAW-CGG existed before with unknown carriers; now A. Peeters alone carries CAW's side
    assert change.ties_now_single_person[["name_a", "name_b"]].values.tolist() == [["CAW O-Vl", "CGG Eclips"]]
    assert ("onderwijs", "zorg") in set(map(tuple, change.sectors_connected.values.tolist()))
    assert ("lokaal_bestuur", "welzijn") in set(map(tuple, change.sectors_cut.values.tolist()))
    text = str(change)
    assert "organisaties: +1 / -2" in text and "initiatieven: +1 / -1" in text


def test_without_the_alias_a_respelling_is_a_loss_and_a_gain():
    before = _snapshot({"Zorgpad": "CAW Oost-Vlaanderen; CGG Eclips"})
    after = _snapshot({"Zorgpad": "CAW O-Vl; CGG Eclips"})
    change = compare(before, after)
    assert change.organisations_gained["name"].tolist() == ["CAW O-Vl"]
    assert change.organisations_lost["name"].tolist() == ["CAW Oost-Vlaanderen"]
    same = compare(before, _snapshot({"Zorgpad": "caw oost vlaanderen; CGG Eclips"}))
    assert same.organisations_gained.empty and same.ties_lost.empty
