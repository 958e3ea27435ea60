"""Write elznet's example data sets from the CSV sources in ``data/src/`` (deterministic).

    python data/make_examples.py [OUT_DIR]

Writes into OUT_DIR (default: ``data/``, the folder of this script):

1. ``meetjesland_zorgpad_suicidepreventie.xlsx`` (+ ``.truth.json``): a tidy workbook
   (one sheet per table) for the youth suicide-prevention care path in Meetjesland.
2. ``meetjesland_inventaris_breed.xlsx`` (+ ``.truth.json``): a wide, deliberately
   messy zone inventory, one row per initiative, partners in one cell.
3. ``knoke/``: the Knoke & Wood reference network. Its data files are copied from
   ``../shared/refdata/knoke`` (relative to the repository root) when that folder exists;
   otherwise the bundled ``data/knoke/`` is kept (and copied when OUT_DIR is elsewhere).

All content is in the CSV files in ``data/src/`` (see its README.md). This script only
lays it out: sheets, merged cells, styles, the messy separators of the wide inventory, and
the truth files, which it computes from the CSVs, never by reading the xlsx back. Before it
writes anything, it checks the data with assertions. All paths are relative to this file.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
KNOKE_SHARED = HERE.parent / ".." / "shared" / "refdata" / "knoke"  # ../shared/refdata/knoke from the repository root

TIDY_FILE = "meetjesland_zorgpad_suicidepreventie.xlsx"
WIDE_FILE = "meetjesland_inventaris_breed.xlsx"
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# Design facts the truth files state (the assertions below check what can be checked)
HUB_PERSON = "p01"
BOUNDARY_SPANNERS = ["o03", "o16", "o41"]
UNKNOWN_SECTOR_ORG = "De Brug vzw"

# Layout of the wide inventory; the initiative fields that fill its columns
WIDE_HEADERS = ["Naam samenwerkingsverband", "Omschrijving", "Partners", "Trekker",
                "Expertisedomein(en)", "Doelgroep(en)", "Gemeente(n)", "Samenwerkingsmodel",
                "Niveau", "Formeel?", "Permanent / ad hoc"]
HEADER_ROW, FIRST_DATA_ROW = 4, 5
# Separators for the Partners cell, cycled per initiative ("mix" alternates within a cell)
PARTNER_SEPARATORS = [", ", "; ", "\n", " / ", "mix"]
MIX = [", ", "; ", "\n", " / "]
LIST_SEPARATORS = ["; ", ", ", "; ", " / "]
CSV_LIST = " | "  # separates list items inside one CSV field


def table(name: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of ``src/<name>`` (UTF-8, comma-separated)."""
    with (SRC / name).open(encoding="utf-8", newline="") as f:
        header, *rows = csv.reader(f)
    assert all(len(r) == len(header) for r in rows), name
    return header, rows


def records(name: str) -> list[dict[str, str]]:
    header, rows = table(name)
    return [dict(zip(header, r)) for r in rows]


def texts(file: str) -> dict[str, str]:
    """The texts of one output file, by place (``sheet!cell``, or ``note``)."""
    return {t["place"]: t["text"] for t in records("texts.csv") if t["file"] == file}


def place_texts(wb: Workbook, file: str) -> None:
    for place, text in texts(file).items():
        if "!" in place:
            sheet, cell = place.split("!")
            wb[sheet][cell] = text
            if sheet == "toelichting":
                wb[sheet][cell].alignment = WRAP


def add_sheet(wb: Workbook, title: str, header: list[str], rows: list[list], widths: list[int],
              freeze: bool = True) -> None:
    s = wb.create_sheet(title)
    s.append(header)
    for cell in s[1]:
        cell.font = BOLD
    for r in rows:
        s.append(r)
    for col, width in zip("ABCDEFGHIJK", widths):
        s.column_dimensions[col].width = width
    if freeze:
        s.freeze_panes = "A2"


def people_in(cell: str) -> list[str]:
    return [p for p in cell.split("; ") if p]


# ----------------------------------------------------------------------------------------
# 1. Tidy workbook: zorgpad suïcidepreventie jongeren Meetjesland
# ----------------------------------------------------------------------------------------

