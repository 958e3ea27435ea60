"""The command line, run as a user runs it: a subprocess, exit codes, what it prints."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from openpyxl import load_workbook


def elznet(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "elznet", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_demo_writes_map_report_workbook_and_figures_and_says_so(tmp_path):
    run = elznet("demo", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "organisaties" in run.stdout and "59" in run.stdout and "fictieve personen" in run.stdout
    assert "Geschreven naar elznet-demo/" in run.stdout
    folder = tmp_path / "elznet-demo"
    for name in ("netwerkkaart.html", "zorgpadkaart.html", "rapport.html", "analyse.xlsx", "netwerkkaart.png",
                 "zorgpadkaart.png"):
        assert (folder / name).stat().st_size > 10_000, name
        assert name in run.stdout
    assert "zorgpadkaart" in run.stderr  # progress on the long steps, in Dutch


def test_quiet_silences_progress(tmp_path):
    from elznet import examples

    run = elznet("map", examples.path("meetjesland_zorgpad"), "-o", tmp_path / "k.html", "--quiet")
    assert run.returncode == 0 and run.stderr == "" and (tmp_path / "k.html").exists()


def test_map_and_report_commands(tmp_path):
    from elznet import examples

    src = examples.path("meetjesland_zorgpad")
    run = elznet("map", src, "-o", tmp_path / "zorgpad.html", "--care-path")
    assert run.returncode == 0, run.stderr
    assert "Zorgpadkaart" in (tmp_path / "zorgpad.html").read_text(encoding="utf-8")
    run = elznet("report", src, "-o", tmp_path / "uit", "--people", "pseudonyms")
    assert run.returncode == 0, run.stderr
    assert re.search(r"Persoon [2-9A-Z]{5}\b", (tmp_path / "uit" / "rapport.html").read_text(encoding="utf-8"))


def test_wrong_command_line_exits_2():
    run = elznet("map")
    assert run.returncode == 2 and "usage" in run.stderr
    assert elznet("report", "x.xlsx", "--people", "everyone").returncode == 2


def test_check_a_good_file_exits_0(tmp_path):
    from elznet import examples

    run = elznet("check", examples.path("meetjesland_zorgpad"))
    assert run.returncode == 0, run.stderr
    assert "291 rijen gelezen, 291 geladen, 0 afgewezen" in run.stdout


def test_check_a_file_with_errors_lists_them_and_exits_1(workbook):
    path = workbook({"inventaris": [["Naam", "Partners"], ["A", "CAW"], [None, "JAC"], ["A", "CGG"]]})
    run = elznet("check", path)
    assert run.returncode == 1
    assert "FOUT: inventaris, rij 3" in run.stdout and "WAARSCHUWING: inventaris, rij 4" in run.stdout
    english = elznet("check", path, "--lang", "en")
    assert "ERROR: inventaris, row 3" in english.stdout and "WARNING: inventaris, row 4" in english.stdout


def test_check_prints_warnings_exits_0_without_errors_and_takes_column_names(workbook):
    path = workbook({"Overzicht 2025": [["Titel van het project", "Wie doet mee"], ["Praatcafé", "CAW; OKRA"],
                                        ["Warme buurt", "Gemeente Eeklo; De Brug vzw"]]})
    unread = elznet("check", path)
    assert unread.returncode == 1 and "Wie doet mee" not in unread.stderr  # no partners column: an error
    run = elznet("check", path, "--column", "Wie doet mee=partners", "--column", "Titel van het project=naam")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 rijen gelezen" not in run.stdout and "2 rijen gelezen, 2 geladen" in run.stdout
    assert "WAARSCHUWING: Overzicht 2025, rij 3" in run.stdout and "De Brug vzw" in run.stdout  # sector unknown
    bad = elznet("check", path, "--column", "zonder-gelijkteken")
    assert bad.returncode == 1 and "KOP=KOLOM" in bad.stderr


@pytest.mark.parametrize("name, content", [("kapot.xlsx", b"PK\x03\x04 kapot"), ("notities.pdf", b"%PDF-1.4")])
def test_check_an_unreadable_file_says_so_in_one_line_without_a_traceback(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    run = elznet("check", path)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert name in run.stderr


@pytest.mark.parametrize("command", ["check", "map", "report"])
def test_a_missing_file_is_one_line_for_every_command(tmp_path, command):
    run = elznet(command, tmp_path / "nergens.xlsx", "--quiet")
    assert run.returncode == 1 and "bestaat niet" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_template_writes_a_workbook(tmp_path):
    run = elznet("template", tmp_path / "sjabloon.xlsx")
    assert run.returncode == 0, run.stderr
    assert "organisaties" in load_workbook(tmp_path / "sjabloon.xlsx").sheetnames
    bad = elznet("template", tmp_path / "sjabloon.docx")
    assert bad.returncode == 1 and ".xlsx" in bad.stderr


def test_zone_option_sets_the_zone_and_warnings_are_one_dutch_line(tmp_path, capsys):
    from elznet import cli, examples

    out = tmp_path / "uit"
    assert cli.main(["report", str(examples.path("waasland_voorbeeld")), "-o", str(out), "-q",
                     "--zone", "oost-meetjesland"]) == 0
    err = capsys.readouterr().err
    assert "elznet: let op: 17 plaatsnamen kent de zone 'ELZ Oost-Meetjesland' niet" in err
    assert "Warning" not in err and ".py" not in err  # no source location, no class name
    assert cli.main(["check", str(examples.path("waasland_voorbeeld")), "--zone", "nergens"]) == 1
    assert capsys.readouterr().err.startswith("elznet: Er is geen meegeleverde zone 'nergens'")
