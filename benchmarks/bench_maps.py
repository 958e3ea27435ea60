"""How fast a large network map is built in Python and becomes interactive in Chromium.

Generates an inventory of N organisations (default 5,000; about 15 ties each), builds
``network_map`` (layout, analysis for highlighting, HTML), saves it, opens it in
headless Chromium (Debian's, as the tests do) and measures the time until vis-network
has drawn the first frame with every node, plus how long one zoom step takes to redraw.
Run: ``python benchmarks/bench_maps.py [N]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import elznet  # noqa: E402
from tests.browser import visit  # noqa: E402


def inventory(n: int, seed: int = 0) -> elznet.Network:
    rng = np.random.default_rng(seed)
    sectors = ["zorg", "welzijn", "lokaal bestuur", "onderwijs", "jeugdwerk", "pzon"]
    orgs = [f"Organisatie {i}" for i in range(n)]
    rows = []
    for i in range(int(n * 1.2)):  # initiatives of 3-5 partners, mostly among neighbours
        centre = rng.integers(n)
        members = {int((centre + rng.normal(0, 30)) % n) for _ in range(rng.integers(3, 6))}
        rows += [(f"Initiatief {i}", orgs[m]) for m in members]
    return elznet.read_inventory({
        "organisaties": pd.DataFrame({"naam": orgs, "sector": rng.choice(sectors, n)}),
        "deelnames": pd.DataFrame(rows, columns=["initiatief", "organisatie"]),
        "initiatieven": pd.DataFrame({"naam": sorted({r[0] for r in rows})}),
    })


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    net = inventory(n)
    print(f"{len(net.organisations)} organisations, {net.graph.number_of_edges()} ties")
    start = time.perf_counter()
    m = elznet.network_map(net)
    built = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = m.save(Path(tmp) / "kaart.html")
        size = path.stat().st_size / 1e6
        seen = visit(path, evaluate={
            "nodes": "window.elznet.nodes.length",
            "zoom_ms": "(() => { const t = performance.now(); const n = window.elznet.network; "
                       "n.moveTo({scale: n.getScale() * 1.5}); n.redraw(); return performance.now() - t; })()",
        })
    print(f"network_map() in Python: {built:.1f} s; HTML {size:.1f} MB")
    print(f"Chromium: first frame with all {seen.values['nodes']} nodes after {seen.seconds_to_ready:.1f} s "
          f"(file opened to drawn); one zoom redraw {seen.values['zoom_ms']:.0f} ms; "
          f"JS errors {len(seen.errors)}, requests beyond the file {len(seen.requests) - 1}")


if __name__ == "__main__":
    main()
