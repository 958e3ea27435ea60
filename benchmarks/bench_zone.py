"""The whole analysis of one big zone against its budget, step by step (issue "Compute once").

Builds a generated zone of 2,000 organisations, 3,000 initiatives and 4,000 people
(names of initiatives share common words — "Overleg", "Netwerk", "Project" — and one
partner sits in a fifth of all initiatives, as in real inventories), then, in one fresh
process, times each table of ``elznet.analyse(net)`` — the organisation graph first, as
the first table would build it — and the whole bundle against its budget of 2 s (elznet
and igraph are imported before the clock starts; the igraph import is printed apart). The
analysis runs three times, each on a fresh Network with the same tables (nothing kept from
the run before), and the best run counts, as ``timeit`` does: the machine is shared. Each
step shows its wall-clock time and the CPU time of this process (betweenness runs in a
second process where there is a second core: its CPU time is shown apart), so a busy
machine (see the load average printed) can be told from slow code.

Then the same at 1,000 and 4,000 organisations (initiatives and people in proportion),
to show how the bundle grows: near-linear means about x2 per doubling (exact betweenness
and closeness are all-pairs measures, O(organisations x ties), so that part grows faster;
past :data:`elznet.analysis.centrality.EXACT_UP_TO` they are sampled); and
``duplicates()`` at a quarter of the size (4x the initiatives should cost about 4x,
never the 16x of comparing all pairs).

Run: ``python benchmarks/bench_zone.py [--quick]`` (``--quick``: 2,000 organisations only).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

JOB = r"""
import json, os, resource, sys, time
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

job, n_org = sys.argv[1], int(sys.argv[2].split()[0])
sys.argv[3:] = sys.argv[2].split()[1:]
net = zone(n_org, n_org * 3 // 2, n_org * 2)
out = {"organisations": len(net.organisations), "initiatives": len(net.initiatives), "people": len(net.people)}
if job == "duplicates":
    t = time.perf_counter(); d = elznet.duplicates(net); out["seconds"] = time.perf_counter() - t
    out["pairs"] = len(d)
else:
    t = time.perf_counter(); import igraph; out["igraph_import"] = time.perf_counter() - t  # once per process
    out["runs"] = []
    for run in range(int(sys.argv[3])):
        fresh = net.with_status(net.counting, skip_kinds=net.skip_kinds)  # same tables, nothing computed yet
        a = elznet.analyse(fresh)
        steps, cpu = {}, {}
        children = os.times().children_user + os.times().children_system
        for name in ["graph", "spanners", "fragile_ties", "cut_points", "organisation_risk", "person_risk",
                     "communities", "mixing", "disconnected_groups", "white_spots", "duplicates"]:
            t, c = time.perf_counter(), time.process_time()
            getattr(fresh if name == "graph" else a, name)  # the graph: what the first table would build
            steps[name], cpu[name] = time.perf_counter() - t, time.process_time() - c
        out["runs"].append({"steps": steps, "cpu": cpu, "load": os.getloadavg()[0],
                            "second_process_cpu": os.times().children_user + os.times().children_system - children})
        if run == 0:  # the peak of one analysis, before any repeat
            out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        del a, fresh
out.setdefault("peak_mib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
out["load"] = os.getloadavg()[0]
print(json.dumps(out))
"""

BUNDLE_BUDGET = 2.0  # seconds for the whole analysis of the 2,000-organisation zone
REPEATS = 3  # runs of the whole analysis per zone, each on a fresh Network; the best one counts (as timeit)


def bundle(n_org: int, repeats: int) -> dict:
    """The analysis of a zone of ``n_org`` organisations, ``repeats`` times on a fresh Network
    each (nothing kept between them), in one fresh process: the best run, with every total."""
    result = run_job(JOB, "bundle", f"{n_org} {repeats}")
    for run in result["runs"]:
        run["total"] = sum(run["steps"].values())
    best = min(result["runs"], key=lambda run: run["total"])
    return {**result, **best, "totals": [run["total"] for run in result["runs"]]}


def main() -> None:
    quick = "--quick" in sys.argv
    full = bundle(2000, REPEATS)
    print(f"zone: {full['organisations']} organisations, {full['initiatives']} initiatives, {full['people']} people; "
          f"peak memory {full['peak_mib']:.0f} MiB; load average {full['load']:.1f} on {os.cpu_count()} cores")
    print(f"best of {len(full['totals'])} runs on a fresh Network each: "
          + ", ".join(f"{t:.2f} s" for t in full["totals"]))
    print(f"  {'step':<20} {'wall':>7} {'cpu':>7}")
    for name, seconds in full["steps"].items():
        print(f"  {name:<20} {seconds:6.2f}s {full['cpu'][name]:6.2f}s")
    print(f"  {'(second process)':<20} {'':>7} {full['second_process_cpu']:6.2f}s  betweenness, beside spanners")
    print(f"  (not counted: importing igraph, once per process, before the clock: {full['igraph_import']:.2f} s)")
    cpu = sum(full["cpu"].values())
    print(f"whole analysis bundle: {full['total']:.2f} s (budget {BUNDLE_BUDGET:.1f} s, {full['total'] / BUNDLE_BUDGET:.0%} "
          f"of it; CPU here {cpu:.2f} s) -> {'ok' if full['total'] <= BUNDLE_BUDGET else 'OVER BUDGET'}")
    if not quick:
        sizes = {1000: bundle(1000, REPEATS), 2000: full, 4000: bundle(4000, 1)}
        print("scale (organisations: whole bundle, peak memory):")
        for n, result in sizes.items():
            print(f"  {n:>5}: {result['total']:5.2f} s wall, {sum(result['cpu'].values()):5.2f} s CPU "
                  f"(+{result['second_process_cpu']:.2f} s in the second process), "
                  f"{result['peak_mib']:4.0f} MiB (load {result['load']:.1f})")
        def work(result: dict) -> float:  # CPU time of both processes: what the load average does not change much
            return sum(result["cpu"].values()) + result["second_process_cpu"]

        for small, big in ((1000, 2000), (2000, 4000)):
            ratio = sizes[big]["total"] / sizes[small]["total"]
            cpu_ratio = work(sizes[big]) / work(sizes[small])
            print(f"  x2 organisations {small} -> {big}: x{ratio:.1f} the time, x{cpu_ratio:.1f} the CPU time -> "
                  f"{'near-linear' if cpu_ratio <= 2.6 else 'GROWS FASTER THAN LINEAR'}")
    small, big = run_job(JOB, "duplicates", 500), run_job(JOB, "duplicates", 2000)
    ratio = big["seconds"] / small["seconds"]
    print(f"duplicates(): {small['initiatives']} initiatives {small['seconds']:.2f} s, "
          f"{big['initiatives']} initiatives {big['seconds']:.2f} s -> x{ratio:.1f} for x4 the initiatives "
          f"(all pairs would be x16) -> {'ok' if ratio <= 8 else 'NOT NEAR-LINEAR'}")


if __name__ == "__main__":
    main()
