"""Reading is bounded (hostile workbooks are refused before the work, in one Dutch
sentence that names the limit and its override) and faithful (nothing a zone's file
holds is lost or invented by the raw reader).

Every hostile file is built here: openpyxl writes a normal workbook, then zipfile
surgery on its XML parts makes it hostile. The XML names follow ECMA-376 Part 1
(SpreadsheetML): ``sharedStrings.xml`` / ``<si>``, ``<sheetData>`` / ``<row r>``,
``<mergeCells>`` / ``<mergeCell ref>``, ``<sheet state="hidden|veryHidden">``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

import pandas as pd
import pytest
from openpyxl import Workbook

import elznet
from elznet.errors import ArgumentError, ElznetError, InventoryError, LimitError
from elznet.read._sources import DEFAULT_LIMITS, read_sources

HEADER = ["Naam samenwerkingsverband", "Partners"]


def _workbook(path, rows, *, title="inventaris", extra=None):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    if extra:
        extra(wb)
    wb.save(path)
    return path


def _rewrite(path, part, change):
    """Replace one XML part of a workbook by ``change(old bytes)``."""
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info.filename, change(data) if info.filename == part else data)
    return path


def _with_shared_strings(path, extra=b""):
    """Move the sheet's texts into a shared-strings part (as Excel writes them), plus ``extra`` <si> items."""
    texts: list[bytes] = []

    def to_shared(data):
        def one(m):
            texts.append(m.group(2))
            return m.group(1) + b' t="s"><v>' + str(len(texts) - 1).encode() + b"</v></c>"
        return re.sub(rb'(<c r="[A-Z]+\d+")(?: s="\d+")? t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', one, data)

    _rewrite(path, "xl/worksheets/sheet1.xml", to_shared)
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           + b"".join(b"<si><t>" + t + b"</t></si>" for t in texts) + extra + b"</sst>")
    rel = (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
           b' Target="sharedStrings.xml" Id="rId99" /></Relationships>')
    _rewrite(path, "xl/_rels/workbook.xml.rels", lambda d: d.replace(b"</Relationships>", rel))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", sst)
    return path


ROWS = [["Warme buurten", "CAW Oost-Vlaanderen; Gemeente Eeklo"],
        ["Zorgpad jongeren", "CGG Eclips; JAC Eeklo"],
        ["Mantelzorgcafé", "OCMW Aalter; Gemeente Aalter"]]


# --- bounded ---------------------------------------------------------------------------------
def test_a_shared_strings_bomb_is_refused_before_it_is_read(tmp_path):
    # the case: a workbook of ~80 kB whose shared-text table unpacks to 80 MB
    path = _with_shared_strings(_workbook(tmp_path / "bom.xlsx", ROWS), (b"<si><t>" + b"a" * 1000 + b"</t></si>")
                                * 80_000)
    assert path.stat().st_size < 1_000_000
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("xl/sharedStrings.xml").file_size > 80_000_000
    with pytest.raises(LimitError) as info:
        elznet.read_inventory(path)
    message = str(info.value)
    assert "\n" not in message and info.value.limit == "shared_strings_bytes"
    assert "bom.xlsx" in message and "te groot" in message and "limits={'shared_strings_bytes'" in message
    assert isinstance(info.value, InventoryError) and isinstance(info.value, ElznetError)


def test_too_many_shared_texts_are_refused_while_streaming(tmp_path):
    path = _with_shared_strings(_workbook(tmp_path / "veel.xlsx", [[f"initiatief {i}", f"partner {i}"]
                                                                    for i in range(300)]))
    with pytest.raises(LimitError, match=r"limiet shared_strings=100\b") as info:
        elznet.read_inventory(path, limits={"shared_strings": 100})
    assert info.value.limit == "shared_strings"
    assert len(elznet.read_inventory(path).initiatives) == 300  # within the default limits it reads


