"""Write the second bundled example: a zone inventory outside Meetjesland.

``waasland_voorbeeld_inventaris.xlsx`` is assembled from the hand-written CSV sources in
``data/src/zone_waasland/`` (``initiatieven.csv``, ``organisaties.csv``, ``zone.csv``),
with no randomness. It shows what a zone-aware analysis must handle: deelgemeenten
(Belsele, Kallo, Sinaai...), region words ("regio Waasland", "heel de zone", "BKZ"), a
22-partner general assembly of the zorgraad, a finished project and a planned one
(column ``Status``), spelling variants of a target group ("Kwetsbare gezinen") and "alle
inwoners". Organisations and people are fictitious; the municipality names are real;
the zone ("Voorbeeldzone Waasland") is made up for the example.

Run from the repository root::

    python data/make_zone_example.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
SRC = HERE / "src" / "zone_waasland"
OUT = HERE / "waasland_voorbeeld_inventaris.xlsx"

HEADERS = ["Samenwerkingsverband", "Soort", "Status", "Partners", "Gemeenten",
           "Doelgroepen", "Expertisedomeinen", "Beschrijving"]
FIELDS = ["naam", "soort", "status", "partners", "gemeenten", "doelgroepen", "expertisedomeinen", "beschrijving"]


def _rows(name: str) -> list[dict[str, str]]:
    with open(SRC / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main() -> Path:
    initiatives, organisations, zone = _rows("initiatieven.csv"), _rows("organisaties.csv"), _rows("zone.csv")
    known = {o["naam"] for o in organisations}
    for row in initiatives:  # every partner is a listed organisation
        for part in row["partners"].split(";"):
            org = part.split("(")[0].strip()
            assert org in known, (row["naam"], org)
    assert max(len(r["partners"].split(";")) for r in initiatives) >= 20, "a big general assembly"
    assert {"afgerond", "lopend"} <= {r["status"] for r in initiatives}

    wb = Workbook()
    ws = wb.active
    ws.title = "Samenwerkingsverbanden 2025"
    ws.append(["Inventaris samenwerkingsverbanden – Voorbeeldzone Waasland"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws.append(["Fictieve organisaties en personen, echte gemeentenamen; de banden zijn verzonnen."])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.append([])
    ws.append(HEADERS)
    for row in initiatives:
        ws.append([row[f] for f in FIELDS])
    orgs = wb.create_sheet("organisaties")
    orgs.append(["naam", "sector", "gemeente"])
    for row in organisations:
        orgs.append([row["naam"], row["sector"], row["gemeente"]])
    z = wb.create_sheet("zone")
    z.append(["soort", "naam", "gemeente"])
    for row in zone:
        z.append([row["soort"], row["naam"], row["gemeente"] or None])
    note = wb.create_sheet("toelichting")
    note.append(["Voorbeeld voor elznet. Alle organisaties en personen zijn verzonnen; de gemeenten en "
                 "deelgemeenten bestaan. De zone 'Voorbeeldzone Waasland' is geen officiële eerstelijnszone."])
    wb.save(OUT)
    return OUT


if __name__ == "__main__":
    print(main())
