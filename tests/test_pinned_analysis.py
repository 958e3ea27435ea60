"""The zone-scale speed work changes how the analysis tables are computed, never what they hold.

``tests/pinned/analysis_tables.json.gz`` holds every table of ``elznet.analyse(net,
people="names")`` as the analysis code computed it before that work (issue 11, item 6), on
the four bundled examples and on two generated zones (one dense like the 2,000-organisation
benchmark zone, one sparse with many bridges, cut points and direct ties). Each table
must come out the same today: the same rows in the same order, the same values; floats to
a relative 1e-9.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import elznet
from tests.pinned.zones import TABLES, networks, plain, same

PINNED = Path(__file__).parent / "pinned" / "analysis_tables.json.gz"


@pytest.fixture(scope="module")
def pinned():
    with gzip.open(PINNED, "rt", encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def nets():
    return networks()


def _differences(old: dict, new: dict) -> list[str]:
    if old["columns"] != new["columns"]:
        return [f"columns {old['columns']} != {new['columns']}"]
    if len(old["rows"]) != len(new["rows"]):
        return [f"{len(old['rows'])} rows before, {len(new['rows'])} now"]
    out = []
    for i, (a, b) in enumerate(zip(old["index"], new["index"], strict=True)):
        if a != b:
            out.append(f"row {i}: index {a!r} != {b!r}")
    for i, (a, b) in enumerate(zip(old["rows"], new["rows"], strict=True)):
        for column, x, y in zip(old["columns"], a, b, strict=True):
            if not same(x, y):
                out.append(f"row {i} ({old['index'][i]!r}) {column}: {x!r} != {y!r}")
    return out


@pytest.mark.parametrize("table", TABLES)
def test_every_analysis_table_is_the_one_computed_before_the_speed_work(pinned, nets, table):
    wrong = {}
    for name, net in nets.items():
        found = _differences(pinned[name][table], plain(getattr(elznet.analyse(net, people="names"), table)))
        if found:
            wrong[name] = found[:5]
    assert not wrong, wrong


def test_the_pinned_networks_exercise_bridges_cut_points_and_direct_ties(pinned, nets):
    """The pins would prove little on networks without the cases the fast paths treat apart."""
    sparse = nets["zone_sparse"]
    assert len(sparse.ties) > 100
    rows = pinned["zone_sparse"]
    bridge = rows["fragile_ties"]["columns"].index("is_bridge")
    assert sum(r[bridge] for r in rows["fragile_ties"]["rows"]) > 20
    assert len(rows["cut_points"]["rows"]) > 20
    cut = rows["person_risk"]["columns"].index("organisations_cut_off")
    assert sum(r[cut] > 0 for r in rows["person_risk"]["rows"]) > 10
