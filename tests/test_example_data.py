"""``data/make_examples.py`` rebuilds the bundled example data from ``data/src/*.csv``.

The script and its sources are copied into a temporary "fresh clone" (no shared
reference data next to it) and run from another working directory into a temporary
folder. Its output must equal the committed files: the truth JSON byte for byte, and
every cell of every sheet of both workbooks (values, merged ranges, fonts, alignment,
column widths, frozen panes). The xlsx bytes themselves differ (zip timestamps).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
SCRIPT = DATA / "make_examples.py"
WORKBOOKS = ["meetjesland_zorgpad_suicidepreventie.xlsx", "meetjesland_inventaris_breed.xlsx"]
KNOKE_FILES = sorted(p.name for p in (DATA / "knoke").iterdir())


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory):
    """A copy of data/make_examples.py, data/src/ and data/knoke/ in an empty folder."""
    root = tmp_path_factory.mktemp("clone") / "repo"
    (root / "data").mkdir(parents=True)
    shutil.copyfile(SCRIPT, root / "data" / SCRIPT.name)
    shutil.copytree(DATA / "src", root / "data" / "src")
    shutil.copytree(DATA / "knoke", root / "data" / "knoke")
    return root


@pytest.fixture(scope="module")
def built(fresh_clone, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    run = subprocess.run([sys.executable, "data/make_examples.py", str(out)], cwd=fresh_clone,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "shared reference data not found" in run.stdout and "kept the bundled data/knoke/" in run.stdout
    return out


def test_script_holds_no_absolute_path():
    source = SCRIPT.read_text(encoding="utf-8")
    assert "/work" not in source
    assert not re.search(r"""["'](/\w|~/|[A-Za-z]:\\)""", source), "a string literal starts with an absolute path"
    assert 'Path(__file__)' in source
    assert not (DATA / "_make_examples.py").exists()


def test_script_is_short_and_data_is_in_csv():
    assert len(SCRIPT.read_text(encoding="utf-8").splitlines()) < 400
    sources = sorted(p.name for p in (DATA / "src").iterdir())
    assert "README.md" in sources and sum(name.endswith(".csv") for name in sources) >= 10
    readme = (DATA / "src" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in sources if name.endswith(".csv"))


@pytest.mark.parametrize("name", [w.replace(".xlsx", ".truth.json") for w in WORKBOOKS])
def test_truth_files_are_byte_identical(built, name):
    assert (built / name).read_bytes() == (DATA / name).read_bytes()


def _cell_style(cell):
    return (cell.font.b, cell.font.i, cell.font.sz, cell.alignment.wrap_text, cell.alignment.vertical)


@pytest.mark.parametrize("name", WORKBOOKS)
def test_workbooks_are_cell_identical(built, name):
    new, old = openpyxl.load_workbook(built / name), openpyxl.load_workbook(DATA / name)
    assert new.sheetnames == old.sheetnames
    n_cells = 0
    for ws_new, ws_old in zip(new.worksheets, old.worksheets):
        assert (ws_new.max_row, ws_new.max_column) == (ws_old.max_row, ws_old.max_column), ws_old.title
        assert sorted(map(str, ws_new.merged_cells.ranges)) == sorted(map(str, ws_old.merged_cells.ranges))
        assert ws_new.freeze_panes == ws_old.freeze_panes, ws_old.title
        widths = {k: d.width for k, d in ws_old.column_dimensions.items()}
        assert {k: d.width for k, d in ws_new.column_dimensions.items()} == widths, ws_old.title
        for row_new, row_old in zip(ws_new.iter_rows(), ws_old.iter_rows()):
            for a, b in zip(row_new, row_old):
                assert (a.coordinate, a.value, a.data_type) == (b.coordinate, b.value, b.data_type), ws_old.title
                assert _cell_style(a) == _cell_style(b), (ws_old.title, b.coordinate)
                n_cells += b.value is not None
    assert n_cells > 1000


def test_knoke_kept_from_the_bundled_copy(built):
    assert sorted(p.name for p in (built / "knoke").iterdir()) == KNOKE_FILES
    for name in KNOKE_FILES:
        assert (built / "knoke" / name).read_bytes() == (DATA / "knoke" / name).read_bytes()


def test_knoke_copied_from_shared_reference_data_when_present(fresh_clone, tmp_path):
    spec = importlib.util.spec_from_file_location("make_examples_copy", fresh_clone / "data" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.KNOKE_SHARED.resolve() == (fresh_clone.parent / "shared" / "refdata" / "knoke").resolve()
    shared = tmp_path / "shared" / "refdata" / "knoke"
    shared.mkdir(parents=True)
    (shared / "knoke_nodes.csv").write_text("id,name\n1,X\n", encoding="utf-8")
    says = module.copy_knoke(tmp_path / "out", shared)
    assert "copied from the shared reference data" in says
    assert (tmp_path / "out" / "knoke" / "knoke_nodes.csv").read_text(encoding="utf-8") == "id,name\n1,X\n"
    assert (tmp_path / "out" / "knoke" / "SOURCE.md").read_bytes() == (DATA / "knoke" / "SOURCE.md").read_bytes()
