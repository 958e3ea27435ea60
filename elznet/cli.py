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
what is written and printed (``check`` included); ``--quiet`` silences progress
messages. Nothing existing is overwritten without ``--overwrite``, and a template is
never written over a workbook that holds data; every output is written to a temporary
file or folder and moved into place when complete, so a failure leaves no half-written
file. A user mistake (a missing or
unreadable file, a wrong option) gives one line on stderr and exit code 1 (2 for a
wrong command line), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

from elznet._files import atomic_file, atomic_folder, refuse_existing
from elznet._privacy import PEOPLE_MODES
from elznet.errors import ElznetError, OutputExistsError
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
                        help="hoe personen verschijnen in wat geschreven en getoond wordt (standaard: hide, verborgen)")
    common.add_argument("--overwrite", action="store_true", help="bestaande uitvoerbestanden vervangen")
    common.add_argument("--zone", help="de zone: een meegeleverde (bv. oost-meetjesland) of een bestand (CSV of "
                                       ".xlsx) met de kolommen soort, naam, gemeente (standaard: het tabblad zone, "
                                       "anders afgeleid uit de inventaris)")
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
    map_.add_argument("--initiative", action="append", default=None,
                      help="met --care-path: het zorgpad van dit initiatief tekenen (herhaal voor meer)")
    map_.add_argument("--view", choices=("organisations", "two-mode", "ego"), default="organisations",
                      help="organisaties, organisaties en initiatieven (two-mode), of de buren van --focus (ego)")
    map_.add_argument("--focus", help="de organisatie waarvan de ego-weergave de buren toont")
    map_.add_argument("--colour", default="sector", help="sector, cluster, municipality of een kolom van organisaties")
    map_.add_argument("--size", default="degree", help="een maat (degree, betweenness, ...) of een numerieke kolom")
    map_.add_argument("--positions", help="positiebestand van een eerdere kaart (posities.json) om de schikking te houden")
    rep = sub.add_parser("report", parents=[common], help="rapport, kaarten, werkboek en figuren schrijven")
    rep.add_argument("file")
    rep.add_argument("-o", "--output", default="elznet-rapport", help="map (wordt aangemaakt indien nodig)")
    template = sub.add_parser("template", parents=[common], help="een lege inventaris (werkboek) schrijven")
    template.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with warnings.catch_warnings():  # a warning is one line for the analyst, not a source location
        warnings.showwarning = lambda message, *_args, **_kw: print(f"elznet: let op: {message}", file=sys.stderr)
        return _main(args)


def _main(args) -> int:
    progress = _Progress(args.quiet)
    try:
        if args.command == "demo":
            return _demo(args.people, progress, overwrite=args.overwrite)
        if args.command == "check":
            return _check(args.file, args.all, args.column, args.lang, people=args.people, zone=args.zone)
        if args.command == "template":
            return _template(Path(args.file), overwrite=args.overwrite)
        if args.command == "map":
            _refuse(Path(args.output), overwrite=args.overwrite)
        net = _read(args.file, progress, args.zone)
        if args.command == "map":
            return _map(net, Path(args.output), args, progress)
        return _outputs(net, Path(args.output), args.people, progress, overwrite=args.overwrite)
    except (ElznetError, InventoryError, ValueError, OSError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"elznet: {message}", file=sys.stderr)
        return 1


def _refuse(path: Path, *, overwrite: bool) -> None:
    """Refuse an existing output file unless ``--overwrite`` (checked before any work)."""
    if not overwrite:
        refuse_existing([path])


def _holds_data(path: Path) -> bool:
    """Whether the workbook at ``path`` holds any filled cell beyond a header row (or cannot
    be read at all, which counts as holding data: it is not ours to replace)."""
    from elznet.read._sources import read_sources

    try:
        _, sheets = read_sources(path, include_hidden=True)
    except InventoryError:
        return True
    return any(len(sheet.rows) > 1 for sheet in sheets if sheet.name not in ("instructies", "lijsten"))


def _template(path: Path, *, overwrite: bool) -> int:
    from elznet.output.excel import write_template

    if path.exists():
        if path.is_dir() or _holds_data(path):
            raise OutputExistsError(f"{path} bevat al gegevens; elznet schrijft er nooit een leeg sjabloon over. "
                                    "Kies een andere bestandsnaam.")
        _refuse(path, overwrite=overwrite)
    print(f"Lege inventaris geschreven naar {write_template(path)}")
    return 0


def _zone(zone: str | None):
    """``--zone``: a bundled zone's name, or a file defining one (CSV or .xlsx; columns soort, naam, gemeente)."""
    if zone is None:
        return None
    from elznet.zone import Zone

    return Zone.read(zone) if Path(zone).suffix.lower() in (".csv", ".xlsx") else zone


def _read(file: str, progress: _Progress, zone: str | None = None):
    from elznet.read.inventory import read_inventory

    progress(f"{file} lezen")
    net = read_inventory(file, zone=_zone(zone))
    report = net.report
    progress(f"{report.rows_read} rijen gelezen, {report.rows_loaded} geladen, {report.rows_rejected} geweigerd "
             "(elznet check BESTAND toont de meldingen)")
    return net


def _map(net, output: Path, args, progress: _Progress) -> int:
    from elznet.output.maps import care_path_map, network_map

    progress("kaart tekenen")
    if args.care_path:
        m = care_path_map(net, people=args.people, initiatives=args.initiative)
    else:  # one Analysis: the map reads its tables and layout, computed once
        from elznet.analysis.bundle import analyse

        m = network_map(analyse(net, people=args.people), people=args.people, view=args.view, focus=args.focus,
                        colour=args.colour, size=args.size, positions=args.positions)
    with atomic_file(output) as tmp:
        m.save(tmp)
    print(f"Kaart geschreven naar {output}")
    return 0


