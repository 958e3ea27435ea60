"""Reading a large wide inventory: elznet.read_inventory vs a bare pandas.read_excel.

Generates a wide inventory as zones write it (one row per initiative, partners in one
cell, people and departments in parentheses, bullets, spelling variants, empty rows,
headers spelled freely, a theme heading every 500 rows, the wiki's domain labels with
their commas, status and start dates, some written as text) of N initiatives, then
times, each in a fresh subprocess so peak memory is measured per job:

* ``pandas.read_excel(path)`` — the floor: just getting the cells out of the file;
* ``elznet.read_inventory(path)`` — reading, validating, resolving names, the load
  report, near-duplicate suggestions and the tables.

Prints both times, their ratio (target: at most 2x) and each job's peak memory.
Run: ``python benchmarks/bench_read_inventory.py [N]`` (default 20000).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

MUNICIPALITIES = ["Aalter", "Assenede", "Eeklo", "Evergem", "Kaprijke", "Lievegem", "Maldegem",
                  "Sint-Laureins", "Zelzate"]
TYPES = ["Gemeente", "OCMW", "Huis van het Kind", "Bibliotheek", "Lokaal dienstencentrum", "WZC De Linde",
         "Basisschool De Vlinder", "Apotheek Centrum", "Huisartsenpraktijk", "Jeugddienst", "Sportdienst",
         "Thuisverpleging", "Vzw Buurtwerk", "Politie", "CAW", "CGG", "Mutualiteit", "Kinderopvang"]
TARGETS = ["kwetsbare gezinnen", "ouderen", "jongeren", "mantelzorgers", "mensen in armoede", "nieuwkomers"]
DOMAINS = ["Huisvesting", "Werk", "Gezonde levensstijl", "Financiële aspecten", "Persoonlijk welbevinden",
           "Ondersteuning", "Onderwijs", "medische aspecten",
           "Medische, paramedische, geestelijke gezondheidsaspecten",
           "Ondersteuning: hulpmiddelen, boodschappen, personenvervoer, oppas…"]
UNITS = ["Dienst Welzijn", "Mobiel Team", "Campus Eeklo", "spoed"]
STATUS = ["lopend", "afgerond", "in opstart", ""]


def make_inventory(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    orgs = [f"{t} {m} {k}" for k in range(1, 13) for t in TYPES for m in MUNICIPALITIES][: max(200, n // 10)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("inventaris")
    ws.append(["Inventaris samenwerkingsverbanden (gegenereerd)"])
    ws.append([])
    ws.append(["Naam van het samenwerkingsverband", "Omschrijving", "Deelnemende partners", "Trekker",
               "Expertise domein", "Doelgroep(en)", "Regio / (deel)gemeenten", "Formeel?", "Permanent / ad hoc",
               "Status", "Startdatum"])
    for i in range(n):
        if i % 500 == 0:
            ws.append([f"THEMA {i // 500 + 1} – {rng.choice(TARGETS).upper()}"])
        partners = []
        for org in rng.sample(orgs, rng.randint(2, 7)):
            if rng.random() < 0.3:
                org += f" ({rng.choice('ABCDEFGH')}. Peeters{rng.randint(1, 400)})"
            elif rng.random() < 0.05:
                org += f" ({rng.choice(UNITS)})"
            if rng.random() < 0.05:
                org = org.lower() + "  "
            partners.append(org)
        sep = rng.choice([", ", "; ", "\n", "\n• "])
        start = rng.choice(["2023-03-01", "01/09/2022", "voorjaar 2024", ""])
        ws.append([f"Initiatief {i} {rng.choice(TARGETS)}", "Samenwerking rond " + rng.choice(TARGETS) * 3,
                   sep.join(partners), partners[0].split(" (")[0], "; ".join(rng.sample(DOMAINS, 2)),
                   "; ".join(rng.sample(TARGETS, 2)), ", ".join(rng.sample(MUNICIPALITIES, 3)),
                   rng.choice(["ja", "nee", ""]), rng.choice(["permanent", "ad hoc"]), rng.choice(STATUS), start])
        if rng.random() < 0.01:
            ws.append([])
    wb.save(path)


JOB = r"""
import json, resource, sys, time
path, job = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if job == "pandas":
    import pandas as pd
    result = len(pd.read_excel(path, sheet_name=None))
else:
    import elznet
    net = elznet.read_inventory(path)
    result = [len(net.initiatives), len(net.organisations), len(net.participations)]
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "result": result}))
"""


def run(path: Path, job: str) -> dict:
    out = subprocess.run([sys.executable, "-c", JOB, str(path), job], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inventaris.xlsx"
        make_inventory(path, n)
        print(f"wide inventory: {n} initiatives, {path.stat().st_size / 1e6:.1f} MB")
        # the import of pandas/openpyxl is inside both timings' processes but outside the timed part
        pandas_run = min((run(path, "pandas") for _ in range(2)), key=lambda r: r["seconds"])
        elznet_run = min((run(path, "elznet") for _ in range(2)), key=lambda r: r["seconds"])
    print(f"pandas.read_excel      {pandas_run['seconds']:7.2f} s   peak {pandas_run['peak_mib']:6.0f} MiB")
    print(f"elznet.read_inventory  {elznet_run['seconds']:7.2f} s   peak {elznet_run['peak_mib']:6.0f} MiB"
          f"   (initiatives, organisations, participations: {elznet_run['result']})")
    print(f"ratio elznet / pandas: {elznet_run['seconds'] / pandas_run['seconds']:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
