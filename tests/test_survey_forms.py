"""The tie survey's Excel forms: written per organisation, filled in as respondents do, read back exactly.

Scales: PARTNER (Varda, Chandra, Stern & Lurie 2008, J Public Health Manag Pract 14(5)):
trust = reliability, mission, openness; value = power, involvement, resources; 4-point items.
"""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

import elznet
from elznet.output.survey_forms import FORM_COLUMNS, FORM_HEADER_ROW
from elznet.read.survey import FREQUENCY, ITEMS, SCALE
from tests.conftest import hand_network

COLUMN = {field: i for i, field in enumerate(FORM_COLUMNS, start=1)}

# What each respondent fills in: respondent id -> {partner name: (frequency, six items, comment)}.
# Partner names are what the respondent sees in column A; "jac" (not the listed spelling "JAC")
# is typed into an empty row, as a respondent does who overlooked the list.
ANSWERS = {
    "A": {"CGG": (4, (4, 4, 3, 2, 3, 4), "samen in het overleg"), "CLB": (2, (3, None, 3, 1, 2, 2), None)},
    "B": {"CAW": (2, (3, 3, 3, 3, 3, 3), None), "AZ": (5, (4, 4, 4, 4, 4, 4), "=dringend bellen")},
    "D": {"OCMW": (3, (2, 2, 1, 1, 2, 2), None), "jac": (1, (None,) * 6, None)},
}
FILLED_BY = {"A": "An Peeters", "B": None, "D": None}
DATED_ONLY = "E"  # returns the form with only a date: answered, works with nobody


def _fill(path, answers, filled_by, *, dated: bool = True):
    """Fill one form as a respondent does: choose dropdown texts, type in answer cells."""
    wb = load_workbook(path)
    ws = wb["Bevraging"]
    if filled_by:
        ws["B3"] = filled_by
    if dated:
        ws["B4"] = "2026-03-01"
    rows = {ws.cell(row=r, column=1).value: r for r in range(FORM_HEADER_ROW + 1, ws.max_row + 1)}
    empty = [r for r, in ((r,) for r in range(FORM_HEADER_ROW + 1, ws.max_row + 1))
             if ws.cell(row=r, column=1).value is None]
    for partner, (frequency, items, comment) in answers.items():
        r = rows.get(partner) or empty.pop(0)
        if partner not in rows:
            ws.cell(row=r, column=1, value=partner)
        ws.cell(row=r, column=COLUMN["frequency"], value=f"{frequency} - {FREQUENCY[frequency]}")
        for field, value in zip(ITEMS, items, strict=True):
            if value is not None:
                ws.cell(row=r, column=COLUMN[field], value=f"{value} - {SCALE[value]}")
        if comment:
            cell = ws.cell(row=r, column=COLUMN["comment"], value=comment)
            cell.data_type = "s"  # what Excel stores when typed into a text cell
    wb.save(path)


def _forms(tmp_path):
    net = hand_network()
    folder = elznet.survey_forms(net, tmp_path / "formulieren")
    by_respondent = {}
    for path in folder.glob("*.xlsx"):
        meta = load_workbook(path)["_elznet"]
        info = {meta.cell(row=r, column=1).value: meta.cell(row=r, column=2).value for r in range(2, 6)}
        by_respondent[info["respondent"]] = path
    return net, folder, by_respondent


def test_one_form_per_organisation_lists_every_other_organisation(tmp_path):
    net, folder, forms = _forms(tmp_path)
    assert sorted(forms) == sorted(net.organisations["id"])
    ws = load_workbook(forms["A"])["Bevraging"]
    assert ws["B2"].value == "CAW"
    listed = [ws.cell(row=r, column=1).value for r in range(FORM_HEADER_ROW + 1, ws.max_row + 1)]
    assert sorted(n for n in listed if n) == sorted(["CGG", "CLB", "AZ", "OCMW", "JAC"])