def test_an_800_mb_sheet_is_refused_from_the_zip_directory(tmp_path):
    # the case: a small file whose sheet XML unpacks to 800 MB
    path = _workbook(tmp_path / "groot.xlsx", ROWS)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    padding = b" " * (8 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in items:
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
                continue
            head, _, tail = data.partition(b"</sheetData>")
            with z.open(name, "w", force_zip64=True) as fh:
                fh.write(head)
                for _ in range(100):  # whitespace between rows: 800 MB of valid XML
                    fh.write(padding)
                fh.write(b"</sheetData>" + tail)
    assert path.stat().st_size < 2_000_000  # 0.8 MB on disk
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size > 800_000_000
    with pytest.raises(LimitError) as info:
        elznet.read_inventory(path)
    assert info.value.limit == "file_bytes" and "limits={'file_bytes'" in str(info.value)


def test_too_many_cells_are_refused_and_the_limit_can_be_raised(tmp_path):
    path = _workbook(tmp_path / "cellen.xlsx", ROWS)
    with pytest.raises(LimitError, match="cellen") as info:
        elznet.read_inventory(path, limits={"cells": 5})
    assert info.value.limit == "cells"
    assert len(elznet.read_inventory(path, limits={"cells": 100}).initiatives) == 3


def test_a_merged_range_over_the_whole_sheet_costs_only_the_used_area(tmp_path):
    # the case: a single merge C2:XFD5001 (82 million cells) ended in a MemoryError
    path = _workbook(tmp_path / "merge.xlsx", ROWS)
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda d: d.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="C2:XFD5001"/></mergeCells>'))
    net = elznet.read_inventory(path)
    assert sorted(net.initiatives["name"]) == sorted(r[0] for r in ROWS)
    with pytest.raises(LimitError) as info:  # and a merged area past the limit is refused in one line
        _rewrite(path, "xl/worksheets/sheet1.xml", lambda d: d.replace(b'ref="C2:XFD5001"', b'ref="A2:B4"'))
        elznet.read_inventory(path, limits={"merged_cells": 3})
    assert info.value.limit == "merged_cells"


def test_every_default_limit_is_named_in_its_refusal():
    from elznet.read._sources import _Limits

    for name in DEFAULT_LIMITS:
        with pytest.raises(LimitError) as info:
            _Limits("x.xlsx", None).check(name, DEFAULT_LIMITS[name] + 1)
        assert f"limiet {name}=" in str(info.value) and f"limits={{'{name}'" in str(info.value)


def test_a_wrong_limits_argument_is_named():
    with pytest.raises(ArgumentError, match="limits="):
        elznet.read_inventory({"organisaties": pd.DataFrame({"naam": ["CAW"]})}, limits={"rows": 5})


# --- faithful ---------------------------------------------------------------------------------
def test_rows_in_any_xml_order_are_all_read_at_their_own_row(tmp_path):
    path = _workbook(tmp_path / "volgorde.xlsx", ROWS)

    def reverse(data):
        rows = re.findall(rb"<row .*?</row>", data, flags=re.S)
        start, end = data.index(rows[0]), data.index(rows[-1]) + len(rows[-1])
        return data[:start] + b"".join(reversed(rows)) + data[end:]

    _rewrite(path, "xl/worksheets/sheet1.xml", reverse)
    _, [sheet] = read_sources(path)
    assert [number for number, _ in sheet.rows] == [1, 2, 3, 4]
    assert sheet.rows[2][1] == ["Zorgpad jongeren", "CGG Eclips; JAC Eeklo"]
    net = elznet.read_inventory(path)
    assert sorted(net.initiatives["name"]) == sorted(r[0] for r in ROWS)
    assert net.report.rows_read == 3 == net.report.rows_loaded


def test_merges_written_with_a_namespace_prefix_are_read(tmp_path):
    # as the OpenXML SDK writes a sheet: every element with the prefix x:
    ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    path = _workbook(tmp_path / "sdk.xlsx", [["Warme buurten", "CAW Oost-Vlaanderen"], [None, "Gemeente Eeklo"]])
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="' + ns + b'"><x:sheetData>'
             b'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Naam samenwerkingsverband</x:t></x:is></x:c>'
             b'<x:c r="B1" t="inlineStr"><x:is><x:t>Partners</x:t></x:is></x:c></x:row>'
             b'<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Warme buurten</x:t></x:is></x:c>'
             b'<x:c r="B2" t="inlineStr"><x:is><x:t>CAW Oost-Vlaanderen</x:t></x:is></x:c></x:row>'
             b'<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>Gemeente Eeklo</x:t></x:is></x:c></x:row>'
             b'</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>')
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda _: sheet)
    _, [raw] = read_sources(path)
    assert raw.rows[2] == (3, ["Warme buurten", "Gemeente Eeklo"]) and (3, 0) in raw.merged
    net = elznet.read_inventory(path)
    assert list(net.initiatives["name"]) == ["Warme buurten"]  # one initiative over two rows
    assert sorted(net.organisations["name"]) == ["CAW Oost-Vlaanderen", "Gemeente Eeklo"]


def _with_hidden(wb):
    for state, year in (("hidden", 2022), ("veryHidden", 2021)):
        ws = wb.create_sheet(f"inventaris {year}")
        ws.append(HEADER)
        ws.append([f"Oud project {year}", "Oude partner; CAW Oost-Vlaanderen"])
        ws.sheet_state = state


def test_hidden_and_very_hidden_sheets_are_noted_and_skipped_unless_asked(tmp_path):
    path = _workbook(tmp_path / "jaren.xlsx", ROWS, extra=_with_hidden)
    net = elznet.read_inventory(path)
    assert "Oud project 2022" not in set(net.initiatives["name"]) and len(net.initiatives) == 3
    notes = net.report.problems
    hidden = notes[notes["sheet"].isin(["inventaris 2022", "inventaris 2021"])]
    assert list(hidden["severity"]) == ["warning", "warning"]
    assert hidden["suggestion"].str.contains("include_hidden=True").all()
    everything = elznet.read_inventory(path, include_hidden=True)
    assert {"Oud project 2022", "Oud project 2021"} <= set(everything.initiatives["name"])


