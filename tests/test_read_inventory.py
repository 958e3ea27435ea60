"""Reading inventories as zones keep them: tidy and wide, messy, and wrong."""

from __future__ import annotations

import pandas as pd
import pytest

import elznet
from elznet import InventoryError, read_inventory

WIDE_HEADER = ["Naam samenwerkingsverband ", "Partners", "Trekker", "Doelgroep(en)", "Gemeente(n)",
               "Formeel?", "Expertisedomein(en)"]


def _problem_at(net, row, text):
    p = net.report.problems
    hit = p[(p["row"] == row) & p["problem"].str.contains(text, regex=False)]
    assert len(hit) == 1, p.to_string()
    return hit.iloc[0]


def test_wide_sheet_with_title_rows_reports_problems_at_the_excel_row(workbook):
    path = workbook({"Blad1": [
        ["Inventaris samenwerkingsverbanden ELZ Meetjesland"],
        [],
        WIDE_HEADER,
        ["Warme buurt Eeklo", "CAW Oost-Vlaanderen (A. Peeters); Gemeente Eeklo", None, "kwetsbare gezinnen",
         "Eeklo", "ja", "Huisvesting"],
        ["Praatcafé", None, None, "mantelzorgers", "Aalter", "nee", "welbevinden"],
        ["Warme buurt Eeklo", "OCMW Eeklo", None, None, None, None, None],
    ]})
    net = read_inventory(path, lang="en")
    assert len(net.initiatives) == 3  # the second "Warme buurt Eeklo" is a finding, not a reject
    _problem_at(net, 5, "initiative without partners")
    dup = _problem_at(net, 6, "same name as Blad1 row 4")
    assert dup["severity"] == "warning" and dup["column"] == "Naam samenwerkingsverband"
    title = _problem_at(net, 1, "title")
    assert title["severity"] == "info"


def test_partner_cell_separators_and_people_in_parentheses():
    cell = "CAW Oost-Vlaanderen (A. Peeters, B. Claes); Gemeente Eeklo\nCGG Eclips / JAC Eeklo, Vrije CLB (Eeklo)"
    net = read_inventory({"inventaris": pd.DataFrame({"Naam": ["Zorgpad"], "Partners": [cell]})})
    names = set(net.organisations["name"])
    assert names == {"CAW Oost-Vlaanderen", "Gemeente Eeklo", "CGG Eclips", "JAC Eeklo", "Vrije CLB (Eeklo)"}
    assert set(net.people["name"]) == {"A. Peeters", "B. Claes"}
    caw = net.participations[net.participations["organisation"] == "caw-oost-vlaanderen"]
    assert len(caw) == 2 and caw["person"].notna().all()


def test_a_slash_inside_a_known_organisation_name_does_not_split_it():
    net = read_inventory({
        "organisaties": pd.DataFrame({"naam": ["CAW/JAC Oost-Vlaanderen"], "sector": ["welzijn"]}),
        "inventaris": pd.DataFrame({"Naam": ["Zorgpad"], "Partners": ["CAW/JAC Oost-Vlaanderen / CGG Eclips"]}),
    })
    assert set(net.organisations["name"]) == {"CAW/JAC Oost-Vlaanderen", "CGG Eclips"}


def test_merged_name_cells_make_one_initiative_over_several_rows(workbook):
    path = workbook({"inventaris": [
        WIDE_HEADER,
        ["Zorgpad suïcidepreventie", "AZ Alma", None, "jongeren", "Eeklo", "ja", "medische aspecten"],
        [None, "CGG Eclips", None, None, None, None, None],
        [None, "JAC Oost-Vlaanderen", None, None, None, None, None],
        ["Anders", "AZ Alma", None, None, None, None, None],
    ]}, merges={"inventaris": ["A2:A4", "D2:D4"]})
    net = read_inventory(path)
    assert list(net.initiatives["name"]) == ["Zorgpad suïcidepreventie", "Anders"]
    zorgpad = net.participations[net.participations["initiative"] == net.initiatives["id"][0]]
    assert len(zorgpad) == 3
    assert net.report.rows_read == 4 and net.report.rows_loaded == 4


