"""Hostile workbooks: how long elznet takes to refuse them, and what reading costs when
the limit is raised.

Builds, in a temporary folder, the issue's three resource-exhaustion files from a small
openpyxl workbook by zip surgery:

* a shared-strings bomb (80,000 texts of 1,000 characters: 80 MB unpacked, ~0.1 MB on disk);
* a sheet whose XML unpacks to 800 MB (whitespace between rows; ~0.8 MB on disk);
* one merged range ``C2:XFD5001`` (82 million cells) over a three-column sheet.

Each job runs in a fresh process (peak memory is its own) and prints seconds and peak
memory: with the default limits (refused, or read for the merge) and with the limit
raised far enough to read the file. Budgets: a refusal within 1 s, and the 800 MB
sheet read below 1 GB of memory.
Run: ``python benchmarks/bench_hostile_reading.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jobs import run as run_job  # noqa: E402

BUILD = r'''
import re, sys, zipfile
from openpyxl import Workbook

def rewrite(path, part, change):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in items:
            if name != part:
                z.writestr(name, data)
                continue
            with z.open(name, "w", force_zip64=True) as fh:
                for chunk in change(data):
                    fh.write(chunk)

def base(path):
    wb = Workbook(); ws = wb.active; ws.title = "inventaris"
    ws.append(["Naam samenwerkingsverband", "Partners", "Opmerking"])
    for i in range(3):
        ws.append([f"project {i}", f"CAW Oost-Vlaanderen; Gemeente {i}", "x"])
    wb.save(path)

def bomb(path):
    base(path)
    texts = []
    def shared(data):
        def one(m):
            texts.append(m.group(2))
            return m.group(1) + b' t="s"><v>' + str(len(texts) - 1).encode() + b"</v></c>"
        yield re.sub(rb'(<c r="[A-Z]+\d+")(?: s="\d+")? t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', one, data)
    rewrite(path, "xl/worksheets/sheet1.xml", shared)
    rel = (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
           b' Target="sharedStrings.xml" Id="rId99" /></Relationships>')
    rewrite(path, "xl/_rels/workbook.xml.rels", lambda d: iter([d.replace(b"</Relationships>", rel)]))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            fh.write(b"".join(b"<si><t>" + t + b"</t></si>" for t in texts))
            si = b"<si><t>" + b"a" * 1000 + b"</t></si>"
            for _ in range(80):
                fh.write(si * 1000)
            fh.write(b"</sst>")

def big_sheet(path):
    base(path)
    def pad(data):
        head, _, tail = data.partition(b"</sheetData>")
        yield head
        for _ in range(100):
            yield b" " * (8 << 20)
        yield b"</sheetData>" + tail
    rewrite(path, "xl/worksheets/sheet1.xml", pad)

def merge(path):
    base(path)
    rewrite(path, "xl/worksheets/sheet1.xml", lambda d: iter([d.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="C2:XFD5001"/></mergeCells>')]))

folder = sys.argv[1]
for name, build in [("bomb", bomb), ("big_sheet", big_sheet), ("merge", merge)]:
    build(f"{folder}/{name}.xlsx")
'''

JOB = r'''
import json, resource, sys, time
import elznet
from elznet.errors import LimitError
job, _ = sys.argv[1], sys.argv[2]
name, raised = job.split(":")
limits = {"bomb": {"shared_strings_bytes": 10**9, "file_bytes": 10**9}, "big_sheet": {"file_bytes": 10**9},
          "merge": {}}[name] if raised == "raised" else None
start = time.perf_counter()
try:
    net = elznet.read_inventory(FOLDER + f"/{name}.xlsx", limits=limits)
    outcome = f"read: {len(net.initiatives)} initiatives"
except LimitError as exc:
    outcome = f"refused ({exc.limit})"
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": outcome}))
'''


def main() -> None:
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-c", BUILD, folder], check=True)
        sizes = {p.stem: p.stat().st_size for p in Path(folder).glob("*.xlsx")}
        script = JOB.replace("FOLDER", repr(folder))
        for name in ("bomb", "big_sheet", "merge"):
            for mode in ("default", "raised"):
                if name == "merge" and mode == "raised":
                    continue
                r = run_job(script, f"{name}:{mode}", 0)
                print(f"{name:10s} {sizes[name] / 1e6:5.2f} MB on disk  limits {mode:8s} {r['seconds']:7.2f} s   "
                      f"peak {r['peak_mib']:6.0f} MiB   {r['outcome']}")
    print("budgets: a refusal within 1 s; the 800 MB sheet read below 1,024 MiB")


if __name__ == "__main__":
    main()