def write_tidy(out: Path) -> dict:
    sheets = {name: table(f"zorgpad_{name}.csv")
              for name in ("organisaties", "personen", "initiatieven", "deelnames", "relaties")}
    orgs, persons, inits = sheets["organisaties"][1], sheets["personen"][1], sheets["initiatieven"][1]
    deelnames, relaties = sheets["deelnames"][1], sheets["relaties"][1]
    for r in relaties:
        r[3] = int(r[3])  # intensiteit
    sector_key = {f["as_written"]: f["key"] for f in records("zorgpad_sector_forms.csv")}

    org_ids = [o[0] for o in orgs]
    person_org = {p[0]: p[2] for p in persons}
    assert len(set(org_ids)) == len(org_ids) and len({o[1] for o in orgs}) == len(org_ids)
    assert 50 <= len(orgs) <= 65 and 40 <= len(relaties) <= 80 and 12 <= len(inits) <= 18
    assert all(o[2] in sector_key for o in orgs) and all(p[2] in org_ids for p in persons)
    assert len({(d[0], d[1]) for d in deelnames}) == len(deelnames), "duplicate deelname"
    for ini, org, person, _ in deelnames:
        assert ini in {i[0] for i in inits} and org in org_ids, (ini, org)
        assert not person or person_org[person] == org, (ini, org, person)
    for van, naar, _, intensity, people in relaties:
        assert van in org_ids and naar in org_ids and van != naar and intensity in (1, 2, 3)
        assert all(person_org[p] in (van, naar) for p in people_in(people)), (van, naar, people)
    assert len({(r[0], r[1]) for r in relaties}) == len(relaties), "duplicate relatie"
    active = {d[1] for d in deelnames} | {r[0] for r in relaties} | {r[1] for r in relaties}
    assert set(org_ids) <= active, sorted(set(org_ids) - active)
    used_people = {d[2] for d in deelnames} | {p for r in relaties for p in people_in(r[4])}
    assert set(person_org) <= used_people, sorted(set(person_org) - used_people)

    wb = Workbook()
    wb.active.title = "toelichting"
    widths = {"organisaties": [6, 44, 22, 24, 14, 80, 40, 9, 60, 26], "personen": [6, 24, 12, 34],
              "initiatieven": [6, 50, 80, 34, 9, 10, 28, 60, 40, 50, 60], "deelnames": [10, 12, 10, 14],
              "relaties": [8, 8, 16, 11, 14]}
    for name, (header, rows) in sheets.items():
        add_sheet(wb, name, header, rows, widths[name])
    place_texts(wb, TIDY_FILE)
    wb["toelichting"]["A1"].font = Font(bold=True, size=13)
    wb["toelichting"].column_dimensions["A"].width = 140
    wb.save(out / TIDY_FILE)

    per_sector: dict[str, int] = {}
    for o in orgs:
        per_sector[sector_key[o[2]]] = per_sector.get(sector_key[o[2]], 0) + 1
    people_ties: dict[str, int] = {}
    for r in relaties:
        for p in people_in(r[4]):
            people_ties[p] = people_ties.get(p, 0) + 1
    people_deelnames: dict[str, int] = {}
    for d in deelnames:
        if d[2]:
            people_deelnames[d[2]] = people_deelnames.get(d[2], 0) + 1
    carried = {p: people_ties.get(p, 0) + people_deelnames.get(p, 0) for p in person_org}
    hub = max(carried, key=carried.get)
    assert hub == HUB_PERSON and sorted(carried.values())[-2] < carried[hub]
    return {
        "file": TIDY_FILE,
        "note": texts(TIDY_FILE.replace(".xlsx", ".truth.json"))["note"],
        "sheets": wb.sheetnames,
        "header_row": 1,
        "counts": {name: len(rows) for name, (_, rows) in sheets.items()},
        "organisations_per_sector": dict(sorted(per_sector.items())),
        "organisation_sector": {o[0]: sector_key[o[2]] for o in orgs},
        "person_names": [p[1] for p in persons],
        "person_organisation": person_org,
        "deelnames_without_person": sum(1 for d in deelnames if not d[2]),
        "relaties_without_person": sum(1 for r in relaties if not r[4]),
        "relaties_per_soort": {k: sum(1 for r in relaties if r[2] == k) for k in sorted({r[2] for r in relaties})},
        "design": {
            "hub_person": hub,
            "hub_person_deelnames": people_deelnames[hub],
            "hub_person_relaties": people_ties[hub],
            "person_deelnames_plus_relaties": carried,
            "boundary_spanning_organisations": BOUNDARY_SPANNERS,
            "single_carrier_relaties": [[r[0], r[1], r[4]] for r in relaties if len(people_in(r[4])) == 1],
        },
    }


# ----------------------------------------------------------------------------------------
# 2. Wide, messy inventory
# ----------------------------------------------------------------------------------------

def partner_text(p: dict) -> str:
    written = p["written_as"] or p["organisation"]
    return f"{written} ({p['person']})" if p["person"] else written


def people_of(person: str) -> list[str]:
    for sep in (", ", " en ", " & "):
        if sep in person:
            return person.split(sep)
    return [person] if person else []