def test_a_formula_without_a_computed_value_is_read_as_its_text_and_flagged(tmp_path):
    path = _workbook(tmp_path / "formule.xlsx", [["Warme buurten", "=CONCAT(\"CAW \",\"Eeklo\")"]])
    _, [sheet] = read_sources(path)
    assert sheet.rows[1][1][1] == '=CONCAT("CAW ","Eeklo")' and (2, 1) in sheet.formulas
    net = elznet.read_inventory(path)
    p = net.report.problems
    flagged = p[(p["row"] == 2) & (p["column"] == "B") & (p["severity"] == "warning")]
    assert len(flagged) == 1 and "formule zonder berekende waarde" in flagged["problem"].iloc[0]


def test_dates_become_dates(tmp_path):
    def dates(wb):
        ws = wb.active
        ws["C1"] = "Startdatum"
        ws["C2"] = dt.date(2023, 3, 15)
        ws["C3"] = dt.datetime(2024, 1, 2, 9, 30)
        ws["C3"].number_format = "dd/mm/yyyy hh:mm"

    path = _workbook(tmp_path / "datum.xlsx", ROWS[:2], extra=dates)
    _, [sheet] = read_sources(path)
    assert sheet.rows[1][1][2] == "2023-03-15" and sheet.rows[2][1][2] == "2024-01-02 09:30:00"


# --- csv -----------------------------------------------------------------------------------------
CSV_ROWS = [HEADER, ["Café Zorgzaam", "CAW Oost-Vlaanderen; Dienst Welzijn Eeklo"],
            ["Buurtwerk Sint-Laureins", "OCMW Sint-Laureins; Gemeente Sint-Laureins"]]


@pytest.mark.parametrize(("encoding", "bom", "delimiter"), [
    ("cp1252", b"", ";"), ("cp1252", b"", ","), ("utf-8", b"", ";"), ("utf-8", b"\xef\xbb\xbf", ","),
    ("utf-16-le", b"\xff\xfe", "\t"), ("utf-16-le", b"", ";")])
def test_csv_encoding_and_delimiter_are_sniffed_and_reported(tmp_path, encoding, bom, delimiter):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(CSV_ROWS)  # as Excel saves it: quotes where needed
    path = tmp_path / "inventaris.csv"
    path.write_bytes(bom + buffer.getvalue().encode(encoding))
    net = elznet.read_inventory(path)
    assert sorted(net.initiatives["name"]) == ["Buurtwerk Sint-Laureins", "Café Zorgzaam"]
    assert "Dienst Welzijn Eeklo" in set(net.organisations["name"])
    guess = net.report.problems
    guess = guess[guess["problem"].str.startswith("CSV gelezen als")]
    assert len(guess) == 1 and repr(delimiter) in guess["value"].iloc[0]


def test_a_csv_field_longer_than_pythons_default_limit_is_read_not_a_crash(tmp_path):
    long = "x" * 140_000  # past csv's default field_size_limit (131,072)
    path = tmp_path / "lang.csv"
    path.write_text(f"naam;beschrijving\nWarme buurten;{long}\n", encoding="utf-8")
    _, [sheet] = read_sources(path)
    assert sheet.rows[1][1][1] == long
    assert any("meer dan Excel" in n["problem"] for n in sheet.notes)


# --- DataFrames and arguments ----------------------------------------------------------------------
def test_nat_and_na_in_a_dataframe_are_empty_cells():
    frame = pd.DataFrame({"naam": ["Warme buurten", "Zorgpad"], "partners": ["CAW; OCMW Eeklo", "CGG; JAC"],
                          "startdatum": [pd.Timestamp("2023-03-15"), pd.NaT],
                          "status": pd.array(["lopend", pd.NA], dtype="string")})
    _, [sheet] = read_sources({"inventaris": frame})
    assert sheet.rows[1][1][2:] == ["2023-03-15", "lopend"] and sheet.rows[2][1][2:] == [None, None]
    net = elznet.read_inventory({"inventaris": frame})
    assert len(net.initiatives) == 2


@pytest.mark.parametrize("source", [123, 4.5, None, b"inventaris.xlsx", ["a.xlsx"]])
def test_a_source_of_the_wrong_type_is_one_clear_error(source):
    with pytest.raises(InventoryError, match="read_inventory verwacht een pad") as info:
        elznet.read_inventory(source)
    assert "\n" not in str(info.value)


def test_aliases_of_the_wrong_type_name_the_argument():
    frame = {"organisaties": pd.DataFrame({"naam": ["CAW"]})}
    for wrong in (["CAW O-Vl", "CAW"], "CAW", {"CAW O-Vl": 3}):
        with pytest.raises(ArgumentError, match="aliases=") as info:
            elznet.read_inventory(frame, aliases=wrong)
        assert info.value.argument == "aliases" and isinstance(info.value, TypeError)


def test_a_sheet_with_entity_definitions_is_refused_as_damaged(tmp_path):
    # "billion laughs" (XML entity expansion): no spreadsheet needs a DOCTYPE in a sheet
    path = _workbook(tmp_path / "lach.xlsx", ROWS)
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                      for i in range(1, 10))
           + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda _: lol)
    with pytest.raises(InventoryError, match="beschadigd") as info:
        elznet.read_inventory(path)
    assert "\n" not in str(info.value)
