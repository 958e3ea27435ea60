"""With people hidden (the default), no person's name appears in anything a zorgraad sees."""

from __future__ import annotations

import zipfile

import pytest

import elznet


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Every output of the care-path example, written with the default people="hide"."""
    net = elznet.examples.load("meetjesland_zorgpad")
    folder = tmp_path_factory.mktemp("uit")
    files = [
        elznet.report(net, folder / "rapport.html"),
        elznet.network_map(net).save(folder / "netwerkkaart.html"),
        elznet.care_path_map(net).save(folder / "zorgpadkaart.html"),
        net.export_analysis(folder / "analyse.xlsx"),
    ]
    return net, files


def _all_text(path):
    if path.suffix == ".xlsx":  # every XML part of the workbook, shared strings included
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_text(encoding="utf-8")


def test_no_name_in_report_maps_or_export(outputs):
    net, files = outputs
    names = list(net.people["name"])
    assert len(names) == 35
    surnames = {n.split()[-1] for n in names if len(n.split()[-1]) > 4}
    for path in files:
        text = _all_text(path)
        assert [n for n in names if n in text] == [], path.name
        # nor a surname on its own (e.g. "Verstraete"); organisation names that share one are allowed
        org_text = " ".join(net.organisations["name"])
        assert [s for s in surnames if s in text and s not in org_text] == [], path.name


def test_names_appear_only_when_asked_for(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    shown = net.export_analysis(tmp_path / "met_namen.xlsx", people="names")
    assert any(name in _all_text(shown) for name in net.people["name"])