def _outputs(net, folder: Path, people: str, progress: _Progress, *, care_path: bool | None = None,
             overwrite: bool = False) -> int:
    """Report, maps, workbook and slide figures in ``folder``: written to a temporary
    folder beside it and moved in only when all are complete (existing files of the same
    name are replaced only with ``overwrite``, checked before and after the work)."""
    if folder.exists() and not folder.is_dir():
        raise OutputExistsError(f"{folder} is een bestand, geen map. Kies een andere uitvoermap met -o.")
    if not overwrite:
        refuse_existing([folder / n for n in _OUTPUT_NAMES])
    with atomic_folder(folder, overwrite=overwrite) as tmp:
        written = _write_outputs(net, tmp, people, progress, care_path=care_path)
    print(f"Geschreven naar {folder}/:")
    for path in written:
        print(f"  {path.name}")
    return 0


_OUTPUT_NAMES = ("netwerkkaart.html", "zorgpadkaart.html", "rapport.html", "analyse.xlsx", "netwerkkaart.png",
                 "zorgpadkaart.png")


def _write_outputs(net, folder: Path, people: str, progress: _Progress, *, care_path: bool | None) -> list[Path]:
    """Every output from ONE :class:`~elznet.Analysis` (``net`` may be one already):
    each table is computed once and read by the maps, the report, the workbook and the
    figures."""
    import matplotlib.pyplot as plt

    from elznet.analysis.bundle import analysis_of
    from elznet.output.figures import plot_care_path, plot_network
    from elznet.output.maps import care_path_map, network_map
    from elznet.output.reporting import report

    a = analysis_of(net, people=people)
    net = a.net
    folder.mkdir(parents=True, exist_ok=True)
    has_stages = care_path if care_path is not None else any(bool(s) for s in net.organisations["stages"])
    written = []
    progress("netwerkkaart")
    written.append(network_map(a, people=people).save(folder / "netwerkkaart.html"))
    if has_stages:
        progress("zorgpadkaart")
        written.append(care_path_map(a, people=people).save(folder / "zorgpadkaart.html"))
    progress("rapport (grenswerkers, kwetsbare banden, clusters, witte vlekken, dubbele projecten)")
    written.append(report(a, folder / "rapport.html", people=people))
    progress("Excel-werkboek met alle tabellen")
    written.append(net.export_analysis(folder / "analyse.xlsx", people=a.people, analysis=a))
    progress("figuren voor presentaties")
    fig = plot_network(a)
    fig.savefig(folder / "netwerkkaart.png", dpi=200)
    written.append(folder / "netwerkkaart.png")
    if has_stages:
        fig = plot_care_path(a)
        fig.savefig(folder / "zorgpadkaart.png", dpi=200)
        written.append(folder / "zorgpadkaart.png")
    plt.close("all")
    return written


def _demo(people: str, progress: _Progress, *, overwrite: bool = False) -> int:
    from elznet import examples
    from elznet.analysis.bundle import analyse

    path = examples.path("meetjesland_zorgpad")
    a = analyse(_read(str(path), progress), people=people)
    print(f"Voorbeeld: {path.name} (fictieve personen, illustratieve banden)")
    print(a.summary)
    print()
    return _outputs(a, Path("elznet-demo"), people, progress, care_path=True, overwrite=overwrite)


def _check(file: str, everything: bool, column: list[str] | None = None, lang: str = "nl", *,
           people: str = "hide", zone: str | None = None) -> int:
    """Print the load report: errors and warnings (and notes with --all), people as ``people``
    says (hidden by default); exit 1 only on errors."""
    from elznet.read.inventory import read_inventory

    columns = {}
    for item in column or []:
        header, sep, meaning = item.rpartition("=")
        if not sep or not header.strip() or not meaning.strip():
            raise ValueError(f"--column '{item}' heeft de vorm KOP=KOLOM nodig, bv. \"Naam samenwerking=naam\""
                             if lang == "nl" else
                             f"--column '{item}' needs the form HEADER=COLUMN, e.g. \"Naam samenwerking=name\"")
        columns[header.strip()] = meaning.strip()
    net = read_inventory(file, columns=columns or None, lang=lang, zone=_zone(zone))
    report = net.report
    severities = ("error", "warning", "info") if everything else ("error", "warning")
    body = report.describe(severities=severities)
    print(_private(net, str(report).splitlines()[0] + ("\n" + body if body else ""), people))
    return 0 if report.ok else 1


def _private(net, text: str, people: str) -> str:
    """``text`` with people shown as ``people`` says: names replaced by their label
    ("[persoon]" when hidden), e-mail addresses and phone numbers by "[contact]"."""
    from elznet._privacy import contact_columns, person_labels, redact, redact_contacts

    if people == "names":
        return text
    names = list(net.people["name"])
    labels = person_labels(net.people, people, salt=net.salt)
    text = redact(text, names, mode=people, labels={n: labels.get(i) for i, n in zip(net.people["id"], names)})
    contacts = [v for t in ("people", "organisations") for frame in [getattr(net, t)]
                for col in contact_columns(frame) for v in frame[col] if isinstance(v, str)]
    return redact_contacts(redact(text, contacts, labels=dict.fromkeys(contacts, "[contact]")))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
