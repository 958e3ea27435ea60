"""Write three generated survey rounds for the Meetjesland care-path example.

    python data/survey/_make_survey.py

Writes ``meetjesland_bevraging_2024.csv``, ``..._2025.csv`` and ``..._2026.csv`` next to
this script: exports as an online form tool writes them (one row per respondent and
partner, ``;``-separated, Dutch headers, answers as "3 - redelijk"). They are
*generated*, not collected: every answer comes from a seeded random model on top of
the care-path example's organisation graph, so the same script writes the same files.

The model: each round, a share of the organisations answers (60 %, 70 %, 80 %). A
respondent names most of its partners in the example inventory (more each round) and
now and then an organisation it is not linked to there. Frequency grows with the number
of shared initiatives; trust and value are a per-organisation level (rising a little
each round) plus noise, rounded onto the 4-point scale. The "Naam" column holds
fictitious first names (personal data, as in a real export) for some respondents.
No real person and no real answer is in these files.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from elznet.examples import load  # noqa: E402
from elznet.read.survey import FREQUENCY, SCALE  # noqa: E402

HEADER = ["ID", "Begintijd", "Naam", "Uw organisatie", "Partnerorganisatie", "Hoe vaak werken jullie samen?",
          "Betrouwbaar", "Deelt onze missie", "Open voor overleg", "Invloed", "Betrokkenheid", "Brengt middelen in",
          "Opmerking"]
FIRST_NAMES = ["Lotte", "Wout", "Ines", "Bram", "Fien", "Jonas", "Saar", "Milan"]  # fictitious respondents
ROUNDS = {2024: (0.60, 0.75, 0.0), 2025: (0.70, 0.82, 0.15), 2026: (0.80, 0.88, 0.3)}


def make(year: int, response: float, recall: float, lift: float) -> list[list[str]]:
    net = load("meetjesland_zorgpad")
    g = net.graph
    rng = np.random.default_rng(year)
    ids = sorted(g)
    name = dict(g.nodes(data="name"))
    level_rng = np.random.default_rng(7)  # the organisations' own levels: the same every round
    trust_level = dict(zip(ids, level_rng.normal(2.7, 0.45, len(ids)), strict=True))
    value_level = dict(zip(ids, level_rng.normal(2.5, 0.5, len(ids)), strict=True))
    rows, n = [], 0
    for who in ids:
        if rng.random() > response:
            continue
        person = FIRST_NAMES[int(rng.integers(len(FIRST_NAMES)))] if rng.random() < 0.3 else ""
        partners = [v for v in sorted(g[who]) if rng.random() < recall]
        others = [v for v in ids if v != who and v not in g[who]]
        partners += list(rng.choice(others, size=int(rng.integers(0, 2)), replace=False))
        for alter in partners:
            weight = g[who][alter]["weight"] if g.has_edge(who, alter) else 0
            freq = int(np.clip(1 + weight + rng.integers(-1, 2), 1, 5))
            items = [int(np.clip(np.rint(trust_level[alter] + lift + rng.normal(0, 0.5)), 1, 4)) for _ in range(3)]
            items += [int(np.clip(np.rint(value_level[alter] + lift + rng.normal(0, 0.5)), 1, 4)) for _ in range(3)]
            n += 1
            comment = "samen in het zorgpad" if weight and rng.random() < 0.05 else ""
            rows.append([str(n), f"{year}-03-{1 + n % 28:02d} 10:{n % 60:02d}", person, name[who], name[alter],
                         f"{freq} - {FREQUENCY[freq]}", *(f"{i} - {SCALE[i]}" for i in items), comment])
    return rows


def main() -> None:
    for year, (response, recall, lift) in ROUNDS.items():
        path = HERE / f"meetjesland_bevraging_{year}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(HEADER)
            writer.writerows(make(year, response, recall, lift))
        print(path.name)


if __name__ == "__main__":
    main()
