"""The notebooks are the analyst's tour: all there, narrated in Dutch, stored without outputs.

(They are executed top to bottom by nbmake in the same test run.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
EXPECTED = ["01_kennismaking", "02_zorgpad_suicide_meetjesland", "03_grenswerkers_en_kwetsbare_banden",
            "04_clusters_en_witte_vlekken", "05_zorgraad_presentatie", "06_knoke_echte_data",
            "07_vlaanderen", "08_bevraging_en_evolutie", "09_zone_en_status"]


def test_all_notebooks_are_there():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_is_stripped_and_narrated(name):
    book = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
    code = [c for c in book["cells"] if c["cell_type"] == "code"]
    assert code and all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    first = book["cells"][0]
    assert first["cell_type"] == "markdown" and "".join(first["source"]).startswith("# ")
    assert len(book["cells"]) <= 25  # short
