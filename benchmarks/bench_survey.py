"""The tie survey at zone scale: writing the forms, reading them back, the survey measures.

Generates a zone of N organisations (default 150, a large eerstelijnszone), writes one
form per organisation with ``elznet.survey_forms``, fills each form as a respondent
would (about 12 partners, dropdown texts; not timed), and times in one run:

* writing the N forms (per form);
* the floor for reading: ``openpyxl.load_workbook(read_only=True)`` and every cell of
  every sheet of every form, nothing else;
* ``elznet.read_survey(folder)`` — reading, validating, resolving ids, the load report;
* ``survey_network`` + ``response_rate`` + ``confirmation`` + ``trust_value`` +
  ``quadrants`` on the result.

Prints the times, the ratio read_survey / floor (target: at most 2x) and the number of
answers. Run: ``python benchmarks/bench_survey.py [N]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

import elznet
from elznet.output.survey_forms import FORM_HEADER_ROW
from elznet.read.survey import FREQUENCY, SCALE


def zone(n: int) -> elznet.Network:
    sectors = ["zorg", "welzijn", "lokaal bestuur", "onderwijs", "jeugdwerk"]
    return elznet.read_inventory({"organisaties": pd.DataFrame({
        "id": [f"o{i:04d}" for i in range(n)], "naam": [f"Organisatie {i:04d}" for i in range(n)],
        "sector": [sectors[i % len(sectors)] for i in range(n)]})})


def fill(folder: Path, seed: int = 1) -> int:
    rng = random.Random(seed)
    answers = 0
    for path in sorted(folder.glob("*.xlsx")):
        if rng.random() < 0.2:
            continue  # one in five does not answer
        wb = load_workbook(path)
        ws = wb["Bevraging"]
        ws["B4"] = "2026-03-01"
        rows = [r for r in range(FORM_HEADER_ROW + 1, ws.max_row + 1) if ws.cell(row=r, column=1).value]
        for r in rng.sample(rows, k=min(12, len(rows))):
            f = rng.randint(1, 5)
            ws.cell(row=r, column=2, value=f"{f} - {FREQUENCY[f]}")
            for c in range(3, 9):
                s = rng.randint(1, 4)
                ws.cell(row=r, column=c, value=f"{s} - {SCALE[s]}")
            answers += 1
        wb.save(path)
    return answers


def floor(folder: Path) -> int:
    cells = 0
    for path in sorted(folder.glob("*.xlsx")):
        wb = load_workbook(path, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += sum(v is not None for v in row)
        wb.close()
    return cells


def main(n: int) -> None:
    net = zone(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "forms"
        t = time.perf_counter()
        elznet.survey_forms(net, folder)
        t_write = time.perf_counter() - t
        answers = fill(folder)
        t = time.perf_counter()
        floor(folder)
        t_floor = time.perf_counter() - t
        t = time.perf_counter()
        survey = elznet.read_survey(folder, organisations=net.organisations)
        t_read = time.perf_counter() - t
        assert len(survey.responses) == answers and survey.report.ok
        t = time.perf_counter()
        banden = elznet.survey_network(survey, inventory=net)
        elznet.response_rate(banden), elznet.confirmation(banden), elznet.trust_value(banden)
        elznet.quadrants(banden)
        t_measures = time.perf_counter() - t
    print(f"{n} organisations, {answers} answers from {len(survey.respondents)} respondents")
    print(f"write forms   {t_write:7.2f} s  ({1000 * t_write / n:.0f} ms per form)")
    print(f"floor (cells) {t_floor:7.2f} s")
    print(f"read_survey   {t_read:7.2f} s  ratio to floor {t_read / t_floor:.2f}x (target <= 2x)")
    print(f"measures      {t_measures:7.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
