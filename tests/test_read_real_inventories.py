"""Reading inventories the way zones really keep them (issue 9), trap by trap.

Every workbook is built in the test the way a zone writes it — a title merged over the
header, theme headings merged across the row, a total and a legend row at the bottom,
free headers, lists and notes on other sheets — and each test asserts the network that
results. :func:`assert_nothing_lost` checks the invariant on every one of them:
``rows_read == rows_loaded + rows_rejected``, every filled row has a kind, and every
word of every non-empty cell of a data row is in a table or in a problem line of
severity warning or error.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import load_workbook

from elznet import ArgumentError, InventoryError, read_inventory, write_template
from elznet.read._sources import read_sources
from elznet.read._tables import _FALSE, _TRUE
from elznet.read.names import normalise
from elznet.vocabulary import EXPERTISE_CLUSTERS, EXPERTISE_DOMAINS, MODELS, VOCABULARIES, choices, lookup
from tests.conftest import write_workbook

# the words of every vocabulary label and synonym: a cell mapped onto a key is "in a table"
# through its key, so its words are allowed (see the module docstring)
_VOCAB_WORDS = {w for vocab in [*VOCABULARIES, "target_groups"] for key in choices(vocab) for w in key.split()}


def _words(value: object) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, (list, tuple, set)):
        return set().union(*(_words(v) for v in value)) if value else set()
    if isinstance(value, dt.date):
        return set(normalise(value.isoformat()).split())
    if isinstance(value, float) and value != value:
        return set()
    return set(normalise(value).split())


_MARKS = {"x", "ja", "1", "v", "j", ""}
# yes/no words are kept as True / False in formal and permanent
_YES_NO = {w for word in _TRUE | _FALSE for w in word.split()}


def assert_nothing_lost(source, net, confirmed=()) -> None:
    """The invariant of issue 9 (see the module docstring). Words the analyst confirmed as
    aliases (``confirmed``, and the cells of an ``aliassen`` sheet) and matrix marks (x, ja,
    1) and yes/no words count as kept: the value they stand for is in the table."""
    report = net.report
    assert report.rows_read == report.rows_loaded + report.rows_rejected
    seen: set[str] = set(_VOCAB_WORDS) | _MARKS | _YES_NO | set().union(*(_words(c) for c in confirmed), set())
    for table in (net.organisations, net.people, net.initiatives, net.participations, net.ties):
        for column in table.columns:
            seen |= _words(column)
            for value in table[column]:
                seen |= _words(value)
    problems = report.problems
    said = problems[problems["severity"].isin(["warning", "error"])]
    for value in said["value"]:
        seen |= _words(value)
    _, sheets = read_sources(source)
    for sheet in sheets:
        if normalise(sheet.name) == "aliassen":
            seen |= set().union(set(), *(_words(c) for _, cells in sheet.rows for c in cells))
    data_rows = 0
    for sheet in sheets:
        for number, cells in sheet.rows:
            kind = report.row_kinds.get((sheet.name, number))
            assert kind is not None, f"{sheet.name} row {number} has no kind"
            if kind != "data":
                continue
            data_rows += 1
            for cell in cells:
                lost = _words(cell) - seen
                assert not lost, f"{sheet.name} row {number}: {sorted(lost)} of {cell!r} lost"
    assert data_rows == report.rows_read


def workbook(path, sheets, merges=None):
    """``{sheet: rows}`` as an .xlsx; ``merges`` as Excel ranges per sheet."""
    return write_workbook(path, sheets, merges)


def read(path, **kwargs):
    net = read_inventory(path, **kwargs)
    confirmed = [*(kwargs.get("aliases") or {})]
    confirmed += [v for mapping in (kwargs.get("value_aliases") or {}).values() for v in mapping]
    assert_nothing_lost(path, net, confirmed)
    return net


def problems_with(net, text, severity=None):
    p = net.report.in_language("en").problems
    hit = p[p["problem"].str.contains(text, regex=False)]
    return hit if severity is None else hit[hit["severity"] == severity]


# --- 1. headers by meaning ----------------------------------------------------------------
ZONE_HEADER = ["Naam samenwerkingsverband", "Omschrijving", "Partners", "Regio/Gemeente", "Expertise domein",
               "Doelgroep PZON"]


def test_a_samenwerkingsverbanden_sheet_with_a_partners_column_is_one_row_per_initiative(tmp_path):
    # the trap: the sheet's name made it a tidy initiatives sheet and Partners was dropped (0 organisations)
    path = workbook(tmp_path / "zone.xlsx", {"Samenwerkingsverbanden": [
        ZONE_HEADER,
        ["Warme buurt", "Buurtwerking", "CAW Oost-Vlaanderen; Gemeente Eeklo", "Eeklo", "Huisvesting", "ouderen"],
        ["Praatcafé", "Ontmoeting", "OKRA Aalter, Gemeente Aalter", "Aalter", "Zingeving", "mantelzorgers"],
    ]})
    net = read(path)
    assert set(net.organisations["name"]) == {"CAW Oost-Vlaanderen", "Gemeente Eeklo", "OKRA Aalter",
                                              "Gemeente Aalter"}
    assert net.initiatives["municipalities"].tolist() == [["Eeklo"], ["Aalter"]]
    assert net.initiatives["expertise_domains"].tolist() == [["huisvesting"], ["zingeving"]]
    assert net.initiatives["target_groups"].tolist() == [["ouderen"], ["mantelzorgers"]]
    assert net.initiatives["description"].tolist() == ["Buurtwerking", "Ontmoeting"]
    assert len(problems_with(net, "one row per initiative")) == 1
    guessed = problems_with(net, "recognised by the words", "info")  # what was guessed, and how to correct it
    assert set(guessed["column"]) == {"Regio/Gemeente", "Expertise domein", "Doelgroep PZON"}
    assert guessed["suggestion"].str.contains("columns=").all()


@pytest.mark.parametrize("header, column", [
    ("Naam samenwerking", "name"), ("Naam van het samenwerkingsverband", "name"), ("Projectnaam", "name"),
    ("Partners (contactpersoon)", "partners"), ("Deelnemende partners", "partners"),
    ("Betrokken organisaties", "partners"), ("Regio/Gemeente", "municipalities"),
    ("Gemeente/regio", "municipalities"), ("Regio / (deel)gemeenten", "municipalities"),
    ("Werkingsgebied", "municipalities"), ("Expertise domein", "expertise_domains"),
    ("Thema", "expertise_domains"), ("Domeinen", "expertise_domains"), ("Doelgroep PZON", "target_groups"),
    ("Doelgroep(en)", "target_groups"), ("Status", "status"), ("Startdatum", "start"), ("Begin", "start"),
    ("Einddatum", "end"), ("Loopt tot", "end"), ("Trekker", "lead"), ("Coördinator", "lead"),
    ("Penhouder", "lead"), ("Omschrijving", "description"),
])
def test_each_header_variant_zones_write_is_read_by_meaning(tmp_path, header, column):
    base = {"name": "Naam samenwerkingsverband", "partners": "Partners"}
    headers = dict(base)
    headers[column] = header
    values = {"name": "Warme buurt", "partners": "CAW Oost-Vlaanderen; Gemeente Eeklo",
              "municipalities": "Eeklo", "expertise_domains": "Huisvesting", "target_groups": "ouderen",
              "status": "lopend", "start": "01/03/2023", "end": "31/12/2025", "lead": "Gemeente Eeklo",
              "description": "Buurtwerking"}
    cols = list(headers)
    path = workbook(tmp_path / "variant.xlsx", {"Blad1": [[headers[c] for c in cols], [values[c] for c in cols]]})
    net = read(path)
    ini = net.initiatives.iloc[0]
    expected = {"municipalities": ["Eeklo"], "expertise_domains": ["huisvesting"], "target_groups": ["ouderen"],
                "status": "lopend", "start": dt.date(2023, 3, 1), "end": dt.date(2025, 12, 31),
                "description": "Buurtwerking", "name": "Warme buurt"}
    if column == "partners" or column == "name":
        assert ini["name"] == "Warme buurt" and len(net.organisations) == 2
    elif column == "lead":
        lead = net.participations[net.participations["role"] == "trekker"]["organisation"].tolist()
        assert lead == ["gemeente-eeklo"]
    else:
        assert ini[column] == expected[column]
    assert problems_with(net, "does not understand").empty


def test_a_count_column_is_not_taken_for_the_partners(tmp_path):
    path = workbook(tmp_path / "aantal.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Aantal partners"], ["Warme buurt", "CAW; OCMW Eeklo", "2"]]})
    net = read(path)
    assert len(net.organisations) == 2 and net.initiatives.loc[0, "Aantal partners"] == "2"
    unknown = problems_with(net, "does not understand", "warning")
    assert unknown["column"].tolist() == ["Aantal partners"]


def test_a_column_elznet_does_not_understand_is_a_warning_naming_it_and_a_guess(tmp_path):
    path = workbook(tmp_path / "onbekend.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Budget 2025", "Doelgrop"],
        ["Warme buurt", "CAW; OCMW Eeklo", "5000", "ouderen"]]})
    net = read(path)
    unknown = problems_with(net, "does not understand", "warning")
    assert unknown["column"].tolist() == ["Budget 2025", "Doelgrop"]
    assert "target_groups" in unknown.iloc[1]["problem"]  # what it might be
    assert net.initiatives.loc[0, "Budget 2025"] == "5000"
    dutch = net.report.problems
    assert dutch["problem"].str.contains("kolom die elznet niet begrijpt").sum() == 2


def test_columns_argument_and_a_kolommen_sheet_name_what_no_rule_gets(tmp_path):
    rows = [["Titel", "Wie doet mee", "Waar"], ["Warme buurt", "CAW; Gemeente Eeklo", "Eeklo"]]
    path = workbook(tmp_path / "eigen.xlsx", {"Blad1": rows})
    with pytest.raises(InventoryError, match="geen tabblad"):
        read_inventory(path)
    by_arg = read(path, columns={"Titel": "naam", "Wie doet mee": "partners", "Waar": "gemeenten"})
    sheet = workbook(tmp_path / "kolommen.xlsx", {"Blad1": rows, "kolommen": [
        ["kolom", "betekenis"], ["Titel", "naam"], ["Wie doet mee", "partners"], ["Waar", "municipalities"]]})
    by_sheet = read(sheet)
    for net in (by_arg, by_sheet):
        assert net.initiatives.loc[0, "name"] == "Warme buurt"
        assert net.initiatives.loc[0, "municipalities"] == ["Eeklo"]
        assert len(net.organisations) == 2
    with pytest.raises(InventoryError, match="geen kolom die elznet kent"):
        read_inventory(path, columns={"Titel": "iets anders"})


# --- 2. sheet kind by content ----------------------------------------------------------------
def test_lists_notes_and_legends_are_skipped_with_a_note_and_never_stop_the_read(tmp_path):
    path = workbook(tmp_path / "zone.xlsx", {
        "Samenwerkingsverbanden 2025": [ZONE_HEADER[:3], ["Warme buurt", "Buurt", "CAW; Gemeente Eeklo"]],
        "Keuzelijst": [["Doelgroepen", "Domeinen"], ["ouderen", "Werk"], ["jongeren", "Huisvesting"]],
        "Notities": [["Nog na te vragen bij de gemeente", "Jan"], ["Vergadering 3 maart", "Piet"]],
        "Legende": [["x = betrokken"], ["? = nog te bevestigen"]],
        "Blad3": [["ouderen"], ["jongeren"], ["gezinnen"]],
    })
    net = read(path)
    assert net.report.ok and len(net.organisations) == 2
    skipped = problems_with(net, "sheet skipped", "info")
    assert sorted(skipped["sheet"]) == ["Blad3", "Keuzelijst", "Legende", "Notities"]


def test_a_workbook_without_partners_gives_an_error_saying_why_not_an_empty_network(tmp_path):
    path = workbook(tmp_path / "geen.xlsx", {"initiatieven": [["naam", "omschrijving"], ["Warme buurt", "Buurt"]]})
    net = read(path)
    assert len(net.organisations) == 0
    errors = net.report.in_language("en").errors
    assert errors["problem"].str.contains("no organisation at all").sum() == 1
    assert "kolommen" in net.report.errors.iloc[0]["suggestion"]


# --- 3. rows that are not data ------------------------------------------------------------------
def test_theme_headings_merged_across_become_sections_and_totals_and_legends_are_skipped(tmp_path):
    path = workbook(tmp_path / "themas.xlsx", {"Overzicht": [
        ["Inventaris samenwerkingsverbanden ELZ Waasland"],
        ["Stand van zaken maart 2025"],
        ZONE_HEADER,
        ["THEMA 1 – OUDEREN"],
        ["Valpreventie", "Thuis veilig", "Wit-Gele Kruis; Gemeente Temse", "Temse", "Gezonde levensstijl",
         "ouderen"],
        ["Warme buurt", "Buurtwerk", "CAW; OKRA Temse", "Temse", "Huisvesting", "ouderen"],
        ["THEMA 2 – JONGEREN"],
        ["JAC-punt", "Onthaal", "JAC; CLB Waasland", "Sint-Niklaas", "Onderwijs", "jongeren"],
        ["Totaal", None, "6", None, None, None],
        ["Legende: x = betrokken, ? = te bevestigen"],
    ]}, merges={"Overzicht": ["A1:F1", "A2:F2", "A4:F4", "A7:F7", "A10:F10"]})
    net = read(path)
    assert net.initiatives["name"].tolist() == ["Valpreventie", "Warme buurt", "JAC-punt"]
    assert net.initiatives["theme"].tolist() == ["THEMA 1 – OUDEREN", "THEMA 1 – OUDEREN", "THEMA 2 – JONGEREN"]
    assert not any(n in set(net.organisations["name"]) for n in ("Totaal", "6", "Legende"))
    kinds = net.report.row_kinds
    assert [kinds[("Overzicht", r)] for r in range(1, 11)] == [
        "title", "title", "header", "section", "data", "data", "section", "data", "total", "legend"]
    assert net.report.rows_read == 3


def test_rows_that_only_look_like_headings_stay_data(tmp_path):
    path = workbook(tmp_path / "geen_kop.xlsx", {"Blad1": [
        ["Nr", "Naam samenwerking", "Partners"], ["1", "Warme buurt", "CAW; JAC"], ["2"],
        [None, "Bron van zorg"], ["3", "Praatcafé", "OKRA"]]})
    net = read(path)
    assert net.initiatives["name"].tolist() == ["Warme buurt", "Bron van zorg", "Praatcafé"]
    assert set(net.initiatives["theme"].dropna()) == set()
    assert problems_with(net, "without a name", "error")["row"].tolist() == [3]  # the lone "2" is not lost


def test_a_repeated_header_row_is_skipped_with_a_note(tmp_path):
    path = workbook(tmp_path / "herhaald.xlsx", {"Blad1": [
        ZONE_HEADER[:3], ["A", "x", "CAW; JAC"], ZONE_HEADER[:3], ["B", "y", "CGG; JAC"]]})
    net = read(path)
    assert net.initiatives["name"].tolist() == ["A", "B"]
    assert problems_with(net, "repeated header row")["row"].tolist() == [3]


# --- 4. values ----------------------------------------------------------------------------------
def test_the_wikis_domain_labels_with_commas_are_one_domain_each(tmp_path):
    path = workbook(tmp_path / "domeinen.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Expertisedomein(en)"],
        ["A", "CAW; CGG", "Medische, paramedische, geestelijke gezondheidsaspecten"],
        ["B", "CAW; CGG", "Ondersteuning: hulpmiddelen, boodschappen, personenvervoer, oppas…\nWerk"],
        ["C", "CAW; CGG", "Medische, paramedische en geestelijke gezondheidsaspecten; Financiële aspecten"],
    ]})
    net = read(path)
    assert net.initiatives["expertise_domains"].tolist() == [
        ["medisch"], ["ondersteuning", "werk"], ["medisch", "financieel"]]
    assert problems_with(net, "not a known").empty


def test_every_domain_cluster_and_model_label_as_the_seeds_spell_them_reads_back(tmp_path):
    labels = list(EXPERTISE_DOMAINS.values()) + list(EXPERTISE_CLUSTERS.values())
    models = list(MODELS.values()) + ["Vrij beroepenmodel", "Makelaarsmodel", "Supermarktmodel"]
    rows = [["Naam samenwerking", "Partners", "Expertisedomein", "Samenwerkingsmodel"]]
    rows += [[f"I{i}", "CAW; CGG", label, models[i % len(models)]] for i, label in enumerate(labels)]
    net = read(workbook(tmp_path / "labels.xlsx", {"Blad1": rows}))
    assert problems_with(net, "not a known").empty
    domains = [d[0] for d in net.initiatives["expertise_domains"]]
    assert domains[:14] == list(EXPERTISE_DOMAINS)
    assert [len(d) for d in net.initiatives["expertise_domains"]] == [1] * len(labels)
    assert set(net.initiatives["model"]) == set(MODELS)


def test_every_dropdown_value_of_our_own_template_reads_back_exactly(tmp_path):
    path = write_template(tmp_path / "sjabloon.xlsx")
    wb = load_workbook(path)
    lists = wb["lijsten"]
    dropdown = {lists.cell(1, c).value: [lists.cell(r, c).value for r in range(2, lists.max_row + 1)
                                         if lists.cell(r, c).value] for c in range(1, lists.max_column + 1)}
    ws = wb["initiatieven"]
    header = [c.value for c in ws[1]]
    n = max(len(dropdown["expertise_domains"]), len(dropdown["stages"]), len(dropdown["model"]))
    for i in range(n):
        row = {"naam": f"Initiatief {i}",
               "expertisedomeinen": dropdown["expertise_domains"][i % len(dropdown["expertise_domains"])],
               "zorgpadfasen": dropdown["stages"][i % len(dropdown["stages"])],
               "samenwerkingsmodel": dropdown["model"][i % len(dropdown["model"])],
               "niveau": dropdown["level"][i % len(dropdown["level"])],
               "status": dropdown["status"][i % len(dropdown["status"])]}
        ws.append([row.get(h) for h in header])
    orgs = wb["organisaties"]
    org_header = [c.value for c in orgs[1]]
    sectors = dropdown["sector"]
    for i, sector in enumerate(sectors):
        row = {"naam": f"Organisatie {i}", "sector": sector,
               "taal": dropdown["language"][i % len(dropdown["language"])],
               "zorgpadfasen": dropdown["stages"][i % len(dropdown["stages"])],
               "doelgroepen": dropdown["target_groups"][i % len(dropdown["target_groups"])]}
        orgs.append([row.get(h) for h in org_header])
    ties = wb["relaties"]
    for i, kind in enumerate(dropdown["kind"]):
        ties.append(["Organisatie 0", f"Organisatie {i + 1}", kind])
    wb.save(path)
    net = read(path)
    assert [lookup("sector", s) for s in sectors] == net.organisations["sector"].tolist()
    assert set(net.ties["kind"]) == set(VOCABULARIES["kind"])
    assert all(len(v) == 1 for v in net.organisations["stages"]) and all(
        len(v) == 1 for v in net.organisations["target_groups"])
    assert problems_with(net, "not a known").empty
    ini = net.initiatives
    assert [d for [d] in ini["expertise_domains"][:14]] == list(EXPERTISE_DOMAINS)
    assert all(len(v) == 1 for v in ini["expertise_domains"]) and all(len(v) == 1 for v in ini["stages"])
    assert set(ini["model"]) == set(MODELS) and set(ini["status"]) == set(VOCABULARIES["status"])


def test_value_aliases_by_sheet_and_argument_and_the_target_group_synonyms(tmp_path):
    rows = [["Naam samenwerking", "Partners", "Doelgroep", "Domein", "Model"],
            ["A", "CAW; CGG", "senioren; 65+", "Zorg", "Buurtmodel"],
            ["B", "CAW; CGG", "Ouderen", "Gezondheid", "Teammodel"],
            ["C", "CAW; CGG", "Tieners; kotstudenten", "Werk", None]]
    path = workbook(tmp_path / "waarden.xlsx", {"Blad1": rows, "aliassen": [
        ["variant", "juiste naam", "soort"], ["Zorg", "medisch", "expertisedomein"],
        ["Buurtmodel", "team", "model"], ["kotstudenten", "studenten", "doelgroep"]]})
    net = read(path)
    ini = net.initiatives
    assert ini["target_groups"].tolist() == [["ouderen"], ["ouderen"], ["jongeren", "studenten"]]
    assert ini["expertise_domains"].tolist() == [["medisch"], ["medisch"], ["werk"]]
    assert ini["model"].tolist()[:2] == ["team", "team"]
    assert problems_with(net, "not a known").empty
    plain = workbook(tmp_path / "zonder.xlsx", {"Blad1": rows})
    unaliased = read(plain)
    assert unaliased.initiatives.loc[0, "expertise_domains"] == ["Zorg"]  # kept as written, with a warning
    assert problems_with(unaliased, "'Zorg' is not a known", "warning")["row"].tolist() == [2]
    by_arg = read(plain, value_aliases={"expertisedomein": {"Zorg": "medisch"}, "model": {"Buurtmodel": "team"},
                                        "target_groups": {"kotstudenten": "studenten"}})
    assert by_arg.initiatives["expertise_domains"].tolist() == ini["expertise_domains"].tolist()
    assert by_arg.initiatives["target_groups"].tolist() == ini["target_groups"].tolist()
    with pytest.raises(InventoryError, match="value_aliases"):
        read_inventory(plain, value_aliases={"naam": {"a": "b"}})
    with pytest.raises(InventoryError, match="value_aliases"):
        read_inventory(plain, value_aliases={"doelgroep": ["ouderen"]})
    with pytest.raises(ArgumentError, match="aliases= verwacht een dict"):
        read_inventory(plain, aliases=[("WGK", "Wit-Gele Kruis")])


def test_an_x_matrix_of_domains_municipalities_and_target_groups_reads_as_lists(tmp_path):
    path = workbook(tmp_path / "matrix.xlsx", {"Inventaris": [
        [None, None, "Gemeenten", None, None, None, None, None],
        ["Naam samenwerking", "Partners", "Temse", "Beveren", "Huisvesting", "Werk", "ouderen", "jongeren"],
        ["Warme buurt", "CAW; Gemeente Temse", "x", None, "ja", None, "1", None],
        ["Jobpunt", "VDAB; OCMW Beveren", "X", "x", None, "✓", None, "x"],
    ]}, merges={"Inventaris": ["C1:D1"]})
    net = read(path)
    ini = net.initiatives
    assert ini["municipalities"].tolist() == [["Temse"], ["Temse", "Beveren"]]
    assert ini["expertise_domains"].tolist() == [["huisvesting"], ["werk"]]
    assert ini["target_groups"].tolist() == [["ouderen"], ["jongeren"]]
    assert problems_with(net, "does not understand").empty


def test_an_x_matrix_of_municipalities_the_vocabulary_does_not_know_is_read_beside_one_it_does(tmp_path):
    path = workbook(tmp_path / "gemeenten.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Eeklo", "Sint-Niklaas", "Kruibeke"],
        ["Warme buurt", "CAW; JAC", "x", None, "x"], ["Jobpunt", "VDAB; OCMW", None, "ja", None]]})
    net = read(path)
    assert net.initiatives["municipalities"].tolist() == [["Eeklo", "Kruibeke"], ["Sint-Niklaas"]]


# --- 5. parentheses and people ------------------------------------------------------------------
def test_parentheses_hold_a_person_only_when_it_looks_like_one_otherwise_a_unit(tmp_path):
    path = workbook(tmp_path / "haakjes.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners (contactpersoon)"],
        ["Warme buurt", "Gemeente Temse (Dienst Welzijn); CGG Waas (Mobiel Team); AZ Nikolaas (Campus Sint-Niklaas)"],
        ["Zorgpad", "Huisartsenpraktijk De Linde (dr. Goossens); CAW Oost-Vlaanderen (A. De Smet); "
                    "JAC (Lien); Vrije CLB (Eeklo)"],
        ["Crisis", "AZ Nikolaas (spoed); CGG Waas"],
    ]})
    net = read(path)
    assert set(net.organisations["name"]) == {"Gemeente Temse", "CGG Waas", "AZ Nikolaas",
                                              "Huisartsenpraktijk De Linde", "CAW Oost-Vlaanderen", "JAC",
                                              "Vrije CLB (Eeklo)"}
    assert set(net.people["name"]) == {"dr. Goossens", "A. De Smet"}
    units = dict(zip(zip(net.participations["initiative"], net.participations["organisation"]),
                     net.participations["unit"], strict=False))
    assert units[("I001", "gemeente-temse")] == "Dienst Welzijn"
    assert units[("I001", "cgg-waas")] == "Mobiel Team"
    assert units[("I001", "az-nikolaas")] == "Campus Sint-Niklaas"
    assert units[("I003", "az-nikolaas")] == "spoed" and units[("I003", "cgg-waas")] is None
    unsure = problems_with(net, "may be a person", "warning")
    assert unsure["value"].tolist() == ["JAC (Lien)"]


def test_a_name_listed_with_its_parentheses_on_the_organisations_sheet_is_that_organisation(tmp_path):
    path = workbook(tmp_path / "lijst.xlsx", {
        "organisaties": [["naam", "sector"], ["CAW (Dienst Welzijn)", "welzijn"]],
        "Blad1": [["Naam samenwerking", "Partners"], ["A", "CAW (Dienst Welzijn); JAC (A. Peeters)"]]})
    net = read(path)
    assert sorted(net.organisations["name"]) == ["CAW (Dienst Welzijn)", "JAC"]
    assert net.people["name"].tolist() == ["A. Peeters"]


def test_a_place_in_parentheses_reads_the_same_before_and_after_the_row_that_names_the_place(tmp_path):
    path = workbook(tmp_path / "plaats.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Gemeente"], ["A", "Vrije CLB (Temse); JAC", None],
        ["B", "Vrije CLB (Beveren); Vrije CLB (Temse)", "Temse, Beveren"]]})
    net = read(path)
    assert sorted(net.organisations["name"]) == ["JAC", "Vrije CLB (Beveren)", "Vrije CLB (Temse)"]


def test_one_name_at_two_organisations_is_two_people_unless_an_alias_joins_them(tmp_path):
    rows = [["Naam samenwerking", "Partners"],
            ["A", "CAW Oost-Vlaanderen (Jan Peeters); CGG Waas (Jan Peeters)"],
            ["B", "CAW Oost-Vlaanderen (Jan Peeters); JAC"]]
    net = read(workbook(tmp_path / "namen.xlsx", {"Blad1": rows}))
    assert net.people["name"].tolist() == ["Jan Peeters", "Jan Peeters"]
    assert net.people["organisation"].tolist() == ["caw-oost-vlaanderen", "cgg-waas"]
    assert len(problems_with(net, "same name as person", "warning")) == 1
    joined = read(workbook(tmp_path / "samen.xlsx", {"Blad1": rows, "aliassen": [
        ["variant", "juiste naam", "soort"], ["Jan Peeters", "Jan Peeters", "persoon"]]}))
    assert len(joined.people) == 1
    assert problems_with(joined, "same name as person").empty


def test_a_contact_column_makes_people_of_the_lead_and_junk_is_no_organisation(tmp_path):
    path = workbook(tmp_path / "contact.xlsx", {"Blad1": [
        ["Naam samenwerking", "Trekker", "Partners", "Contactpersoon"],
        ["Warme buurt", "CAW Oost-Vlaanderen", "Gemeente Eeklo; nvt; #N/A; ?", "Anna Peeters"]]})
    net = read(path)
    assert set(net.organisations["name"]) == {"CAW Oost-Vlaanderen", "Gemeente Eeklo"}
    assert net.people[["name", "organisation"]].values.tolist() == [["Anna Peeters", "caw-oost-vlaanderen"]]
    assert net.initiatives.loc[0, "contact"] == ["P001"]
    assert len(problems_with(net, "placeholder", "warning")) == 2
    assert len(problems_with(net, "Excel error value #N/A", "warning")) == 1


# --- 6. names -------------------------------------------------------------------------------------
def test_a_confirmed_alias_shows_the_canonical_name_and_infers_the_sector_from_it(tmp_path):
    path = workbook(tmp_path / "alias.xlsx", {
        "Blad1": [["Naam samenwerking", "Partners"], ["A", "WGK; Gemeente Temse"], ["B", "Wit-Gele Kruis Waas"]],
        "aliassen": [["variant", "juiste naam"], ["WGK", "Wit-Gele Kruis Waas"]]})
    net = read(path)
    org = net.organisations.set_index("name")
    assert "WGK" not in org.index and org.loc["Wit-Gele Kruis Waas", "sector"] == "zorg"
    note = problems_with(net, "read as 'Wit-Gele Kruis Waas'", "info")
    assert note.iloc[0]["value"] == "WGK" and "confirmed alias" in note.iloc[0]["problem"]


def test_alias_chains_resolve_in_any_row_order_and_cycles_are_reported(tmp_path):
    partners = [["Naam samenwerking", "Partners"], ["A", "CAW O-Vl; JAC"], ["B", "CAW OVL; CGG"]]
    for order in ([["CAW O-Vl", "CAW OVL"], ["CAW OVL", "CAW Oost-Vlaanderen"]],
                  [["CAW OVL", "CAW Oost-Vlaanderen"], ["CAW O-Vl", "CAW OVL"]]):
        path = workbook(tmp_path / "keten.xlsx", {"Blad1": partners, "aliassen": [["variant", "juiste naam"], *order]})
        net = read(path)
        assert sorted(net.organisations["name"]) == ["CAW Oost-Vlaanderen", "CGG", "JAC"]
    cycle = workbook(tmp_path / "kring.xlsx", {"Blad1": partners, "aliassen": [
        ["variant", "juiste naam"], ["CAW O-Vl", "CAW OVL"], ["CAW OVL", "CAW O-Vl"]]})
    assert len(problems_with(read(cycle), "cycle", "warning")) == 1


def test_extensions_of_one_name_are_suggested_never_merged(tmp_path):
    path = workbook(tmp_path / "uitbreiding.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners"], ["A", "Wit-Gele Kruis; AZ Nikolaas"],
        ["B", "Wit-Gele Kruis Oost-Vlaanderen; AZ Nikolaas Spoed"]]})
    net = read(path)
    assert len(net.organisations) == 4
    pairs = {tuple(sorted(p)) for p in net.report.suggestions[["name", "similar_to"]].values.tolist()}
    assert pairs == {("Wit-Gele Kruis", "Wit-Gele Kruis Oost-Vlaanderen"), ("AZ Nikolaas", "AZ Nikolaas Spoed")}


# --- 7. duplicate rows -----------------------------------------------------------------------------
def test_two_rows_with_one_initiative_name_are_two_initiatives_and_one_warning_naming_both(tmp_path):
    path = workbook(tmp_path / "dubbel.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners"], ["Warme buurt", "CAW; Gemeente Eeklo"], ["Praatcafé", "OKRA"],
        ["Warme buurt", "OCMW Eeklo; Bib Eeklo"]]})
    net = read(path)
    warme = net.initiatives[net.initiatives["name"] == "Warme buurt"]["id"].tolist()
    assert len(warme) == 2 and len(set(warme)) == 2
    second = net.participations[net.participations["initiative"] == warme[1]]["organisation"]
    assert set(second) == {"ocmw-eeklo", "bib-eeklo"}  # its partners are not lost
    warning = problems_with(net, "same name as", "warning")
    assert len(warning) == 1 and warning.iloc[0]["row"] == 4 and "row 2" in warning.iloc[0]["problem"]
    assert net.report.rows_rejected == 0


# --- 8. cells: status and dates ---------------------------------------------------------------------
def test_status_and_dates_are_kept_and_filter_selects_running_initiatives(tmp_path):
    ws_rows = [["Naam samenwerking", "Partners", "Status", "Startdatum", "Einddatum"],
               ["Lopend", "CAW; JAC", "lopend", dt.datetime(2023, 3, 1), None],
               ["Klaar", "CAW; CGG", "afgerond", "01/03/2020", "31/12/2022"],
               ["Vaag", "CGG; JAC", "in opstart", "voorjaar 2023", None],
               ["Gestopt", "CGG; OKRA", "stopgezet", "2021-01-01", None]]
    net = read(workbook(tmp_path / "status.xlsx", {"Blad1": ws_rows}))
    ini = net.initiatives.set_index("name")
    assert ini.loc["Lopend", "start"] == dt.date(2023, 3, 1) and ini.loc["Klaar", "end"] == dt.date(2022, 12, 31)
    assert ini.loc["Vaag", "start"] == "voorjaar 2023" and ini.loc["Vaag", "status"] == "in_opstart"
    assert problems_with(net, "'voorjaar 2023' is not a date", "warning")["row"].tolist() == [4]
    assert net.filter(active_on="2024-06-01").initiatives["name"].tolist() == ["Lopend", "Vaag"]
    assert net.filter(active_on=dt.date(2021, 6, 1)).initiatives["name"].tolist() == ["Klaar", "Vaag"]
    assert net.filter(status="Actief").initiatives["name"].tolist() == ["Lopend"]
    with pytest.raises(ValueError, match="active_on"):
        net.filter(active_on="volgende week")


# --- 9. the load report in Dutch, English on request --------------------------------------------------
def test_the_load_report_speaks_dutch_by_default_and_english_on_request(tmp_path):
    path = workbook(tmp_path / "taal.xlsx", {"Blad1": [["Naam samenwerking", "Partners"], ["A", None],
                                                       [None, "CAW"]]})
    dutch = read(path)
    text = str(dutch.report)
    assert text.startswith("Laadrapport voor taal.xlsx: 2 rijen gelezen, 1 geladen, 1 afgewezen")
    assert "FOUT: Blad1, rij 3" in text and "initiatief zonder naam" in text
    english = read(path, lang="en")
    assert str(english.report).startswith("Load report for taal.xlsx: 2 rows read, 1 loaded, 1 rejected")
    assert "ERROR: Blad1, row 3" in str(english.report)
    assert str(dutch.report.in_language("en")) == str(english.report)
    with pytest.raises(ValueError, match="lang"):
        read_inventory(path, lang="fr")


# --- everything at once: a zone's workbook ------------------------------------------------------------
def test_a_realistic_zone_workbook_reads_right_the_first_time(tmp_path):
    path = workbook(tmp_path / "waasland.xlsx", {
        "Samenwerkingsverbanden 2025": [
            ["Inventaris samenwerkingsverbanden ELZ Waasland"],
            ["Naam van het samenwerkingsverband", "Omschrijving", "Deelnemende partners",
             "Regio / (deel)gemeenten", "Expertise domein", "Doelgroep(en)", "Status", "Startdatum"],
            ["THEMA 1 – OUDEREN"],
            ["Valpreventie", "Thuis veilig", "Wit-Gele Kruis (Campus Sint-Niklaas)\n• Gemeente Temse (Dienst Welzijn)",
             "Temse, Belsele", "Medische, paramedische, geestelijke gezondheidsaspecten", "senioren", "lopend",
             "01/09/2022"],
            ["Mantelzorgcafé", "Ontmoeting", "OKRA Temse (A. Verbeke); Samana Waas, enz.", "regio Waasland",
             "Ondersteuning: hulpmiddelen, boodschappen, personenvervoer, oppas…", "mantelzorgers", "lopend",
             "voorjaar 2023"],
            ["Totaal", None, "4", None, None, None, None, None],
        ],
        "Keuzelijst": [["lopend"], ["afgerond"]],
    }, merges={"Samenwerkingsverbanden 2025": ["A1:H1", "A3:H3"]})
    net = read(path)
    assert net.report.ok
    assert set(net.organisations["name"]) == {"Wit-Gele Kruis", "Gemeente Temse", "OKRA Temse", "Samana Waas"}
    assert problems_with(net, "'enz.' is not an organisation", "warning")["row"].tolist() == [5]
    ini = net.initiatives.set_index("name")
    assert ini.loc["Valpreventie", "expertise_domains"] == ["medisch"]
    assert ini.loc["Mantelzorgcafé", "expertise_domains"] == ["ondersteuning"]
    assert ini.loc["Valpreventie", "target_groups"] == ["ouderen"]
    assert ini.loc["Valpreventie", "municipalities"] == ["Temse", "Belsele"]
    assert set(ini["theme"]) == {"THEMA 1 – OUDEREN"}
    assert net.people["name"].tolist() == ["A. Verbeke"]
    assert sorted(u for u in net.participations["unit"] if u) == ["Campus Sint-Niklaas", "Dienst Welzijn"]


def test_the_invariant_holds_on_dict_input_too():
    frames = {"inventaris": pd.DataFrame({"Naam samenwerking": ["A", None, "C"],
                                          "Partners": ["CAW (Dienst Welzijn)", "JAC", None],
                                          "Opmerking": ["eerste", None, "derde"]})}
    net = read_inventory(frames)
    assert_nothing_lost(frames, net)
    assert lookup("target_groups", "65+") == "ouderen"


# --- issue 15, the parts that live in reading -----------------------------------------------------
def test_names_apart_by_plus_hash_or_emoji_stay_apart_and_unicode_variants_are_one(tmp_path):
    nfd = "Cafe\u0301 De Brug"  # é as e + combining accent
    path = workbook(tmp_path / "tekens.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners"],
        ["A", "Vzw 1+1; Vzw 1-1; Groep 50+; Groep 50-"],
        ["B", "Codeclub C++; Codeclub C#; Jeugdhuis 🎸; Jeugdhuis 🎨"],
        ["C", f"Café De Brug; {nfd}; CAW\u00a0Oost-Vlaanderen; CAW Oost\u200b-Vlaanderen"],
        ["D", "Buurt\u202ewerk\u200f Eeklo; OCMW Eeklo"],
    ]})
    net = read(path)
    names = net.organisations["name"].tolist()
    for apart in ("Vzw 1+1", "Vzw 1-1", "Groep 50+", "Groep 50-", "Codeclub C++", "Codeclub C#",
                  "Jeugdhuis 🎸", "Jeugdhuis 🎨"):
        assert apart in names
    assert len(net.organisations) == 8 + 2 + 2
    assert len(set(net.organisations["id"])) == len(net.organisations)
    assert "Buurtwerk Eeklo" in names  # bidi and control characters stripped from the display name
    assert sum(n.startswith("Caf") for n in names) == 1 and sum(n.startswith("CAW") for n in names) == 1


def test_placeholders_and_excel_errors_in_list_cells_are_warnings_not_values(tmp_path):
    path = workbook(tmp_path / "nvt.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners", "Doelgroepen", "Gemeenten"],
        ["A", "CAW; idem; -", "nvt", "#N/A; Eeklo"]]})
    net = read(path)
    assert net.initiatives.loc[0, "target_groups"] == [] and net.initiatives.loc[0, "municipalities"] == ["Eeklo"]
    assert net.organisations["name"].tolist() == ["CAW"]
    assert len(problems_with(net, "placeholder", "warning")) == 3
    assert problems_with(net, "Excel error value #N/A", "warning")["column"].tolist() == ["Gemeenten"]


def test_a_duplicate_header_keeps_the_first_column_and_notes_the_second(tmp_path):
    path = workbook(tmp_path / "dubbel.xlsx", {"Blad1": [
        ["Naam", "Partners", "Naam"], ["Warme buurt", "CAW; JAC", "Warme buurt Eeklo"]]})
    net = read(path)
    assert net.initiatives.loc[0, "name"] == "Warme buurt"
    assert net.initiatives.loc[0, "Naam"] == "Warme buurt Eeklo"
    note = problems_with(net, "second column for the same field", "info")
    assert note["column"].tolist() == ["Naam"]


def test_a_sheet_named_info_or_bron_that_holds_inventory_rows_is_read_with_a_note(tmp_path):
    path = workbook(tmp_path / "info.xlsx", {
        "Info": [["Naam samenwerking", "Partners"], ["Warme buurt", "CAW; JAC"]],
        "Bron": [["Bron: eigen bevraging 2025"], ["Zie ook de sociale kaart"]]})
    net = read(path)
    assert net.initiatives["name"].tolist() == ["Warme buurt"]
    assert problems_with(net, "usually skips by its name", "info")["sheet"].tolist() == ["Info"]
    assert problems_with(net, "sheet skipped", "info")["sheet"].tolist() == ["Bron"]


def test_place_qualifiers_in_parentheses_keep_organisations_apart(tmp_path):
    path = workbook(tmp_path / "regio.xlsx", {"Blad1": [
        ["Naam samenwerking", "Partners"],
        ["A", "OKRA (Regio Gent); OKRA (Regio Eeklo); Rode Kruis (Afdeling Eeklo/Maldegem)"],
        ["B", "Rode Kruis (Afdeling Gent); OKRA (Regio Gent) (J. Dhondt)"]]})
    net = read(path)
    assert sorted(net.organisations["name"]) == ["OKRA (Regio Eeklo)", "OKRA (Regio Gent)",
                                                 "Rode Kruis (Afdeling Eeklo/Maldegem)", "Rode Kruis (Afdeling Gent)"]
    assert net.people["name"].tolist() == ["J. Dhondt"]


@pytest.mark.parametrize("example", ["meetjesland_inventaris", "meetjesland_zorgpad"])
def test_the_invariant_holds_on_the_bundled_examples(example):
    from elznet import examples

    path = examples.path(example)
    assert_nothing_lost(path, read_inventory(path))


def test_white_spots_count_the_wikis_comma_labels_as_their_domain(tmp_path):
    """The trap of issue 9: 15 initiatives on "Medische, paramedische, geestelijke
    gezondheidsaspecten" gave white_spots medisch = 0."""
    from elznet import white_spots

    rows = [["Naam samenwerking", "Partners", "Expertise domein"]]
    rows += [[f"Initiatief {i}", "CAW; CGG", "Medische, paramedische, geestelijke gezondheidsaspecten"]
             for i in range(15)]
    net = read(workbook(tmp_path / "wit.xlsx", {"Blad1": rows}))
    spots = white_spots(net, dims=("expertise_domain",)).set_index("expertise_domain")
    assert spots.loc["medisch", "initiatives"] == 15 and not spots.loc["medisch", "white_spot"]
    assert spots.loc["juridisch", "white_spot"]


