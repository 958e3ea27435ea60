"""Node positions, computed in Python so the same input and seed give the same picture.

* :func:`network_positions` — the organisation graph's layout; it lives in
  :mod:`elznet.analysis.layout` (so :attr:`elznet.Analysis.positions` can keep it for
  every drawing) and is re-exported here.
* :func:`care_path_grid` — columns by care-path stage, one box per actor and stage it
  works in, actors grouped in bands by sector.
"""

from __future__ import annotations

from elznet.analysis.layout import IGRAPH_LAYOUT_FROM, KAMADA_KAWAI_UP_TO, network_positions
from elznet.vocabulary import STAGES

__all__ = ["network_positions", "care_path_grid", "IGRAPH_LAYOUT_FROM", "KAMADA_KAWAI_UP_TO"]


def care_path_grid(actors: list[tuple[str, str, list[int]]], sector_order: list[str]) -> dict:
    """Place one box per actor and stage: ``actors`` are ``(id, sector, [column, ...])``.

    Returns ``{(id, column): (column, row)}``. Sectors form horizontal bands in
    ``sector_order`` (aligned across columns, so a colour reads as one band), half an
    empty row between bands; within a band and column, actors keep a stable order.
    """
    out = {}
    top = 0
    for sector in sector_order:
        members = sorted((a for a in actors if a[1] == sector), key=lambda a: (min(a[2]), a[0]))
        if not members:
            continue
        height = 0
        per_column: dict[int, int] = {}
        for actor, _, columns in members:
            for col in columns:
                row = per_column.get(col, 0)
                out[(actor, col)] = (col, top + row)
                per_column[col] = row + 1
                height = max(height, row + 1)
        top += height + 0.5
    return out


STAGE_ORDER = list(STAGES)
