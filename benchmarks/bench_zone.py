"""The whole analysis of one big zone against its budget, step by step (issue "Compute once").

Builds a generated zone of 2,000 organisations, 3,000 initiatives and 4,000 people
(names of initiatives share common words — "Overleg", "Netwerk", "Project" — and one
partner sits in a fifth of all initiatives, as in real inventories), then, in one fresh
process, times each table of ``elznet.analyse(net)`` and the whole bundle against its
budget, and ``duplicates()`` at a quarter of the size to show how it grows (near-linear:
4x the initiatives should cost about 4x, never the 16x of comparing all pairs).

Run: ``python benchmarks/bench_zone.py``. Prints one line per step: seconds, budget, ok.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import json, resource, sys, time
import numpy as np, pandas as pd
import elznet  # imported before the clock starts

def zone(n_org, n_ini, n_people, seed=0):
    rng = np.random.default_rng(seed)
    orgs = [f"Organisatie {i}" for i in range(n_org)]
    person_org = rng.integers(n_org, size=n_people)
    words = ["Overleg", "Netwerk", "Project", "Werkgroep"]
    topics = ["dementie", "armoede", "jongeren", "mantelzorg", "eenzaamheid", "welzijn", "wonen", "GGZ"]
    munis = ["Eeklo", "Aalter", "Maldegem", "Evergem", "Assenede", "Zelzate", "Kaprijke", "Lievegem", "Sint-Laureins"]
    ini_rows, parts = [], []
    for i in range(n_ini):
        ini_rows.append({"naam": f"{words[i % 4]} {topics[rng.integers(8)]} {munis[rng.integers(9)]} {i}",
                         "doelgroepen": topics[rng.integers(8)], "gemeenten": munis[rng.integers(9)]})
        members = set(rng.choice(n_org, size=rng.integers(2, 7), replace=False).tolist())
        if rng.random() < 0.2:
            members.add(0)  # one partner in a fifth of all initiatives
        for org in members:
            staff = np.flatnonzero(person_org == org)
            carrier = f"p{rng.choice(staff)}" if len(staff) and rng.random() < 0.7 else None
            parts.append((ini_rows[-1]["naam"], orgs[org], carrier))
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": orgs,
                                      "sector": rng.choice(["zorg", "welzijn", "lokaal bestuur", "onderwijs"], n_org)}),
        "personen": pd.DataFrame({"id": [f"p{i}" for i in range(n_people)], "naam": [f"Persoon {i}" for i in range(n_people)],
                                  "organisatie": [orgs[o] for o in person_org]}),
        "initiatieven": pd.DataFrame(ini_rows),
        "deelnames": pd.DataFrame(parts, columns=["initiatief", "organisatie", "persoon"])})

job, scale = sys.argv[1], int(sys.argv[2])
net = zone(2000 // scale, 3000 // scale, 4000 // scale)
out = {"organisations": len(net.organisations), "initiatives": len(net.initiatives), "people": len(net.people)}
if job == "duplicates":
    t = time.perf_counter(); d = elznet.duplicates(net); out["seconds"] = time.perf_counter() - t
    out["pairs"] = len(d)
else:
    a = elznet.analyse(net)
    steps = {}
    for name in ["spanners", "fragile_ties", "cut_points", "organisation_risk", "person_risk", "communities",
                 "mixing", "disconnected_groups", "white_spots", "duplicates"]:
        t = time.perf_counter(); getattr(a, name); steps[name] = time.perf_counter() - t
    out["steps"] = steps
out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

BUNDLE_BUDGET = 2.0  # seconds for the whole analysis of the 2,000-organisation zone


def main() -> None:
    full = run_job(JOB, "bundle", 1)
    print(f"zone: {full['organisations']} organisations, {full['initiatives']} initiatives, {full['people']} people; "
          f"peak {full['peak_mib']:.0f} MiB")
    for name, seconds in full["steps"].items():
        print(f"  {name:<20} {seconds:6.2f} s")
    total = sum(full["steps"].values())
    print(f"whole analysis bundle: {total:.2f} s (budget {BUNDLE_BUDGET:.1f} s) -> "
          f"{'ok' if total <= BUNDLE_BUDGET else 'OVER BUDGET'}")
    small, big = run_job(JOB, "duplicates", 4), run_job(JOB, "duplicates", 1)
    ratio = big["seconds"] / small["seconds"]
    print(f"duplicates(): {small['initiatives']} initiatives {small['seconds']:.2f} s, "
          f"{big['initiatives']} initiatives {big['seconds']:.2f} s -> x{ratio:.1f} for x4 the initiatives "
          f"(all pairs would be x16) -> {'ok' if ratio <= 8 else 'NOT NEAR-LINEAR'}")


if __name__ == "__main__":
    main()
