"""elznet never destroys the user's files: no overwrite without --overwrite, never a
template over a workbook holding data, and a failure leaves no half-written output."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import Workbook

import elznet
from elznet import cli


def _inventory(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "inventaris"
    ws.append(["Naam samenwerkingsverband", "Partners"])
    ws.append(["Warme buurten", "CAW Oost-Vlaanderen; Gemeente Eeklo"])
    ws.append(["Zorgpad", "CAW Oost-Vlaanderen; JAC Eeklo"])
    wb.save(path)
    return path


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if ".part" in p.name]


def test_template_never_overwrites_a_workbook_with_data(tmp_path, capsys):
    path = _inventory(tmp_path / "mijn_inventaris.xlsx")
    before = path.read_bytes()
    for extra in ([], ["--overwrite"]):
        assert cli.main(["template", str(path), *extra]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "bevat al gegevens" in err
        assert path.read_bytes() == before


def test_template_over_an_empty_template_needs_overwrite(tmp_path, capsys):
    path = elznet.write_template(tmp_path / "leeg.xlsx")
    assert cli.main(["template", str(path)]) == 1
    assert "--overwrite" in capsys.readouterr().err
    assert cli.main(["template", str(path), "--overwrite"]) == 0
    assert elznet.read_inventory(path).report.rows_read == 0


def test_map_refuses_to_replace_an_existing_file_unless_asked(tmp_path, capsys):
    src = _inventory(tmp_path / "inventaris.xlsx")
    out = tmp_path / "kaart.html"
    out.write_text("mijn eigen kaart", encoding="utf-8")
    assert cli.main(["map", str(src), "-o", str(out), "-q"]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mijn eigen kaart"
    assert cli.main(["map", str(src), "-o", str(out), "-q", "--overwrite"]) == 0
    assert "<html" in out.read_text(encoding="utf-8").lower()
    assert _leftovers(tmp_path) == []


def test_report_refuses_existing_outputs_and_keeps_other_files(tmp_path, capsys):
    src = _inventory(tmp_path / "inventaris.xlsx")
    folder = tmp_path / "uit"
    folder.mkdir()
    (folder / "rapport.html").write_text("vorig rapport", encoding="utf-8")
    (folder / "notities.txt").write_text("van mij", encoding="utf-8")
    assert cli.main(["report", str(src), "-o", str(folder), "-q"]) == 1
    assert "rapport.html bestaat al" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["notities.txt", "rapport.html"]
    assert cli.main(["report", str(src), "-o", str(folder), "-q", "--overwrite"]) == 0
    names = {p.name for p in folder.iterdir()}
    assert {"rapport.html", "netwerkkaart.html", "analyse.xlsx", "netwerkkaart.png", "notities.txt"} <= names
    assert (folder / "notities.txt").read_text(encoding="utf-8") == "van mij"
    assert (folder / "rapport.html").read_text(encoding="utf-8") != "vorig rapport"
    assert _leftovers(tmp_path) == []


def test_a_failure_half_way_leaves_no_half_written_folder(tmp_path, monkeypatch, capsys):
    src = _inventory(tmp_path / "inventaris.xlsx")

    def disk_full(self, path, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(elznet.Network, "export_analysis", disk_full)  # after the map and report are written
    assert cli.main(["report", str(src), "-o", str(tmp_path / "uit"), "-q"]) == 1
    assert "No space left" in capsys.readouterr().err
    assert not (tmp_path / "uit").exists()
    assert _leftovers(tmp_path) == []


def test_a_failed_save_keeps_the_workbook_that_was_there(tmp_path, monkeypatch):
    net = elznet.read_inventory({"organisaties": pd.DataFrame({"naam": ["CAW"], "sector": ["welzijn"]})})
    path = net.export_analysis(tmp_path / "analyse.xlsx")
    before = path.read_bytes()

    def broken(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK half")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(OSError):
        net.export_analysis(tmp_path / "analyse.xlsx")
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_every_written_file_gets_the_mode_a_plain_file_would_get(tmp_path, monkeypatch, capsys):
    """Outputs are written to a private temporary file first (mkstemp: 0600); the file in
    place must be readable as any file the analyst saves (here umask 022: 0644), so a
    colleague on the zone's shared drive can open the workbook beside the map."""
    import os

    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)
    try:
        assert cli.main(["demo", "--quiet"]) == 0
        plain = tmp_path / "plain.txt"
        plain.write_text("x")
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "elznet-demo").iterdir()}
    assert "analyse.xlsx" in modes and set(modes.values()) == {plain.stat().st_mode & 0o777}, modes
