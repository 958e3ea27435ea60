"""One analysis bundle: every table computed once and read by the outputs."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

import elznet
from elznet.analysis import bundle


@pytest.fixture
def zorgpad():
    return elznet.examples.load("meetjesland_zorgpad")


def test_each_table_is_computed_once_however_often_it_is_read(zorgpad, monkeypatch, tmp_path):
    calls = []
    real = bundle.spanners
    monkeypatch.setattr(bundle, "spanners", lambda *a, **k: calls.append(1) or real(*a, **k))
    a = elznet.analyse(zorgpad)
    first = a.spanners
    assert a.spanners is first
    zorgpad.export_analysis(tmp_path / "analyse.xlsx", analysis=a)
    assert len(calls) == 1


def test_the_bundle_holds_what_the_functions_return(zorgpad):
    a = elznet.analyse(zorgpad)
    pd.testing.assert_frame_equal(a.spanners, elznet.spanners(zorgpad))
    pd.testing.assert_frame_equal(a.fragile_ties, elznet.fragile_ties(zorgpad, people="hide"))
    pd.testing.assert_frame_equal(a.duplicates, elznet.duplicates(zorgpad))


def test_people_stay_out_of_the_tables_while_hidden(zorgpad, tmp_path):
    hidden = elznet.analyse(zorgpad).tables()
    assert "vertrekrisico personen" not in hidden and "personen" not in hidden
    shown = elznet.analyse(zorgpad, people="pseudonyms").tables()
    assert "vertrekrisico personen" in shown
    sheets = load_workbook(zorgpad.export_analysis(tmp_path / "a.xlsx"), read_only=True).sheetnames
    assert "grenswerkers" in sheets and "vertrekrisico personen" not in sheets


def test_an_analysis_of_another_network_is_refused(zorgpad, tmp_path):
    other = elznet.examples.load("meetjesland_inventaris")
    with pytest.raises(ValueError, match="another network"):
        zorgpad.export_analysis(tmp_path / "a.xlsx", analysis=elznet.analyse(other))


def test_an_analysis_with_names_never_writes_names_into_a_workbook_asked_without(zorgpad, tmp_path):
    """An Analysis made with people="names" holds names in its tables; export_analysis with
    its default people="hide" must refuse it, not write those names (it did: 35 names)."""
    named = elznet.analyse(zorgpad, people="names")
    with pytest.raises(elznet.ArgumentError, match="people='hide'"):
        zorgpad.export_analysis(tmp_path / "a.xlsx", analysis=named)
    assert not (tmp_path / "a.xlsx").exists()
    written = load_workbook(zorgpad.export_analysis(tmp_path / "b.xlsx", people="names", analysis=named), read_only=True)
    assert "personen" in written.sheetnames