def test_rows_read_equal_rows_loaded_plus_rows_rejected_and_every_rejection_is_listed(workbook):
    path = workbook({"inventaris": [
        WIDE_HEADER,
        ["A", "CAW Oost-Vlaanderen", None, None, None, None, None],
        [None, "Gemeente Eeklo", None, None, None, None, None],  # no name: rejected
        ["A", "JAC", None, None, None, None, None],  # duplicate name: loaded, with a warning
        ["B", "JAC", None, None, None, "misschien", None],  # warning only
        [None, None, "CAW Oost-Vlaanderen", None, None, None, None],  # only a lead, no name: rejected
    ]})
    report = read_inventory(path).report
    assert (report.rows_read, report.rows_loaded, report.rows_rejected) == (5, 3, 2)
    assert all(isinstance(n, int) for n in (report.rows_read, report.rows_loaded, report.rows_rejected))
    errors = report.errors
    assert sorted(errors["row"]) == [3, 6]


def test_strict_mode_raises_listing_every_problem(workbook):
    path = workbook({"inventaris": [
        WIDE_HEADER,
        ["A", "CAW Oost-Vlaanderen", None, None, None, None, None],
        [None, "Gemeente Eeklo", None, None, None, None, None],
        ["A", "JAC", None, None, None, None, None],
        ["B", "JAC", None, None, None, "misschien", None],
        ["C", None, None, None, None, None, None],
        [None, "JAC", None, None, None, None, None],
    ]})
    with pytest.raises(InventoryError) as info:
        read_inventory(path, strict=True, lang="en")
    message = str(info.value)
    for row in ("row 3", "row 4", "row 5", "row 6", "row 7"):
        assert row in message
    assert "2 errors" in message and len(info.value.problems) >= 5
    with pytest.raises(InventoryError, match="2 fouten"):
        read_inventory(path, strict=True)


def test_tidy_workbook_reads_all_five_tables_with_dutch_sheet_names(workbook):
    path = workbook({
        "organisaties": [["id", "naam", "sector", "gemeente"], ["o1", "CAW Oost-Vlaanderen", "Welzijn", "Eeklo"],
                         ["o2", "Gemeente Eeklo", "lokaal bestuur", "Eeklo"], ["o3", "AZ Alma", "zorg", "Eeklo"]],
        "personen": [["id", "naam", "organisatie", "functie"], ["p1", "An Peeters", "o1", "maatschappelijk werker"],
                     ["p2", "Bart Claes", "o2", "welzijnscoördinator"]],
        "samenwerkingsverbanden": [["id", "naam", "doelgroepen", "zorgpadfasen"],
                                   ["i1", "Zorgpad", "jongeren; ouders", "preventie; postventie"]],
        "deelnames": [["initiatief", "organisatie", "persoon", "rol"], ["i1", "o1", "p1", "trekker"],
                      ["Zorgpad", "Gemeente Eeklo", "Bart Claes", None]],
        "relaties": [["van", "naar", "soort", "intensiteit", "personen"], ["o3", "o1", "doorverwijzing", "2,5", "p1"]],
    })
    net = read_inventory(path)
    assert net.report.ok, net.report
    assert list(net.organisations["sector"]) == ["welzijn", "lokaal_bestuur", "zorg"]
    assert net.initiatives.loc[0, "stages"] == ["preventie", "nazorg"]
    assert net.participations["role"].tolist() == ["trekker", "partner"]
    assert net.ties.loc[0, "intensity"] == 2.5 and net.ties.loc[0, "kind"] == "doorverwijzing"
    edge = net.graph.edges["o1", "o2"]
    assert edge["carriers"] == {"o1": ["p1"], "o2": ["p2"]}
    assert net.graph.edges["o1", "o3"]["carriers"]["o1"] == ["p1"]