def join_partners(partners: list[dict], index: int) -> str:
    style = PARTNER_SEPARATORS[index % len(PARTNER_SEPARATORS)]
    parts = [partner_text(p) for p in partners]
    if style != "mix":
        return style.join(parts)
    return parts[0] + "".join(MIX[(k + index) % len(MIX)] + t for k, t in enumerate(parts[1:]))


def write_wide(out: Path) -> dict:
    organisations = records("breed_organisations.csv")
    all_orgs = [o["name"] for o in organisations]
    municipalities = sorted({o["place"] for o in organisations} - {"regio"})
    variants = records("breed_spelling_variants.csv")
    canonical = {v["as_written"]: v["canonical"] for v in variants}
    domain_key = {d["as_written"]: d["key"] for d in records("breed_domain_forms.csv") if d["as_written"]}
    all_domain_keys = {d["key"] for d in records("breed_domain_forms.csv")}
    formal = {f["as_written"]: f["value"] == "true" for f in records("breed_formal_forms.csv")}
    pairs = [[p["first"], p["second"]] for p in records("breed_duplicate_pairs.csv")]
    sheet_header, sheet_rows = table("breed_organisaties_sheet.csv")
    inits = records("breed_initiatives.csv")
    partners: dict[str, list[dict]] = {}
    for p in records("breed_partners.csv"):
        partners.setdefault(p["initiative"], []).append(p)
    for ini in inits:
        ini["partners"] = partners.pop(ini["name"].strip())
        for key in ("domains", "target_groups", "municipalities"):
            ini[key] = ini[key].split(CSV_LIST)

    def canonical_of(written: str) -> str:
        return canonical.get(written.strip(), written.strip())

    names = [i["name"].strip() for i in inits]
    assert not partners, ("partners of no initiative", sorted(partners))
    assert len(all_orgs) == len(set(all_orgs)) and len(names) == len(set(names))
    for ini in inits:
        canon = [p["organisation"] for p in ini["partners"]]
        assert len(canon) == len(set(canon)), ("partner twice", ini["name"])
        for p in ini["partners"]:
            assert p["organisation"] in all_orgs, ("unknown organisation", p["organisation"])
            written = p["written_as"] or p["organisation"]
            assert canonical_of(written) == p["organisation"], ("unregistered spelling", written)
            assert "/" not in written and "," not in written, written
        assert not ini["lead"] or canonical_of(ini["lead"]) in canon, ("lead not a partner", ini["name"])
        assert all(d in domain_key for d in ini["domains"]), ini["domains"]
        assert (not ini["formal"] or ini["formal"] in formal) and ini["permanent"] in ("permanent", "ad hoc")
    used = {p["organisation"] for i in inits for p in i["partners"]}
    assert not [o for o in all_orgs if o not in used], "organisations in no initiative"
    assert "zingeving" not in {domain_key[d] for i in inits for d in i["domains"]}
    assert all(a in names and b in names for a, b in pairs), pairs
    listed = [r[0] for r in sheet_rows]
    assert all(o in all_orgs for o in listed) and UNKNOWN_SECTOR_ORG not in listed and len(listed) == len(set(listed))
    assert all(v["canonical"] in all_orgs and v["kind"] in ("spelling", "case") for v in variants)

    wb = Workbook()
    ws = wb.active
    ws.title = "inventaris"
    for col, header in enumerate(WIDE_HEADERS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=header)
        cell.font, cell.alignment = BOLD, WRAP
    for col, width in zip("ABCDEFGHIJK", [42, 60, 55, 30, 36, 30, 28, 18, 14, 10, 14]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)

    row, filled_rows, truth_inits, merged = FIRST_DATA_ROW, [], [], None
    groups = list(dict.fromkeys(i["group"] for i in inits))
    for index, ini in enumerate(inits):
        g = groups.index(ini["group"])
        if index and ini["group"] != inits[index - 1]["group"]:
            row += 3 if g % 2 else 4  # empty rows between groups
        values = {
            1: ini["name"], 2: ini["description"], 4: ini["lead"] or None,
            5: LIST_SEPARATORS[index % len(LIST_SEPARATORS)].join(ini["domains"]),
            6: (", " if index % 2 else "; ").join(ini["target_groups"]),
            7: LIST_SEPARATORS[(index + 1) % len(LIST_SEPARATORS)].join(ini["municipalities"]),
            8: ini["model"] or None, 9: ini["level"], 10: ini["formal"] or None, 11: ini["permanent"],
        }
        if ini["merged"]:  # one partner a row; every other column merged vertically
            rows = list(range(row, row + len(ini["partners"])))
            for r, p in zip(rows, ini["partners"]):
                ws.cell(row=r, column=3, value=partner_text(p)).alignment = WRAP
            for col, value in values.items():
                ws.cell(row=row, column=col, value=value).alignment = WRAP
                ws.merge_cells(start_row=rows[0], start_column=col, end_row=rows[-1], end_column=col)
            merged = {"name": ini["name"], "rows": rows}
        else:
            rows = [row]
            values[3] = join_partners(ini["partners"], index) + (" " if index % 7 == 3 else "")  # trailing space, as typed
            for col, value in values.items():
                ws.cell(row=row, column=col, value=value).alignment = WRAP
        filled_rows.extend(rows)
        truth_inits.append({
            "name": ini["name"].strip(),
            "rows": rows,
            "partners": [p["organisation"] for p in ini["partners"]],
            "lead": canonical_of(ini["lead"]) if ini["lead"] else None,
            "expertise_domains": sorted({domain_key[d] for d in ini["domains"]}),
            "target_groups": ini["target_groups"],
            "municipalities": ini["municipalities"],
            "formal": formal.get(ini["formal"]),
            "permanent": ini["permanent"] == "permanent",
            "people": {p["organisation"]: people_of(p["person"]) for p in ini["partners"] if p["person"]},
        })
        row = rows[-1] + 1

    add_sheet(wb, "organisaties", sheet_header, sheet_rows, [44, 40, 30, 14], freeze=False)
    wb.create_sheet("toelichting").column_dimensions["A"].width = 120
    place_texts(wb, WIDE_FILE)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(italic=True)
    wb["toelichting"]["A1"].font = BOLD
    wb.save(out / WIDE_FILE)

    people_mentions = [{"initiative": i["name"], "organisation": org, "person": person}
                       for i in truth_inits for org, persons in i["people"].items() for person in persons]
    return {
        "file": WIDE_FILE,
        "note": texts(WIDE_FILE.replace(".xlsx", ".truth.json"))["note"],
        "sheets": wb.sheetnames,
        "sheet": "inventaris",
        "title_row": 1, "subtitle_row": 2,
        "header_row": HEADER_ROW,
        "first_data_row": FIRST_DATA_ROW,
        "headers": WIDE_HEADERS,
        "n_initiatives": len(truth_inits),
        "filled_data_rows": filled_rows,
        "n_filled_data_rows": len(filled_rows),
        "organisations": sorted(all_orgs),
        "n_organisations": len(all_orgs),
        "spelling_variants": {v["as_written"]: v["canonical"] for v in variants if v["kind"] == "spelling"},
        "case_variants": {v["as_written"]: v["canonical"] for v in variants if v["kind"] == "case"},
        "merged_initiative": merged,
        "duplicate_pairs": pairs,
        "organisaties_sheet": listed,
        "organisaties_sheet_sector": {r[0]: r[1] for r in sheet_rows},
        "unknown_sector_organisation": UNKNOWN_SECTOR_ORG,
        "n_participations": sum(len(i["partners"]) for i in truth_inits),
        "people": sorted({m["person"] for m in people_mentions}),
        "people_mentions": people_mentions,
        "absent_expertise_domains": sorted(all_domain_keys - {d for i in truth_inits for d in i["expertise_domains"]}),
        "initiatives_per_municipality": {m: sum(1 for i in truth_inits if m in i["municipalities"])
                                         for m in municipalities},
        "initiatives": truth_inits,
    }


