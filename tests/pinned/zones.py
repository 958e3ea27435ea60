"""Generated zones and a plain form of analysis tables, to pin the analysis results.

``make_pinned.py`` wrote ``analysis_tables.json.gz`` from the analysis code as it was
before the zone-scale speed work (issue 11, item 6): every table of
``elznet.analyse(net, people="names")`` on the bundled examples and on the generated zones
below. ``tests/test_pinned_analysis.py`` checks that the code of today gives the same
tables (exact for everything but floats, which must agree to 1e-9).
Do not regenerate the file to make that test pass: it is the record of the old results.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

#: The tables of the analysis bundle that are pinned.
TABLES = ["spanners", "fragile_ties", "cut_points", "organisation_risk", "person_risk", "communities", "mixing",
          "disconnected_groups", "white_spots", "duplicates"]
#: The bundled examples that are pinned.
EXAMPLES = ["meetjesland_zorgpad", "meetjesland_inventaris", "waasland_voorbeeld", "knoke"]


def zone(n_org: int, n_ini: int, n_people: int, *, seed: int = 0, members: tuple[int, int] = (2, 7),
         hub: float = 0.2, named: float = 0.7, direct_ties: int = 0):
    """A generated zone shaped as benchmarks/bench_zone.py builds it (initiative names that
    share common words, one partner in a fifth of all initiatives, 70% of participations
    carried by a named person), optionally sparser (``members``), with ``direct_ties``
    direct ties that name a carrier on one or both sides."""
    import elznet

    rng = np.random.default_rng(seed)
    orgs = [f"Organisatie {i}" for i in range(n_org)]
    person_org = rng.integers(n_org, size=n_people)
    words = ["Overleg", "Netwerk", "Project", "Werkgroep"]
    topics = ["dementie", "armoede", "jongeren", "mantelzorg", "eenzaamheid", "welzijn", "wonen", "GGZ"]
    munis = ["Eeklo", "Aalter", "Maldegem", "Evergem", "Assenede", "Zelzate", "Kaprijke", "Lievegem", "Sint-Laureins"]
    ini_rows, parts = [], []
    staff_of = {o: np.flatnonzero(person_org == o) for o in range(n_org)}
    for i in range(n_ini):
        ini_rows.append({"naam": f"{words[i % 4]} {topics[rng.integers(8)]} {munis[rng.integers(9)]} {i}",
                         "doelgroepen": topics[rng.integers(8)], "gemeenten": munis[rng.integers(9)]})
        chosen = set(rng.choice(n_org, size=rng.integers(*members), replace=False).tolist())
        if rng.random() < hub:
            chosen.add(0)
        for org in sorted(chosen):
            staff = staff_of[org]
            carrier = f"p{rng.choice(staff)}" if len(staff) and rng.random() < named else None
            parts.append((ini_rows[-1]["naam"], orgs[org], carrier))
    sheets = {
        "organisaties": pd.DataFrame({"naam": orgs,
                                      "sector": rng.choice(["zorg", "welzijn", "lokaal bestuur", "onderwijs"], n_org)}),
        "personen": pd.DataFrame({"id": [f"p{i}" for i in range(n_people)],
                                  "naam": [f"Persoon {i}" for i in range(n_people)],
                                  "organisatie": [orgs[o] for o in person_org]}),
        "initiatieven": pd.DataFrame(ini_rows),
        "deelnames": pd.DataFrame(parts, columns=["initiatief", "organisatie", "persoon"])}
    if direct_ties:
        rows = []
        for _ in range(direct_ties):
            a, b = rng.choice(n_org, size=2, replace=False)
            carriers = [f"p{rng.choice(staff_of[o])}" for o in (a, b) if len(staff_of[o]) and rng.random() < 0.6]
            rows.append({"van": orgs[a], "naar": orgs[b], "soort": "doorverwijzing", "personen": ", ".join(carriers)})
        sheets["relaties"] = pd.DataFrame(rows)
    return elznet.read_inventory(sheets)


#: The generated zones that are pinned: name -> keyword arguments of :func:`zone`.
ZONES = {
    "dense": {"n_org": 300, "n_ini": 450, "n_people": 600, "seed": 1},
    "sparse": {"n_org": 400, "n_ini": 260, "n_people": 500, "seed": 2, "members": (2, 4), "hub": 0.05,
               "named": 0.8, "direct_ties": 120},
}


def _plain_value(value):
    if isinstance(value, (set, frozenset)):
        return sorted(_plain_value(v) for v in value)
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer, int)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if math.isnan(value) else float(value)
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value)


def plain(table) -> dict:
    """A table as JSON-able ``{"columns", "index", "rows"}``, in its own row order."""
    frame = table if isinstance(table, pd.DataFrame) else table.to_frame()
    return {"columns": [str(c) for c in frame.columns],
            "index": [_plain_value(i) for i in frame.index],
            "rows": [[_plain_value(v) for v in row] for row in frame.itertuples(index=False, name=None)]}


def same(old, new, *, rel: float = 1e-9, abs_: float = 1e-12) -> bool:
    """Equal plain values; floats within ``rel`` / ``abs_``."""
    if isinstance(old, float) or isinstance(new, float):
        if old is None or new is None:
            return old is None and new is None
        return math.isclose(float(old), float(new), rel_tol=rel, abs_tol=abs_)
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(same(a, b, rel=rel, abs_=abs_) for a, b in zip(old, new, strict=True))
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(same(old[k], new[k], rel=rel, abs_=abs_) for k in old)
    return old == new


def networks():
    """``{name: Network}`` of every pinned network."""
    import elznet

    nets = {name: elznet.examples.load(name) for name in EXAMPLES}
    nets.update({f"zone_{name}": zone(**kwargs) for name, kwargs in ZONES.items()})
    return nets
