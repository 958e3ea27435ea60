"""The ``elznet`` command line.

``elznet demo`` reads the bundled Meetjesland care-path example and prints its key
figures; ``elznet check FILE`` prints the load report of an inventory (exit code 1
when it has errors); ``elznet template FILE`` writes an empty inventory workbook.
An inventory that cannot be read, or has errors, exits with 1; a wrong command line
with 2. A user mistake gives one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from elznet import examples
from elznet.excel import write_template
from elznet.inventory import read_inventory
from elznet.load_report import InventoryError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="elznet", description="Collaboration networks for primary-care zones.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="read the bundled Meetjesland example and print its key figures")
    check = sub.add_parser("check", help="read an inventory and print its load report")
    check.add_argument("file")
    check.add_argument("--all", action="store_true", help="also list the notes (inferences, title rows)")
    template = sub.add_parser("template", help="write an empty inventory workbook to fill in")
    template.add_argument("file")
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            return _demo()
        if args.command == "check":
            return _check(args.file, args.all)
        path = write_template(args.file)
        print(f"Empty inventory written to {path}")
        return 0
    except (InventoryError, ValueError, OSError) as exc:
        print(f"elznet: {exc}", file=sys.stderr)
        return 1


def _demo() -> int:
    path = examples.path("meetjesland_zorgpad")
    net = read_inventory(path)
    print(f"Voorbeeld: {path.name} (fictieve personen, illustratieve banden)")
    print(net.summary())
    print(f"\nLaadrapport: {net.report.rows_read} rijen gelezen, {net.report.rows_loaded} geladen, "
          f"{net.report.rows_rejected} geweigerd.")
    return 0


def _check(file: str, everything: bool) -> int:
    net = read_inventory(file)
    report = net.report
    print(str(report).splitlines()[0])
    severities = ("error", "warning", "info") if everything else ("error", "warning")
    body = report.describe(severities=severities)
    if body:
        print(body)
    return 0 if report.ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