# ----------------------------------------------------------------------------------------
# 3. Knoke & Wood reference network
# ----------------------------------------------------------------------------------------

def copy_knoke(out: Path, shared: Path = KNOKE_SHARED) -> str:
    """Copy the Knoke data files; ``knoke/SOURCE.md`` is maintained by hand in ``data/knoke/``."""
    target, bundled = out / "knoke", HERE / "knoke"
    if shared.is_dir():
        source = shared
        says = f"copied from the shared reference data ({shared.resolve()})"
    else:
        source = bundled
        says = f"shared reference data not found at {shared.resolve()}: kept the bundled data/knoke/"
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        if path.is_file() and path.resolve() != (target / path.name).resolve():
            shutil.copyfile(path, target / path.name)
    if target.resolve() != bundled.resolve():
        shutil.copyfile(bundled / "SOURCE.md", target / "SOURCE.md")
    return says


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(out: Path = HERE, shared: Path = KNOKE_SHARED) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tidy = write_tidy(out)
    write_json(out / TIDY_FILE.replace(".xlsx", ".truth.json"), tidy)
    wide = write_wide(out)
    write_json(out / WIDE_FILE.replace(".xlsx", ".truth.json"), wide)
    print(f"{TIDY_FILE}: {tidy['counts']}")
    print(f"{WIDE_FILE}: {wide['n_initiatives']} initiatives, {wide['n_organisations']} organisations, "
          f"{wide['n_participations']} participations, rows {wide['filled_data_rows'][0]}.."
          f"{wide['filled_data_rows'][-1]}")
    print(f"knoke/: {copy_knoke(out, shared)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
