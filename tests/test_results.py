"""Result tables carry their metadata as attributes (not DataFrame.attrs) through what
analysts do with a table: communities().modularity, white_spots().zone / unknown_places /
outside_zone / outside_universe, stretch().initiative."""

from __future__ import annotations

import math
import pickle

import pandas as pd
import pytest

import elznet
from elznet.analysis.results import Communities, StretchSuggestions, WhiteSpots

#: What an analyst does with a table between computing and presenting it.
OPERATIONS = {
    "head": lambda t: t.head(2),
    "loc": lambda t: t.loc[t.index[:2]],
    "iloc": lambda t: t.iloc[1:3],
    "boolean selection": lambda t: t[t.iloc[:, 0].notna()],
    "sort_values": lambda t: t.sort_values(t.columns[0], ascending=False),
    "copy": lambda t: t.copy(),
    "columns": lambda t: t[list(t.columns[:2])],
    "assign": lambda t: t.assign(extra=1),
    "reset_index": lambda t: t.reset_index(),
    "query": lambda t: t.query("index == index"),
    "rename": lambda t: t.rename(columns={t.columns[0]: "first"}),
    "pickle": lambda t: pickle.loads(pickle.dumps(t)),
}


@pytest.fixture(scope="module")
def net():
    return elznet.examples.load("meetjesland_inventaris")


@pytest.fixture(scope="module")
def tables(net):
    return {
        "communities": (elznet.communities(net), Communities, ["modularity"]),
        "white_spots": (elznet.white_spots(net), WhiteSpots, ["zone", "unknown_places", "outside_zone",
                                                             "outside_universe"]),
        "stretch": (elznet.stretch(net, initiative="Warme buurten Eeklo"), StretchSuggestions, ["initiative"]),
    }


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("which", ["communities", "white_spots", "stretch"])
def test_metadata_survives_what_analysts_do(tables, which, operation):
    table, cls, names = tables[which]
    assert isinstance(table, cls) and isinstance(table, pd.DataFrame)
    assert not table.attrs  # nothing in DataFrame.attrs, which pandas drops
    result = OPERATIONS[operation](table)
    assert isinstance(result, cls)
    for name in names:
        assert getattr(result, name) == getattr(table, name) is not None, (which, operation, name)


def test_metadata_holds_the_right_values(net, tables):
    clusters = tables["communities"][0]
    assert 0 < clusters.modularity < 1
    assert clusters.modularity == pytest.approx(clusters["modularity"].iloc[0])
    spots = tables["white_spots"][0]
    assert spots.zone == elznet.zone.resolve_zone(net).name
    assert isinstance(spots.unknown_places, list) and isinstance(spots.outside_universe, dict)
    assert tables["stretch"][0].initiative == "Warme buurten Eeklo"


def test_a_result_table_writes_to_excel_as_a_plain_table(tables, tmp_path):
    table = tables["stretch"][0]
    path = tmp_path / "rek.xlsx"
    table.to_excel(path, index=False)
    back = pd.read_excel(path)
    assert list(back.columns) == list(table.columns) and len(back) == len(table)


def test_merge_and_concat_leave_the_metadata_unknown_not_wrong(tables):
    table = tables["communities"][0]
    joined = pd.concat([table, table])
    assert joined.modularity is None  # pandas does not carry metadata through concat
    assert Communities.of(table, modularity=0.5).modularity == 0.5


def test_an_empty_network_has_no_modularity():
    empty = elznet.Network.from_tables(organisations=pd.DataFrame(columns=["id", "name", "sector"]))
    assert math.isnan(elznet.communities(empty).modularity)


def test_the_notebook_shows_the_metadata_above_the_table(tables):
    html = tables["communities"][0]._repr_html_()
    assert html.startswith("<p><small>modularity: 0.")
