"""`elznet map` from the shell: views, colours, care paths, and one Dutch line when it cannot."""

from __future__ import annotations

from elznet.cli import main
from tests.conftest import hand_network


def test_care_path_without_stages_exits_1_with_one_dutch_line(tmp_path, capsys):
    inventory = hand_network().to_excel(tmp_path / "inventaris.xlsx")
    out = tmp_path / "zorgpad.html"
    code = main(["map", str(inventory), "--care-path", "-o", str(out), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and not out.exists()
    assert err.count("\n") == 0 and err.startswith("elznet: Geen zorgpadfase bekend")


def test_map_command_takes_view_colour_size_and_positions(tmp_path, capsys):
    inventory = hand_network().to_excel(tmp_path / "inventaris.xlsx")
    first = tmp_path / "kaart.html"
    assert main(["map", str(inventory), "-o", str(first), "--view", "two-mode", "--colour", "cluster",
                 "--size", "betweenness", "--quiet"]) == 0
    html = first.read_text(encoding="utf-8")
    assert '"view":"two-mode"' in html and '"key":"cluster"' in html and "ini:i1" in html
    assert "Kaart geschreven naar" in capsys.readouterr().out
    from elznet import network_map, read_inventory

    saved = network_map(read_inventory(inventory), seed=5).save_positions(tmp_path / "posities.json")
    second = tmp_path / "kaart2.html"
    assert main(["map", str(inventory), "-o", str(second), "--positions", str(saved), "--view", "ego",
                 "--focus", "CLB", "--quiet"]) == 0
    assert '"ego":{"id":"C","depth":1}' in second.read_text(encoding="utf-8")


def test_unknown_focus_exits_1_and_names_near_matches(tmp_path, capsys):
    inventory = hand_network().to_excel(tmp_path / "inventaris.xlsx")
    code = main(["map", str(inventory), "--view", "ego", "--focus", "CLBB", "-o", str(tmp_path / "k.html"), "-q"])
    assert code == 1 and "Bedoelt u: CLB" in capsys.readouterr().err
