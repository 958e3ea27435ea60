"""The zorgraad report: one offline HTML file a board member can read without network training.

:func:`report` gathers the key figures, the interactive map, the boundary spanners, the
fragile ties and departure risks, the clusters, a sector-mixing heat map, the white
spots, likely duplicate projects and a short method section citing the sources of every
measure. It reads the Network and the tables of one :class:`~elznet.Analysis`; it computes
nothing of its own. People are hidden by default. Print to PDF from the browser: a print
stylesheet lays it out on A4.
"""

from __future__ import annotations

import base64
import io
from datetime import date
from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from elznet._docs import shared_parameters
from elznet._privacy import check_mode
from elznet.analysis.bundle import Analysis, analysis_of
from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.output import labels
from elznet.output.figures import plot_network
from elznet.output.maps import network_map
from elznet.output.style import sector_name
from elznet.vocabulary import short_label
from elznet.zone import INFERRED_ZONE

__all__ = ["report"]

_CSS = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#222;max-width:1100px;margin:0 auto;padding:16px 24px;
 line-height:1.45}
h1{font-size:28px;margin:8px 0 0}p.sub{font-size:17px;color:#444;margin:0 0 8px}
table.spots th.rot{font-size:11px}@page{size:A4;margin:14mm}
h2{font-size:21px;margin-top:34px;border-bottom:2px solid #332288;padding-bottom:4px}
p.lees{background:#f3f3f8;border-left:4px solid #332288;padding:8px 12px;margin:8px 0 12px}
table{border-collapse:collapse;font-size:13px;margin:6px 0 10px}th,td{border:1px solid #ccc;padding:4px 8px;
 text-align:left;vertical-align:top}th{background:#eee}
.kpi{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.kpi div{background:#f7f7f7;border-radius:6px;
 padding:10px}.kpi b{display:block;font-size:26px}
td.zero{background:#f4c7c3;font-weight:bold}td.low{background:#fdebd0}
.small{font-size:12px;color:#555}iframe{width:100%;height:640px;border:1px solid #ccc}
.printonly{display:none}
@media print{iframe{display:none}.printonly{display:block;width:100%}h2{break-after:avoid}table{break-inside:avoid}
 body{max-width:none;padding:0}table{font-size:10px;max-width:100%}td,th{padding:2px 4px}}
"""

_SOURCES = [
    "Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry 40, 35–41.",
    "Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.",
    "Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures. Connections 20(1), 35–38.",
    "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in "
    "transaction networks. Sociological Methodology 19, 89–126.",
    "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental "
    "simulation. Social Psychology Quarterly 51(2), 123–140.",
    "Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing well-connected "
    "communities. Scientific Reports 9, 5233.",
    "Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks. "
    "Physical Review E 69, 026113.",
    "Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information Processing Letters 2, 160–161.",
    "Newman, M. E. J. (2001). Scientific collaboration networks. II. Shortest paths, weighted networks, and "
    "centrality. Physical Review E 64, 016132.",
]


def _table(frame: pd.DataFrame, columns: dict[str, str], *, max_rows: int = 15, lees: str = "") -> str:
    """A table a board member reads: one explaining sentence (``lees``), at most ``max_rows``
    rows (the rest is in the Excel export), labelled values and Dutch numbers."""
    intro = f"<p class='lees'>{escape(lees)}</p>" if lees else ""
    if frame.empty:
        return intro + "<p class='small'>Niets te melden.</p>"
    shown = frame[list(columns)].head(max_rows).copy()
    for col in shown.columns:
        shown[col] = shown[col].map(lambda v, c=col: _cell(labels.value(c, v)))
    shown.columns = list(columns.values())
    more = (f"<p class='small'>… en nog {labels.number(len(frame) - max_rows)} rijen: zie de Excel-export.</p>"
            if len(frame) > max_rows else "")
    return intro + shown.to_html(index=False, escape=True, border=0) + more


def _cell(value) -> str:
    if isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value]
        return ", ".join(items[:6]) + (f" en nog {len(items) - 6}" if len(items) > 6 else "")
    if isinstance(value, (bool, np.bool_)):
        return "ja" if value else "nee"
    if isinstance(value, (float, np.floating)):
        return labels.number(float(value), 2 if abs(value) < 10 else 0)
    if isinstance(value, (int, np.integer)):
        return labels.number(int(value))
    return "" if value is None else str(value)


def _figure_uri(fig, *, tight: bool = True) -> str:
    """The figure as an inline PNG (closed after). ``tight=False`` for a figure laid out
    already (the slide figures): saving then draws it once instead of twice."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight" if tight else None)
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _mixing_heatmap(mix: pd.DataFrame) -> str:
    groups = sorted(set(mix["group_a"]) | set(mix["group_b"]))
    if not groups:
        return "<p class='small'>Geen organisaties, dus geen banden tussen sectoren.</p>"
    matrix = pd.DataFrame(0, index=groups, columns=groups, dtype=float)
    for row in mix.itertuples(index=False):
        matrix.loc[row.group_a, row.group_b] = matrix.loc[row.group_b, row.group_a] = row.ties
    labels = [sector_name(g) for g in groups]
    fig, ax = plt.subplots(figsize=(1.2 + 0.55 * len(groups), 0.9 + 0.5 * len(groups)))
    ax.imshow(matrix.to_numpy(), cmap="Blues")
    # parse_math=False: a "$" in a sector name is text, never matplotlib mathtext
    ax.set_xticks(range(len(groups)), labels, rotation=45, ha="right", fontsize=9, parse_math=False)
    ax.set_yticks(range(len(groups)), labels, fontsize=9, parse_math=False)
    top = matrix.to_numpy().max() or 1
    for i in range(len(groups)):
        for j in range(len(groups)):
            value = int(matrix.iat[i, j])
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > top / 2 else ("#B03A2E" if value == 0 else "black"),
                    fontweight="bold" if value == 0 else "normal")
    ax.set_title("Aantal banden tussen en binnen sectoren", fontsize=11)
    return f'<img alt="Heatmap van banden tussen sectoren" src="{_figure_uri(fig)}">'


def _white_spot_table(spots: pd.DataFrame, max_columns: int = 12) -> str:
    """Domain × municipality counts as a coloured table that fits A4 (wider: first columns here)."""
    spots = spots[spots["view"] == "expertisedomein × gemeente"]
    pivot = spots.pivot(index="expertise_domain", columns="municipality", values="initiatives")
    pivot = pivot[[c for c in dict.fromkeys(spots["municipality"])]]  # the zone's order
    note = ""
    if pivot.shape[1] > max_columns:
        note = (f"<p class='small'>De eerste {max_columns} van {pivot.shape[1]} gemeenten; de volledige tabel "
                "staat in de Excel-export.</p>")
        pivot = pivot.iloc[:, :max_columns]
    pivot.index = [short_label("expertise_domains", d) for d in pivot.index]
    head = "".join(f"<th class='rot'>{escape(str(c))}</th>" for c in pivot.columns)
    rows = []
    for domain, values in pivot.iterrows():
        cells = "".join(f'<td class="{"zero" if v == 0 else "low" if v == 1 else ""}">{int(v)}</td>' for v in values)
        rows.append(f"<tr><th>{escape(str(domain))}</th>{cells}</tr>")
    return f"<table class='spots'><tr><th>Expertisedomein</th>{head}</tr>{''.join(rows)}</table>" + note


_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def _date_nl(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _largest_initiatives(net: Network, top: int = 3) -> pd.Series:
    """Partner counts of the ``top`` largest counted initiatives (at least 5 partners), largest first."""
    parts = net.counted_participations.drop_duplicates(["initiative", "organisation"])
    size = parts.groupby("initiative")["organisation"].nunique().sort_values(ascending=False, kind="stable")
    return size[size >= 5].head(top)


def dependence_on_largest(net: Network, spanners_table: pd.DataFrame, *, top: int = 5) -> pd.DataFrame:
    """How much each of the ``top`` boundary spanners owes to the largest initiatives.

    For each: ``partners`` (its ties), ``only_via_largest`` (ties that exist only through
    one of the three largest initiatives, typically a general assembly), and ``share``.
    A spanner whose partners come mostly from one big meeting connects sectors on paper
    more than in daily work (the reason for Newman's 1/(k−1) weighting, see Network.graph).
    """
    largest = set(_largest_initiatives(net).index)
    g = net.graph
    rows = []
    for node in spanners_table.index[:top]:
        if node not in g:
            continue
        edges = list(g.edges(node, data=True))
        only = sum(1 for _, _, d in edges if set(d["initiatives"]) <= largest and d["initiatives"]
                   and d["kinds"] == ["initiatief"])
        rows.append({"name": g.nodes[node].get("name", node), "partners": len(edges), "only_via_largest": only,
                     "share": only / len(edges) if edges else 0.0})
    return pd.DataFrame(rows, columns=["name", "partners", "only_via_largest", "share"])


def _cluster_labels(clusters: pd.DataFrame) -> pd.DataFrame:
    """One row per cluster, numbered from 1 by size, with a unique label ("1 · vooral Zorg")."""
    summary = clusters.groupby("community").agg(size=("size", "first"), label=("label", "first"),
                                                members=("name", lambda x: sorted(map(str, x))[:6])).reset_index()
    summary = summary.sort_values(["size", "community"], ascending=[False, True]).reset_index(drop=True)
    summary["number"] = range(1, len(summary) + 1)
    summary["title"] = [f"Cluster {n} · vooral {sector_name(lab) if isinstance(lab, str) else lab}"
                        for n, lab in zip(summary["number"], summary["label"], strict=False)]
    return summary


def _tie_action(row) -> str:
    pair = f"{row['name_a']}–{row['name_b']}"
    if row["single_person"] and row["is_bridge"]:
        return f"versterk de band {pair}: ze hangt aan één persoon en houdt het netwerk samen"
    if row["single_person"]:
        return f"versterk de band {pair}: ze hangt aan één persoon; betrek een tweede medewerker"
    if row["is_bridge"]:
        return f"zoek een tweede verbinding naast {pair}: zonder deze band valt het netwerk uiteen"
    return ""


@shared_parameters
def report(net: Network | Analysis, path: str | Path, *, people: str = "hide", lang: str = "nl",
           title: str | None = None, zone=None, today: date | None = None, rounds=None, story=None) -> Path:
    """Write the zorgraad report to ``path`` (one HTML file, no network needed); return it.

    Every table comes from one :class:`~elznet.Analysis` (passed, or made here), so the
    report, the map and the slide figure in it never compute a table twice.

    Parameters
    ----------
    %(net_or_analysis)s
    path : str or Path
        Where to write it (``.html``).
    %(people)s
        Hidden by default; ``"pseudonyms"`` or ``"initials"`` add the departure risk and
        the boundary spanners per person under those labels. With an Analysis: ``"hide"``
        or the Analysis's own ``people``.
    lang : {"nl"}
        Only Dutch is written for now: the report is for a Flemish zorgraad.
    title : str, optional
        Default: "<zone name>: samenwerking in de zone" and the date.
    %(zone)s
        Its name is in the title, its municipalities in the white spots. With an
        Analysis: its own zone (give ``zone=`` to :func:`elznet.analyse`).
    today : date, optional
        The date in the title (default: today).
    rounds : History or list or mapping or folder, optional
        A :class:`~elznet.History`, or what :func:`elznet.history` takes: adds an
        "Evolutie" section when it holds more than one round (the scores per round, their
        figure, and what changed since the round before the last).
    story : Story or list, optional
        A :class:`elznet.Story` (or a list of steps) embedded in the report's interactive
        map: the same story ``network_map(net, story=...)`` steps through.

    Returns
    -------
    Path
        The written file. Every table has one explaining sentence and at most 10–15 rows
        (the rest is in :meth:`Network.export_analysis`); every finding has a short "wat te
        doen"; numbers are written the Dutch way (``0,10``); organisations by name. When
        betweenness is estimated (past 10,000 organisations), its error bound stands
        under the spanner table and in the method section.

    Raises
    ------
    ArgumentError
        A path that does not end in ``.html``, ``lang`` other than ``"nl"``, or an
        Analysis made for other people or another zone.

    Notes
    -----
    The method section cites the source of every measure: Freeman (1977) betweenness,
    Burt (1992) and Borgatti (1997) structural holes, Gould & Fernandez (1989) brokerage,
    Traag et al. (2019) Leiden clusters, Tarjan (1974) bridges, Krackhardt & Stern (1988)
    E-I index, Newman (2001) tie weights.

    Examples
    --------
    >>> import elznet, tempfile, pathlib
    >>> a = elznet.analyse(elznet.examples.load("meetjesland_zorgpad"))
    >>> out = elznet.report(a, pathlib.Path(tempfile.mkdtemp()) / "r.html")
    >>> "Kerncijfers" in out.read_text(encoding="utf-8")
    True
    """
    check_mode(people)
    if lang != "nl":
        raise ArgumentError("Het rapport voor de zorgraad is in het Nederlands (lang='nl'); the zorgraad report "
                            "is written in Dutch.", argument="lang")
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ArgumentError(f"Bewaar het rapport met de extensie .html, niet '{path.suffix or '(geen)'}' (save the "
                            "report with the extension .html).", argument="path")
    a = analysis_of(net, people=people, zone=zone)
    net, z = a.net, a.zone
    day = _date_nl(today or date.today())
    inferred = z.name == INFERRED_ZONE
    title = title or ("Samenwerking in de zone" if inferred else f"{z.name}: samenwerking in de zone")
    s = a.summary
    parts = [f"<h1>{escape(title)}</h1><p class='sub'>Netwerkanalyse · {escape(day)}</p>",
             f"<p class='small'>Bron: {escape(str(net.report.source))} · {labels.number(s['organisations'])} "
             f"organisaties, {labels.number(s['initiatives'])} initiatieven"
             + (f" (waarvan {labels.number(s['initiatives_not_counted'])} afgerond of gepland, niet meegeteld)"
                if s["initiatives_not_counted"] else "")
             + f". Personen: {escape(_people_note(people))}.</p>"]
    parts.append(_section_key_figures(s))
    parts.append(_section_map(a, people, lang, story))
    parts.append(_section_spanners(a, s, people))
    parts.append(_section_fragile(a, s, people))
    parts.append(_section_clusters(a))
    parts.append(_section_sectors(a))
    parts.append(_section_white_spots(a))
    parts.append(_section_duplicates(a))
    if rounds is not None:
        parts.append(_evolution(rounds))
    parts.append(_section_method(a))
    csp = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
           "frame-src 'self' about: data:; child-src 'self' about: data:")
    html = (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f"<title>{escape(title)} · {escape(day)}</title><style>{_CSS}</style></head><body>" + "".join(parts)
            + "</body></html>")
    path.write_text(html, encoding="utf-8")
    return path


def _evolution(rounds) -> str:
    """The "Evolutie" section (empty with fewer than two rounds)."""
    from elznet.analysis.history import History, history
    from elznet.output.evolution import plot_history

    h = rounds if isinstance(rounds, History) else history(rounds)
    if len(h.rounds) < 2:
        return ""
    table = h._formatted()
    head = "".join(f"<th>{escape(str(c))}</th>" for c in table.columns)
    body = "".join(f"<tr><th>{escape(str(k))}</th>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
                   for k, row in table.iterrows())
    fig = plot_history(h)
    change = escape(str(h.compare())).replace("vorige inventaris", "vorige ronde")
    return ("<h2>Evolutie</h2><p class='lees'>Dezelfde kengetallen voor elke ronde. Dichtheid: welk deel van alle "
            "mogelijke banden bestaat; centralisatie: hoe sterk het netwerk rond enkele organisaties draait (1 = "
            "een ster); vertrouwen en waarde: het gemiddelde van alle beoordelingen in de bevraging, van 1 "
            "(helemaal niet) tot 4 (in grote mate). Bronnen: centralisatie volgens Freeman (1979, Social Networks 1, "
            "215–239); vertrouwen en waarde volgens PARTNER (Varda, Chandra, Stern &amp; Lurie 2008, J Public Health "
            "Manag Pract 14(5)).</p>"
            f"<table><tr><th>kengetal</th>{head}</tr>{body}</table>"
            f'<img alt="Evolutie van het netwerk" style="width:100%" src="{_figure_uri(fig)}">'
            f"<h3>Wat veranderde sinds de vorige ronde ({escape(list(h.rounds)[-2])} → "
            f"{escape(list(h.rounds)[-1])})</h3><pre>{change}</pre>")


def _section_key_figures(s) -> str:
    kpis = [("organisaties", s["organisations"]), ("initiatieven", s["initiatives"]),
            ("banden tussen organisaties", s["ties"]), ("aparte eilanden", s["components"]),
            ("banden die aan één persoon hangen", s["single_person_ties"]),
            ("banden met onbekende drager", s["carrier_unknown_ties"]),
            ("initiatieven zonder partners", s["initiatives_without_partners"]),
            ("dichtheid", labels.number(s["density"]))]
    return ("<h2>Kerncijfers</h2><div class='kpi'>" + "".join(
        f"<div><b>{escape(v if isinstance(v, str) else labels.number(v))}</b>{escape(k)}</div>" for k, v in kpis)
        + f"</div><p class='lees'>{escape(s.coverage())} Dichtheid: het aandeel van alle mogelijke banden dat "
        "bestaat (0 = geen, 1 = iedereen met iedereen).</p>")


def _section_map(a: Analysis, people: str, lang: str, story=None) -> str:
    m = network_map(a, people=people, lang=lang, story=story)
    return ("<h2>Netwerkkaart</h2><p class='lees'>Elke bol is een organisatie, gekleurd per sector; hoe groter, "
            "hoe meer partners. Zwart omrande bollen zijn grenswerkers. Stippellijnen zijn banden die aan één "
            "persoon hangen, rode lijnen bruggen waarvan het netwerk uiteenvalt. Klik op een organisatie voor "
            "details.</p>" + m._repr_html_() +
            f'<img class="printonly" alt="Netwerkkaart" src="{_figure_uri(plot_network(a), tight=False)}">'
            "<p class='printonly small'>De interactieve kaart staat in de digitale versie van dit rapport.</p>")


def _section_spanners(a: Analysis, s, people: str) -> str:
    net, span = a.net, a.spanners
    bound = _bound_note(span)
    span = span.assign(sector=span["group"].map(sector_name))
    out = ["<h2>Grenswerkers</h2>", _table(
        span, {"name": "organisatie", "sector": "sector", "degree": "partners", "betweenness": "brugfunctie",
               "groups_reached": "sectoren bereikt", "brokerage_between": "makelaarsrollen", "spanner_rank": "rang"},
        max_rows=10, lees="Organisaties die sectoren verbinden die elkaar anders niet zouden ontmoeten. Brugfunctie "
        "(0 tot 1): hoe vaak ze op de kortste weg tussen twee anderen liggen; sectoren bereikt: met hoeveel andere "
        "sectoren ze samenwerken; makelaarsrollen: hoe vaak ze twee partners uit verschillende sectoren verbinden "
        "die zelf geen band hebben (elk zo'n paar telt één keer, dus bij grote netwerken loopt dit hoog op).")
        + bound]
    largest = _largest_initiatives(net)
    if len(largest):
        ini_name = dict(zip(net.initiatives["id"], net.initiatives["name"], strict=False))
        kind = dict(zip(net.initiatives["id"], net.initiative_kinds, strict=False))
        names = ", ".join(f"{ini_name.get(i, i)} ({labels.number(int(n))} partners"
                          + (f", {kind[i]}" if kind.get(i) else "") + ")" for i, n in largest.items())
        dep = dependence_on_largest(net, span)
        dep = dep.assign(share=[labels.percent(x) for x in dep["share"]])
        out.append("<h3>Hoeveel danken de grenswerkers aan de grootste initiatieven?</h3>" + _table(
            dep, {"name": "organisatie", "partners": "partners", "only_via_largest": "alleen via de grootste",
                  "share": "aandeel"},
            lees=f"De grootste initiatieven ({names}) maken veel banden in één keer. Hoe hoger het aandeel, hoe "
                 "meer de rang van een grenswerker op één groot overleg steunt in plaats van op dagelijkse "
                 "samenwerking. Wat te doen: kijk bij een hoog aandeel of die partners elkaar ook buiten het "
                 "overleg vinden (de analist kan het netwerk zonder overleg- en bestuursorganen bekijken met "
                 "net.with_status(skip_kinds=['overleg/bestuur']))."))
    if people != "hide" and s["single_person_ties"] + s["several_people_ties"]:
        persons = a.person_spanners
        known = 100 - round(100 * s["carrier_unknown_share"])
        out.append("<h3>Grenswerkers: personen</h3>" + _table(
            persons, {"name": "persoon", "organisation": "organisatie", "degree": "contacten",
                      "groups_reached": "sectoren bereikt", "spanner_rank": "rang"}, max_rows=10,
            lees=f"Mensen die sectoren verbinden, waar bekend is wie een band draagt (voor {known}% van de "
                 "banden). Zij dragen het vertrouwen waarop samenwerking rust; hun vertrek weegt zwaar."))
    elif s["single_person_ties"] + s["several_people_ties"]:
        out.append("<p class='small'>Grenswerkers op persoonsniveau staan niet in dit rapport omdat personen "
                   "verborgen zijn; maak het rapport met people='pseudonyms' om ze te tonen.</p>")
    return "".join(out)


def _section_fragile(a: Analysis, s, people: str) -> str:
    net, fragile = a.net, a.fragile_ties
    risky = fragile[fragile["risk"] > 0].assign(
        sectors=lambda f: [" – ".join(sorted({sector_name(a), sector_name(b)}))
                           for a, b in zip(f["sector_a"], f["sector_b"], strict=False)])
    risky = risky.assign(action=[_tie_action(r) for _, r in risky.iterrows()])
    columns = {"name_a": "organisatie", "name_b": "partner", "sectors": "sectoren", "is_bridge": "brug",
               "single_person": "één persoon"}
    if people != "hide":
        columns["leaves_with"] = "valt weg als vertrekt"
    columns["action"] = "wat te doen"
    out = ["<h2>Kwetsbare banden</h2>", _table(
        risky, columns, lees=f"Samenwerkingen die verdwijnen als één medewerker vertrekt, en bruggen: banden zonder "
        f"dewelke een deel van het netwerk losraakt; eerst de bruggen die aan één persoon hangen. In totaal hangen "
        f"{labels.number(s['single_person_ties'])} van de {labels.number(s['ties'])} banden aan één persoon. "
        f"{s.coverage()}")]
    cuts = a.cut_points.reset_index()
    cuts = cuts.assign(action=[f"betrek {', '.join(n[:2])}{' e.a.' if len(n) > 2 else ''} ook rechtstreeks"
                               for n in cuts["cut_off_names"]])
    out.append("<h3>Organisaties die het netwerk samenhouden</h3>" + _table(
        cuts, {"name": "organisatie", "cut_off": "raken los", "cut_off_names": "welke", "action": "wat te doen"},
        lees="Als deze organisatie wegvalt, raken andere los van het netwerk."))
    risk_org = a.organisation_risk
    out.append("<h3>Vertrekrisico per organisatie</h3>" + _table(
        risk_org, {"name": "organisatie", "ties_lost": "banden weg", "organisations_cut_off": "raken los",
                   "sector_links_lost": "sectorverbindingen weg"}, max_rows=10,
        lees="Wat verdwijnt als een organisatie stopt: haar banden, de organisaties die dan los raken, en "
             "sectoren die hun laatste onderlinge band verliezen (sectoren met één organisatie niet meegeteld)."))
    if people != "hide" and len(net.people):
        risk_person = a.person_risk
        out.append("<h3>Vertrekrisico per persoon</h3>" + _table(
            risk_person, {"name": "persoon", "ties_lost": "banden weg", "representation_lost": "deelnames weg",
                          "organisations_cut_off": "raken los"}, max_rows=10,
            lees="Wat verdwijnt als deze persoon vertrekt; de eigen organisatie telt niet als losgeraakt. Wat te "
                 "doen: koppel een collega aan de bovenste namen."))
    return "".join(out)


def _section_clusters(a: Analysis) -> str:
    clusters = a.communities
    summary = _cluster_labels(clusters)
    modularity = labels.number(float(clusters.modularity))
    return "<h2>Clusters</h2>" + _table(
        summary, {"title": "cluster", "size": "organisaties", "members": "o.a."}, max_rows=12,
        lees=f"Groepen organisaties die vooral onder elkaar samenwerken, genummerd van groot naar klein "
             f"(modulariteit {modularity}; boven 0,3 zijn de clusters duidelijk). Wat te doen: zoek bij "
             "kleine clusters een partner in een groot cluster.")


def _section_sectors(a: Analysis) -> str:
    mix = a.mixing
    gaps = a.disconnected_groups
    gaps = gaps.assign(group_a=gaps["group_a"].map(sector_name), group_b=gaps["group_b"].map(sector_name))
    gaps = gaps.assign(action=[f"breng {a} en {b} samen rond een gedeelde doelgroep" if t == 0 else ""
                               for a, b, t in zip(gaps["group_a"], gaps["group_b"], gaps["ties"], strict=False)])
    return ("<h2>Sectoren die elkaar (niet) ontmoeten</h2><p class='lees'>Hoeveel banden er zijn tussen en binnen "
            "sectoren. Rode nullen zijn sectoren die nergens samenwerken.</p>" + _mixing_heatmap(mix) +
            _table(gaps, {"group_a": "sector", "group_b": "en sector", "status": "toestand", "ties": "banden",
                          "action": "wat te doen"},
                   lees="Paren sectoren zonder of met weinig banden."))


def _section_white_spots(a: Analysis) -> str:
    spots, z = a.white_spots, a.zone
    unknown = spots.unknown_places or []
    empty = spots[(spots["view"] == "expertisedomein × gemeente") & spots["white_spot"]]
    note = (f"<p class='small'>Plaatsnamen die de zone niet kent en niet meetellen: {escape(', '.join(unknown))}."
            "</p>" if unknown else "")
    return ("<h2>Witte vlekken</h2><p class='lees'>Aantal initiatieven per expertisedomein en gemeente van "
            f"{escape(z.name)} (een initiatief in een deelgemeente telt voor haar gemeente, een regio of de hele "
            f"zone voor elke gemeente ervan). Rood: geen enkel initiatief (een witte vlek, {labels.number(len(empty))} "
            "in totaal); oranje: maar één. Wat te doen: bekijk per rode cel of een bestaand initiatief uit een "
            "buurgemeente kan uitbreiden (elznet.stretch). De tabel expertisedomein × doelgroep staat in de "
            "Excel-export.</p>" + _white_spot_table(spots) + note)


def _section_duplicates(a: Analysis) -> str:
    net, doubles = a.net, a.duplicates
    org_name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    doubles = doubles.assign(shared_partners=[[org_name.get(o, o) for o in ps] for ps in doubles["shared_partners"]])
    return "<h2>Mogelijke dubbele projecten</h2>" + _table(
        doubles, {"name_a": "initiatief", "name_b": "lijkt op", "score": "gelijkenis",
                  "shared_partners": "gedeelde partners"}, max_rows=10,
        lees="Initiatieven die waarschijnlijk hetzelfde doen: gelijkaardige naam, dezelfde partners, doelgroepen "
             "en gemeenten (gelijkenis van 0 tot 1). Wat te doen: vraag de trekkers of ze kunnen samengaan.")


def _section_method(a: Analysis) -> str:
    net = a.net
    return ("<h2>Methode</h2><p>De inventaris werd ingelezen met elznet; elke rij is geladen of staat in het "
            f"laadrapport ({labels.number(net.report.rows_read)} rijen gelezen, "
            f"{labels.number(net.report.rows_rejected)} geweigerd). Twee organisaties hebben een band als ze samen in "
            "een lopend initiatief zitten of een rechtstreekse relatie hebben; afgeronde en geplande initiatieven "
            "tellen niet mee. Een band hangt aan één persoon als het vertrek van één persoon ze doet verdwijnen. "
            "Gewicht van een band: elk gedeeld initiatief met k partners telt 1/(k−1) (Newman 2001), zodat één "
            "groot overleg niet alles bepaalt. Brugfunctie: betweenness (Freeman 1977). Structurele gaten: "
            "constraint en effectieve omvang (Burt 1992; Borgatti 1997). Makelaarsrollen: Gould & Fernandez "
            "(1989). Clusters: Leiden-algoritme op modulariteit (Traag e.a. 2019; Newman & Girvan 2004). Bruggen "
            "en breukpunten: Tarjan (1974). Gemengdheid van sectoren: E-I-index (Krackhardt & Stern 1988).</p>"
            + _method_bounds(a.spanners)
            + "<ul class='small'>" + "".join(f"<li>{escape(x)}</li>" for x in _SOURCES) + "</ul>")


_MEASURE_NAMES = {"betweenness": "brugfunctie (betweenness)", "harmonic_closeness": "harmonische nabijheid"}


def _estimates(table: pd.DataFrame) -> dict:
    return getattr(table, "estimates", None) or {}


def _bound_note(table: pd.DataFrame) -> str:
    """Under the spanner table: the error bound of every shown measure that is estimated
    (nothing when all are exact)."""
    notes = [f"{_MEASURE_NAMES.get(name, name)} is geschat: {est.text('nl')}"
             for name, est in _estimates(table).items() if name == "betweenness" and not est.exact]
    if not notes:
        return ""
    return (f"<p class='small'>{escape('; '.join(notes))} (zie Methode). Kleine verschillen in brugfunctie tussen "
            "organisaties vallen binnen die marge.</p>")


def _method_bounds(table: pd.DataFrame) -> str:
    """The method section's sentence on how exact each sampled measure is."""
    parts = []
    for name, est in _estimates(table).items():
        what = _MEASURE_NAMES.get(name, name)
        if est.exact:
            parts.append(f"{what}: exact berekend")
        else:
            parts.append(f"{what}: geschat uit {labels.number(est.samples)} willekeurige vertrekpunten (Brandes & "
                         f"Pich 2007), {est.text('nl')} voor elke organisatie (Maurer & Pontil 2009)")
    if not parts:
        return ""
    return f"<p>Nauwkeurigheid: {escape('; '.join(parts))}.</p>"


def _people_note(people: str) -> str:
    return {"hide": "verborgen", "initials": "met initialen", "pseudonyms": "met schuilnamen",
            "names": "met naam"}[people]
