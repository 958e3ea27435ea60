"""The ``elznet`` command line (also ``python -m elznet``).

    elznet demo                         the main job on the bundled Meetjesland example:
                                        map, care-path map, report, workbook and figures
                                        in ./elznet-demo/
    elznet check FILE                   the load report: errors and warnings (exit code 1
                                        only when it has errors); --column "KOP=kolom"
                                        names a column, --lang en for English
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
    parser = argparse.ArgumentParser(prog="elznet", description="Samenwerkingsnetwerken van eerstelijnszones.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--quiet", "-q", action="store_true", help="geen voortgangsberichten")
    common.add_argument("--people", choices=PEOPLE_MODES, default="hide",
                        help="hoe personen verschijnen in wat geschreven wordt (standaard: hide, verborgen)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", parents=[common], help="het hoofdwerk op het meegeleverde Meetjesland-voorbeeld")
    check = sub.add_parser("check", parents=[common], help="een inventaris lezen en het laadrapport tonen")
    check.add_argument("file")
    check.add_argument("--all", action="store_true", help="ook de opmerkingen tonen (afleidingen, titelrijen)")
    check.add_argument("--column", action="append", default=[], metavar="KOP=KOLOM",
                       help="benoem een kolom die geen regel herkent, bv. --column \"Naam samenwerking=naam\" "
                            "(herhaal voor meer kolommen)")
    check.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van het laadrapport")
    map_ = sub.add_parser("map", parents=[common], help="de interactieve netwerkkaart schrijven")
    map_.add_argument("file")
    map_.add_argument("-o", "--output", default="netwerkkaart.html")
    map_.add_argument("--care-path", action="store_true", help="de zorgpadkaart in plaats daarvan")
    rep = sub.add_parser("report", parents=[common], help="rapport, kaarten, werkboek en figuren schrijven")
    rep.add_argument("file")
    rep.add_argument("-o", "--output", default="elznet-rapport", help="map (wordt aangemaakt indien nodig)")
    template = sub.add_parser("template", parents=[common], help="een lege inventaris (werkboek) schrijven")
    template.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    progress = _Progress(args.quiet)
    try:
        if args.command == "demo":
            return _demo(args.people, progress)
        if args.command == "check":
            return _check(args.file, args.all, args.column, args.lang)
        if args.command == "template":
            from elznet.output.excel import write_template

            print(f"Lege inventaris geschreven naar {write_template(args.file)}")
            return 0
        net = _read(args.file, progress)
        if args.command == "map":
            return _map(net, Path(args.output), args.care_path, args.people, progress)
        return _outputs(net, Path(args.output), args.people, progress)
    except (InventoryError, ValueError, OSError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"elznet: {message}", file=sys.stderr)
        return 1


def _read(file: str, progress: _Progress):
    from elznet.read.inventory import read_inventory

    progress(f"{file} lezen")
    net = read_inventory(file)
    report = net.report
    progress(f"{report.rows_read} rijen gelezen, {report.rows_loaded} geladen, {report.rows_rejected} geweigerd "
             "(elznet check BESTAND toont de meldingen)")
    return net


def _map(net, output: Path, care_path: bool, people: str, progress: _Progress) -> int:
    from elznet.output.maps import care_path_map, network_map

    progress("kaart tekenen")
    m = care_path_map(net, people=people) if care_path else network_map(net, people=people)
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
    progress("netwerkkaart")
    written.append(network_map(net, people=people).save(folder / "netwerkkaart.html"))
    if has_stages:
        progress("zorgpadkaart")
        written.append(care_path_map(net, people=people).save(folder / "zorgpadkaart.html"))
    progress("rapport (grenswerkers, kwetsbare banden, clusters, witte vlekken, dubbele projecten)")
    written.append(report(net, folder / "rapport.html", people=people))
    progress("Excel-werkboek met alle tabellen")
    written.append(net.export_analysis(folder / "analyse.xlsx", people=people))
    progress("figuren voor presentaties")
    fig = plot_network(net)
    fig.savefig(folder / "netwerkkaart.png", dpi=200)
    written.append(folder / "netwerkkaart.png")
    if has_stages:
        fig = plot_care_path(net)
        fig.savefig(folder / "zorgpadkaart.png", dpi=200)
        written.append(folder / "zorgpadkaart.png")
    plt.close("all")
    print(f"Geschreven naar {folder}/:")
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


def _check(file: str, everything: bool, column: list[str] | None = None, lang: str = "nl") -> int:
    """Print the load report: errors and warnings (and notes with --all); exit 1 only on errors."""
    from elznet.read.inventory import read_inventory

    columns = {}
    for item in column or []:
        header, sep, meaning = item.rpartition("=")
        if not sep or not header.strip() or not meaning.strip():
            raise ValueError(f"--column '{item}' heeft de vorm KOP=KOLOM nodig, bv. \"Naam samenwerking=naam\""
                             if lang == "nl" else
                             f"--column '{item}' needs the form HEADER=COLUMN, e.g. \"Naam samenwerking=name\"")
        columns[header.strip()] = meaning.strip()
    net = read_inventory(file, columns=columns or None, lang=lang)
    report = net.report
    print(str(report).splitlines()[0])
    severities = ("error", "warning", "info") if everything else ("error", "warning")
    body = report.describe(severities=severities)
    if body:
        print(body)
    return 0 if report.ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