def test_english_headers_and_sheet_names_are_understood():
    net = read_inventory({
        "organisations": pd.DataFrame({"Name": ["Welfare centre"], "Sector": ["welfare"]}),
        "initiatives": pd.DataFrame({"Name": ["Bridge"], "Target groups": ["youth"]}),
        "participations": pd.DataFrame({"Initiative": ["Bridge"], "Organisation": ["Welfare centre"]}),
    })
    assert net.organisations.loc[0, "sector"] == "welzijn"
    assert len(net.participations) == 1


def test_semicolon_csv_from_a_flemish_excel_is_read(tmp_path):
    path = tmp_path / "inventaris.csv"
    path.write_text("Naam samenwerkingsverband;Partners;Gemeente(n)\nWarme buurt;CAW Oost-Vlaanderen, Gemeente Eeklo;"
                    "Eeklo\n;;\nPraatcafé;Okra Aalter;Aalter\n", encoding="cp1252")
    net = read_inventory(path)
    assert list(net.initiatives["name"]) == ["Warme buurt", "Praatcafé"]
    assert net.report.rows_read == 2


def test_sector_is_inferred_from_the_name_and_every_inference_is_noted():
    net = read_inventory({"inventaris": pd.DataFrame({
        "Naam": ["X"], "Partners": ["CAW Oost-Vlaanderen; OCMW Eeklo; Vrije CLB Meetjesland; De Brug vzw"]})})
    sectors = dict(zip(net.organisations["name"], net.organisations["sector"], strict=False))
    assert sectors == {"CAW Oost-Vlaanderen": "welzijn", "OCMW Eeklo": "lokaal_bestuur",
                       "Vrije CLB Meetjesland": "onderwijs", "De Brug vzw": "onbekend"}
    p = net.report.in_language("en").problems
    assert p["problem"].str.contains("inferred").sum() == 3
    unknown = p[p["problem"].str.contains("sector unknown")]
    assert list(unknown["value"]) == ["De Brug vzw"]


def test_unknown_sector_value_is_a_warning_with_a_suggestion():
    net = read_inventory({"organisaties": pd.DataFrame({"naam": ["CAW"], "sector": ["welzjin"]})})
    row = net.report.problems.iloc[0]
    assert row["row"] == 2 and row["column"] == "sector" and "welzijn" in row["suggestion"]
    assert net.organisations.loc[0, "sector"] == "onbekend"


def test_near_duplicate_names_are_suggested_not_merged():
    net = read_inventory({"inventaris": pd.DataFrame({
        "Naam": ["A", "B", "C"],
        "Partners": ["CAW Oost-Vlaanderen; Gemeente Eeklo", "caw oost vlaanderen; Gemeente Aalter", "CAW O-Vl"]})})
    assert set(net.organisations["name"]) == {"CAW Oost-Vlaanderen", "CAW O-Vl", "Gemeente Eeklo",
                                              "Gemeente Aalter"}
    suggestions = net.report.suggestions
    assert suggestions[["name", "similar_to"]].values.tolist() == [["CAW O-Vl", "CAW Oost-Vlaanderen"]]
    assert suggestions["score"].iloc[0] >= 85


def test_aliases_confirm_a_merge_by_argument_or_sheet():
    frame = pd.DataFrame({"Naam": ["A", "B"], "Partners": ["CAW Oost-Vlaanderen", "CAW O-Vl; JAC"]})
    by_arg = read_inventory({"inventaris": frame}, aliases={"CAW O-Vl": "CAW Oost-Vlaanderen"})
    by_sheet = read_inventory({"inventaris": frame, "aliassen": pd.DataFrame(
        {"variant": ["CAW O-Vl"], "juiste naam": ["CAW Oost-Vlaanderen"]})})
    for net in (by_arg, by_sheet):
        assert set(net.organisations["name"]) == {"CAW Oost-Vlaanderen", "JAC"}
        assert net.report.suggestions.empty


