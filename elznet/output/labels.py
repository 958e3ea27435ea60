"""One label table for everything a zorgraad reads: column headers, vocabulary values, numbers.

The report, the Excel export, the maps and the figures label through here, so a column
or a value reads the same everywhere, in Dutch by default and in English with
``lang="en"``:

* :data:`HEADERS` — analysis-table column -> header, per language;
* :func:`value` — a canonical key (sector ``lokaal_bestuur``, domain ``eerste_opvang``,
  carrier ``one``, True/False) -> its label;
* :func:`relabel` — a whole table with labelled headers and values (for export);
* :func:`number` — Dutch number formatting (``0,10``; ``1.632``), the one helper.
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
