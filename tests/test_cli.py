"""The command line, run as a user runs it: a subprocess, exit codes, what it prints."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook


def elznet(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "elznet", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_demo_prints_the_key_figures_of_the_meetjesland_example():
    run = elznet("demo")
    assert run.returncode == 0, run.stderr
    assert "organisaties" in run.stdout and "59" in run.stdout
    assert "fictieve personen" in run.stdout


def test_check_a_good_file_exits_0(tmp_path):
    from elznet import examples

    run = elznet("check", examples.path("meetjesland_zorgpad"))
    assert run.returncode == 0, run.stderr
    assert "291 rows read, 291 loaded, 0 rejected" in run.stdout


def test_check_a_file_with_errors_lists_them_and_exits_1(workbook):
    path = workbook({"inventaris": [["Naam", "Partners"], ["A", "CAW"], [None, "JAC"], ["A", "CGG"]]})
    run = elznet("check", path)
    assert run.returncode == 1
    assert "ERROR: inventaris, row 3" in run.stdout and "ERROR: inventaris, row 4" in run.stdout


@pytest.mark.parametrize("name, content", [("kapot.xlsx", b"PK\x03\x04 kapot"), ("notities.pdf", b"%PDF-1.4")])
def test_check_an_unreadable_file_says_so_in_one_line_without_a_traceback(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    run = elznet("check", path)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert name in run.stderr


def test_check_a_missing_file(tmp_path):
    run = elznet("check", tmp_path / "nergens.xlsx")
    assert run.returncode == 1 and "does not exist" in run.stderr and "Traceback" not in run.stderr


def test_template_writes_a_workbook(tmp_path):
    run = elznet("template", tmp_path / "sjabloon.xlsx")
    assert run.returncode == 0, run.stderr
    assert "organisaties" in load_workbook(tmp_path / "sjabloon.xlsx").sheetnames
    bad = elznet("template", tmp_path / "sjabloon.docx")
    assert bad.returncode == 1 and ".xlsx" in bad.stderr
