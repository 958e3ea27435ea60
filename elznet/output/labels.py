"""One label table for everything a zorgraad reads: column headers, vocabulary values, numbers.

The report, the Excel export, the maps and the figures label through here, so a column
or a value reads the same everywhere, in Dutch by default and in English with
``lang="en"``:

* :data:`HEADERS` — analysis-table column -> header, per language;
* :func:`value` — a canonical key (sector ``lokaal_bestuur``, domain ``eerste_opvang``,
  carrier ``one``, True/False) -> its label;
* :func:`relabel` — a whole table with labelled headers and values (for export);
* :func:`number` — Dutch number formatting (``0,10``; ``1.632``), the one helper;
* :data:`LEGEND` — the words of legends, tooltips and filters of maps and figures
  (read through :func:`elznet.output.style.text`);
* :data:`MAP_WORDS` — the further words of the interactive map's controls.
"""

from __future__ import annotations

import math
from numbers import Number

import pandas as pd

from elznet.carriers import CARRIER_LABELS
from elznet.vocabulary import EXPERTISE_DOMAINS, LEVELS, MODELS, SECTORS, SECTORS_EN, STAGES, TIE_KINDS

__all__ = ["HEADERS", "header", "value", "relabel", "number", "percent", "MESSAGES", "message"]

#: Analysis-table column -> header, Dutch and English (columns not listed keep their name).
HEADERS: dict[str, dict[str, str]] = {"nl": {
    "id": "id", "name": "naam", "group": "groep", "sector": "sector", "degree": "aantal partners",
    "weighted_degree": "aantal samenwerkingen", "betweenness": "brugfunctie (betweenness)",
    "closeness": "nabijheid (closeness)", "eigenvector": "eigenvectorcentraliteit", "constraint": "beperking (Burt)",
    "effective_size": "effectieve omvang (Burt)", "constraint_weighted": "beperking gewogen",
    "effective_size_weighted": "effectieve omvang gewogen", "coordinator": "coördinator", "itinerant": "consulent",
    "representative": "vertegenwoordiger", "gatekeeper": "poortwachter", "liaison": "verbindingspersoon",
    "brokerage_total": "makelaarsrollen totaal", "brokerage_between": "makelaarsrollen tussen groepen",
    "groups_reached": "andere groepen bereikt", "spanner_score": "grenswerkersscore", "spanner_rank": "rang",
    "a": "organisatie a", "b": "organisatie b", "name_a": "naam a", "name_b": "naam b", "sector_a": "sector a",
    "sector_b": "sector b", "carriers_a": "gedragen door (a)", "carriers_b": "gedragen door (b)",
    "single_person": "hangt aan één persoon", "carrier_unknown": "drager onbekend", "carrier": "drager",
    "is_bridge": "brug", "leaves_with": "valt weg als vertrekt", "initiatives": "initiatieven", "kinds": "soort",
    "weight": "aantal gedeelde initiatieven", "newman_weight": "gewicht (Newman)", "sectors": "sectoren",
    "cross_sector": "over sectoren heen", "risk": "risico", "cut_off": "raken los",
    "cut_off_names": "welke organisaties", "sectors_cut_off": "welke sectoren", "pieces": "delen",
    "organisation": "organisatie", "ties_lost": "banden weg", "representation_lost": "deelnames weg",
    "organisations_cut_off": "organisaties los", "sector_links_lost": "sectorverbindingen weg",
    "components_added": "extra eilanden", "community": "cluster", "size": "omvang", "label": "vooral",
    "modularity": "modulariteit", "group_a": "groep a", "group_b": "groep b", "ties": "banden", "share": "aandeel",
    "within": "binnen de groep", "expected": "verwacht bij toeval", "status": "toestand", "people": "personen",
    "organisations": "organisaties", "expertise_domain": "expertisedomein", "target_group": "doelgroep",
    "municipality": "gemeente", "stage": "zorgpadfase", "names": "namen", "white_spot": "witte vlek",
    "score": "gelijkenis", "partners": "partners", "target_groups": "doelgroepen", "municipalities": "gemeenten",
    "expertise_domains": "expertisedomeinen", "description": "beschrijving", "shared_partners": "gedeelde partners",
    "shared_target_groups": "gedeelde doelgroepen", "kengetal": "kengetal", "waarde": "waarde",
    "type": "type", "language": "taal", "offer": "aanbod", "ages": "leeftijd", "stages": "zorgpadfasen",
    "contact_role": "contactrol", "model": "samenwerkingsmodel", "formal": "formeel", "permanent": "permanent",
    "level": "niveau", "role": "rol", "person": "persoon", "kind": "soort", "suggestion": "suggestie",
    "reason": "waarom", "largest_share": "aandeel grootste initiatieven", "top_initiatives": "grootste initiatieven",
    # the zone comparison (elznet.zone_comparison; the same words as its ZONE_COLUMNS_NL)
    "zone": "zone", "density": "dichtheid", "single_person_share": "aandeel banden gedragen door één persoon",
    "cross_sector_share": "aandeel banden tussen sectoren", "carrier_coverage": "aandeel banden met gekende dragers",
    "largest_component_share": "aandeel in grootste eiland", "cut_points": "breukpunten",
    "shared_organisations": "organisaties ook in andere zones", "zones_linked": "verbonden zones",
}, "en": {}}