@pytest.mark.parametrize("content, expected", [
    (b"%PDF-1.7 not a spreadsheet", "geen rekenblad"),
    (b"PK\x03\x04 broken zip", "beschadigd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "wachtwoord"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".xls"),
])
def test_files_that_are_not_usable_workbooks_get_one_readable_sentence(tmp_path, content, expected):
    path = tmp_path / ("inventaris.pdf" if content.startswith(b"%PDF") else "inventaris.xlsx")
    path.write_bytes(content)
    with pytest.raises(InventoryError) as info:
        read_inventory(path)
    message = str(info.value)
    assert expected in message and path.name in message and "\n" not in message
    # no traceback from deep inside a dependency is chained to it
    assert info.value.__cause__ is None
    assert info.value.__context__ is None or info.value.__suppress_context__


def test_a_real_password_protected_workbook_is_explained(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = tmp_path / "vergrendeld.xlsx"
    with open(elznet.examples.path("meetjesland_zorgpad"), "rb") as plain, open(locked, "wb") as out:
        OOXMLFile(plain).encrypt("geheim", out)
    with pytest.raises(InventoryError, match=r"'vergrendeld\.xlsx' is beveiligd met een wachtwoord"):
        read_inventory(locked)


def test_a_missing_file_names_the_path(tmp_path):
    with pytest.raises(InventoryError, match="nergens.xlsx' bestaat niet"):
        read_inventory(tmp_path / "nergens.xlsx")


@pytest.mark.parametrize("content, dutch, english", [
    (b"%PDF-1.7", "is geen rekenblad", "is not a spreadsheet"),
    (b"PK\x03\x04 broken zip", "is beschadigd", "is damaged"),
    (None, "bestaat niet", "does not exist"),
])
def test_a_refused_file_is_explained_in_dutch_unless_english_is_asked(tmp_path, content, dutch, english):
    path = tmp_path / ("inventaris.pdf" if content and content.startswith(b"%PDF") else "inventaris.xlsx")
    if content is not None:
        path.write_bytes(content)
    for lang, words, other in (("nl", dutch, english), ("en", english, dutch)):
        with pytest.raises(InventoryError) as info:
            read_inventory(path, lang=lang)
        assert words in str(info.value) and other not in str(info.value)


def test_an_empty_workbook_and_a_missing_required_column_are_explained(workbook):
    with pytest.raises(InventoryError, match="leeg"):
        read_inventory(workbook({"Blad1": []}, name="leeg.xlsx"))
    with pytest.raises(InventoryError, match="empty"):
        read_inventory(workbook({"Blad1": []}, name="leeg.xlsx"), lang="en")
    kolom = workbook({"deelnames": [["initiatief", "persoon"], ["A", "B"]]}, name="kolom.xlsx")
    with pytest.raises(InventoryError, match="deelnames.*geen kolom voor organisatie"):
        read_inventory(kolom)
    with pytest.raises(InventoryError, match="deelnames.*no column for organisation"):
        read_inventory(kolom, lang="en")


def test_an_unrecognised_sheet_is_an_error_not_silently_skipped(workbook):
    path = workbook({"inventaris": [WIDE_HEADER, ["A", "JAC"]], "Blad2": [["los", "twee"], ["data", "meer"]]})
    net = read_inventory(path)
    assert net.report.errors["sheet"].tolist() == ["Blad2"]


def test_a_value_under_no_header_is_kept_as_an_attribute():
    net = read_inventory({"inventaris": pd.DataFrame({"Naam": ["A"], "Partners": ["JAC"], "Budget": ["5000"]})})
    assert net.initiatives.loc[0, "Budget"] == "5000"
    assert elznet.vocabulary.lookup("sector", "Budget") is None
