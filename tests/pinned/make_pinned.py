"""Write analysis_tables.json.gz: the pinned analysis tables (see zones.py). Run once, from
the repository root, with the code whose results are to be pinned:
``python -m tests.pinned.make_pinned``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import elznet
from tests.pinned.zones import TABLES, networks, plain


def main() -> None:
    out = {}
    for name, net in networks().items():
        a = elznet.analyse(net, people="names")
        out[name] = {table: plain(getattr(a, table)) for table in TABLES}
    path = Path(__file__).with_name("analysis_tables.json.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, sort_keys=True)
    print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