_VOCABS_NL = {
    "sector": SECTORS, "expertise_domains": EXPERTISE_DOMAINS, "stages": STAGES, "model": MODELS,
    "level": LEVELS, "kind": TIE_KINDS,
}
#: Which vocabulary each column's values come from.
_COLUMN_VOCAB = {
    "sector": "sector", "sector_a": "sector", "sector_b": "sector", "group": "sector", "group_a": "sector",
    "group_b": "sector", "label": "sector", "sectors_cut_off": "sector",
    "expertise_domain": "expertise_domains", "expertise_domains": "expertise_domains",
    "stage": "stages", "stages": "stages", "model": "model", "level": "level", "kinds": "kind",
}

#: Messages a zorgraad reads outside tables (CLI, load report), Dutch and English.
MESSAGES: dict[str, dict[str, str]] = {
    "nl": {"loading": "inventaris lezen", "written": "geschreven", "rows": "rijen gelezen",
           "loaded": "geladen", "rejected": "geweigerd", "problems": "meldingen"},
    "en": {"loading": "reading the inventory", "written": "written", "rows": "rows read",
           "loaded": "loaded", "rejected": "rejected", "problems": "problems"},
}


def message(key: str, lang: str = "nl") -> str:
    """A short message in Dutch (default) or English."""
    return MESSAGES.get(lang, MESSAGES["nl"]).get(key, key)


def header(column: str, lang: str = "nl") -> str:
    """The header of an analysis column ("ties_lost" -> "banden weg"; English: "ties lost")."""
    if lang == "en":
        return HEADERS["en"].get(column, str(column).replace("_", " "))
    return HEADERS["nl"].get(column, str(column))


def value(column: str, item: object, lang: str = "nl") -> object:
    """The label of one cell value: vocabulary keys become their labels, True/False
    ja/nee, carrier classes their words; lists are labelled item by item; anything else
    comes back unchanged."""
    if isinstance(item, (list, tuple, set)):
        return [value(column, x, lang) for x in item]
    if isinstance(item, bool):
        return ("ja" if item else "nee") if lang == "nl" else ("yes" if item else "no")
    if column == "carrier" and item in CARRIER_LABELS["nl"]:
        return CARRIER_LABELS[lang if lang in CARRIER_LABELS else "nl"][item]
    if column == "sectors" and isinstance(item, str):
        return " – ".join(str(value("sector", s, lang)) for s in item.split(" – "))
    vocab = _COLUMN_VOCAB.get(column)
    if vocab is None or not isinstance(item, str):
        return item
    if vocab == "sector" and lang == "en":
        return SECTORS_EN.get(item, item)
    label = _VOCABS_NL[vocab].get(item)
    if label is None:
        return item
    return label.split(" (")[0] if vocab == "sector" else label