def test_a_total_row_that_names_what_it_counts_is_skipped(tmp_path):
    path = workbook(tmp_path / "totaal.xlsx", {"Overzicht": [
        ZONE_HEADER,
        ["Valpreventie", "Thuis veilig", "Wit-Gele Kruis; Gemeente Temse", "Temse", "Gezonde levensstijl", "ouderen"],
        ["Totaal", None, "12 partners", "3 gemeenten", None, None],
    ]})
    net = read(path)
    assert net.initiatives["name"].tolist() == ["Valpreventie"]
    assert "12 partners" not in set(net.organisations["name"])
    assert net.report.row_kinds[("Overzicht", 3)] == "total"


def test_enz_after_the_last_partner_is_not_part_of_its_name(tmp_path):
    path = workbook(tmp_path / "enz.xlsx", {"Overzicht": [
        ZONE_HEADER,
        ["Zorgpad", "", "CLB Waasland; Politiezone Waasland-Noord enz.", "Temse", "", ""],
        ["Buurtzorg", "", "OCMW Temse, Wit-Gele Kruis, e.a.", "Temse", "", ""],
    ]})
    net = read(path)
    assert set(net.organisations["name"]) == {"CLB Waasland", "Politiezone Waasland-Noord", "OCMW Temse",
                                              "Wit-Gele Kruis"}
    assert len(problems_with(net, "says the list goes on")) == 1


