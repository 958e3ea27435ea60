"""The ``elznet`` command line (also ``python -m elznet``).

    elznet demo                         the main job on the bundled Meetjesland example:
                                        map, care-path map, report, workbook and figures
                                        in ./elznet-demo/
    elznet check FILE                   the load report (exit code 1 when it has errors)
    elznet map FILE -o kaart.html       the interactive network map (--care-path for the
                                        care-path map)
    elznet report FILE -o MAP           report, maps, Excel workbook and figures in MAP
    elznet template FILE                an empty inventory workbook to fill in

``--people hide|initials|pseudonyms|names`` (default hide) sets how people appear in
what is written; ``--quiet`` silences progress messages. A user mistake (a missing or
unreadable file, a wrong option) gives one line on stderr and exit code 1 (2 for a
wrong command line), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from elznet._privacy import PEOPLE_MODES
from elznet.read.load_report import InventoryError


class _Progress:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.perf_counter()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            print(f"[{time.perf_counter() - self.start:5.1f} s] {message}", file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="elznet", description="Collaboration networks for primary-care zones.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--quiet", "-q", action="store_true", help="no progress messages")
    common.add_argument("--people", choices=PEOPLE_MODES, default="hide",
                        help="how people appear in what is written (default: hide)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", parents=[common], help="run the main job on the bundled Meetjesland example")
    check = sub.add_parser("check", parents=[common], help="read an inventory and print its load report")
    check.add_argument("file")
    check.add_argument("--all", action="store_true", help="also list the notes (inferences, title rows)")
    map_ = sub.add_parser("map", parents=[common], help="write the interactive network map")
    map_.add_argument("file")
    map_.add_argument("-o", "--output", default="netwerkkaart.html")
    map_.add_argument("--care-path", action="store_true", help="the care-path map (zorgpadkaart) instead")
    map_.add_argument("--initiative", action="append", default=None,
                      help="with --care-path: draw the care path of this initiative (repeat for several)")
    map_.add_argument("--view", choices=("organisations", "two-mode", "ego"), default="organisations",
                      help="organisations, organisations and initiatives (two-mode), or the neighbours of --focus")
    map_.add_argument("--focus", help="organisation whose neighbours the ego view shows")
    map_.add_argument("--colour", default="sector", help="sector, cluster, municipality or any organisation column")
    map_.add_argument("--size", default="degree", help="a measure (degree, betweenness, ...) or a numeric column")
    map_.add_argument("--positions", help="positions file of an earlier map (posities.json) to keep the layout")
    rep = sub.add_parser("report", parents=[common], help="write report, maps, workbook and figures")
    rep.add_argument("file")
    rep.add_argument("-o", "--output", default="elznet-rapport", help="folder (created if needed)")
    template = sub.add_parser("template", parents=[common], help="write an empty inventory workbook")
    template.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    progress = _Progress(args.quiet)
    try:
        if args.command == "demo":
            return _demo(args.people, progress)
        if args.command == "check":
            return _check(args.file, args.all)
        if args.command == "template":
            from elznet.output.excel import write_template

            print(f"Empty inventory written to {write_template(args.file)}")
            return 0
        net = _read(args.file, progress)
        if args.command == "map":
            return _map(net, Path(args.output), args, progress)
        return _outputs(net, Path(args.output), args.people, progress)
    except (InventoryError, ValueError, OSError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"elznet: {message}", file=sys.stderr)
        return 1


def _read(file: str, progress: _Progress):
    from elznet.read.inventory import read_inventory

    progress(f"reading {file}")
    net = read_inventory(file)
    report = net.report
    progress(f"{report.rows_read} rows read, {report.rows_loaded} loaded, {report.rows_rejected} rejected "
             "(elznet check FILE lists the problems)")
    return net


def _map(net, output: Path, args, progress: _Progress) -> int:
    from elznet.output.maps import care_path_map, network_map

    progress("drawing the map")
    if args.care_path:
        m = care_path_map(net, people=args.people, initiatives=args.initiative)
    else:
        m = network_map(net, people=args.people, view=args.view, focus=args.focus, colour=args.colour,
                        size=args.size, positions=args.positions)
    print(f"Kaart geschreven naar {m.save(output)}")
    return 0


def _outputs(net, folder: Path, people: str, progress: _Progress, *, care_path: bool | None = None) -> int:
    """Report, maps, workbook and slide figures in ``folder``."""
    import matplotlib.pyplot as plt

    from elznet.output.figures import plot_care_path, plot_network
    from elznet.output.maps import care_path_map, network_map
    from elznet.output.reporting import report

    folder.mkdir(parents=True, exist_ok=True)
    has_stages = care_path if care_path is not None else any(bool(s) for s in net.organisations["stages"])
    written = []
    progress("network map")
    written.append(network_map(net, people=people).save(folder / "netwerkkaart.html"))
    if has_stages:
        progress("care-path map")
        written.append(care_path_map(net, people=people).save(folder / "zorgpadkaart.html"))
    progress("report (spanners, fragile ties, clusters, white spots, duplicates)")
    written.append(report(net, folder / "rapport.html", people=people))
    progress("Excel workbook with every table")
    written.append(net.export_analysis(folder / "analyse.xlsx", people=people))
    progress("slide figures")
    fig = plot_network(net)
    fig.savefig(folder / "netwerkkaart.png", dpi=200)
    written.append(folder / "netwerkkaart.png")
    if has_stages:
        fig = plot_care_path(net)
        fig.savefig(folder / "zorgpadkaart.png", dpi=200)
        written.append(folder / "zorgpadkaart.png")
    plt.close("all")
    print(f"Written to {folder}/:")
    for path in written:
        print(f"  {path.name}")
    return 0


def _demo(people: str, progress: _Progress) -> int:
    from elznet import examples

    path = examples.path("meetjesland_zorgpad")
    net = _read(str(path), progress)
    print(f"Voorbeeld: {path.name} (fictieve personen, illustratieve banden)")
    print(net.summary())
    print()
    return _outputs(net, Path("elznet-demo"), people, progress, care_path=True)


def _check(file: str, everything: bool) -> int:
    from elznet.read.inventory import read_inventory

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