def relabel(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """A copy of ``frame`` with labelled headers and values (for the Excel export)."""
    out = frame.copy()
    for col in out.columns:
        if col in _COLUMN_VOCAB or col in ("carrier", "sectors") or out[col].map(
                lambda v: isinstance(v, bool)).any():
            out[col] = out[col].map(lambda v, c=col: value(c, v, lang))
    out.columns = [header(str(c), lang) for c in out.columns]
    return out


def number(x: object, decimals: int = 2, lang: str = "nl") -> str:
    """A number as a Dutch reader writes it: ``0,10``; ``1.632``; ``12,5`` (English: ``0.10``).

    Integers get thousands separators and no decimals; other numbers ``decimals``
    decimals. Non-numbers come back as text.

    >>> number(0.1), number(1632), number(2.5, 1)
    ('0,10', '1.632', '2,5')
    """
    if isinstance(x, bool) or not isinstance(x, Number):
        return "" if x is None else str(x)
    if isinstance(x, float) and math.isnan(x):
        return ""
    if float(x).is_integer() and not isinstance(x, float):
        text = f"{int(x):,}"
    else:
        text = f"{float(x):,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(share: float, lang: str = "nl") -> str:
    """A share as a whole percentage: ``0.853`` -> ``85%``."""
    return f"{round(100 * share)}%"


#: The words of legends, tooltips and filters, per language.
LEGEND: dict[str, dict[str, str]] = {
    "nl": {
        "map": "Netwerkkaart", "care_path": "Zorgpadkaart", "sectors": "Sectoren",
        "size": "Grootte", "size_degree": "aantal partners", "size_betweenness": "brugfunctie (betweenness)",
        "size_weighted_degree": "aantal samenwerkingen", "size_spanner_score": "grenswerkersscore",
        "size_none": "gelijk voor iedereen",
        "spanner": "Grenswerker (verbindt sectoren)", "tie": "Samenwerking (dragers bekend)",
        "unknown_carrier": "Samenwerking, niet bekend wie ze draagt (lichtgrijs)",
        "single_person": "Band gedragen door één persoon (streepjes)",
        "bridge": "Brug: zonder deze band valt het netwerk uiteen (rood)",
        "referral": "Doorverwijzing (pijl)", "search": "Zoek een organisatie…", "all": "alle",
        "target_group": "Doelgroep", "municipality": "Gemeente", "stage": "Zorgpadfase", "sector": "Sector",
        "type": "Type", "offer": "Aanbod", "contact_role": "Contact", "initiatives": "Initiatieven",
        "spanner_role": "Rol", "people": "Gedragen door", "ages": "Leeftijd", "reset": "Alles tonen",
        "shown": "getoond", "no_people": "(personen verborgen)", "filters": "Filters",
        "how_to": "Sleep om te verschuiven, scroll om te zoomen, klik op een organisatie voor details.",
        "together_in": "Samen in", "kinds": "Soort",
        "labels_left_out": "{n} namen niet getoond om overlap te vermijden: de interactieve netwerkkaart toont ze allemaal.",
        "label_left_out": "1 naam niet getoond om overlap te vermijden: de interactieve netwerkkaart toont hem.",
    },
    "en": {
        "map": "Network map", "care_path": "Care-path map", "sectors": "Sectors",
        "size": "Size", "size_degree": "number of partners", "size_betweenness": "bridging (betweenness)",
        "size_weighted_degree": "number of collaborations", "size_spanner_score": "boundary-spanner score",
        "size_none": "the same for all",
        "spanner": "Boundary spanner (connects sectors)", "tie": "Collaboration (carriers known)",
        "unknown_carrier": "Collaboration, carrier unknown (light grey)",
        "single_person": "Tie carried by one person (dashed)",
        "bridge": "Bridge: without it the network falls apart (red)",
        "referral": "Referral (arrow)", "search": "Find an organisation…", "all": "all",
        "target_group": "Target group", "municipality": "Municipality", "stage": "Care-path stage",
        "sector": "Sector", "type": "Type", "offer": "Offer", "contact_role": "Contact",
        "initiatives": "Initiatives", "spanner_role": "Role", "people": "Carried by", "ages": "Ages",
        "reset": "Show all", "shown": "shown", "no_people": "(people hidden)", "filters": "Filters",
        "how_to": "Drag to pan, scroll to zoom, click an organisation for details.",
        "together_in": "Together in", "kinds": "Kind",
        "labels_left_out": "{n} names not shown to avoid overlap: the interactive network map shows them all.",
        "label_left_out": "1 name not shown to avoid overlap: the interactive network map shows it.",
    },
}

#: Words of the interactive map that LEGEND does not hold.
MAP_WORDS = {
    "nl": {"view": "Weergave", "organisations": "Organisaties", "two-mode": "Organisaties en initiatieven",
           "ego": "Buren van een organisatie", "colour": "Kleur", "size_by": "Grootte",
           "cluster": "cluster", "municipality": "gemeente", "sector": "sector", "zone": "zone",
           "save_positions": "Posities bewaren", "neighbours": "Toon alleen de buren",
           "depth": "Stappen", "pick_first": "Klik eerst op een organisatie.",
           "initiative": "Initiatief", "partners": "Partners", "hits": "Gevonden",
           "no_hits": "Niets gevonden", "previous": "◀ Vorige", "next": "Volgende ▶", "step": "Stap",
           "one_sided": "eenzijdig genoemd (stippellijn)", "edge_colour": "Kleur van de banden",
           "edge_width": "Dikte van de banden", "low": "laag", "high": "hoog", "more": "meer",
           "trust": "vertrouwen", "value": "meerwaarde", "frequency": "frequentie", "intensity": "intensiteit",
           "weight": "aantal samenwerkingen", "group_of": "Groep", "open_group": "Klik om te openen.",
           "organisations_n": "organisaties", "unknown": "onbekend", "saved": "Posities bewaard in",
           "ties_between": "banden tussen de groepen"},
    "en": {"view": "View", "organisations": "Organisations", "two-mode": "Organisations and initiatives",
           "ego": "Neighbours of an organisation", "colour": "Colour", "size_by": "Size",
           "cluster": "cluster", "municipality": "municipality", "sector": "sector", "zone": "zone",
           "save_positions": "Save positions", "neighbours": "Show only the neighbours",
           "depth": "Steps", "pick_first": "Click an organisation first.",
           "initiative": "Initiative", "partners": "Partners", "hits": "Found",
           "no_hits": "Nothing found", "previous": "◀ Previous", "next": "Next ▶", "step": "Step",
           "one_sided": "named by one side only (dotted)", "edge_colour": "Tie colour",
           "edge_width": "Tie width", "low": "low", "high": "high", "more": "more",
           "trust": "trust", "value": "added value", "frequency": "frequency", "intensity": "intensity",
           "weight": "number of collaborations", "group_of": "Group", "open_group": "Click to open.",
           "organisations_n": "organisations", "unknown": "unknown", "saved": "Positions saved in",
           "ties_between": "ties between the groups"},
}