def test_columns_of_a_participations_sheet_are_kept_and_draw_a_care_path(tmp_path):
    import elznet

    path = workbook(tmp_path / "deelnames.xlsx", {
        "initiatieven": [["naam"], ["Zorgpad jongeren"]],
        "deelnames": [["initiatief", "organisatie", "zorgpadfase", "opmerking"],
                      ["Zorgpad jongeren", "CLB Waasland", "preventie", "scholen"],
                      ["Zorgpad jongeren", "CGG Waas en Dender", "crisis", None]]})
    net = read(path)
    parts = net.participations.set_index("organisation")
    assert parts.loc["clb-waasland", "zorgpadfase"] == "preventie" and parts.loc["clb-waasland", "opmerking"] == "scholen"
    stages = dict(zip(*[elznet.care_path_map(net).nodes[c] for c in ("id", "stage")], strict=True))
    assert stages == {"clb-waasland": "preventie", "cgg-waas-en-dender": "crisis"}


def test_a_qualifier_in_parentheses_is_hidden_with_people(tmp_path):
    path = workbook(tmp_path / "units.xlsx", {"Overzicht": [
        ZONE_HEADER, ["Buurtzorg", "", "OCMW Temse (Lien); CAW Waas (Dienst Welzijn)", "Temse", "", ""]]})
    net = read(path)
    assert set(net.participations["unit"].dropna()) == {"Lien", "Dienst Welzijn"}
    assert net.with_people("hide").participations["unit"].isna().all()
    assert set(net.with_people("names").participations["unit"].dropna()) == {"Lien", "Dienst Welzijn"}