def test_form_has_dropdowns_protection_and_dutch_instructions(tmp_path):
    _, _, forms = _forms(tmp_path)
    wb = load_workbook(forms["C"])
    ws = wb["Bevraging"]
    assert ws.protection.sheet and wb.security.lockStructure
    lists = {dv.formula1.strip('"'): str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert f"0 - {FREQUENCY[0]}" in next(k for k in lists if k.startswith("0 - "))
    assert any(k.split(",") == [f"{k} - {v}" for k, v in SCALE.items()] for k in lists)
    assert ws.cell(row=FORM_HEADER_ROW + 1, column=1).protection.locked  # the partner list cannot change
    assert not ws.cell(row=FORM_HEADER_ROW + 1, column=COLUMN["frequency"]).protection.locked
    assert wb["_elznet"].sheet_state == "hidden"
    help_text = " ".join(str(c.value) for c in wb["Toelichting"]["A"] if c.value)
    assert "Hoe invullen?" in help_text and "Varda" in help_text and ITEMS["reliability"][1] in help_text


def test_round_trip_reads_back_exactly_what_respondents_filled_in(tmp_path):
    net, folder, forms = _forms(tmp_path)
    for oid, answers in ANSWERS.items():
        _fill(forms[oid], answers, FILLED_BY[oid])
    _fill(forms[DATED_ONLY], {}, None)
    survey = elznet.read_survey(folder)

    name_to_id = dict(zip(net.organisations["name"].str.lower(), net.organisations["id"], strict=True))
    expected = sorted((oid, name_to_id[p.lower()], f, *items, c) for oid, a in ANSWERS.items()
                      for p, (f, items, c) in a.items())
    got = survey.responses
    got = sorted(tuple(None if pd.isna(v) else v for v in row) for row in
                 got[["respondent", "alter", "frequency", *ITEMS, "comment"]].itertuples(index=False, name=None))
    assert got == expected
    assert sorted(survey.respondents["id"]) == ["A", "B", "D", "E"]  # C's form came back empty
    assert survey.report.rows_read == survey.report.rows_loaded == 6 and survey.report.ok
    assert survey.responses.loc[survey.responses["respondent"] == "A", "filled_in_by"].eq("An Peeters").all()


def test_names_that_look_like_formulas_stay_text_on_the_form(tmp_path):
    net = elznet.read_inventory({"organisaties": pd.DataFrame({
        "id": ["x", "y"], "naam": ["=HYPERLINK(\"http://x\")", "@Thuiszorg"], "sector": ["zorg", "welzijn"]})})
    folder = elznet.survey_forms(net, tmp_path)
    for path in folder.glob("*.xlsx"):
        ws = load_workbook(path)["Bevraging"]
        for cell in (ws["B2"], ws.cell(row=FORM_HEADER_ROW + 1, column=1)):
            assert cell.data_type == "s" and cell.value in ("=HYPERLINK(\"http://x\")", "@Thuiszorg")


def test_unreadable_answers_and_self_ratings_are_reported_at_file_and_row(tmp_path):
    _, folder, forms = _forms(tmp_path)
    wb = load_workbook(forms["A"])
    ws = wb["Bevraging"]
    first = FORM_HEADER_ROW + 1
    ws.cell(row=first, column=COLUMN["frequency"], value="soms")  # not a choice of the list
    ws.cell(row=first, column=COLUMN["reliability"], value="3 - redelijk")
    ws.cell(row=ws.max_row, column=1, value="caw")  # A names itself in an empty row
    ws.cell(row=ws.max_row, column=COLUMN["frequency"], value="5")
    wb.save(forms["A"])
    survey = elznet.read_survey(folder)
    p = survey.report.problems
    assert survey.report.rows_read == 2 and survey.report.rows_rejected == 1
    assert (p["sheet"] == forms["A"].name).all()
    assert set(p["row"]) == {first, ws.max_row}
    assert "zichzelf" in p.loc[p["severity"] == "error", "problem"].item()
    assert pd.isna(survey.responses["frequency"]).all() and survey.responses["reliability"].tolist() == [3]


def test_a_damaged_or_foreign_file_is_reported_not_fatal(tmp_path):
    _, folder, forms = _forms(tmp_path)
    (folder / "kapot.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "bevraging_oud.ods").write_bytes(b"saved in another format")
    _fill(forms["A"], ANSWERS["A"], None)
    survey = elznet.read_survey(folder)
    assert len(survey.responses) == 2
    assert {"kapot.xlsx", "bevraging_oud.ods"} <= set(survey.report.errors["sheet"])


def test_unknown_form_ids_raise_a_clear_error(tmp_path):
    with pytest.raises(elznet.NotFoundError, match="Organisatie 'Z' staat niet in dit netwerk"):
        elznet.survey_forms(hand_network(), tmp_path, organisations=["A", "Z"])
