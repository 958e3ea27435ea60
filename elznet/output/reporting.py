"""The zorgraad report: one offline HTML file a board member can read without network training.

:func:`report` gathers the key figures, the interactive map, the boundary spanners, the
fragile ties and departure risks, the clusters, a sector-mixing heat map, the white
spots, likely duplicate projects and a short method section citing the sources of every
measure. It reads the Network and the tables the analysis functions return; it computes
nothing of its own. People are hidden by default. Print to PDF from the browser: a print
stylesheet lays it out on A4.
"""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from elznet._privacy import check_mode
from elznet.analysis.fragility import cut_points, departure_risk, fragile_ties
from elznet.analysis.gaps import duplicates, white_spots
from elznet.analysis.spanners import spanners
from elznet.analysis.structure import communities, disconnected_groups, mixing
from elznet.network import Network
from elznet.output.figures import plot_network
from elznet.output.maps import network_map
from elznet.output.style import sector_name
from elznet.vocabulary import short_label

__all__ = ["report"]

_CSS = """
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#222;max-width:1100px;margin:0 auto;padding:16px 24px;
 line-height:1.45}
h1{font-size:28px;margin:8px 0}h2{font-size:21px;margin-top:34px;border-bottom:2px solid #332288;padding-bottom:4px}
p.lees{background:#f3f3f8;border-left:4px solid #332288;padding:8px 12px;margin:8px 0 12px}
table{border-collapse:collapse;font-size:13px;margin:6px 0 10px}th,td{border:1px solid #ccc;padding:4px 8px;
 text-align:left;vertical-align:top}th{background:#eee}
.kpi{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.kpi div{background:#f7f7f7;border-radius:6px;
 padding:10px}.kpi b{display:block;font-size:26px}
td.zero{background:#f4c7c3;font-weight:bold}td.low{background:#fdebd0}
.small{font-size:12px;color:#555}iframe{width:100%;height:640px;border:1px solid #ccc}
.printonly{display:none}
@media print{iframe{display:none}.printonly{display:block;width:100%}h2{break-after:avoid}table{break-inside:avoid}
 body{max-width:none}}
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
]


def _table(frame: pd.DataFrame, columns: dict[str, str], *, max_rows: int = 15) -> str:
    if frame.empty:
        return "<p class='small'>Niets te melden.</p>"
    shown = frame[list(columns)].head(max_rows).rename(columns=columns).copy()
    for col in shown.columns:
        shown[col] = shown[col].map(_cell)
    more = f"<p class='small'>… en nog {len(frame) - max_rows} rijen (zie de Excel-export).</p>" if len(frame) > max_rows else ""
    return shown.to_html(index=False, escape=True, border=0) + more


def _cell(value) -> str:
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    if isinstance(value, (bool, np.bool_)):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.0f}"
    return "" if value is None else str(value)


def _figure_uri(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _mixing_heatmap(mix: pd.DataFrame) -> str:
    groups = sorted(set(mix["group_a"]) | set(mix["group_b"]))
    matrix = pd.DataFrame(0, index=groups, columns=groups, dtype=float)
    for row in mix.itertuples(index=False):
        matrix.loc[row.group_a, row.group_b] = matrix.loc[row.group_b, row.group_a] = row.ties
    labels = [sector_name(g) for g in groups]
    fig, ax = plt.subplots(figsize=(1.2 + 0.55 * len(groups), 0.9 + 0.5 * len(groups)))
    ax.imshow(matrix.to_numpy(), cmap="Blues")
    ax.set_xticks(range(len(groups)), labels, rotation=45, ha="right", fontsize=9)
    ax.set_yticks(range(len(groups)), labels, fontsize=9)
    top = matrix.to_numpy().max() or 1
    for i in range(len(groups)):
        for j in range(len(groups)):
            value = int(matrix.iat[i, j])
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > top / 2 else ("#B03A2E" if value == 0 else "black"),
                    fontweight="bold" if value == 0 else "normal")
    ax.set_title("Aantal banden tussen en binnen sectoren", fontsize=11)
    return f'<img alt="Heatmap van banden tussen sectoren" src="{_figure_uri(fig)}">'


def _white_spot_table(spots: pd.DataFrame) -> str:
    pivot = spots.pivot(index="expertise_domain", columns="municipality", values="initiatives")
    pivot.index = [short_label("expertise_domains", d) for d in pivot.index]
    head = "".join(f"<th>{escape(str(c))}</th>" for c in pivot.columns)
    rows = []
    for domain, values in pivot.iterrows():
        cells = "".join(f'<td class="{"zero" if v == 0 else "low" if v == 1 else ""}">{int(v)}</td>' for v in values)
        rows.append(f"<tr><th>{escape(str(domain))}</th>{cells}</tr>")
    return f"<table><tr><th>Expertisedomein</th>{head}</tr>{''.join(rows)}</table>"


def report(net: Network, path: str | Path, *, people: str = "hide", lang: str = "nl",
           title: str | None = None, story=None) -> Path:
    """Write the zorgraad report to ``path`` (one HTML file, no network needed); return it.

    ``people="hide"`` (default) keeps every person's name out of the file: tables show
    how many people carry a tie, never who; ``"pseudonyms"`` or ``"initials"`` add the
    departure risk per person under those labels. Only ``lang="nl"`` is written for now:
    the report is for a Flemish zorgraad. ``story`` (a :class:`elznet.Story` or a list
    of steps) is embedded in the report's interactive map, the same story as
    ``network_map(net, story=...)`` steps through.
    """
    check_mode(people)
    if lang != "nl":
        raise ValueError("the zorgraad report is written in Dutch (lang='nl')")
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"Save the report with the extension .html, not '{path.suffix or '(none)'}'.")
    title = title or "Samenwerking in de zone: netwerkanalyse"
    s = net.summary()
    parts = [f"<h1>{escape(title)}</h1>",
             f"<p class='small'>Bron: {escape(str(net.report.source))} · {s['organisations']} organisaties, "
             f"{s['initiatives']} initiatieven. Personen: {escape(_people_note(people))}.</p>"]

    fragile = fragile_ties(net, people=people)
    one_person = int((fragile["risk"] % 2 == 1).sum())  # ties one departure removes
    kpis = [("organisaties", s["organisations"]), ("initiatieven", s["initiatives"]),
            ("banden tussen organisaties", s["ties"]), ("aparte eilanden", s["components"]),
            ("banden die wegvallen als één persoon vertrekt", one_person),
            ("initiatieven zonder partners", s["initiatives_without_partners"]),
            ("dichtheid", f"{s['density']:.2f}"), ("sectoren", len(s["sectors"]))]
    parts.append("<h2>Kerncijfers</h2><div class='kpi'>" + "".join(
        f"<div><b>{escape(str(v))}</b>{escape(k)}</div>" for k, v in kpis) + "</div>")

    m = network_map(net, people=people, lang=lang, story=story)
    parts.append("<h2>Netwerkkaart</h2><p class='lees'>Elke bol is een organisatie, gekleurd per sector; hoe groter, "
                 "hoe meer partners. Zwart omrande bollen zijn grenswerkers. Stippellijnen zijn banden die aan één "
                 "persoon hangen, rode lijnen bruggen waarvan het netwerk uiteenvalt. Klik op een organisatie voor "
                 "details.</p>" + m._repr_html_() +
                 f'<img class="printonly" alt="Netwerkkaart" src="{_figure_uri(plot_network(net))}">'
                 "<p class='printonly small'>De interactieve kaart staat in de digitale versie van dit rapport.</p>")

    span = spanners(net)
    span = span.assign(sector=span["group"].map(sector_name))
    parts.append("<h2>Grenswerkers</h2><p class='lees'>Organisaties die sectoren verbinden die elkaar anders niet "
                 "zouden ontmoeten. Brugfunctie: hoe vaak ze op de kortste weg tussen twee anderen liggen; "
                 "sectoren bereikt: met hoeveel andere sectoren ze samenwerken; makelaarsrollen: hoe vaak ze twee "
                 "partners uit verschillende groepen verbinden die zelf geen band hebben.</p>" + _table(
                     span, {"name": "organisatie", "sector": "sector", "degree": "partners",
                            "betweenness": "brugfunctie", "groups_reached": "sectoren bereikt",
                            "brokerage_between": "makelaarsrollen", "spanner_rank": "rang"}, max_rows=10))

    risky = fragile[fragile["risk"] > 0].assign(
        sectors=lambda f: [" – ".join(sorted({sector_name(a), sector_name(b)}))
                           for a, b in zip(f["sector_a"], f["sector_b"], strict=False)])
    columns = {"name_a": "organisatie", "name_b": "partner", "sectors": "sectoren", "is_bridge": "brug",
               "single_person": "één persoon"}
    if people != "hide":
        columns["leaves_with"] = "valt weg als vertrekt"
    parts.append("<h2>Kwetsbare banden</h2><p class='lees'>Samenwerkingen die verdwijnen als één medewerker vertrekt, "
                 "en bruggen: banden zonder dewelke een deel van het netwerk losraakt. Eerst de bruggen die aan één "
                 f"persoon hangen. In totaal hangen {one_person} van de {len(fragile)} "
                 "banden aan één persoon.</p>" + _table(risky, columns))
    cuts = cut_points(net)
    parts.append("<h3>Organisaties die het netwerk samenhouden</h3><p class='lees'>Als deze organisatie wegvalt, "
                 "raken andere los van het netwerk.</p>" + _table(
                     cuts.reset_index(), {"name": "organisatie", "cut_off": "raken los", "cut_off_names": "welke"}))
    risk_org = departure_risk(net, "organisation")
    parts.append("<h3>Vertrekrisico per organisatie</h3>" + _table(
        risk_org, {"name": "organisatie", "ties_lost": "banden weg", "organisations_cut_off": "raken los",
                   "sector_links_lost": "sectorverbindingen weg"}, max_rows=10))
    if people != "hide" and len(net.people):
        risk_person = departure_risk(net, "person", people=people)
        parts.append("<h3>Vertrekrisico per persoon</h3>" + _table(
            risk_person, {"name": "persoon", "ties_lost": "banden weg", "representation_lost": "deelnames weg",
                          "organisations_cut_off": "raken los"}, max_rows=10))

    clusters = communities(net)
    summary = clusters.groupby("community").agg(size=("size", "first"), label=("label", "first"),
                                                members=("name", lambda x: sorted(map(str, x))[:8])).reset_index()
    parts.append("<h2>Clusters</h2><p class='lees'>Groepen organisaties die vooral onder elkaar samenwerken "
                 f"(modulariteit {clusters.attrs.get('modularity', float('nan')):.2f}; boven 0,3 zijn de clusters "
                 "duidelijk).</p>" + _table(summary, {"community": "cluster", "size": "organisaties",
                                                     "label": "vooral", "members": "o.a."}, max_rows=12))

    mix = mixing(net)
    gaps = disconnected_groups(net)
    gaps = gaps.assign(group_a=gaps["group_a"].map(sector_name), group_b=gaps["group_b"].map(sector_name))
    parts.append("<h2>Sectoren die elkaar (niet) ontmoeten</h2><p class='lees'>Hoeveel banden er zijn tussen en "
                 "binnen sectoren. Rode nullen zijn sectoren die nergens samenwerken.</p>" + _mixing_heatmap(mix) +
                 _table(gaps, {"group_a": "sector", "group_b": "sector", "status": "toestand", "ties": "banden"}))

    spots = white_spots(net, dims=("expertise_domain", "municipality"))
    parts.append("<h2>Witte vlekken</h2><p class='lees'>Aantal initiatieven per expertisedomein en gemeente. Rood: "
                 "geen enkel initiatief (een witte vlek); oranje: maar één.</p>" + _white_spot_table(spots))

    doubles = duplicates(net)
    parts.append("<h2>Mogelijke dubbele projecten</h2><p class='lees'>Initiatieven die waarschijnlijk hetzelfde doen: "
                 "gelijkaardige naam, dezelfde partners, doelgroepen en gemeenten. Een kandidaat om samen te "
                 "brengen.</p>" + _table(doubles, {"name_a": "initiatief", "name_b": "lijkt op", "score": "gelijkenis",
                                                   "shared_partners": "gedeelde partners"}, max_rows=10))

    parts.append("<h2>Methode</h2><p>De inventaris werd ingelezen met elznet; elke rij is geladen of staat in het "
                 f"laadrapport ({net.report.rows_read} rijen gelezen, {net.report.rows_rejected} geweigerd). Twee "
                 "organisaties hebben een band als ze samen in een initiatief zitten of een rechtstreekse relatie "
                 "hebben. Brugfunctie: betweenness (Freeman 1977). Structurele gaten: constraint en effectieve omvang "
                 "(Burt 1992; Borgatti 1997). Makelaarsrollen: Gould & Fernandez (1989). Clusters: Leiden-algoritme "
                 "op modulariteit (Traag e.a. 2019; Newman & Girvan 2004). Bruggen en breukpunten: Tarjan (1974). "
                 "Gemengdheid van sectoren: E-I-index (Krackhardt & Stern 1988).</p><ul class='small'>" +
                 "".join(f"<li>{escape(x)}</li>" for x in _SOURCES) + "</ul>")
    csp = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
           "frame-src 'self' about: data:; child-src 'self' about: data:")
    html = (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>" + "".join(parts) + "</body></html>")
    path.write_text(html, encoding="utf-8")
    return path


def _people_note(people: str) -> str:
    return {"hide": "verborgen", "initials": "met initialen", "pseudonyms": "met schuilnamen",
            "names": "met naam"}[people]
