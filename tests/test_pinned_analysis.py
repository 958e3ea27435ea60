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

import pandas as pd
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


def _as_shown(old: dict, net, table: str) -> dict:
    """The pinned table as the API shows it today: since the API contract (issue 11, item 3)
    ``disconnected_groups`` shows the people who could cut a link as ``people=`` says
    (their names here, sorted), where the pin holds their ids."""
    if table != "disconnected_groups":
        return old
    names = dict(zip(net.people["id"], net.people["name"], strict=True))
    column = old["columns"].index("people")
    rows = [[sorted(names[p] for p in cell) if i == column else cell for i, cell in enumerate(row)] for row in old["rows"]]
    return {**old, "rows": rows}


@pytest.mark.parametrize("table", TABLES)
def test_every_analysis_table_is_the_one_computed_before_the_speed_work(pinned, nets, table):
    wrong = {}
    for name, net in nets.items():
        found = _differences(_as_shown(pinned[name][table], net, table),
                             plain(getattr(elznet.analyse(net, people="names"), table)))
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


@pytest.mark.parametrize("threshold", [0.2, 0.35, 0.55, 0.8])
def test_duplicates_scores_only_pairs_that_can_reach_the_threshold_and_loses_none(nets, threshold):
    """duplicates() skips the text similarity of candidate pairs whose score cannot reach the
    threshold even with identical names and descriptions; at threshold 0 nothing is skipped,
    so every table must be that one cut at the threshold (same-name pairs always kept)."""
    checked = dict.fromkeys(("meetjesland_inventaris", "waasland_voorbeeld", "zone_dense"), 0)
    for name in checked:
        net = nets[name]
        everything = elznet.duplicates(net, threshold=0.0).set_index(["a", "b"])
        found = elznet.duplicates(net, threshold=threshold).set_index(["a", "b"])
        assert len(everything) > len(found), name
        # every row found is the row scored without skipping, in the same order of scores
        if len(found):
            pd.testing.assert_frame_equal(found, everything.loc[found.index], check_exact=False, rtol=1e-12)
        # and nothing is lost: the shown score is rounded to 3 decimals, so a pair within
        # 0.0005 of the threshold may fall either side
        must = everything[(everything["score"] >= threshold + 0.0005) | everything["same_name"]]
        assert must.index.isin(found.index).all(), name
        assert ((found["score"] >= threshold - 0.0005) | found["same_name"]).all(), name
        checked[name] += len(found)
    assert threshold > 0.55 or checked["meetjesland_inventaris"] > 0
    assert threshold > 0.35 or checked["zone_dense"] > 0
